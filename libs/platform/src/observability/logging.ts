import { type LoggerService, RequestMethod } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Params } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import type { Options as PinoHttpOptions } from 'pino-http';
import type { AppConfig } from '../config/config.js';

/** Never logged: credentials, tokens, cookies and passwords wherever they appear. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.passwordHash',
  '*.accessToken',
  '*.refreshToken',
  '*.token',
];

export function requestIdOf(req: IncomingMessage): string {
  const header = req.headers['x-request-id'];
  return typeof header === 'string' && /^[A-Za-z0-9._-]{1,64}$/.test(header) ? header : randomUUID();
}

/** A URL as it may be logged: one-time codes and tokens in the query are blanked out. */
export function redactUrl(url: string): string {
  return url.replace(/([?&](token|code)=)[^&]+/gi, '$1[redacted]');
}

let destination: DestinationStream | undefined;

/**
 * Sends the JSON log lines of apps created from now on to `stream` instead of standard output
 * (`undefined` restores it). Tests use it to read what would be logged.
 */
export function setLogDestination(stream: DestinationStream | undefined): void {
  destination = stream;
}

export function loggerParams(config: AppConfig, name: string): Params {
  const options: PinoHttpOptions = {
    name,
    level: config.LOG_LEVEL,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    genReqId: (req) => (req as IncomingMessage & { id?: string }).id ?? requestIdOf(req),
    // The serializers below read the request and the response themselves: wrapped (pino-http's
    // default), each request would first be copied whole by the standard serializers (headers,
    // addresses) only for these to keep three fields of it.
    wrapSerializers: false,
    serializers: {
      // Middleware sees a URL without its mount path; `originalUrl` keeps the one the client asked for.
      req: (req: { id: string; method: string; url: string; originalUrl?: string }) => ({ id: req.id, method: req.method, url: redactUrl(req.originalUrl || req.url) }),
      // The status is what matters; the response headers are the same helmet set on every line.
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
  return {
    forRoutes: [{ path: '{*splat}', method: RequestMethod.ALL }],
    pinoHttp: destination ? [options, destination] : options,
  };
}

/** Nest's start-up chatter (a line per module, controller and route): useful only when debugging. */
const BOOT_CONTEXTS = new Set(['NestFactory', 'InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestApplication']);

/**
 * `logger` with Nest's start-up lines moved from info to debug, so that a start shows its
 * addresses rather than 170 lines of routes. Every other line passes through unchanged.
 */
export function quietBoot(logger: LoggerService): LoggerService {
  const contextOf = (params: unknown[]) => params.at(-1);
  return {
    log: (message: unknown, ...params: unknown[]) => {
      const context = contextOf(params);
      if (typeof context === 'string' && BOOT_CONTEXTS.has(context)) logger.debug?.(message, ...params);
      else logger.log(message, ...params);
    },
    error: (message: unknown, ...params: unknown[]) => logger.error(message, ...params),
    warn: (message: unknown, ...params: unknown[]) => logger.warn(message, ...params),
    debug: (message: unknown, ...params: unknown[]) => logger.debug?.(message, ...params),
    verbose: (message: unknown, ...params: unknown[]) => logger.verbose?.(message, ...params),
    fatal: (message: unknown, ...params: unknown[]) => (logger.fatal ?? logger.error).call(logger, message, ...params),
  };
}
