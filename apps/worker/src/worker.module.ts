import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { DigestSchedule, NotificationsModule, SendDigestJob, SendNotificationJob } from '@kokeilu/notifications';
import { CarryOverIdeaJob, EvaluateEligibilityJob } from '@kokeilu/applications';
import { MatchAlertsJob } from '@kokeilu/alerts';
import { BuildDataExportJob, EraseUserJob, Eraser, RetentionJob, RetentionSchedule, SendEmailVerificationJob, SendInvitationJob } from '@kokeilu/identity';
import { FUNDING_JOB_HANDLERS } from '@kokeilu/funding';
import { CallSchedulingModule, CloseCallJob, OpenCallJob } from '@kokeilu/calls';
import { AssignReviewersJob, EvaluationJobsModule, ReassignReviewJob, RemindReviewersJob } from '@kokeilu/evaluation';
import { AppConfig, ConfigModule, DatabaseModule, loggerParams, PlatformModule, QueueModule, SendMailJob } from '@kokeilu/platform';

/** Every job handler is listed here; the dispatcher refuses to boot if one is missing or doubled. */
export const JOB_HANDLERS = [SendMailJob, SendEmailVerificationJob, SendInvitationJob, SendNotificationJob, SendDigestJob, OpenCallJob, CloseCallJob, EvaluateEligibilityJob, CarryOverIdeaJob, AssignReviewersJob, ReassignReviewJob, RemindReviewersJob, ...FUNDING_JOB_HANDLERS, MatchAlertsJob, BuildDataExportJob, EraseUserJob, RetentionJob];

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, env: Record<string, string | undefined> = process.env): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(env),
        LoggerModule.forRoot(loggerParams(config, 'kokeilu-worker')),
        DatabaseModule,
        QueueModule.forRoot(config, { worker: true }),
        PlatformModule,
        NotificationsModule,
        CallSchedulingModule,
        EvaluationJobsModule,
      ],
      providers: [...JOB_HANDLERS, Eraser, DigestSchedule, RetentionSchedule],
    };
  }
}
