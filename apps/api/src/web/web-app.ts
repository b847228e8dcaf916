import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type AppConfig, type Locale, LOCALES } from '@kokeilu/platform';
import { chooseLocale, localeOfPath, renderIndex, type RuntimeConfig, webContentSecurityPolicy } from './web-page.js';

/**
 * Paths of the app that may be linked without a language (open data links to /testbeds/<id>, an
 * older e-mail to /verify-email?token=…); they go to the visitor's language, query and all.
 */
const UNPREFIXED_APP_PATHS = ['testbeds', 'calls', 'grants', 'verify-email', 'invitations'];

/**
 * The addresses this module adds beside the API (`/`, the languages, the unprefixed app paths,
 * the static files), as Fastify lists them; they are the web app's, not operations of the OpenAPI
 * document.
 */
export const WEB_APP_ROUTE = /^\/((fi|sv|en|testbeds|calls|grants|verify-email|invitations|assets)(\/?\*?)?|favicon\.svg|robots\.txt)?$/;

/** Files of the built app's root folder besides index.html (the hashed bundles live under assets/). */
const ROOT_FILES = ['favicon.svg', 'robots.txt'];

/**
 * Serves the built web app (`WEB_DIR`, made by `npm run build`) beside the API: `/` goes to the
 * visitor's language, every address under `/fi`, `/sv` and `/en` answers index.html (the app
 * routes in the browser), and the hashed bundles under `/assets/` are cached for a year. The API
 * keeps `/api/v1`, `/docs`, `/health`, `/metrics` and `/admin/queues`.
 */
export async function serveWebApp(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  const dir = resolve(config.WEB_DIR);
  const indexFile = join(dir, 'index.html');
  const built = existsSync(indexFile);
  if (!built) new Logger('WebApp').warn(`No web app in ${dir}: run \`npm run build\` to serve it at /.`);
  const runtime: RuntimeConfig = {
    MAP_TILE_URL: config.MAP_TILE_URL,
    MAP_ATTRIBUTION: config.MAP_ATTRIBUTION,
    MAP_ATTRIBUTION_URL: config.MAP_ATTRIBUTION_URL,
  };
  const policy = webContentSecurityPolicy(config.MAP_TILE_URL);
  // The pages are made once per build of the app: a rebuild while the API runs (npm run build:web) is picked up.
  let pages = new Map<Locale, string>();
  let builtAt = -1;
  const pageFor = (locale: Locale): string => {
    const mtime = statSync(indexFile).mtimeMs;
    if (mtime !== builtAt) {
      const template = readFileSync(indexFile, 'utf8');
      pages = new Map(LOCALES.map((each) => [each, renderIndex(template, each, runtime)]));
      builtAt = mtime;
    }
    return pages.get(locale) ?? '';
  };

  const page = (request: FastifyRequest, reply: FastifyReply) => {
    const locale = localeOfPath(request.url) ?? 'fi';
    if (!built) {
      return reply
        .status(404)
        .header('content-type', 'application/problem+json; charset=utf-8')
        .send({ type: 'urn:kokeilu:problem:not_found', title: 'Not Found', status: 404, code: 'not_found', detail: 'The web app has not been built: run `npm run build`.' });
    }
    return reply
      .header('content-security-policy', policy)
      .header('cache-control', 'no-cache')
      .header('vary', 'Cookie, Accept-Language')
      .type('text/html; charset=utf-8')
      .send(pageFor(locale));
  };
  const toLocale = (request: FastifyRequest, reply: FastifyReply) => {
    const locale = chooseLocale(request.headers.cookie, request.headers['accept-language']);
    return reply.header('cache-control', 'no-cache').header('vary', 'Cookie, Accept-Language').redirect(`/${locale}${request.url}`, 302);
  };

  fastify.get('/', (request, reply) => {
    const locale = chooseLocale(request.headers.cookie, request.headers['accept-language']);
    return reply.header('cache-control', 'no-cache').header('vary', 'Cookie, Accept-Language').redirect(`/${locale}/`, 302);
  });
  for (const locale of LOCALES) {
    fastify.get(`/${locale}`, page);
    fastify.get(`/${locale}/*`, page);
  }
  for (const path of UNPREFIXED_APP_PATHS) {
    fastify.get(`/${path}`, toLocale);
    fastify.get(`/${path}/*`, toLocale);
  }
  if (!built) return;
  for (const file of ROOT_FILES.filter((name) => existsSync(join(dir, name)))) {
    const body = readFileSync(join(dir, file));
    fastify.get(`/${file}`, (_request, reply) => reply.header('cache-control', 'public, max-age=3600').type(file.endsWith('.svg') ? 'image/svg+xml' : 'text/plain; charset=utf-8').send(body));
  }
  // Names carry a content hash: a changed file is a new name, so a year-long cache never serves a stale one.
  await app.register(fastifyStatic, {
    root: join(dir, 'assets'),
    prefix: '/assets/',
    decorateReply: false,
    index: false,
    preCompressed: true,
    cacheControl: true,
    immutable: true,
    maxAge: '365d',
  });
}
