import { Module } from '@nestjs/common';
import { NotificationsModule } from '@kokeilu/notifications';
import { ApplicationService } from './application.service.js';
import { CallApplicationsService } from './call-applications.service.js';
import { EligibilityPrecheckService } from './eligibility-precheck.service.js';
import { ExtensionService } from './extension.service.js';
import { SubmissionService } from './submission.service.js';

/** Applications for the API. Policy, Audit and Outbox come from global modules; the worker takes only the job. */
@Module({
  imports: [NotificationsModule],
  providers: [ApplicationService, SubmissionService, ExtensionService, CallApplicationsService, EligibilityPrecheckService],
  exports: [ApplicationService, SubmissionService, ExtensionService, CallApplicationsService, EligibilityPrecheckService],
})
export class ApplicationsModule {}
