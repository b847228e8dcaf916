// Runs jest on the project's runtime (Node >= 24.9). With JEST_JSON_REPORT set (CI), also writes
// jest's JSON report to that file.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 24 || (major === 24 && minor < 9)) {
  console.error(`[kokeilu] The tests need Node 24.9 or newer; this is ${process.version}. See "Runtime" in README.md.`);
  process.exit(1);
}

const jest = createRequire(import.meta.url).resolve('jest/bin/jest');
const args = [jest, ...process.argv.slice(2)];
if (process.env.JEST_JSON_REPORT) args.push('--json', `--outputFile=${process.env.JEST_JSON_REPORT}`);
const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
process.exit(result.status ?? 1);
