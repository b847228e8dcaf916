import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer, { Transporter } from 'nodemailer';
import { APP_CONFIG, AppConfig } from '../config/config.module.js';
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
   * mail systems and readers can tell it for the same message.
   */
  async sendText(to: string, subject: string, text: string, label = 'mail', jobId?: string): Promise<string> {
    const messageId = jobId ? messageIdOf(jobId, this.config.MAIL_FROM) : undefined;
    const info = await this.transport.sendMail({ from: this.config.MAIL_FROM, to, subject, text, ...(messageId ? { messageId } : {}) });
    if (!this.config.SMTP_URL) {
      const dir = this.config.MAIL_DIR;
      await mkdir(dir, { recursive: true });
      const file = join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${label.replace(/[^a-z0-9.-]/gi, '_')}.eml`);
      await writeFile(file, (info as unknown as { message: Buffer }).message);
      this.logger.log(`mail "${subject}" to ${to} written to ${file}`);
    }
    return info.messageId;
  }

  onModuleDestroy(): void {
    this.transport.close();
  }
}

/** `<job id@the sender's domain>`, the job id reduced to what a Message-ID's left part may hold. */
export function messageIdOf(jobId: string, from: string): string {
  const domain = /@([A-Za-z0-9.-]+)/.exec(from)?.[1] ?? 'kokeilu.local';
  return `<${jobId.replace(/[^A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]/g, '-')}@${domain}>`;
}
