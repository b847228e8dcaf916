import { applyDecorators, Header } from '@nestjs/common';

/**
 * Headers of the public feeds and files: any web page may read them (no credentials are involved,
 * whatever CORS_ORIGINS allows for the rest of the API), and shared caches may keep them a few
 * minutes, which spares the database from pollers without hiding a change for long.
 */
export function PublicData(): MethodDecorator {
  return applyDecorators(
    Header('Access-Control-Allow-Origin', '*'),
    Header('Cross-Origin-Resource-Policy', 'cross-origin'),
    Header('Cache-Control', 'public, max-age=300'),
  );
}
