import { appPath, mailLinks } from './links.js';

describe('appPath', () => {
  it('links each notification to the page of its object, in the recipient’s language', () => {
    expect(appPath('fi', { type: 'application', id: 'a1' })).toBe('/fi/applications/a1');
    expect(appPath('sv', { type: 'booking', id: 'b1' })).toBe('/sv/bookings/b1');
    expect(appPath('en', { type: 'pilot', id: 'p1' })).toBe('/en/pilots/p1');
    // Staff work in the desk: an evaluator's review, and an application as its call's coordinators handle it.
    expect(appPath('fi', { type: 'review', id: 'r1' })).toBe('/fi/desk/reviews/r1');
    expect(appPath('sv', { type: 'desk-application', id: 'a1' })).toBe('/sv/desk/applications/a1');
    expect(appPath('fi', { type: 'call', id: 'c1', view: 'funding-proposal' })).toBe('/fi/calls/c1/funding-proposal');
    expect(appPath('en', { type: 'application', id: 'a1', view: 'outcome' })).toBe('/en/applications/a1/outcome');
  });

  it('gives no link for nothing, or for an object the app has no page for', () => {
    expect(appPath('fi', null)).toBeNull();
    expect(appPath('fi', { type: 'processed_job', id: 'x' })).toBeNull();
  });

  it('keeps an id to one path segment', () => {
    expect(appPath('fi', { type: 'call', id: '../admin' })).toBe('/fi/calls/..%2Fadmin');
  });
});

describe('mailLinks', () => {
  it('gives the unsubscribe page, the one-click address and the settings, whole', () => {
    expect(mailLinks('https://kokeilu.example/', 'sv', 'u.k+/m')).toEqual({
      unsubscribePage: 'https://kokeilu.example/sv/unsubscribe?token=u.k%2B%2Fm',
      oneClick: 'https://kokeilu.example/api/v1/notifications/unsubscribe?token=u.k%2B%2Fm',
      settings: 'https://kokeilu.example/sv/account#notifications',
    });
  });
});
