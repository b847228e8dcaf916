import { retentionCutoffs } from './retention.js';

describe('retention', () => {
  it('removes what is older than each setting', () => {
    const now = new Date('2027-06-01T00:00:00Z');
    expect(retentionCutoffs(now, { draftDays: 365, unverifiedDays: 30, notificationDays: 90, expiredTokenDays: 0 })).toEqual({
      drafts: new Date('2026-06-01T00:00:00Z'),
      unverifiedAccounts: new Date('2027-05-02T00:00:00Z'),
      notifications: new Date('2027-03-03T00:00:00Z'),
      expiredTokens: now,
    });
  });

  it('refuses a period that is not a whole number of days', () => {
    const now = new Date();
    expect(() => retentionCutoffs(now, { draftDays: -1, unverifiedDays: 30, notificationDays: 90, expiredTokenDays: 0 })).toThrow(/retention period/);
    expect(() => retentionCutoffs(now, { draftDays: 1, unverifiedDays: 0.5, notificationDays: 90, expiredTokenDays: 0 })).toThrow(/retention period/);
  });
});
