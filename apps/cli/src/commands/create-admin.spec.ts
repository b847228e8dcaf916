import { describeResult, existingAccountProblem, newAccountProblem } from './create-admin.js';

describe('newAccountProblem', () => {
  it('needs a password for a new account', () => {
    expect(newAccountProblem('anna@example.fi', null)).toMatch(/--password/);
  });
  it('applies the API password policy', () => {
    expect(newAccountProblem('anna@example.fi', 'short')).toMatch(/^--password must be at least 10/);
    expect(newAccountProblem('annalainen@example.fi', 'xx-annalainen-99')).toMatch(/e-mail/);
    expect(newAccountProblem('anna@example.fi', 'kesä-kokeilu-2026')).toBeNull();
  });
});

describe('describeResult', () => {
  it('tells apart a new admin, a promoted user and no change', () => {
    expect(describeResult('a@b.fi', { userId: 'u1', created: true, granted: true, takenOver: false }, true)).toMatch(/^Created the admin account a@b.fi/);
    expect(describeResult('a@b.fi', { userId: 'u1', created: false, granted: true, takenOver: false }, false)).toBe('a@b.fi already had an account; it is now an admin.');
    expect(describeResult('a@b.fi', { userId: 'u1', created: false, granted: false, takenOver: false }, true)).toMatch(/nothing changed. Its password was left unchanged/);
  });
});

describe('existingAccountProblem', () => {
  it('promotes a verified account as it is', () => {
    expect(existingAccountProblem('anna@example.fi', true, null)).toBeNull();
  });

  it('refuses an unverified account without a password to take it over with', () => {
    expect(existingAccountProblem('anna@example.fi', false, null)).toMatch(/never verified.*--password to take it over/);
  });

  it('takes an unverified account over only with a password the API would accept', () => {
    expect(existingAccountProblem('anna@example.fi', false, 'short')).toMatch(/^--password must be at least 10/);
    expect(existingAccountProblem('anna@example.fi', false, 'kesä-kokeilu-2026')).toBeNull();
  });

  it('says so when it took an account over', () => {
    expect(describeResult('a@b.fi', { userId: 'u1', created: false, granted: true, takenOver: true }, true)).toMatch(/password was replaced, its sign-ins ended/);
  });
});
