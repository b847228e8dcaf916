import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-local';
import { DomainError } from '@kokeilu/platform';
import { User } from '../entities/user.entity.js';
import { AuthService } from './auth.service.js';

@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password' });
  }

  async validate(email: string, password: string): Promise<User> {
    const user = await this.auth.verifyCredentials(email, password);
    if (!user) throw new DomainError('invalid_credentials', 'E-mail or password is wrong');
    return user;
  }
}
