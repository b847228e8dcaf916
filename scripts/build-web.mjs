// Builds the web app (apps/web, React + Vite) into dist/web, which the API serves at `/`, when its
// sources changed since the last build: a fingerprint of the sources (paths, sizes and times), of
// the lock file and of the libs it shares with the server is kept in dist/web/.build-fingerprint.
// The bundles are also written compressed (.br, .gz) for the API to send as they are.
//
//   node scripts/build-web.mjs          build when something changed
//   node scripts/build-web.mjs --force  build anyway
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
export const webSource = join(root, 'apps/web');
export const webOut = join(root, 'dist/web');
const fingerprintFile = join(webOut, '.build-fingerprint');
/** What the bundle is made of besides apps/web: the shared formatting of libs/platform and the installed packages. */
const SHARED = ['libs/platform/src/i18n', 'package-lock.json'];
const COMPRESSIBLE = /\.(js|css|svg|json|txt|html)$/;

async function filesUnder(path) {
  const info = await stat(path).catch(() => null);
  if (!info) return [];
  if (!info.isDirectory()) return [{ path, size: info.size, mtime: info.mtimeMs }];
  const found = [];
  for (const entry of await readdir(path, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.endsWith('.spec.ts')) continue;
    found.push(...(await filesUnder(join(path, entry.name))));
  }
  return found;
}

export async function webFingerprint() {
  const files = [...(await filesUnder(webSource)), ...(await Promise.all(SHARED.map((path) => filesUnder(join(root, path))))).flat()];
  const hash = createHash('sha256');
  for (const file of files.sort((a, b) => a.path.localeCompare(b.path))) hash.update(`${relative(root, file.path)}\0${file.size}\0${file.mtime}\n`);
  return hash.digest('hex').slice(0, 24);
}

async function compressAssets() {
  const assets = (await filesUnder(join(webOut, 'assets'))).filter((file) => COMPRESSIBLE.test(file.path));
  const brotli = promisify(brotliCompress);
  const gz = promisify(gzip);
  await Promise.all(
    assets.map(async ({ path }) => {
      const body = await readFile(path);
      await writeFile(`${path}.br`, await brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }));
      await writeFile(`${path}.gz`, await gz(body, { level: 9 }));
    }),
  );
}

const lockDir = join(root, 'dist/.web-build.lock');
const STALE_LOCK_MS = 5 * 60_000;

/**
 * Runs `fn` while holding the build lock (a directory, made atomically), so that two test files or
 * a test run and `npm start` never build into dist/web at once; a lock left by a killed build goes
 * stale after five minutes.
 */
async function withLock(fn) {
  await mkdir(dirname(lockDir), { recursive: true });
  for (;;) {
    try {
      await mkdir(lockDir);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      const since = await stat(lockDir).then((info) => Date.now() - info.mtimeMs, () => 0);
      if (since > STALE_LOCK_MS) await rm(lockDir, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    return await fn();
  } finally {
    await rm(lockDir, { recursive: true, force: true });
  }
}

/** Builds the web app when its sources changed (or always with `force`); answers whether it built. */
export async function buildWeb({ force = false, quiet = false } = {}) {
  return withLock(() => buildUnlocked({ force, quiet }));
}

async function buildUnlocked({ force, quiet }) {
  const fingerprint = await webFingerprint();
  const previous = await readFile(fingerprintFile, 'utf8').catch(() => '');
  if (!force && previous.trim() === fingerprint) return false;
  // Vite runs in a process of its own with NODE_ENV=production, which picks the production builds
  // of React and React Router whatever this process runs as (npm start, the tests).
  const vite = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin/vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--config', join(webSource, 'vite.config.ts'), '--logLevel', quiet ? 'warn' : 'info'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) throw new Error(`The web app's build failed (vite exited with ${result.status ?? result.signal}).`);
  await compressAssets();
  await writeFile(fingerprintFile, `${fingerprint}\n`);
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const startedAt = performance.now();
  try {
    const built = await buildWeb({ force: process.argv.includes('--force') });
    const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
    console.log(built ? `[kokeilu] Built the web app in ${seconds} s.` : '[kokeilu] The web app is up to date.');
  } catch (error) {
    console.error(error.message ?? error);
    process.exit(1);
  }
}
