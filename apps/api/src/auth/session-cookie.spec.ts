import { clearedCookieOptions, refreshCookieOptions, wantsCookieSession } from './session-cookie.js';

describe('the refresh-token cookie', () => {
  it('is httpOnly, SameSite=Strict, of the auth routes, and Secure exactly when the public address is https', () => {
    expect(refreshCookieOptions('https://kokeilu.hel.fi', 30)).toEqual({ httpOnly: true, sameSite: 'strict', path: '/api/v1/auth', secure: true, maxAge: 30 * 86_400 });
    expect(refreshCookieOptions('http://127.0.0.1:3000', 1)).toMatchObject({ secure: false, maxAge: 86_400 });
  });

  it('is cleared with the same scope', () => {
    expect(clearedCookieOptions('https://kokeilu.hel.fi')).toMatchObject({ httpOnly: true, sameSite: 'strict', path: '/api/v1/auth', secure: true, maxAge: 0 });
  });

  it('is asked for with X-Session: cookie only', () => {
    expect(wantsCookieSession(undefined)).toBe(false);
    expect(wantsCookieSession('cookie')).toBe(true);
    expect(() => wantsCookieSession('Cookie')).toThrow(/X-Session/);
    expect(() => wantsCookieSession(['cookie', 'cookie'])).toThrow(/X-Session/);
  });
});
