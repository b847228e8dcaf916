import { parseArgs as parseNodeArgs } from 'node:util';
import { UsageError } from './errors.js';

export type Locale = 'fi' | 'sv' | 'en';

export type Command =
  | { name: 'help' }
  | { name: 'start' }
  | { name: 'migrate' }
  | { name: 'seed' }
  | { name: 'seed-demo' }
  | { name: 'create-admin'; email: string; password: string | null; displayName: string; locale: Locale | null };

export const USAGE = `Usage: npm start
       npm run cli -- <command> [options]

Commands:
  start          create and migrate the database, seed the cities, then run the API and the worker
  migrate        create the database if it is missing and apply pending migrations
  seed           migrate, then add the six cities (running it again changes nothing)
  seed-demo      seed, then add published demo test beds in every city (npm run seed:demo)
  create-admin   create an admin user, or give the admin role to an existing verified user
                   --email <address>       required
                   --password <password>   required for a new user (10+ characters), and to take
                                           over an account whose address was never verified
                                           (its password is replaced, its sign-ins ended)
                   --name <display name>   default "Admin"
                   --locale fi|sv|en       default fi
  help           show this text

Without DATABASE_URL the commands use the embedded PostgreSQL kept under .data/ (the one that
\`npm start\` runs, if it is running). With DATABASE_URL they use that database.`;

const NO_OPTIONS = new Set(['start', 'migrate', 'seed', 'seed-demo', 'help']);

export function parseArgs(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseNodeArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        email: { type: 'string' },
        password: { type: 'string' },
        name: { type: 'string' },
        locale: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { name: 'help' };
  if (positionals.length > 1) throw new UsageError(`Unexpected argument "${positionals[1]}"`);
  const command = positionals[0] ?? 'help';

  if (NO_OPTIONS.has(command)) {
    const given = Object.keys(values).filter((k) => k !== 'help');
    if (given.length) throw new UsageError(`"${command}" takes no options (got --${given[0]})`);
    return { name: command as 'start' | 'migrate' | 'seed' | 'seed-demo' | 'help' };
  }
  if (command !== 'create-admin') throw new UsageError(`Unknown command "${command}"`);

  const email = values.email?.trim();
  if (!email) throw new UsageError('create-admin needs --email');
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new UsageError(`"${email}" is not an e-mail address`);
  const locale = values.locale ?? null;
  if (locale !== null && locale !== 'fi' && locale !== 'sv' && locale !== 'en') throw new UsageError('--locale must be fi, sv or en');
  const displayName = values.name?.trim() || 'Admin';
  return { name: 'create-admin', email, password: values.password ?? null, displayName, locale };
}
