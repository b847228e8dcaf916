import { Module } from '@nestjs/common';
import { NotificationsModule } from '@kokeilu/notifications';
import { AggregateApplicationJob } from './aggregate-application.job.js';
import { CalibrationService } from './calibration.service.js';
import { DeciderCallsService } from './decider-calls.service.js';
import { ConfirmPilotBookingsJob } from './confirm-pilot-bookings.job.js';
import { FundingDecisionService } from './funding-decision.service.js';
import { FundingProposalService } from './funding-proposal.service.js';
import { PromoteReserveJob } from './promote-reserve.job.js';
import { RankCallJob } from './rank-call.job.js';
import { RedressConcludeJob } from './redress-conclude.job.js';
import { RedressReEvaluateJob } from './redress-reevaluate.job.js';
import { RedressService } from './redress.service.js';
import { ScoringService } from './scoring.service.js';
import { SettleClarificationJob } from './settle-clarification.job.js';

/** Funding's job handlers, for the worker's JOB_HANDLERS. */
export const FUNDING_JOB_HANDLERS = [AggregateApplicationJob, RankCallJob, PromoteReserveJob, ConfirmPilotBookingsJob, SettleClarificationJob, RedressReEvaluateJob, RedressConcludeJob];

/** Funding for the API. Policy, Audit and Outbox come from global modules. */
@Module({
  imports: [NotificationsModule],
  providers: [ScoringService, FundingProposalService, FundingDecisionService, CalibrationService, RedressService, DeciderCallsService],
  exports: [ScoringService, FundingProposalService, FundingDecisionService, CalibrationService, RedressService, DeciderCallsService],
})
export class FundingModule {}
