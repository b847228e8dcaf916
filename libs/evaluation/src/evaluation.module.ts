import { Module } from '@nestjs/common';
import { NotificationsModule } from '@kokeilu/notifications';
import { AssignmentRunner } from './assignment-runner.js';
import { ClarificationService } from './clarification.service.js';
import { ConflictService } from './conflict.service.js';
import { EvaluatorPoolService } from './evaluator-pool.service.js';
import { ReviewService } from './review.service.js';

/** Evaluation for the API. Policy, Audit and Outbox come from global modules. */
@Module({
  imports: [NotificationsModule],
  providers: [EvaluatorPoolService, ConflictService, ReviewService, ClarificationService],
  exports: [EvaluatorPoolService, ConflictService, ReviewService, ClarificationService],
})
export class EvaluationModule {}

/** The worker's part: what the assignment, reassignment and reminder jobs run. */
@Module({
  imports: [NotificationsModule],
  providers: [AssignmentRunner],
  exports: [AssignmentRunner],
})
export class EvaluationJobsModule {}
