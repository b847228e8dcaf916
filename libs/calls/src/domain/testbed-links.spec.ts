import { unconsentedBeds } from './testbed-links.js';

const TAMPERE = 'c-tampere';
const OULU = 'c-oulu';
const beds = [
  { id: 'b1', cityId: TAMPERE, cityName: 'Tampere' },
  { id: 'b2', cityId: OULU, cityName: 'Oulu' },
];

describe('unconsentedBeds', () => {
  it("lets a city's call offer its own beds", () => {
    expect(unconsentedBeds(TAMPERE, [beds[0]], () => false)).toEqual([]);
  });

  it("refuses another city's bed unless the one linking it speaks for that city", () => {
    expect(unconsentedBeds(TAMPERE, beds, () => false)).toEqual([{ field: 'testbedIds[1]', message: expect.stringMatching(/^is a test bed of Oulu; only a coordinator of Oulu/) }]);
    expect(unconsentedBeds(TAMPERE, beds, (city) => city === OULU)).toEqual([]);
    // A link made earlier stays when the call's other beds change.
    expect(unconsentedBeds(TAMPERE, [beds[0], { ...beds[1], linked: true }], () => false)).toEqual([]);
  });

  it('lets a national call offer only the beds of cities its author speaks for', () => {
    expect(unconsentedBeds(null, beds, () => true)).toEqual([]);
    expect(unconsentedBeds(null, beds, (city) => city === TAMPERE).map((p) => p.field)).toEqual(['testbedIds[1]']);
  });
});
