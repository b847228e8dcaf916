import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppConfig } from '../config/config.js';
import { mailFileName, Mailer } from './mail.js';

describe('mail files (no SMTP configured)', () => {
  let dir: string;
  let mailer: Mailer;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kokeilu-mail-'));
    mailer = new Mailer({ MAIL_DIR: dir, MAIL_FROM: 'Kokeilu <no-reply@kokeilu.fi>', SMTP_URL: undefined } as unknown as AppConfig);
  });

  afterEach(async () => {
    mailer.onModuleDestroy();
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps every e-mail of a kind sent in the same millisecond, each whole, in a file named by its Message-ID', async () => {
    const ids = await Promise.all(
      Array.from({ length: 26 }, (_, i) => mailer.sendText(`user${i}@example.fi`, `Booking approved ${i}`, `Body ${i}\n`, 'booking.approved', `job-${i}`)),
    );
    const files = (await readdir(dir)).sort();
    expect(files).toHaveLength(26);
    expect(files).toEqual(ids.map(mailFileName).sort());
    for (let i = 0; i < 26; i++) {
      const message = await readFile(join(dir, mailFileName(ids[i])), 'utf8');
      expect(message).toContain(`Message-ID: ${ids[i]}`);
      expect(message).toContain(`To: user${i}@example.fi`);
      expect(message).toMatch(new RegExp(`Body ${i}\\n*$`));
    }
  });

  it('gives a message without a job a Message-ID and a file of its own', async () => {
    const [a, b] = await Promise.all([mailer.sendText('a@example.fi', 'Hei', 'a', 'mail'), mailer.sendText('b@example.fi', 'Hei', 'b', 'mail')]);
    expect(a).not.toBe(b);
    expect((await readdir(dir)).sort()).toEqual([mailFileName(a), mailFileName(b)].sort());
  });

  it('replaces a resent copy (same job, same Message-ID) instead of adding a second file, and leaves no temporary file', async () => {
    await mailer.sendText('a@example.fi', 'Hei', 'first', 'mail', 'job-1');
    const id = await mailer.sendText('a@example.fi', 'Hei', 'again', 'mail', 'job-1');
    expect(await readdir(dir)).toEqual([mailFileName(id)]);
    expect(await readFile(join(dir, mailFileName(id)), 'utf8')).toMatch(/again/);
  });

  it('keeps a subject with line breaks on one header line', async () => {
    const id = await mailer.sendText('a@example.fi', 'Booking approved: Bed\r\nBcc: victim@example.com', 'text', 'mail', 'job-2');
    const message = await readFile(join(dir, mailFileName(id)), 'utf8');
    expect(message).not.toMatch(/^Bcc:/m);
    expect(message).toMatch(/^Subject: Booking approved: Bed Bcc: victim@example.com$/m);
  });

  it('names files by the Message-ID without brackets and without path separators', () => {
    expect(mailFileName('<job-1@kokeilu.fi>')).toBe('job-1@kokeilu.fi.eml');
    expect(mailFileName('<a/b\\c@kokeilu.fi>')).toBe('a_b_c@kokeilu.fi.eml');
  });
});
