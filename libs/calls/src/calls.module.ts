import { Module } from '@nestjs/common';
import { NotificationsModule } from '@kokeilu/notifications';
import { CallCatchUp } from './call-catch-up.js';
import { CallPublicData } from './call-public-data.js';
import { CallTransitions } from './call-transitions.js';
import { CallService } from './call.service.js';

/** Open calls for the API. Policy, Audit and Outbox come from global modules. */
@Module({
  providers: [CallService, CallPublicData],
  exports: [CallService, CallPublicData],
})
export class CallsModule {}

/** The worker's part: the transitions the jobs run, and the catch-up sweep. */
@Module({
  imports: [NotificationsModule],
  providers: [CallTransitions, CallCatchUp],
  exports: [CallTransitions],
})
export class CallSchedulingModule {}
