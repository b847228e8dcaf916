import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Notification } from './notification.entity.js';
import { NotificationsService } from './notifications.service.js';
import { Notifier } from './notifier.js';
import { NotificationPreferencesService } from './preferences.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Notification])],
  providers: [Notifier, NotificationsService, NotificationPreferencesService],
  exports: [Notifier, NotificationsService, NotificationPreferencesService],
})
export class NotificationsModule {}
