import { accessTokenClaims, sessionOfClaims } from './access-token.js';

const userId = '7d0f6a43-2f0e-4f6b-9a53-0e1b7c2d9a10';
const sessionId = 'c2a5b0d4-61f4-4c6e-8f0e-5f3b2a1d7e99';

describe('access token claims', () => {
  it('name the user, the sign-in and the generation, and read back the same', () => {
    const claims = accessTokenClaims({ userId, sessionId, generation: 3 });
    expect(claims).toEqual({ sub: userId, typ: 'access', sid: sessionId, gen: 3 });
    expect(sessionOfClaims({ ...claims, iat: 1, exp: 2, jti: 'x' })).toEqual({ userId, sessionId, generation: 3 });
  });

  it('are refused without a sign-in or generation, as tokens of before sign-ins were named', () => {
    expect(sessionOfClaims({ sub: userId, typ: 'access' })).toBeNull();
    expect(sessionOfClaims({ sub: userId, typ: 'access', sid: sessionId })).toBeNull();
    expect(sessionOfClaims({ sub: userId, typ: 'access', gen: 0 })).toBeNull();
  });

  it('are refused when malformed or not an access token', () => {
    const good = accessTokenClaims({ userId, sessionId, generation: 0 });
    expect(sessionOfClaims(null)).toBeNull();
    expect(sessionOfClaims('token')).toBeNull();
    expect(sessionOfClaims({ ...good, typ: 'refresh' })).toBeNull();
    expect(sessionOfClaims({ ...good, sub: 'admin' })).toBeNull();
    expect(sessionOfClaims({ ...good, sid: "x' OR 1=1" })).toBeNull();
    expect(sessionOfClaims({ ...good, gen: -1 })).toBeNull();
    expect(sessionOfClaims({ ...good, gen: 1.5 })).toBeNull();
    expect(sessionOfClaims({ ...good, gen: '0' })).toBeNull();
  });
});
