import { createSecretKey } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy, type StrategyOptionsWithoutRequest } from 'passport-jwt';
import { APP_CONFIG, type AppConfig } from '@kokeilu/platform';
import { ActorLoader, type SignedInActor } from './actor-loader.js';
import { sessionOfClaims, type TokenSession } from './domain/access-token.js';

/** How every access token is read and verified (HS256 only, expiry enforced). */
function tokenOptions(config: AppConfig): StrategyOptionsWithoutRequest {
  return {
    jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
    // A secret key object, not the string: given a string, jsonwebtoken first tries to read it as a
    // public key on every request, and throws that attempt away. (passport-jwt hands the key to
    // jsonwebtoken as it is; its types predate key objects.)
    secretOrKey: createSecretKey(Buffer.from(config.JWT_SECRET)) as unknown as Buffer,
    algorithms: ['HS256'],
    ignoreExpiration: false,
  };
}

/**
 * Verifies the short-lived access token (HS256 only) and loads the actor it names, if its sign-in
 * is still on and its generation current (see domain/access-token.ts).
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly actors: ActorLoader,
  ) {
    super(tokenOptions(config));
  }

  async validate(claims: unknown): Promise<SignedInActor | false> {
    const session = sessionOfClaims(claims);
    return (session && (await this.actors.loadForSession(session))) || false;
  }
}

/**
 * Verifies the access token as JwtStrategy does but loads nothing: the route checks the sign-in it
 * names in its own transaction's first batch (see PendingActor).
 */
@Injectable()
export class JwtSessionStrategy extends PassportStrategy(Strategy, 'jwt-session') {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super(tokenOptions(config));
  }

  validate(claims: unknown): TokenSession | false {
    return sessionOfClaims(claims) || false;
  }
}
