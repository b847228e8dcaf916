import { ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { createValidationPipe, DomainError } from '@kokeilu/platform';
import { LoginDto } from './auth.dto.js';

const pipe = createValidationPipe();

/** Validates the body first, so a malformed login is a 400 naming the field, not a bare 401. */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<{ body: unknown }>();
    await pipe.transform(request.body ?? {}, { type: 'body', metatype: LoginDto });
    return (await super.canActivate(context)) as boolean;
  }

  override handleRequest<T>(error: unknown, user: T): T {
    if (error) throw error;
    if (!user) throw new DomainError('invalid_credentials', 'E-mail or password is wrong');
    return user;
  }
}
