import { applyDecorators, createParamDecorator, ExecutionContext, Injectable, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { ApiAuth, DomainError } from '@kokeilu/platform';
import type { Actor } from './domain/policy.js';

@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  override handleRequest<T>(error: unknown, user: T): T {
    // A token passport refuses arrives as no user; an error is the actor's look-up failing (the
    // database unreachable, say), which is no reason to tell a signed-in client it is signed out.
    if (error) throw error;
    if (!user) throw new DomainError('unauthenticated', 'A valid access token is required');
    return user;
  }
}

/** Lets anonymous callers through but still reads a valid token when one is sent. */
@Injectable()
export class OptionalJwtAuthGuard extends AuthGuard('jwt') {
  override handleRequest<T>(error: unknown, user: T): T {
    // As above: a failed look-up must not turn a signed-in caller into an anonymous one.
    if (error) throw error;
    return (user || null) as T;
  }
}

/** The route needs a signed-in user; object-level checks happen in the use case through `Policy`. */
export function Authenticated(...errorStatuses: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(UseGuards(JwtAuthGuard), ApiAuth(...errorStatuses));
}

export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor | null => {
  return (ctx.switchToHttp().getRequest<{ user?: Actor }>().user as Actor | undefined) ?? null;
});
