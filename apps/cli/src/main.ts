import 'reflect-metadata';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, USAGE } from './args.js';
import { loadDotEnv } from './env.js';
import { UsageError, UserError } from './errors.js';
import { layoutOf } from './paths.js';

const say = (line: string) => console.log(`[kokeilu] ${line}`);

/** The directory of Kokeilu's package.json, wherever the built file sits below it. */
function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'kokeilu') return dir;
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}

async function main(argv: string[]): Promise<number> {
  const command = parseArgs(argv);
  if (command.name === 'help') {
    console.log(USAGE);
    return 0;
  }
  const layout = layoutOf(projectRoot());
  const env = loadDotEnv(layout.dotEnv, process.env);
  // Loaded on demand: they pull in the whole platform, which `help` does not need.
  const { prepareDatabase, withDatabase } = await import('./commands/database.js');
  switch (command.name) {
    case 'start': {
      const { runStart } = await import('./launcher.js');
      return runStart(layout, env, say);
    }
    case 'migrate':
      await withDatabase(layout, env, say, (url) => prepareDatabase(url, say, { seed: false }));
      return 0;
    case 'seed':
      await withDatabase(layout, env, say, (url) => prepareDatabase(url, say, { seed: true }));
      return 0;
    case 'seed-demo': {
      const { seedDemo } = await import('./commands/seed-demo.js');
      const added = await withDatabase(layout, env, say, async (url) => {
        await prepareDatabase(url, say, { seed: true });
        return seedDemo(url);
      });
      say(added ? `Added ${added} demo test beds.` : 'The demo test beds are in place.');
      return 0;
    }
    case 'create-admin': {
      const { createAdmin, describeResult } = await import('./commands/create-admin.js');
      const { name: _, ...input } = command;
      const result = await withDatabase(layout, env, say, async (url) => {
        await prepareDatabase(url, say, { seed: false });
        return createAdmin(url, input);
      });
      say(describeResult(input.email, result, input.password !== null));
      return 0;
    }
  }
}

function exit(code: number): void {
  process.exitCode = code;
  // Lets buffered output reach a pipe; the timer only matters if a handle stays open.
  setTimeout(() => process.exit(code), 200).unref();
}

main(process.argv.slice(2)).then(exit, (error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n\n${USAGE}`);
    exit(2);
  } else if (error instanceof UserError) {
    console.error(`[kokeilu] ${error.message}`);
    exit(1);
  } else {
    console.error(error);
    exit(1);
  }
});
