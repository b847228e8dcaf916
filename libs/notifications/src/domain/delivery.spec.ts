import { notificationDelivery, type NotificationRequestOf } from './delivery.js';
import { readUnsubscribeToken } from './unsubscribe.js';

const site = { publicUrl: 'https://kokeilu.example.fi', key: 'k'.repeat(32) };
const userId = '6f1c2e1a-5b7d-4c43-9a3e-2f0d8b7c6a51';
const applicationId = '0b8f4c8e-7a61-4d1f-8f0e-3c2b1a9d8e7f';
const eligibility: NotificationRequestOf = {
  userId,
  kind: 'application.eligibility',
  params: { applicationTitle: 'Robottibussit Hervannassa', outcome: 'eligible' },
  entityType: 'application',
  entityId: applicationId,
};
const approved: NotificationRequestOf = {
  userId,
  kind: 'booking.approved',
  params: { testbedName: 'Hervannan liikennelabra', start: '2027-03-01', end: '2027-03-31' },
  entityType: 'booking',
  entityId: applicationId,
};

describe('notificationDelivery', () => {
  it('writes the entry in the recipient’s language with its link, and e-mails a mandatory kind at once without an unsubscribe', () => {
    const { entry, mail } = notificationDelivery(eligibility, { email: 'a@example.fi', locale: 'sv', chosen: 'in_app' }, site);
    expect(entry).toMatchObject({ userId, kind: 'application.eligibility', link: `/sv/applications/${applicationId}`, entityType: 'application', entityId: applicationId, delivery: 'immediate' });
    expect(mail).not.toBeNull();
    expect(mail!.to).toBe('a@example.fi');
    expect(mail!.subject).toBe(entry.title);
    expect(mail!.text).toContain(`https://kokeilu.example.fi/sv/applications/${applicationId}`);
    expect(mail!.headers).toBeUndefined();
  });

  it('e-mails a kind the recipient may turn off with one-click unsubscribe headers for that kind', () => {
    const { mail } = notificationDelivery(approved, { email: 'b@example.fi', locale: 'fi', chosen: null }, site);
    const header = mail!.headers!['List-Unsubscribe'];
    expect(header).toMatch(/^<https:\/\/kokeilu\.example\.fi\/api\/v1\/notifications\/unsubscribe\?token=/);
    const token = decodeURIComponent(/token=([^>]+)>/.exec(header)![1]);
    expect(readUnsubscribeToken(site.key, token)).toMatchObject({ userId, scope: 'booking.approved' });
  });

  it('sends no e-mail for a notification gathered into the digest or kept in the app', () => {
    expect(notificationDelivery(approved, { email: 'b@example.fi', locale: 'en', chosen: 'digest' }, site)).toMatchObject({ entry: { delivery: 'digest' }, mail: null });
    expect(notificationDelivery(approved, { email: 'b@example.fi', locale: 'en', chosen: 'in_app' }, site)).toMatchObject({ entry: { delivery: 'in_app' }, mail: null });
  });

  it('links nowhere for an object the app has no page for', () => {
    const { entry } = notificationDelivery({ ...approved, entityType: 'unknown' }, { email: 'b@example.fi', locale: 'en', chosen: 'digest' }, site);
    expect(entry.link).toBeNull();
  });
});
