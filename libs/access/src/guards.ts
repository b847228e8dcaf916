import { applyDecorators, createParamDecorator, ExecutionContext, Injectable, SetMetadata, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { ApiAuth, DomainError, messageOf, type Statement } from '@kokeilu/platform';
import { sessionActorStatement, signedInActorOf, type SignedInActor } from './actor-loader.js';
import type { TokenSession } from './domain/access-token.js';
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

function unauthenticated(): DomainError {
  return new DomainError('unauthenticated', messageOf(ACCESS_MESSAGES, 'access.token_required'));
}

/** The request's method and whether its route lets an unverified account write. */
function writeContext(context: ExecutionContext): { method: string; allowUnverified: boolean } {
  return {
    method: context.switchToHttp().getRequest<{ method: string }>().method,
    allowUnverified: Reflect.getMetadata(ALLOW_UNVERIFIED, context.getHandler()) === true,
  };
}

@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  override handleRequest<T>(error: unknown, user: T, _info?: unknown, context?: ExecutionContext): T {
    // A token passport refuses arrives as no user; an error is the actor's look-up failing (the
    // database unreachable, say), which is no reason to tell a signed-in client it is signed out.
    if (error) throw error;
    if (!user) throw unauthenticated();
    if (context) {
      const { method, allowUnverified } = writeContext(context);
      const refusal = unverifiedRefusal(user as { emailVerified?: boolean }, method, allowUnverified);
      if (refusal) throw refusal;
    }
    return user;
  }
}

/**
 * A caller whose access token is verified but whose sign-in is not checked yet. The route sends
 * `statement` (the same query JwtAuthGuard's look-up makes) in its transaction's first batch and
 * takes the actor from `actorOf`, which refuses exactly as JwtAuthGuard does: a revoked sign-in, a
 * stale token generation or a deleted user with 401, an unverified account's write with 403.
 */
export class PendingActor {
  constructor(
    readonly session: TokenSession,
    private readonly method: string,
    private readonly allowUnverified: boolean,
  ) {}

  get statement(): Statement {
    return sessionActorStatement(this.session);
  }

  /** The actor from the rows `statement` answered, or the refusal. */
  actorOf(rows: readonly unknown[]): SignedInActor {
    const actor = signedInActorOf(rows);
    if (!actor) throw unauthenticated();
    const refusal = unverifiedRefusal(actor, this.method, this.allowUnverified);
    if (refusal) throw refusal;
    return actor;
  }
}

/** The caller of a route: an actor already loaded, or one whose check travels with the route's statements. */
export type Caller = Actor | PendingActor;

/**
 * Sends `statements` through `send` with the caller's check in front when it is pending, and
 * answers the actor with the statements' rows. The actor is refused before any of the rows are
 * looked at.
 */
export async function sendAsCaller(
  caller: Caller,
  send: (statements: readonly Statement[]) => Promise<unknown[][]>,
  statements: readonly Statement[],
): Promise<[Actor, unknown[][]]> {
  if (!(caller instanceof PendingActor)) return [caller, await send(statements)];
  const [actorRows, ...rows] = await send([caller.statement, ...statements]);
  return [caller.actorOf(actorRows), rows];
}

/** Verifies the token only; the request's `user` becomes a PendingActor. */
@Injectable()
export class JwtSessionGuard extends AuthGuard('jwt-session') {
  override handleRequest<T>(error: unknown, session: T, _info?: unknown, context?: ExecutionContext): T {
    if (error) throw error;
    if (!session || !context) throw unauthenticated();
    const { method, allowUnverified } = writeContext(context);
    return new PendingActor(session as unknown as TokenSession, method, allowUnverified) as T;
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

/**
 * As `Authenticated`, for a route that runs its work in one pipelined transaction: the actor's
 * look-up and sign-in check travel in that transaction's first batch instead of a query of their
 * own. The handler takes `@CurrentCaller()` and hands it to `sendAsCaller`.
 */
export function AuthenticatedInTransaction(...errorStatuses: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(UseGuards(JwtSessionGuard), ApiAuth(...errorStatuses));
}

export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor | null => {
  const user = ctx.switchToHttp().getRequest<{ user?: Actor | PendingActor }>().user;
  // A route guarded by AuthenticatedInTransaction has no loaded actor to give.
  if (user instanceof PendingActor) throw new Error('the actor of this route is checked in its transaction: use @CurrentCaller()');
  return user ?? null;
});

/** The caller as `AuthenticatedInTransaction` (or `Authenticated`) left it. */
export const CurrentCaller = createParamDecorator((_: unknown, ctx: ExecutionContext): Caller => {
  const user = ctx.switchToHttp().getRequest<{ user?: Caller }>().user;
  if (!user) throw unauthenticated();
  return user;
});
