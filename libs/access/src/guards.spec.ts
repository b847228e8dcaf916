import { DomainError } from '@kokeilu/platform';
import { JwtAuthGuard, OptionalJwtAuthGuard, unverifiedRefusal } from './guards.js';

describe('the JWT guards when the actor cannot be loaded', () => {
  const lost = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });

  it('pass the look-up error on instead of answering 401 or treating the caller as anonymous', () => {
    expect(() => new JwtAuthGuard().handleRequest(lost, false)).toThrow(lost);
    expect(() => new OptionalJwtAuthGuard().handleRequest(lost, false)).toThrow(lost);
  });

  it('still refuse a missing or invalid token with 401, and let an anonymous caller through where that is allowed', () => {
    expect(() => new JwtAuthGuard().handleRequest(null, false)).toThrow(DomainError);
    expect(new OptionalJwtAuthGuard().handleRequest(null, false)).toBeNull();
  });
});

describe('the JWT guard for an account whose e-mail address is not verified', () => {
  const unverified = { emailVerified: false };

  it('lets it read, and write where the route allows it', () => {
    for (const method of ['GET', 'HEAD', 'get']) expect(unverifiedRefusal(unverified, method, false)).toBeNull();
    expect(unverifiedRefusal(unverified, 'POST', true)).toBeNull();
  });

  it('refuses its other writes with 403 email_unverified that says what to do', () => {
    for (const method of ['POST', 'PATCH', 'PUT', 'DELETE']) {
      const refusal = unverifiedRefusal(unverified, method, false);
      expect(refusal).toMatchObject({ code: 'email_unverified', details: { reason: 'email_unverified' } });
      expect(refusal?.message).toMatch(/verify-email/);
    }
  });

  it('lets a verified account write', () => {
    expect(unverifiedRefusal({ emailVerified: true }, 'POST', false)).toBeNull();
  });
});
