import { applyDecorators, Header } from '@nestjs/common';
import { ApiOkResponse, ApiProduces } from '@nestjs/swagger';

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

export const SCHEMA_TYPE = 'application/schema+json';

/** The address of a served JSON Schema, which is also its `$id`. */
export function openDataSchemaUrl(publicUrl: string, name: 'testbeds' | 'calls'): string {
  return `${publicUrl.replace(/\/+$/, '')}/api/v1/open-data/${name}.schema.json`;
}

/** The response of a JSON Schema route in the API document. */
export function ApiSchemaFile(what: string): MethodDecorator {
  return applyDecorators(
    ApiProduces(SCHEMA_TYPE),
    ApiOkResponse({
      description: `The JSON Schema (2020-12) of ${what}, with a description of every field; its \`$id\` is its own address.`,
      content: { [SCHEMA_TYPE]: { schema: { type: 'object', additionalProperties: true } } },
    }),
    Header('Content-Type', SCHEMA_TYPE),
  );
}
