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
      secretOrKey: config.JWT_SECRET,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  async validate(claims: unknown): Promise<SignedInActor | false> {
    const session = sessionOfClaims(claims);
    return (session && (await this.actors.loadForSession(session))) || false;
  }
}
