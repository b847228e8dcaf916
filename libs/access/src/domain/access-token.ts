/**
 * What an access token claims: the user (`sub`), the sign-in it was issued to (`sid`) and the
 * user's token generation when it was issued (`gen`). A token is honoured only while its sign-in
 * is not revoked and its generation is the user's current one, so logout, a revoked sign-in and a
 * change of roles or password end it at once.
 */
export interface AccessTokenClaims {
  sub: string;
  typ: 'access';
  sid: string;
  gen: number;
}

export interface TokenSession {
  userId: string;
  sessionId: string;
  generation: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function accessTokenClaims(session: TokenSession): AccessTokenClaims {
  return { sub: session.userId, typ: 'access', sid: session.sessionId, gen: session.generation };
}

/** The sign-in a verified token's claims name, or null when they are not an access token of ours (or come from before sign-ins were named). */
export function sessionOfClaims(claims: unknown): TokenSession | null {
  if (claims === null || typeof claims !== 'object') return null;
  const { sub, typ, sid, gen } = claims as Record<string, unknown>;
  if (typ !== 'access' || typeof sub !== 'string' || !UUID.test(sub) || typeof sid !== 'string' || !UUID.test(sid)) return null;
  if (typeof gen !== 'number' || !Number.isSafeInteger(gen) || gen < 0) return null;
  return { userId: sub, sessionId: sid, generation: gen };
}
