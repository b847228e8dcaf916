import helmet from '@fastify/helmet';
import type { IncomingMessage } from 'node:http';
import { RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { AppConfig, createValidationPipe, Metrics, ProblemDto, ProblemFilter, requestIdOf, runWithRequestId } from '@kokeilu/platform';
import { ApiModule } from './api.module.js';
import { mountQueueBoard } from './ops/queue-board.js';

export const API_PREFIX = 'api/v1';
const BODY_LIMIT_BYTES = 1024 * 1024;

/** Builds the HTTP app exactly as `main.ts` runs it; tests use the same function. */
export async function createApiApp(
  config: AppConfig,
  env: Record<string, string | undefined> = process.env,
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: true,
    genReqId: (req: IncomingMessage) => requestIdOf(req),
    requestIdHeader: false,
  });
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule.forRoot(config, env), adapter, {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();

  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    runWithRequestId(request.id, done);
  });
  app.get(Metrics).instrument(fastify);

  await app.register(helmet, {
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
  app.enableCors({ origin: config.CORS_ORIGINS.length ? config.CORS_ORIGINS : false, credentials: true });
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
  return app;
}
