// Compiles the server's TypeScript (apps/api, apps/worker, apps/cli and libs/) to ES modules in
// dist/, one .js file per .ts file at the same relative path, with @swc/core: legacy decorators
// with their metadata (Nest's dependency injection reads it) and `@kokeilu/<lib>[/<entry>]`
// rewritten to the relative path of that lib's index (or entry). Only files newer than their
// output are compiled again; outputs whose source is gone are removed. Types are checked
// separately (`npm run typecheck`, which `isolatedModules` keeps honest about what a per-file
// compiler can know: a type in a decorated signature must be imported with `type`).
//
// `npm run build` also builds the web app (scripts/build-web.mjs) when its sources changed.
//
//   node scripts/build.mjs          build what changed
//   node scripts/build.mjs --clean  build everything from scratch
import { mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import swc from '@swc/core';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const outDir = join(root, 'dist');
export const SOURCE_DIRS = ['apps/api/src', 'apps/worker/src', 'apps/cli/src', 'libs'];
const NOT_BUILT = /(\.spec\.ts|\.e2e-spec\.ts|\.d\.ts)$/;
const TEST_ONLY = `libs${sep}testing${sep}`;

const SWC_OPTIONS = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    keepClassNames: true,
    target: 'es2024',
  },
  module: { type: 'es6', strict: true, ignoreDynamic: true },
  sourceMaps: true,
};
// A change of compiler or options invalidates every output.
const FINGERPRINT = createHash('sha256').update(`${swc.version}\n${JSON.stringify(SWC_OPTIONS)}`).digest('hex').slice(0, 16);
const fingerprintFile = join(outDir, '.build-options');

async function sources() {
  const found = [];
  const visit = async (dir) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') await visit(full);
      } else if (entry.name.endsWith('.ts') && !NOT_BUILT.test(entry.name) && !relative(root, full).startsWith(TEST_ONLY)) {
        found.push(full);
      }
    }
  };
  for (const dir of SOURCE_DIRS) await visit(join(root, dir));
  return found;
}

const outputOf = (source) => join(outDir, relative(root, source)).replace(/\.ts$/, '.js');

/**
 * `@kokeilu/platform` seen from `file` → `../../libs/platform/src/index.js`; a second entry point,
 * `@kokeilu/platform/setup`, → `../../libs/platform/src/setup.js`.
 */
function rewriteLibImports(code, file) {
  return code.replace(/(from\s*|import\s*\(\s*|import\s*)(["'])@kokeilu\/([a-z-]+)(?:\/([a-z-]+))?\2/g, (_, lead, quote, lib, entry) => {
    let path = relative(dirname(file), join(outDir, 'libs', lib, 'src', `${entry ?? 'index'}.js`)).split(sep).join('/');
    if (!path.startsWith('.')) path = `./${path}`;
    return `${lead}${quote}${path}${quote}`;
  });
}

async function compile(source) {
  const output = outputOf(source);
  const { code, map } = await swc.transform(await readFile(source, 'utf8'), {
    ...SWC_OPTIONS,
    filename: source,
    sourceFileName: relative(dirname(output), source).split(sep).join('/'),
    outputPath: output,
  });
  await mkdir(dirname(output), { recursive: true });
  const base = output.slice(dirname(output).length + 1);
  await writeFile(output, `${rewriteLibImports(code, output)}\n//# sourceMappingURL=${base}.map\n`);
  await writeFile(`${output}.map`, map);
}

async function mtime(path) {
  return (await stat(path).catch(() => null))?.mtimeMs ?? -1;
}

async function existingOutputs() {
  const found = [];
  const visit = async (dir) => {
    for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) await visit(full);
      else if (entry.name.endsWith('.js')) found.push(full);
    }
  };
  for (const dir of SOURCE_DIRS) await visit(join(outDir, dir));
  return found;
}

/** Builds what changed; answers how many files were compiled and removed. */
export async function build({ clean = false } = {}) {
  const previous = await readFile(fingerprintFile, 'utf8').catch(() => '');
  if (clean || previous.trim() !== FINGERPRINT) {
    for (const dir of ['apps', 'libs']) await rm(join(outDir, dir), { recursive: true, force: true });
  }
  const all = await sources();
  const stale = [];
  await Promise.all(
    all.map(async (source) => {
      if ((await mtime(source)) > (await mtime(outputOf(source)))) stale.push(source);
    }),
  );
  // swc's transform runs on its own thread pool: a few at a time keeps every core busy.
  const queue = [...stale];
  const errors = [];
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let source = queue.shift(); source; source = queue.shift()) {
        await compile(source).catch((error) => errors.push(`${relative(root, source)}: ${error.message ?? error}`));
      }
    }),
  );
  if (errors.length > 0) throw new Error(`The build failed:\n${errors.join('\n')}`);

  const expected = new Set(all.map(outputOf));
  const orphans = (await existingOutputs()).filter((output) => !expected.has(output));
  await Promise.all(orphans.flatMap((output) => [rm(output, { force: true }), rm(`${output}.map`, { force: true })]));
  await mkdir(outDir, { recursive: true });
  await writeFile(fingerprintFile, `${FINGERPRINT}\n`);
  return { compiled: stale.length, removed: orphans.length, total: all.length };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const startedAt = performance.now();
  try {
    const clean = process.argv.includes('--clean');
    const { compiled, removed, total } = await build({ clean });
    const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
    console.log(`[kokeilu] Built ${compiled} of ${total} files${removed ? `, removed ${removed}` : ''} in ${seconds} s.`);
    const webStartedAt = performance.now();
    const { buildWeb } = await import('./build-web.mjs');
    const built = await buildWeb({ force: clean, quiet: true });
    console.log(built ? `[kokeilu] Built the web app in ${((performance.now() - webStartedAt) / 1000).toFixed(1)} s.` : '[kokeilu] The web app is up to date.');
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
