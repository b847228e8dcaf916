import { JwtService } from '@nestjs/jwt';
import type { AppConfig } from '@kokeilu/platform';
import type { ActorLoader } from './actor-loader.js';
import { JwtStrategy } from './jwt.strategy.js';
import { VerifiedTokens } from './verified-tokens.js';

describe('VerifiedTokens', () => {
  it('answers a remembered token until the second its exp names, then forgets it', () => {
    const tokens = new VerifiedTokens();
    tokens.remember('a', { sub: 'x', exp: 1_000 });
    expect(tokens.get('a', 999_999)).toEqual({ sub: 'x', exp: 1_000 });
    expect(tokens.get('a', 1_000_000)).toBeUndefined();
    expect(tokens.size).toBe(0);
    expect(tokens.get('b', 0)).toBeUndefined();
  });

  it('rounds a fractional exp up, as the whole-second clock of the signature check does', () => {
    const tokens = new VerifiedTokens();
    tokens.remember('a', { exp: 1_000.5 });
    expect(tokens.get('a', 1_000_999)).toBeDefined();
    expect(tokens.get('a', 1_001_000)).toBeUndefined();
  });

  it('does not remember claims without a numeric exp', () => {
    const tokens = new VerifiedTokens();
    tokens.remember('a', { sub: 'x' });
    tokens.remember('b', { exp: '1000' });
    tokens.remember('c', null);
    expect(tokens.size).toBe(0);
  });

  it('makes room by forgetting the oldest token, and hands out claims no one can change', () => {
    const tokens = new VerifiedTokens(2);
    tokens.remember('a', { exp: 10 });
    tokens.remember('b', { exp: 10 });
    tokens.remember('c', { exp: 10 });
    expect(tokens.size).toBe(2);
    expect(tokens.get('a', 0)).toBeUndefined();
    expect(Object.isFrozen(tokens.get('c', 0))).toBe(true);
  });
});

describe('JwtStrategy with remembered tokens', () => {
  const secret = 'a-test-secret-that-is-long-enough-0123456789';
  const config = { JWT_SECRET: secret } as AppConfig;
  const session = { sub: '11111111-1111-4111-8111-111111111111', typ: 'access', sid: '22222222-2222-4222-8222-222222222222', gen: 0 };
  const looked: unknown[] = [];
  const actors = { loadForSession: async (s: unknown) => (looked.push(s), { userId: session.sub }) } as unknown as ActorLoader;
  const strategy = new JwtStrategy(config, actors);
  const jwt = new JwtService({ secret, signOptions: { algorithm: 'HS256' } });
  const sign = (claims: object, expiresIn?: number) => jwt.sign(claims, expiresIn ? { expiresIn } : {});

  /** What passport would make of a request with this bearer token: the user, or the failure. */
  function authenticate(token: string): Promise<{ user?: unknown; failure?: unknown }> {
    return new Promise((resolve, reject) => {
      const attempt = Object.create(strategy) as JwtStrategy & Record<string, unknown>;
      attempt.success = (user: unknown) => resolve({ user });
      attempt.fail = (failure: unknown) => resolve({ failure: failure ?? 'refused' });
      attempt.error = reject;
      attempt.authenticate({ headers: { authorization: `Bearer ${token}` } } as never, {});
    });
  }

  afterEach(() => jest.useRealTimers());

  it('checks the actor on every request, also for a remembered token', async () => {
    const token = sign(session, 60);
    looked.length = 0;
    expect(await authenticate(token)).toEqual({ user: { userId: session.sub } });
    expect(await authenticate(token)).toEqual({ user: { userId: session.sub } });
    expect(looked).toHaveLength(2);
  });

  it('still refuses a token signed with another key, a changed token and an expired one', async () => {
    const good = sign(session, 60);
    expect((await authenticate(good)).user).toBeDefined();
    const forged = new JwtService({ secret: 'another-secret-of-enough-length-987654321' }).sign(session, { expiresIn: 60 });
    expect((await authenticate(forged)).failure).toBeDefined();
    const [head, , signature] = good.split('.');
    const changed = `${head}.${Buffer.from(JSON.stringify({ ...session, gen: 5, exp: 4_102_444_800 })).toString('base64url')}.${signature}`;
    expect((await authenticate(changed)).failure).toBeDefined();
    const expired = sign({ ...session, exp: Math.floor(Date.now() / 1000) - 1 });
    expect((await authenticate(expired)).failure).toBeDefined();
  });

  it('refuses a remembered token from the second it expires', async () => {
    const exp = Math.floor(Date.now() / 1000) + 30;
    const token = sign({ ...session, exp });
    expect((await authenticate(token)).user).toBeDefined();
    jest.useFakeTimers({ now: exp * 1000 - 1, doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    expect((await authenticate(token)).user).toBeDefined();
    jest.setSystemTime(exp * 1000);
    expect((await authenticate(token)).failure).toMatchObject({ name: 'TokenExpiredError' });
  });
});
