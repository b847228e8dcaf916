import { Module } from '@nestjs/common';
import { NotificationsModule } from '@kokeilu/notifications';
import { DashboardService } from './dashboard.service.js';
import { GrantsOpenData } from './grants-open-data.js';
import { OutcomeService } from './outcome.service.js';
import { PilotService } from './pilot.service.js';

/** Outcomes, pilots and the public grants for the API. Policy and Audit come from global modules. */
@Module({
  imports: [NotificationsModule],
  providers: [OutcomeService, PilotService, GrantsOpenData, DashboardService],
  exports: [OutcomeService, PilotService, GrantsOpenData, DashboardService],
})
export class ResultsModule {}
