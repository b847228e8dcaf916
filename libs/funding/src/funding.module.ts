import { Module } from '@nestjs/common';
import { NotificationsModule } from '@kokeilu/notifications';
import { AggregateApplicationJob } from './aggregate-application.job.js';
import { RankCallJob } from './rank-call.job.js';

/** Funding's job handlers, for the worker's JOB_HANDLERS. */
export const FUNDING_JOB_HANDLERS = [AggregateApplicationJob, RankCallJob];

/** Funding for the API. Policy, Audit and Outbox come from global modules. */
@Module({
  imports: [NotificationsModule],
  providers: [],
  exports: [],
})
export class FundingModule {}
