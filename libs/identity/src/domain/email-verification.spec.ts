import {
  codeMatches,
  MAX_CODE_ATTEMPTS,
  releasesAddress,
  resendWaitSeconds,
  verificationCode,
  verificationIdOfToken,
  verificationProblem,
  VerificationState,
  verificationToken,
} from './email-verification.js';

const KEY = 'test-secret-test-secret-test-secret-0123';
const ID = '0b6c1f0e-3d1a-4a59-9a39-1f0c7f1f5a11';

describe('verification secrets', () => {
  it('derive the same link token and code for the same verification, and others for another', () => {
    expect(verificationToken(KEY, ID)).toBe(verificationToken(KEY, ID));
    expect(verificationCode(KEY, ID)).toMatch(/^\d{6}$/);
    expect(verificationCode(KEY, ID)).toBe(verificationCode(KEY, ID));
    const other = '5d0c9a2e-8a57-4d3f-b0b6-3b6b1c9d2e11';
    expect(verificationToken(KEY, other)).not.toBe(verificationToken(KEY, ID));
    expect(verificationToken('another-key-another-key-another-key-01', ID)).not.toBe(verificationToken(KEY, ID));
  });

  it('read the verification id back only from a token made with the key', () => {
    const token = verificationToken(KEY, ID);
    expect(verificationIdOfToken(KEY, token)).toBe(ID);
    expect(verificationIdOfToken('another-key-another-key-another-key-01', token)).toBeNull();
    expect(verificationIdOfToken(KEY, `${token.slice(0, -1)}A`)).toBeNull();
    expect(verificationIdOfToken(KEY, `5d0c9a2e-8a57-4d3f-b0b6-3b6b1c9d2e11.${token.split('.')[1]}`)).toBeNull();
    for (const junk of ['', '.', 'abc', `${ID}.`, `not-a-uuid.${token.split('.')[1]}`]) expect(verificationIdOfToken(KEY, junk)).toBeNull();
  });

  it('accept the code with spaces or a dash, and nothing else', () => {
    const code = verificationCode(KEY, ID);
    expect(codeMatches(KEY, ID, code)).toBe(true);
    expect(codeMatches(KEY, ID, `${code.slice(0, 3)} ${code.slice(3)}`)).toBe(true);
    expect(codeMatches(KEY, ID, `${code.slice(0, 3)}-${code.slice(3)}`)).toBe(true);
    expect(codeMatches(KEY, ID, String((Number(code) + 1) % 1_000_000).padStart(6, '0'))).toBe(false);
    expect(codeMatches(KEY, ID, `${code}0`)).toBe(false);
    expect(codeMatches(KEY, ID, '')).toBe(false);
  });
});

describe('verificationProblem', () => {
  const now = new Date('2026-03-01T12:00:00Z');
  const open: VerificationState = { email: 'anna@firma.fi', expiresAt: new Date('2026-03-02T12:00:00Z'), usedAt: null, revokedAt: null, codeAttempts: 0 };

  it('lets an open verification of the current address through', () => {
    expect(verificationProblem(open, 'anna@firma.fi', now, true)).toBeNull();
  });

  it('says why a verification no longer proves the address', () => {
    expect(verificationProblem({ ...open, usedAt: now }, 'anna@firma.fi', now, false)).toBe('used');
    expect(verificationProblem({ ...open, revokedAt: now }, 'anna@firma.fi', now, false)).toBe('replaced');
    expect(verificationProblem({ ...open, expiresAt: now }, 'anna@firma.fi', now, false)).toBe('expired');
    expect(verificationProblem(open, 'anna@toinen.fi', now, false)).toBe('address_changed');
  });

  it('stops a code after too many wrong tries, but not the link', () => {
    const tried = { ...open, codeAttempts: MAX_CODE_ATTEMPTS };
    expect(verificationProblem(tried, 'anna@firma.fi', now, true)).toBe('too_many_attempts');
    expect(verificationProblem(tried, 'anna@firma.fi', now, false)).toBeNull();
  });
});

describe('resendWaitSeconds', () => {
  const now = new Date('2026-03-01T12:00:00Z');
  const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);

  it('sends at once when nothing was sent, or long enough ago', () => {
    expect(resendWaitSeconds([], now)).toBe(0);
    expect(resendWaitSeconds([ago(60)], now)).toBe(0);
  });

  it('waits out the minimum interval after the latest sending', () => {
    expect(resendWaitSeconds([ago(3600), ago(15)], now)).toBe(45);
  });

  it('allows five sendings a day, the next when the oldest of them is a day old', () => {
    const five = [ago(10 * 3600), ago(8 * 3600), ago(6 * 3600), ago(4 * 3600), ago(2 * 3600)];
    expect(resendWaitSeconds(five, now)).toBe(14 * 3600);
    expect(resendWaitSeconds(five.slice(1), now)).toBe(0);
    expect(resendWaitSeconds([ago(25 * 3600), ...five.slice(1)], now)).toBe(0);
  });
});

describe('releasesAddress', () => {
  const now = new Date('2026-03-02T12:00:00Z');
  const stale = { emailVerifiedAt: null, createdAt: new Date('2026-03-01T11:00:00Z'), hasMemberships: false, hasRoles: false };

  it('releases an address held a day by an account that never proved it and holds nothing', () => {
    expect(releasesAddress(stale, now)).toBe(true);
  });

  it('keeps it for a verified account, a young one, or one with a membership or a role', () => {
    expect(releasesAddress({ ...stale, emailVerifiedAt: now }, now)).toBe(false);
    expect(releasesAddress({ ...stale, createdAt: new Date('2026-03-01T13:00:00Z') }, now)).toBe(false);
    expect(releasesAddress({ ...stale, hasMemberships: true }, now)).toBe(false);
    expect(releasesAddress({ ...stale, hasRoles: true }, now)).toBe(false);
  });
});
