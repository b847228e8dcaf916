/**
 * The OpenAPI document as a build artefact, from the app's own controllers and DTOs (Nest's preview
 * mode: no database, no queue, a few seconds):
 *
 *   openapi.ts write <file>   writes the document as served at /docs-json
 *   openapi.ts types          regenerates the web app's types (apps/web/src/api/schema.d.ts)
 *   openapi.ts check          fails on two schemas of one name, on any Redocly error or warning,
 *                             and on committed types that differ from the document's
 */
import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { OpenAPIObject } from '@nestjs/swagger';
import openapiTS, { astToString } from 'openapi-typescript';
import { loadConfig } from '@kokeilu/platform';
import { createApiDocument } from '../src/app.js';

const ROOT = resolve(__dirname, '../../..');
export const TYPES_FILE = join(ROOT, 'apps/web/src/api/schema.d.ts');

const HEADER = `/**
 * The Kokeilu API's types, generated from its OpenAPI document by openapi-typescript.
 * Do not edit: change the API's DTOs and decorators, then run \`npm run openapi:types\`.
 */

`;

/** Settings that let the app's modules load; preview mode connects to nothing. */
const ENV = {
  NODE_ENV: 'test',
  DATABASE_URL: 'postgres://openapi@127.0.0.1:1/openapi',
  JWT_SECRET: 'openapi-document-only-openapi-document-only',
  LOG_LEVEL: 'silent',
};

async function documentAndWarnings(): Promise<{ document: OpenAPIObject; warnings: string[] }> {
  const warnings: string[] = [];
  const document = await createApiDocument(loadConfig(ENV), ENV, warnings);
  return { document, warnings };
}

export async function typesOf(document: OpenAPIObject): Promise<string> {
  const ast = await openapiTS(document as unknown as Parameters<typeof openapiTS>[0], { alphabetize: false });
  return HEADER + astToString(ast);
}

interface LintReport {
  totals: { errors: number; warnings: number };
  problems: { ruleId: string; severity: string; message: string; location: { pointer: string }[] }[];
}

/** Redocly's `recommended` rules (redocly.yaml) over the document: one line per error or warning. */
export function lint(document: OpenAPIObject): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'kokeilu-openapi-'));
  try {
    const file = join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(document, null, 2));
    const result = spawnSync(join(ROOT, 'node_modules/.bin/redocly'), ['lint', file, '--config', join(ROOT, 'redocly.yaml'), '--format', 'json'], {
      encoding: 'utf8',
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    });
    const report = JSON.parse(result.stdout) as LintReport;
    // Warnings count too: the document is meant to be clean, not merely valid.
    return report.problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} (${p.location.map((l) => l.pointer).join(', ')})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(command: string | undefined, file: string | undefined): Promise<number> {
  const { document, warnings } = await documentAndWarnings();
  if (command === 'write') {
    writeFileSync(file ?? 'openapi.json', JSON.stringify(document, null, 2) + '\n');
    return 0;
  }
  if (command === 'types') {
    writeFileSync(TYPES_FILE, await typesOf(document));
    console.log(`wrote ${TYPES_FILE}`);
    return 0;
  }
  if (command === 'check') {
    let failed = false;
    if (warnings.length) {
      console.error(`The OpenAPI document builder found problems:\n${warnings.join('\n')}`);
      failed = true;
    }
    const problems = lint(document);
    if (problems.length) {
      console.error(`Redocly found ${problems.length} problems in the OpenAPI document:\n${problems.join('\n')}`);
      failed = true;
    }
    let committed = '';
    try {
      committed = readFileSync(TYPES_FILE, 'utf8');
    } catch {
      // compared below as missing
    }
    if (committed !== (await typesOf(document))) {
      console.error(`${TYPES_FILE} is not what the API's document generates: run \`npm run openapi:types\` and commit it.`);
      failed = true;
    }
    if (!failed) console.log(`OpenAPI document: ${Object.keys(document.paths).length} paths, 0 Redocly problems, unique schema names, types up to date.`);
    return failed ? 1 : 0;
  }
  console.error('usage: openapi.ts write <file> | types | check');
  return 2;
}

// Run as `node <loader> apps/api/tools/openapi.ts <command> [file]`: the arguments follow this file's path.
const args = process.argv.slice(process.argv.findIndex((arg) => arg.endsWith('openapi.ts')) + 1);
main(args[0], args[1]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
