import { DomainError } from '@kokeilu/platform';
import { JwtAuthGuard, OptionalJwtAuthGuard } from './guards.js';

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
