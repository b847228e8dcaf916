import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer, { Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../config/config.module.js';
import { oneLine } from '../util/text.js';
import type { Locale } from '../i18n/locales.js';
import { renderMail, TemplateName } from './templates.js';

/**
 * Sends mail through SMTP_URL. Without SMTP (the embedded default) each message is written as an
 * .eml file under MAIL_DIR, so a local install needs no mail server and nothing is silently lost.
 */
@Injectable()
export class Mailer implements OnModuleDestroy {
  private readonly logger = new Logger('Mailer');
  private readonly transport: Transporter;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transport = config.SMTP_URL
      ? nodemailer.createTransport(config.SMTP_URL)
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  async send(to: string, template: TemplateName, locale: Locale, params: Record<string, string>, jobId?: string): Promise<string> {
    const { subject, text } = renderMail(template, locale, params);
    return this.sendText(to, subject, text, template, jobId);
  }

  /**
   * Sends an already rendered message. With the id of the job that sends it, the Message-ID is
   * derived from that id: a job that sent its mail but could not commit (its connection lost, its
   * worker killed) sends it again on the retry, and the copy carries the same Message-ID, so that
   * mail systems and readers can tell it for the same message. `headers` are added as they are
   * (the one-click unsubscribe of RFC 8058).
   */
  async sendText(to: string, subject: string, text: string, label = 'mail', jobId?: string, headers?: Record<string, string>): Promise<string> {
    // A subject is one header line: a line break in a text that reached it would start a header of its own.
    const messageId = jobId ? messageIdOf(jobId, this.config.MAIL_FROM) : `<${randomUUID()}@${senderDomain(this.config.MAIL_FROM)}>`;
    const info = await this.transport.sendMail({ from: this.config.MAIL_FROM, to: oneLine(to), subject: oneLine(subject), text, messageId, headers });
    if (!this.config.SMTP_URL) {
      const file = await writeMailFile(this.config.MAIL_DIR, messageId, (info as unknown as { message: Buffer }).message);
      this.logger.log(`mail ${label} to ${oneLine(to)} written to ${file}`);
    }
    return info.messageId;
  }

  onModuleDestroy(): void {
    this.transport.close();
  }
}

function senderDomain(from: string): string {
  return /@([A-Za-z0-9.-]+)/.exec(from)?.[1] ?? 'kokeilu.local';
}

/** `<job id@the sender's domain>`, the job id reduced to what a Message-ID's left part may hold. */
export function messageIdOf(jobId: string, from: string): string {
  return `<${jobId.replace(/[^A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]/g, '-')}@${senderDomain(from)}>`;
}

/**
 * The file of one message in the mail folder: its Message-ID without the angle brackets, with
 * what a file name may not hold replaced, so that every message has a file of its own and a resent
 * copy (the same Message-ID) replaces its original instead of adding a second one.
 */
export function mailFileName(messageId: string): string {
  return `${messageId.replace(/^<|>$/g, '').replace(/[^A-Za-z0-9@.!#$%&'+=^_`{}~-]/g, '_')}.eml`;
}

/**
 * Writes the message under a temporary name and renames it into place: a reader never sees half a
 * message, and two writers of one name leave one whole file (a rename replaces atomically).
 */
export async function writeMailFile(dir: string, messageId: string, message: Buffer): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = join(dir, mailFileName(messageId));
  const temporary = join(dir, `.${randomUUID()}.tmp`);
  try {
    await writeFile(temporary, message, { flag: 'wx' });
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return file;
}
