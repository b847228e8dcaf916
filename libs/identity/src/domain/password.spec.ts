import { passwordProblem } from './password.js';

describe('password policy', () => {
  it('accepts a long, varied password', () => {
    expect(passwordProblem('kesä-kokeilu-2026', 'anna@example.fi')).toBeNull();
  });
  it('refuses a short one', () => {
    expect(passwordProblem('short1', 'anna@example.fi')).toMatch(/at least 10/);
  });
  it('refuses a repetitive one', () => {
    expect(passwordProblem('aaaaaaaaaaaaab', 'anna@example.fi')).toMatch(/different characters/);
  });
  it('refuses one containing the e-mail name', () => {
    expect(passwordProblem('xx-annalainen-99', 'annalainen@example.fi')).toMatch(/e-mail/);
  });
});
