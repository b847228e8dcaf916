import { describeResult, newAccountProblem } from './create-admin.js';

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
    expect(describeResult('a@b.fi', { userId: 'u1', created: true, granted: true }, true)).toMatch(/^Created the admin account a@b.fi/);
    expect(describeResult('a@b.fi', { userId: 'u1', created: false, granted: true }, false)).toBe('a@b.fi already had an account; it is now an admin.');
    expect(describeResult('a@b.fi', { userId: 'u1', created: false, granted: false }, true)).toMatch(/nothing changed. Its password was left unchanged/);
  });
});
