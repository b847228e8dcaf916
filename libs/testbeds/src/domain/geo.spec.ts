import { parseBbox, pointProblems } from './geo.js';

describe('points and bounding boxes', () => {
  it('accepts a WGS84 point', () => {
    expect(pointProblems({ lon: 24.94, lat: 60.17 })).toEqual([]);
    expect(pointProblems({ lon: -180, lat: 90 })).toEqual([]);
  });

  it('names the coordinate out of range', () => {
    expect(pointProblems({ lon: 181, lat: 60 }).map((p) => p.field)).toEqual(['location.lon']);
    expect(pointProblems({ lon: 24, lat: -90.5 }).map((p) => p.field)).toEqual(['location.lat']);
    expect(pointProblems({ lon: Number.NaN, lat: '60' }).map((p) => p.field)).toEqual(['location.lon', 'location.lat']);
    expect(pointProblems('24,60').map((p) => p.field)).toEqual(['location']);
  });

  it('parses a bounding box', () => {
    expect(parseBbox('24.8,60.1,25.2,60.3')).toEqual({ bbox: { minLon: 24.8, minLat: 60.1, maxLon: 25.2, maxLat: 60.3 } });
    expect(parseBbox(' -10 , -5 , 10 , 5 ')).toEqual({ bbox: { minLon: -10, minLat: -5, maxLon: 10, maxLat: 5 } });
  });

  it('refuses anything but four plain numbers', () => {
    for (const text of ['', '1,2,3', '1,2,3,4,5', '1,2,3,x', '1e2,2,3,4', 'Infinity,1,2,3', '0x10,1,2,3', '1,,2,3']) {
      expect(parseBbox(text)).toEqual({ problem: expect.stringMatching(/four numbers/) });
    }
  });

  it('refuses coordinates out of range and boxes with min not below max', () => {
    expect(parseBbox('-181,0,10,10')).toEqual({ problem: expect.stringMatching(/longitudes/) });
    expect(parseBbox('0,-91,10,10')).toEqual({ problem: expect.stringMatching(/latitudes/) });
    expect(parseBbox('10,0,10,10')).toEqual({ problem: expect.stringMatching(/minLon/) });
    expect(parseBbox('20,0,10,10')).toEqual({ problem: expect.stringMatching(/minLon/) });
    expect(parseBbox('0,10,10,5')).toEqual({ problem: expect.stringMatching(/minLat/) });
  });
});
