import { dailyCron, mailFooter, renderDigest } from './digest.js';

describe('the daily digest', () => {
  it('runs at the configured time of day', () => {
    expect(dailyCron('07:30')).toBe('30 7 * * *');
    expect(dailyCron('00:00')).toBe('0 0 * * *');
    expect(() => dailyCron('24:00')).toThrow('HH:MM');
    expect(() => dailyCron('7:30')).toThrow('HH:MM');
  });

  it('gathers the notifications oldest first, in the recipient’s language, with their links', () => {
    const items = [
      { title: 'Second', body: 'B', url: null, createdAt: new Date('2027-03-01T10:00:00Z') },
      { title: 'First', body: 'A', url: 'https://k.example/fi/bookings/1', createdAt: new Date('2027-03-01T06:00:00Z') },
    ];
    const fi = renderDigest('fi', items, new Date('2027-03-02T05:00:00Z'));
    expect(fi.subject).toBe('Kokeilu: 2 ilmoitusta 2.3.2027');
    expect(fi.text.indexOf('First')).toBeLessThan(fi.text.indexOf('Second'));
    expect(fi.text).toContain('https://k.example/fi/bookings/1');
    expect(fi.text).toContain('1.3.2027 klo 08.00');
    const en = renderDigest('en', items.slice(0, 1), new Date('2027-03-02T05:00:00Z'));
    expect(en.subject).toBe('Kokeilu: 1 notification of 2 March 2027');
    expect(renderDigest('sv', items, new Date('2027-03-02T05:00:00Z')).subject).toBe('Kokeilu: 2 aviseringar 2.3.2027');
  });

  it('ends each e-mail with why it cannot be turned off, or with its one-click unsubscribe link', () => {
    expect(mailFooter('en', { mandatory: 'decision', manageUrl: 'https://k/en/account' })).toContain('cannot be turned off: it tells of a decision');
    const footer = mailFooter('fi', { unsubscribeUrl: 'https://k/fi/unsubscribe?token=t', manageUrl: 'https://k/fi/account' });
    expect(footer).toContain('yhdellä napsautuksella: https://k/fi/unsubscribe?token=t');
    expect(footer).toContain('https://k/fi/account');
    expect(mailFooter('sv', { unsubscribeUrl: 'u', digest: true, manageUrl: 'm' })).toContain('sammanfattning');
  });
});
