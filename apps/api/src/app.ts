import type { IncomingMessage } from 'node:http';
import { RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger, PinoLogger } from 'nestjs-pino';
import { adoptServedAddress, answerClientError, answerFrameworkError, APP_CONFIG, type AppConfig, createValidationPipe, Metrics, ProblemDto, ProblemFilter, quietBoot, redactUrl, registerSecurityHeaders, requestIdOf, runWithRequestId } from '@kokeilu/platform';
import { ApiModule } from './api.module.js';
import { mountQueueBoard } from './ops/queue-board.js';
import { serveWebApp } from './web/web-app.js';

export const API_PREFIX = 'api/v1';
const BODY_LIMIT_BYTES = 1024 * 1024;


/** Response headers a browser app on another origin may read. */
const EXPOSED_HEADERS = ['x-request-id', 'retry-after', 'x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset'];

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
  });
  app.useLogger(quietBoot(app.get(Logger)));
  app.enableShutdownHooks();

  const fastify = app.getHttpAdapter().getInstance();
  // Links the API gives out name the address it serves when PUBLIC_URL does not say otherwise.
  fastify.addHook('onListen', (done) => {
    adoptServedAddress(app.get<AppConfig>(APP_CONFIG), fastify.server.address());
    done();
  });
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
  app.setGlobalPrefix(API_PREFIX, {
    exclude: [
      { path: 'health', method: RequestMethod.GET },
      { path: 'metrics', method: RequestMethod.GET },
    ],
  });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemFilter());

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Kokeilu API')
      .setDescription('Open-innovation pilot marketplace: test beds, open calls, applications, evaluation and funding. Errors are application/problem+json (RFC 9457).')
      .setVersion('1')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
      .build(),
    { extraModels: [ProblemDto] },
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json', useGlobalPrefix: false });
  await mountQueueBoard(app);
  await serveWebApp(app, config);
  return app;
}
