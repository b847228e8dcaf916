import { banner, localBaseUrl, redactUrl } from './banner.js';

describe('redactUrl', () => {
  it('hides the password and keeps the rest', () => {
    expect(redactUrl('postgres://postgres:s3cret@127.0.0.1:5432/kokeilu')).toBe('postgres://postgres:****@127.0.0.1:5432/kokeilu');
    expect(redactUrl('redis://127.0.0.1:6379/5')).toBe('redis://127.0.0.1:6379/5');
  });
  it('never echoes something it cannot parse', () => {
    expect(redactUrl('postgres://user:pw@')).not.toContain('pw');
  });
});

describe('localBaseUrl', () => {
  it('points a browser at localhost for a wildcard bind', () => {
    expect(localBaseUrl('0.0.0.0', 3000)).toBe('http://localhost:3000');
    expect(localBaseUrl('::', 3000)).toBe('http://localhost:3000');
  });
  it('keeps a concrete host and brackets IPv6', () => {
    expect(localBaseUrl('127.0.0.1', 8080)).toBe('http://127.0.0.1:8080');
    expect(localBaseUrl('::1', 3000)).toBe('http://[::1]:3000');
  });
});

describe('banner', () => {
  const base = { baseUrl: 'http://127.0.0.1:3000', redisUrl: undefined, smtpUrl: undefined, mailDir: '.data/mail' };

  it('lists the URLs, the mail folder and the embedded database', () => {
    const text = banner({ ...base, database: { kind: 'embedded', port: 54321, dataDir: '.data/postgres' } });
    for (const part of ['http://127.0.0.1:3000/docs', 'http://127.0.0.1:3000/health', 'http://127.0.0.1:3000/admin/queues', '.data/mail/', '127.0.0.1:54321', 'BullMQ on PostgreSQL']) {
      expect(text).toContain(part);
    }
  });
  it('shows the web app first', () => {
    const text = banner({ ...base, database: { kind: 'embedded', port: 54321, dataDir: '.data/postgres' } });
    const urls = text.match(/http:\/\/\S+/g) ?? [];
    expect(urls[0]).toBe('http://127.0.0.1:3000/');
  });
  it('names the services without their passwords', () => {
    const text = banner({
      ...base,
      database: { kind: 'external', url: 'postgres://app:dbpass@db:5432/kokeilu' },
      redisUrl: 'redis://:redispass@redis:6379/0',
      smtpUrl: 'smtp://mail:mailpass@mailpit:1025',
    });
    expect(text).toContain('postgres://app:****@db:5432/kokeilu');
    expect(text).toContain('BullMQ on Redis');
    expect(text).toContain('smtp://mail:****@mailpit:1025');
    expect(text).not.toMatch(/dbpass|redispass|mailpass/);
  });
});
