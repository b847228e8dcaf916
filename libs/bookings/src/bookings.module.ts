import { Module } from '@nestjs/common';
import { NotificationsModule } from '@kokeilu/notifications';
import { BookingService } from './booking.service.js';

@Module({
  imports: [NotificationsModule],
  providers: [BookingService],
  exports: [BookingService],
})
export class BookingsModule {}
