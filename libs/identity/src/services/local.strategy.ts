import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-local';
import { DomainError } from '@kokeilu/platform';
import { User } from '../entities/user.entity.js';
import { AuthService } from './auth.service.js';

@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true });
  }

  /** `request.ip` is the connecting address, or X-Forwarded-For's client when TRUST_PROXY names the sender. */
  async validate(request: { ip?: string }, email: string, password: string): Promise<User> {
    const user = await this.auth.verifyCredentials(email, password, request.ip);
    if (!user) throw new DomainError('invalid_credentials', 'E-mail or password is wrong');
    return user;
  }
}
