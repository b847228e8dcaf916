import { join } from 'node:path';

/** Where everything lives, relative to the project root. */
export interface Layout {
  root: string;
  dataRoot: string;
  clusterDir: string;
  postgresLog: string;
  stateFile: string;
  secretsFile: string;
  dotEnv: string;
  entries: { api: string; worker: string; parentWatch: string };
}

export function layoutOf(root: string): Layout {
  const dataRoot = join(root, '.data');
  return {
    root,
    dataRoot,
    clusterDir: join(dataRoot, 'postgres'),
    postgresLog: join(dataRoot, 'postgres.log'),
    stateFile: join(dataRoot, 'embedded.json'),
    secretsFile: join(dataRoot, 'secrets.json'),
    dotEnv: join(root, '.env'),
    // scripts/build.mjs mirrors the source tree under dist/.
    entries: {
      api: join(root, 'dist/apps/api/src/main.js'),
      worker: join(root, 'dist/apps/worker/src/main.js'),
      parentWatch: join(root, 'dist/apps/cli/src/parent-watch.js'),
    },
  };
}
