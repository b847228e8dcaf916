import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { HandlesJob, JobHandler } from '../queue/job-handler.js';
import { claimJobOnce, jobIdOf } from '../queue/outbox.js';
import type { MailSendPayload } from '../queue/registry.js';
import { Mailer } from './mail.js';

/**
 * Sends one mail. The claim and the send share a transaction: a failed send is retried, a sent one
 * is not repeated once the claim committed (a commit lost after the send sends it again, under the
 * same Message-ID).
 */
@Injectable()
@HandlesJob('mail.send')
export class SendMailJob implements JobHandler<'mail.send'> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
  ) {}

  async handle(payload: MailSendPayload, job: Job<MailSendPayload>): Promise<{ sent: boolean }> {
    return this.dataSource.transaction(async (tx) => {
      if (!(await claimJobOnce(tx, jobIdOf(job), job.name))) return { sent: false };
      await this.mailer.send(payload.to, payload.template, payload.locale, payload.params, jobIdOf(job));
      return { sent: true };
    });
  }
}
