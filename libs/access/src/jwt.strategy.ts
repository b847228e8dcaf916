import { createSecretKey } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG, type AppConfig } from '@kokeilu/platform';
import { ActorLoader, type SignedInActor } from './actor-loader.js';
import { sessionOfClaims } from './domain/access-token.js';

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
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A secret key object, not the string: given a string, jsonwebtoken first tries to read it as a
      // public key on every request, and throws that attempt away. (passport-jwt hands the key to
      // jsonwebtoken as it is; its types predate key objects.)
      secretOrKey: createSecretKey(Buffer.from(config.JWT_SECRET)) as unknown as Buffer,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  async validate(claims: unknown): Promise<SignedInActor | false> {
    const session = sessionOfClaims(claims);
    return (session && (await this.actors.loadForSession(session))) || false;
  }
}
