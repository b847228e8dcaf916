import { createSecretKey } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG, type AppConfig } from '@kokeilu/platform';
import { ActorLoader, type SignedInActor } from './actor-loader.js';
import { sessionOfClaims } from './domain/access-token.js';
import { VerifiedTokens } from './verified-tokens.js';

type JwtVerifier = (token: string, key: unknown, options: object, done: (error: Error | null, claims?: unknown) => void) => void;

/** The verification options of the strategies that remember checked tokens, each with its memory. */
const verifiedTokensOf = new WeakMap<object, VerifiedTokens>();

/**
 * passport-jwt checks every token through its one static verifier, handing it the strategy's own
 * options object: a strategy registered below finds its remembered tokens by that object, and any
 * other strategy is checked as before.
 */
function rememberVerifiedTokens(): void {
  const strategy = Strategy as unknown as { JwtVerifier: JwtVerifier & { remembers?: true } };
  if (strategy.JwtVerifier.remembers) return;
  const verify = strategy.JwtVerifier;
  const remembering: JwtVerifier & { remembers?: true } = (token, key, options, done) => {
    const verified = verifiedTokensOf.get(options);
    if (!verified) return verify(token, key, options, done);
    const claims = verified.get(token, Date.now());
    if (claims) return done(null, claims);
    verify(token, key, options, (error, checked) => {
      if (!error) verified.remember(token, checked);
      done(error, checked);
    });
  };
  remembering.remembers = true;
  strategy.JwtVerifier = remembering;
}

/**
 * Verifies the short-lived access token (HS256 only) and loads the actor it names, if its sign-in
 * is still on and its generation current (see domain/access-token.ts). A token's signature is
 * checked once and remembered until it expires (see verified-tokens.ts); the sign-in and the
 * actor are looked up on every request.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly actors: ActorLoader,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A secret key object, not the string: given a string, jsonwebtoken first tries to read it as a
      // public key on every request, and throws that attempt away. (passport-jwt hands the key to
      // jsonwebtoken as it is; its types predate key objects.)
      secretOrKey: createSecretKey(Buffer.from(config.JWT_SECRET)) as unknown as Buffer,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
    rememberVerifiedTokens();
    verifiedTokensOf.set((this as unknown as { _verifOpts: object })._verifOpts, new VerifiedTokens());
  }

  async validate(claims: unknown): Promise<SignedInActor | false> {
    const session = sessionOfClaims(claims);
    return (session && (await this.actors.loadForSession(session))) || false;
  }
}
