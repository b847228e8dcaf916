import { parseArgs } from './args.js';
import { UsageError } from './errors.js';

describe('parseArgs', () => {
  it('shows help without a command or with --help', () => {
    expect(parseArgs([])).toEqual({ name: 'help' });
    expect(parseArgs(['help'])).toEqual({ name: 'help' });
    expect(parseArgs(['create-admin', '--help'])).toEqual({ name: 'help' });
    expect(parseArgs(['-h'])).toEqual({ name: 'help' });
  });
  it.each(['start', 'migrate', 'seed', 'seed-demo'])('reads %s', (name) => {
    expect(parseArgs([name])).toEqual({ name });
  });
  it('reads create-admin with every option', () => {
    expect(parseArgs(['create-admin', '--email', ' a@b.fi ', '--password', 'pitkä salasana', '--name', 'Anna', '--locale', 'sv'])).toEqual({
      name: 'create-admin',
      email: 'a@b.fi',
      password: 'pitkä salasana',
      displayName: 'Anna',
      locale: 'sv',
    });
  });
  it('accepts --option=value and defaults the name', () => {
    expect(parseArgs(['create-admin', '--email=a@b.fi'])).toEqual({ name: 'create-admin', email: 'a@b.fi', password: null, displayName: 'Admin', locale: null });
  });
  it.each([
    [['frobnicate'], /Unknown command "frobnicate"/],
    [['start', 'now'], /Unexpected argument "now"/],
    [['migrate', '--email', 'a@b.fi'], /takes no options/],
    [['create-admin'], /needs --email/],
    [['create-admin', '--email', 'not-an-address'], /not an e-mail address/],
    [['create-admin', '--email', 'a@b.fi', '--locale', 'de'], /--locale/],
    [['create-admin', '--email', 'a@b.fi', '--colour', 'red'], /colour/],
    [['create-admin', '--email'], /email/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });
});
