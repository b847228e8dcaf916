import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplication } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Queue } from 'bullmq';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ActorLoader, Policy } from '@kokeilu/access';
import { AuthService } from '@kokeilu/identity';
import { QUEUE_NAMES } from '@kokeilu/platform';

export const QUEUE_BOARD_PATH = '/admin/queues';

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

  const adapter = new FastifyAdapter();
  adapter.setBasePath(QUEUE_BOARD_PATH);
  createBullBoard({
    queues: QUEUE_NAMES.map((name) => new BullMQAdapter(app.get<Queue>(getQueueToken(name), { strict: false }))),
    serverAdapter: adapter,
    options: { uiConfig: { boardTitle: 'Kokeilu queues' } },
  });

  async function adminFrom(request: FastifyRequest): Promise<boolean> {
    const header = request.headers.authorization ?? '';
    let userId: string | undefined;
    if (header.startsWith('Bearer ')) {
      const claims = await jwt.verifyAsync<{ sub: string; typ: string }>(header.slice(7), { algorithms: ['HS256'] }).catch(() => null);
      if (claims?.typ === 'access') userId = claims.sub;
    } else if (header.startsWith('Basic ')) {
      const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (colon > 0) userId = (await auth.verifyCredentials(decoded.slice(0, colon), decoded.slice(colon + 1)))?.id;
    }
    if (!userId) return false;
    return policy.allows(await actors.load(userId), 'queues.inspect', { kind: 'platform' });
  }

  await fastify.register(
    async (scope) => {
      scope.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
        if (await adminFrom(request)) return;
        await reply
          .status(401)
          .header('www-authenticate', 'Basic realm="Kokeilu queues", charset="UTF-8"')
          .header('content-type', 'application/problem+json; charset=utf-8')
          .send({
            type: 'urn:kokeilu:problem:unauthenticated',
            title: 'Unauthorized',
            status: 401,
            detail: 'The queue board is for admins: send an admin access token or admin credentials',
            code: 'unauthenticated',
          });
      });
      await scope.register(adapter.registerPlugin(), { prefix: QUEUE_BOARD_PATH });
    },
  );
}
