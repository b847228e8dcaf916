// `npm start` and `npm run cli -- <command>`: compiles what changed since the last build
// (scripts/build.mjs, a second or less), builds the web app when its sources changed
// (scripts/build-web.mjs; `npm start` only), then hands over to the compiled CLI (dist/apps/cli),
// which does the rest.
import { existsSync } from 'node:fs';
import module from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, root } from './build.mjs';
import { buildWeb } from './build-web.mjs';

const cliEntry = join(root, 'dist/apps/cli/src/main.js');

// Node keeps the compiled code of every module it loads on disk, for this process and the API
// and worker it starts: later starts skip most of the parsing and compiling.
process.env.NODE_COMPILE_CACHE ??= join(root, 'node_modules/.cache/node-compile');
module.enableCompileCache(process.env.NODE_COMPILE_CACHE);

// An install from the built image has no sources to build from.
if (existsSync(join(root, 'apps'))) {
  try {
    const { compiled } = await build();
    if (compiled > 0) console.log(`[kokeilu] Compiled ${compiled} changed file(s).`);
    if (process.argv[2] === 'start' && (await buildWeb({ quiet: true }))) console.log('[kokeilu] Built the web app.');
  } catch (error) {
    console.error(`[kokeilu] ${error.message}`);
    process.exit(1);
  }
}

await import(pathToFileURL(cliEntry).href);
