import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import { getQueueToken } from '@nestjs/bullmq';
import { type INestApplication, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Queue } from 'bullmq';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ActorLoader, Policy, sessionOfClaims } from '@kokeilu/access';
import { AuthService } from '@kokeilu/identity';
import { APP_CONFIG, AppConfig, DomainError, QUEUE_NAMES, RateLimits } from '@kokeilu/platform';

export const QUEUE_BOARD_PATH = '/admin/queues';

/** The rate limit of wrong Basic credentials on the board, per client. */
const BOARD_LIMIT = 'queue-board';

const logger = new Logger('QueueBoard');

type BoardAnswer = ReturnType<Parameters<FastifyAdapter['setErrorHandler']>[0]>;

/**
 * Bull Board at /admin/queues for admins only: a bearer access token, or (for a browser) HTTP
 * Basic with an admin's e-mail and password. Failed jobs stay there for inspection.
 */
export async function mountQueueBoard(app: INestApplication): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance() as FastifyInstance;
  const jwt = app.get(JwtService);
  const actors = app.get(ActorLoader);
  const auth = app.get(AuthService);
  const policy = app.get(Policy);
  const config = app.get<AppConfig>(APP_CONFIG);

  const adapter = new FastifyAdapter();
  adapter.setBasePath(QUEUE_BOARD_PATH);
  createBullBoard({
    queues: QUEUE_NAMES.map((name) => new BullMQAdapter(app.get<Queue>(getQueueToken(name), { strict: false }))),
    serverAdapter: adapter,
    options: { uiConfig: { boardTitle: 'Kokeilu queues' } },
  });
  // Bull Board's own handler answers with the raw message, and the stack when NODE_ENV=development.
  adapter.setErrorHandler((error: Error & { statusCode?: number }) => {
    const status: BoardAnswer['status'] = error.statusCode === 400 || error.statusCode === 404 ? error.statusCode : 500;
    if (status === 500) logger.error({ err: error }, 'queue board error');
    return {
      status,
      body: {
        error: { key: 'ERRORS.INTERNAL_SERVER_ERROR' },
        message: status === 500 ? 'An unexpected error occurred. It has been logged.' : error.message,
      },
    };
  });

  // Basic credentials are a password check like the login route, so wrong ones are limited the
  // same way per client (in the limits every API process shares); otherwise the board would be an
  // unthrottled way to guess any password.
  const limits = app.get(RateLimits);
  const secondsBlocked = (ip: string) => limits.retryAfter(BOARD_LIMIT, ip, config.AUTH_RATE_LIMIT_PER_MINUTE);
  const recordFailedLogin = (ip: string) => limits.increment(ip, 60_000, config.AUTH_RATE_LIMIT_PER_MINUTE, 60_000, BOARD_LIMIT);

  type Caller = { kind: 'anonymous' | 'admin' | 'not_admin' } | { kind: 'limited'; retryAfter: number };

  /**
   * Who is asking: `anonymous` when no usable credentials came (no header, a bad or expired token,
   * a wrong password), else whether that signed-in user is an admin.
   */
  async function callerOf(request: FastifyRequest): Promise<Caller> {
    const header = request.headers.authorization ?? '';
    let userId: string | undefined;
    if (/^Bearer /i.test(header)) {
      const claims: unknown = await jwt.verifyAsync(header.slice(7).trim(), { algorithms: ['HS256'] }).catch(() => null);
      const session = sessionOfClaims(claims);
      const actor = session ? await actors.loadForSession(session) : null;
      if (!actor) return { kind: 'anonymous' };
      return { kind: policy.allows(actor, 'queues.inspect', { kind: 'platform' }) ? 'admin' : 'not_admin' };
    } else if (/^Basic /i.test(header)) {
      const retryAfter = await secondsBlocked(request.ip);
      if (retryAfter > 0) return { kind: 'limited', retryAfter };
      const decoded = Buffer.from(header.slice(6).trim(), 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (colon > 0) {
        try {
          userId = (await auth.verifyCredentials(decoded.slice(0, colon), decoded.slice(colon + 1), request.ip))?.id;
        } catch (error) {
          // The address's sign-in is locked after repeated wrong passwords: the same answer as the limit.
          if (error instanceof DomainError && error.code === 'rate_limited') return { kind: 'limited', retryAfter: Number(error.details.retryAfterSeconds) || 60 };
          throw error;
        }
      }
      if (!userId) await recordFailedLogin(request.ip);
    }
    const actor = userId ? await actors.load(userId) : null;
    if (!actor) return { kind: 'anonymous' };
    return { kind: policy.allows(actor, 'queues.inspect', { kind: 'platform' }) ? 'admin' : 'not_admin' };
  }

  const PROBLEMS = {
    401: { code: 'unauthenticated', title: 'Unauthorized', detail: 'The queue board is for admins: send an admin access token or admin credentials' },
    403: { code: 'forbidden', title: 'Forbidden', detail: 'The queue board is for admins only' },
    429: { code: 'rate_limited', title: 'Too Many Requests', detail: 'Too many wrong credentials; try again later' },
  } as const;

  function refuse(request: FastifyRequest, reply: FastifyReply, status: keyof typeof PROBLEMS) {
    const { code, title, detail } = PROBLEMS[status];
    // Only a 401 asks the browser for credentials; a 403 must not invite it to try other ones.
    if (status === 401) void reply.header('www-authenticate', 'Basic realm="Kokeilu queues", charset="UTF-8"');
    return reply
      .status(status)
      .header('content-type', 'application/problem+json; charset=utf-8')
      .send({ type: `urn:kokeilu:problem:${code}`, title, status, detail, code, instance: request.url, requestId: request.id });
  }

  await fastify.register(
    async (scope) => {
      scope.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
        const caller = await callerOf(request);
        if (caller.kind === 'admin') return;
        if (caller.kind === 'limited') {
          void reply.header('retry-after', String(caller.retryAfter));
          await refuse(request, reply, 429);
          return;
        }
        await refuse(request, reply, caller.kind === 'anonymous' ? 401 : 403);
      });
      await scope.register(adapter.registerPlugin(), { prefix: QUEUE_BOARD_PATH });
    },
  );
}
