import { applyDecorators, createParamDecorator, ExecutionContext, Injectable, SetMetadata, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { ApiAuth, DomainError, messageOf } from '@kokeilu/platform';
import { ACCESS_MESSAGES } from './domain/messages.js';
import type { Actor } from './domain/policy.js';

const ALLOW_UNVERIFIED = 'kokeilu:allow-unverified';
const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** A write that an account whose e-mail address is not verified yet may still make (asking for the verification mail). */
export const AllowUnverified = (): MethodDecorator => SetMetadata(ALLOW_UNVERIFIED, true);

/**
 * Whether the guard lets this caller make this request: an account whose address is not proved
 * reads, but writes only where the route allows it.
 */
export function unverifiedRefusal(user: { emailVerified?: boolean } | null | undefined, method: string, allowUnverified: boolean): DomainError | null {
  if (!user || user.emailVerified !== false || READS.has(method.toUpperCase()) || allowUnverified) return null;
  return new DomainError('email_unverified', messageOf(ACCESS_MESSAGES, 'access.email_unverified'), {
    reason: 'email_unverified',
  });
}

@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  override handleRequest<T>(error: unknown, user: T, _info?: unknown, context?: ExecutionContext): T {
    // A token passport refuses arrives as no user; an error is the actor's look-up failing (the
    // database unreachable, say), which is no reason to tell a signed-in client it is signed out.
    if (error) throw error;
    if (!user) throw new DomainError('unauthenticated', messageOf(ACCESS_MESSAGES, 'access.token_required'));
    if (context) {
      const method = context.switchToHttp().getRequest<{ method: string }>().method;
      const allowed = Reflect.getMetadata(ALLOW_UNVERIFIED, context.getHandler()) === true;
      const refusal = unverifiedRefusal(user as { emailVerified?: boolean }, method, allowed);
      if (refusal) throw refusal;
    }
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
