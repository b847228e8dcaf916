import type { IncomingMessage, ServerResponse } from 'node:http';
import fastifyCookie from '@fastify/cookie';
import { RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { errorCodes, type FastifyInstance } from 'fastify';
import { OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { Logger, PinoLogger } from 'nestjs-pino';
import { adoptServedAddress, answerClientError, answerFrameworkError, answerWhileClosing, APP_CONFIG, type AppConfig, createValidationPipe, Metrics, ProblemFilter, quietBoot, redactUrl, registerSecurityHeaders, requestIdOf, runWithRequestId } from '@kokeilu/platform';
import { ApiModule } from './api.module.js';
import { buildApiDocument } from './api-document.js';
import { mountQueueBoard } from './ops/queue-board.js';
import { serveWebApp } from './web/web-app.js';

export const API_PREFIX = 'api/v1';
const BODY_LIMIT_BYTES = 1024 * 1024;
/** The one route that reads a form body (RFC 8058). */
const ONE_CLICK_UNSUBSCRIBE_PATH = `/${API_PREFIX}/notifications/unsubscribe`;


/** Response headers a browser app on another origin may read. */
const EXPOSED_HEADERS = ['x-request-id', 'retry-after', 'x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset'];

/** Requests that arrive once the app has begun to close are answered with a 503 problem, as any other 503. */
function answerProblemsWhileClosing(fastify: FastifyInstance): void {
  let closing = false;
  fastify.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  const server = fastify.server;
  const handlers = server.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (closing) answerWhileClosing(req, res, requestIdOf(req));
    else for (const handler of handlers) handler(req, res);
  });
}

function setGlobalPrefix(app: NestFastifyApplication): void {
  app.setGlobalPrefix(API_PREFIX, {
    exclude: [
      { path: 'health', method: RequestMethod.GET },
      { path: 'metrics', method: RequestMethod.GET },
    ],
  });
}

/**
 * The OpenAPI document that the app serves at `/docs-json`, built without a database or a queue:
 * Nest's preview mode reads the controllers' metadata and creates no provider. `problems` receives
 * what the document builder warns about and the names that two schema classes share.
 */
export async function createApiDocument(config: AppConfig, env: Record<string, string | undefined>, problems: string[] = []): Promise<OpenAPIObject> {
  const warnings: string[] = [];
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule.forRoot(config, env), new FastifyAdapter(), {
    preview: true,
    logger: {
      log: () => undefined,
      error: (message: unknown) => warnings.push(String(message)),
      warn: (message: unknown) => warnings.push(String(message)),
    },
  });
  try {
    setGlobalPrefix(app);
    const clashes: string[] = [];
    const document = buildApiDocument(app, clashes);
    problems.push(...warnings.filter((w) => !/PREVIEW mode|will not be instantiated|^-+$/.test(w)), ...clashes.map((name) => `two schema classes are named ${name}`));
    return document;
  } finally {
    await app.close();
  }
}

/** Builds the HTTP app exactly as `main.ts` runs it; tests use the same function. */
export async function createApiApp(
  config: AppConfig,
  env: Record<string, string | undefined> = process.env,
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    // X-Forwarded-For is believed only from the proxies TRUST_PROXY names (none by default): its
    // left-most entry is the client's own writing, and the per-client limits would count nothing.
    trustProxy: config.TRUST_PROXY.length ? config.TRUST_PROXY : false,
    genReqId: (req: IncomingMessage) => requestIdOf(req),
    requestIdHeader: false,
    // URLs the router refuses and requests Node's parser refuses are answered as problems too.
    frameworkErrors: answerFrameworkError,
    clientErrorHandler: answerClientError,
    // By the time Nest closes the server its modules are already shut down, so a request still in
    // flight cannot be served; waiting for its connection would hold the process up to the
    // keep-alive timeout.
    forceCloseConnections: true,
  });
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule.forRoot(config, env), adapter, {
    bufferLogs: true,
    // Bodies are JSON only: Fastify's own JSON parser reads them, and no form or text parser is
    // added, so any other media type is a 415 instead of a body the DTOs would half-understand.
    bodyParser: false,
  });
  app.useLogger(quietBoot(app.get(Logger)));
  app.enableShutdownHooks();

  const fastify = app.getHttpAdapter().getInstance();
  // Links the API gives out name the address it serves when PUBLIC_URL does not say otherwise.
  fastify.addHook('onListen', (done) => {
    adoptServedAddress(app.get<AppConfig>(APP_CONFIG), fastify.server.address());
    done();
  });
  fastify.removeContentTypeParser('text/plain');
  // Mail programs post RFC 8058's one-click unsubscribe as a form ("List-Unsubscribe=One-Click"):
  // that route alone reads one; elsewhere a form is refused like any other media type.
  fastify.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 1024 }, (request, body, done) => {
    if (request.url.split('?')[0] !== ONE_CLICK_UNSUBSCRIBE_PATH) return done(new errorCodes.FST_ERR_CTP_INVALID_MEDIA_TYPE(request.headers['content-type'] ?? ''));
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });
  // Reads and writes the browser's refresh-token cookie (unsigned: the token is itself the secret).
  await app.register(fastifyCookie);
  answerProblemsWhileClosing(fastify);
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    runWithRequestId(request.id, done);
  });
  // Answers ended before the hook above (a CORS preflight, a 503 while shutting down) carry it too.
  fastify.addHook('onSend', (request, reply, payload, done) => {
    if (!reply.hasHeader('x-request-id')) void reply.header('x-request-id', request.id);
    done(null, payload);
  });
  // nestjs-pino's middleware logs only what Nest routes under the prefix (and /health, /metrics):
  // the queue board, the docs and unknown paths outside /api/v1 are logged here, in the same shape.
  fastify.addHook('onResponse', (request, reply, done) => {
    if (!(request.raw as { allLogs?: unknown }).allLogs) {
      PinoLogger.root?.info(
        {
          req: { id: request.id, method: request.method, url: redactUrl(request.url), headers: {} },
          res: reply.raw,
          responseTime: Math.round(reply.elapsedTime),
        },
        'request completed',
      );
    }
    done();
  });
  app.get(Metrics).instrument(fastify);

  registerSecurityHeaders(fastify, {
    // Swagger UI and Bull Board load their own scripts and styles.
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'unsafe-inline'"],
        styleSrc: ["'self'", "'unsafe-inline'", 'https:'],
        imgSrc: ["'self'", 'data:', 'https:'],
      },
    },
  });
  app.enableCors({
    origin: config.CORS_ORIGINS.length ? config.CORS_ORIGINS : false,
    credentials: true,
    exposedHeaders: EXPOSED_HEADERS,
  });
  setGlobalPrefix(app);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemFilter());

  // Built on the first request for it rather than at every start (it reads every route and DTO).
  SwaggerModule.setup('docs', app, () => buildApiDocument(app), { jsonDocumentUrl: 'docs-json', useGlobalPrefix: false });
  await mountQueueBoard(app);
  await serveWebApp(app, config);
  return app;
}
