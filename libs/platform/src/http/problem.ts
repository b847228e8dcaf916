import { STATUS_CODES } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, ErrorCode, FieldError } from '../errors/domain-error.js';
import { FALLBACK_ORDER, languagePreference, pickText } from '../i18n/fallback.js';
import type { Locale } from '../i18n/locales.js';

/** The one place where a domain error code becomes an HTTP status. */
export const STATUS_BY_CODE: Record<ErrorCode, number> = {
  validation_failed: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  email_unverified: 403,
  not_found: 404,
  conflict: 409,
  stale_version: 409,
  rule_violation: 422,
  rate_limited: 429,
  payload_too_large: 413,
};

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'validation_failed',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  422: 'rule_violation',
  429: 'rate_limited',
};

/** Codes of answers that the HTTP layer gives on its own, no domain error behind them. */
const OTHER_CODES: Record<number, string> = { 415: 'unsupported_media_type', 503: 'unavailable' };

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  code: string;
  /** The stable code of the sentence in `detail`, when it comes from a message table. */
  messageCode?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/**
 * SQLSTATEs of a lost or refused connection (class 08, a backend terminated, a server shutting
 * down or starting), and the socket's own codes when it was reset or refused.
 */
const CONNECTION_CODES = /^(08...|57P0[123]|ECONNRESET|ECONNREFUSED|EPIPE)$/;
/** What node-postgres and its pool say when the socket under a client is gone or none can be had. */
const CONNECTION_MESSAGES = /Connection terminated|connection error and is not queryable|Client was closed and is not queryable|timeout exceeded when trying to connect/i;
/** TypeORM releases a transaction's query runner when its connection fails; the queries after that fail with this. */
const RELEASED_RUNNER = /^QueryRunner(Provider)?AlreadyReleasedError$/;

/**
 * A request whose database connection was terminated (an administrator, a failover, a restart) or
 * could not be opened met a passing fault, not a bug: it is answered 503 with a moment to wait.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error as { name?: unknown; code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 4; depth++) {
    if (typeof e.code === 'string' && CONNECTION_CODES.test(e.code)) return true;
    if (typeof e.name === 'string' && RELEASED_RUNNER.test(e.name)) return true;
    if (typeof e.message === 'string' && CONNECTION_MESSAGES.test(e.message)) return true;
    e = (e.driverError ?? e.cause) as typeof e;
  }
  return false;
}

/**
 * The problem of an error. A domain error raised with a message of a table says its `detail` in
 * the first of `languages` (the caller's, from `Accept-Language`) and names the message's code.
 */
export function problemOf(error: unknown, languages: readonly Locale[] = FALLBACK_ORDER): Problem {
  if (error instanceof DomainError) {
    const status = STATUS_BY_CODE[error.code];
    const { fields, ...rest } = error.details;
    const localized = pickText(error.text, languages);
    return {
      type: `urn:kokeilu:problem:${error.code}`,
      title: TITLES[status] ?? 'Error',
      status,
      detail: localized?.text ?? error.message,
      code: error.code,
      ...(error.messageCode ? { messageCode: error.messageCode } : {}),
      ...(fields ? { errors: fields } : {}),
      ...rest,
    };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const body = error.getResponse();
    const message =
      typeof body === 'string'
        ? body
        : Array.isArray((body as { message?: unknown }).message)
          ? ((body as { message: string[] }).message).join('; ')
          : String((body as { message?: unknown }).message ?? error.message);
    const code = CODE_BY_STATUS[status] ?? OTHER_CODES[status] ?? 'error';
    const detail = status === 415 ? `${message}: bodies are application/json` : message;
    const problem: Problem = { type: `urn:kokeilu:problem:${code}`, title: TITLES[status] ?? 'Error', status, detail, code };
    // A failed health check says which dependency is down; keep that in the problem.
    if (status === 503 && typeof body === 'object' && body && 'details' in body) {
      problem.detail = 'A dependency is unavailable';
      problem.checks = (body as { details: unknown }).details;
    }
    return problem;
  }
  // Fastify's own errors (bad JSON, body too large, unsupported media type) carry a statusCode.
  const fastifyStatus = (error as { statusCode?: number })?.statusCode;
  if (typeof fastifyStatus === 'number' && fastifyStatus >= 400 && fastifyStatus < 500) {
    const code = CODE_BY_STATUS[fastifyStatus] ?? OTHER_CODES[fastifyStatus] ?? 'bad_request';
    return {
      type: `urn:kokeilu:problem:${code}`,
      title: TITLES[fastifyStatus] ?? 'Error',
      status: fastifyStatus,
      detail: fastifyStatus === 415 ? `${(error as Error).message}: bodies are application/json` : (error as Error).message,
      code,
      ...(fastifyStatus === 400 ? { errors: [{ field: 'body', message: (error as Error).message }] } : {}),
    };
  }
  // PostgreSQL refuses text it cannot store (a NUL character): bad input, not a server fault.
  const sqlState = (error as { driverError?: { code?: string } })?.driverError?.code ?? (error as { code?: unknown })?.code;
  if (sqlState === '22021' || sqlState === '22P05') {
    return {
      type: 'urn:kokeilu:problem:validation_failed',
      title: TITLES[400],
      status: 400,
      detail: 'The input holds characters that cannot be stored (such as NUL)',
      code: 'validation_failed',
      errors: [{ field: 'input', message: 'must not contain NUL characters' }],
    };
  }
  if (isDatabaseUnavailable(error)) {
    return {
      type: 'urn:kokeilu:problem:unavailable',
      title: TITLES[503],
      status: HttpStatus.SERVICE_UNAVAILABLE,
      detail: 'The database could not be reached; try again in a moment (a change asked for may or may not have been made: read it back first).',
      code: 'unavailable',
      retryAfterSeconds: 1,
    };
  }
  return {
    type: 'urn:kokeilu:problem:internal',
    title: TITLES[500],
    status: HttpStatus.INTERNAL_SERVER_ERROR,
    detail: 'An unexpected error occurred. It has been logged.',
    code: 'internal',
  };
}

/** Answers every error as `application/problem+json` (RFC 9457); never leaks a stack trace. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(error: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw error;
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const languages = languagePreference(request.headers['accept-language']);
    const problem = problemOf(error, languages);
    problem.instance = request.url;
    const language = error instanceof DomainError ? pickText(error.text, languages)?.language : undefined;
    if (language) void reply.header('content-language', language);
    if (problem.status >= 500) {
      this.logger.error({ err: error, requestId: request.id }, 'unhandled error');
    }
    if (request.id) problem.requestId = request.id;
    // A refusal that ends by itself (a sign-in lock) says when to try again, as RFC 9110 asks.
    if (typeof problem.retryAfterSeconds === 'number') void reply.header('retry-after', String(problem.retryAfterSeconds));
    void reply.status(problem.status).header('content-type', 'application/problem+json; charset=utf-8').send(problem);
  }
}

/**
 * Fastify's `frameworkErrors`: a URL its router refuses (bad percent-encoding, a path parameter
 * longer than it accepts) is answered before any route or Nest filter runs; answer it as a problem too.
 */
export function answerFrameworkError(error: Error, request: FastifyRequest, reply: FastifyReply): void {
  const problem = problemOf(error);
  problem.instance = request.url;
  if (request.id) {
    problem.requestId = request.id;
    // No hook runs for these answers, so the request id header is set here.
    void reply.header('x-request-id', request.id);
  }
  void reply.status(problem.status).header('content-type', 'application/problem+json; charset=utf-8').send(problem);
}

/**
 * A request that arrives while the server shuts down: Fastify would answer it 503 with a JSON body
 * of its own; it gets the problem every other 503 is, with a moment to wait and a closed connection.
 */
export function answerWhileClosing(request: IncomingMessage, response: ServerResponse, requestId: string): void {
  const body = JSON.stringify({
    type: 'urn:kokeilu:problem:unavailable',
    title: TITLES[503],
    status: 503,
    detail: 'The server is shutting down; try again in a moment.',
    code: 'unavailable',
    instance: request.url,
    requestId,
    retryAfterSeconds: 1,
  });
  response.writeHead(503, {
    'content-type': 'application/problem+json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'retry-after': '1',
    'x-request-id': requestId,
    connection: 'close',
  });
  response.end(body);
}

/**
 * Fastify's `clientErrorHandler`: a request Node's parser refuses (headers or URL too large, a
 * malformed request line, a client too slow) never reaches Fastify; answer it on the socket as a
 * problem, as Node itself would answer it, and close the connection.
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const status = error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
  const detail =
    status === 408 ? 'The request was not received in time' : status === 431 ? 'The request line or headers are too large' : 'The request could not be parsed';
  const code = CODE_BY_STATUS[status] ?? 'bad_request';
  const body = JSON.stringify({ type: `urn:kokeilu:problem:${code}`, title: STATUS_CODES[status], status, detail, code });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Content-Type: application/problem+json; charset=utf-8\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
