const DAY_MS = 86_400_000;

export interface RetentionSettings {
  draftDays: number;
  unverifiedDays: number;
  notificationDays: number;
  expiredTokenDays: number;
}

export interface RetentionCutoffs {
  /** Never-submitted drafts last changed before this are removed. */
  drafts: Date;
  /** Accounts registered before this whose address was never verified are removed. */
  unverifiedAccounts: Date;
  /** Notifications created before this are removed. */
  notifications: Date;
  /** Refresh tokens, verification links, invitations and downloads that expired before this are removed. */
  expiredTokens: Date;
}

/** What a retention run at `now` removes: everything older than these moments. */
export function retentionCutoffs(now: Date, settings: RetentionSettings): RetentionCutoffs {
  const before = (days: number) => {
    if (!Number.isInteger(days) || days < 0) throw new Error(`a retention period must be a whole number of days ≥ 0, not ${days}`);
    return new Date(now.getTime() - days * DAY_MS);
  };
  return {
    drafts: before(settings.draftDays),
    unverifiedAccounts: before(settings.unverifiedDays),
    notifications: before(settings.notificationDays),
    expiredTokens: before(settings.expiredTokenDays),
  };
}
