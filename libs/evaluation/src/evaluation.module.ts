import { Module } from '@nestjs/common';
import { NotificationsModule } from '@kokeilu/notifications';
import { AssignmentRunner } from './assignment-runner.js';
import { ConflictService } from './conflict.service.js';
import { EvaluatorPoolService } from './evaluator-pool.service.js';
import { ReviewService } from './review.service.js';

/** Evaluation for the API. Policy, Audit and Outbox come from global modules. */
@Module({
  providers: [EvaluatorPoolService, ConflictService, ReviewService],
  exports: [EvaluatorPoolService, ConflictService, ReviewService],
})
export class EvaluationModule {}

/** The worker's part: what the assignment, reassignment and reminder jobs run. */
@Module({
  imports: [NotificationsModule],
  providers: [AssignmentRunner],
  exports: [AssignmentRunner],
})
export class EvaluationJobsModule {}
