import { Module } from '@nestjs/common';
import { NotificationsModule } from '@kokeilu/notifications';
import { AlertsService } from './alerts.service.js';

@Module({
  imports: [NotificationsModule],
  providers: [AlertsService],
  exports: [AlertsService],
})
export class AlertsModule {}
