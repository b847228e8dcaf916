// `npm start` and `npm run cli -- <command>`: builds when the compiled apps are missing or older
// than the sources, then hands over to the compiled CLI (dist/apps/cli), which does the rest.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cliEntry = join(root, 'dist/apps/cli/apps/cli/src/main.js');
// Written only after a build that succeeded, so a failed build is retried rather than run.
const stamp = join(root, 'dist/.build-stamp');
const ENTRIES = ['dist/apps/api/apps/api/src/main.js', 'dist/apps/worker/apps/worker/src/main.js', 'dist/apps/cli/apps/cli/src/main.js'];
const SOURCE_DIRS = ['apps', 'libs'];
const SOURCE_FILES = ['package.json', 'nest-cli.json', 'tsconfig.json', 'tsconfig.build.json'];
const NOT_BUILT = /\.(e2e-)?spec\.ts$/;

function newestSource() {
  let newest = 0;
  const visit = (path) => {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path)) if (entry !== 'node_modules') visit(join(path, entry));
    } else if (!NOT_BUILT.test(path)) {
      newest = Math.max(newest, stat.mtimeMs);
    }
  };
  for (const dir of SOURCE_DIRS) visit(join(root, dir));
  for (const file of SOURCE_FILES) visit(join(root, file));
  return newest;
}

function buildReason() {
  // An install from the built image has no sources to build from.
  if (!existsSync(join(root, 'apps'))) return null;
  if (!existsSync(stamp) || ENTRIES.some((entry) => !existsSync(join(root, entry)))) return 'no build yet';
  return newestSource() > statSync(stamp).mtimeMs ? 'sources changed since the last build' : null;
}

const args = process.argv.slice(2);
const onlyHelp = args.length === 0 || args.some((a) => a === 'help' || a === '--help' || a === '-h');
const reason = onlyHelp && existsSync(cliEntry) ? null : buildReason();
if (reason) {
  const nest = join(root, 'node_modules/@nestjs/cli/bin/nest.js');
  if (!existsSync(nest)) {
    console.error('[kokeilu] The build is out of date and the Nest CLI is not installed; run `npm ci` first.');
    process.exit(1);
  }
  console.log(`[kokeilu] Building (${reason}): nest build --all …`);
  rmSync(stamp, { force: true });
  const startedAt = new Date();
  const result = spawnSync(process.execPath, [nest, 'build', '--all'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('[kokeilu] The build failed; see the errors above.');
    process.exit(result.status ?? 1);
  }
  // Dated at the build's start, so a file saved while it ran still counts as newer next time.
  writeFileSync(stamp, `${startedAt.toISOString()}\n`);
  utimesSync(stamp, startedAt, startedAt);
}

await import(pathToFileURL(cliEntry).href);
