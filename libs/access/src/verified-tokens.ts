/**
 * Access tokens whose signature has been checked, with the claims they carry, until they expire.
 *
 * A client sends the same access token with every request for its lifetime (minutes), and the
 * signature check (HMAC, base64 and JSON decoding) gives the same answer every time for the same
 * token and key. Only the expiry depends on the clock: a remembered token is forgotten, and checked
 * afresh (and refused as expired), from its `exp` second on, exactly when the signature check would
 * begin to refuse it. Whether the sign-in behind a token still counts is not remembered here: the
 * actor's look-up asks the database on every request.
 */
export class VerifiedTokens {
  private readonly claims = new Map<string, { claims: object; expiresAtMs: number }>();

  constructor(private readonly capacity = 10_000) {}

  /** The claims of a token checked before and not yet expired at `nowMs`, or undefined. */
  get(token: string, nowMs: number): object | undefined {
    const entry = this.claims.get(token);
    if (!entry) return undefined;
    if (nowMs >= entry.expiresAtMs) {
      this.claims.delete(token);
      return undefined;
    }
    return entry.claims;
  }

  /**
   * Remembers a token whose signature was just checked. Tokens without a numeric `exp` are not
   * remembered (ours always carry one). When full, the oldest entry makes room.
   */
  remember(token: string, claims: unknown): void {
    if (claims === null || typeof claims !== 'object') return;
    const exp = (claims as { exp?: unknown }).exp;
    if (typeof exp !== 'number' || !Number.isFinite(exp)) return;
    if (this.claims.size >= this.capacity && !this.claims.has(token)) {
      const oldest = this.claims.keys().next();
      if (!oldest.done) this.claims.delete(oldest.value);
    }
    // jsonwebtoken refuses a token once the clock's whole seconds reach `exp`.
    this.claims.set(token, { claims: Object.freeze(claims), expiresAtMs: Math.ceil(exp) * 1000 });
  }

  get size(): number {
    return this.claims.size;
  }
}
