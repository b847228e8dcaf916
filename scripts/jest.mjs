// Runs jest; with JEST_JSON_REPORT set (CI), also writes jest's JSON report to that file.
import { spawnSync } from 'node:child_process';

const args = ['jest', ...process.argv.slice(2)];
if (process.env.JEST_JSON_REPORT) args.push('--json', `--outputFile=${process.env.JEST_JSON_REPORT}`);
const result = spawnSync('npx', args, { stdio: 'inherit' });
process.exit(result.status ?? 1);
