import { mergeDotEnv } from './env.js';

describe('mergeDotEnv', () => {
  it('fills unset values from the file', () => {
    expect(mergeDotEnv('PORT=3001\n# a comment\nLOG_LEVEL="debug"\n', {})).toEqual({ PORT: '3001', LOG_LEVEL: 'debug' });
  });
  it('lets the real environment win, but not an empty value', () => {
    expect(mergeDotEnv('PORT=3001\nHOST=0.0.0.0\n', { PORT: '4000', HOST: '' })).toEqual({ PORT: '4000', HOST: '0.0.0.0' });
  });
  it('does not change the environment it was given', () => {
    const env = { PORT: '4000' };
    mergeDotEnv('HOST=0.0.0.0', env);
    expect(env).toEqual({ PORT: '4000' });
  });
});
