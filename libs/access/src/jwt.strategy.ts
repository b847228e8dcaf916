import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG, type AppConfig, isUuid } from '@kokeilu/platform';
import { ActorLoader, type SignedInActor } from './actor-loader.js';

export interface AccessTokenClaims {
  sub: string;
  typ: 'access';
}

/** Verifies the short-lived access token (HS256 only) and loads the actor it names. */
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

  async validate(claims: AccessTokenClaims): Promise<SignedInActor | false> {
    if (claims.typ !== 'access' || typeof claims.sub !== 'string' || !isUuid(claims.sub)) return false;
    return (await this.actors.load(claims.sub)) ?? false;
  }
}
