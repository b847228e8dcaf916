import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags, ApiOperation } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { type Actor, Authenticated, CurrentActor } from '@kokeilu/access';
import { NotificationsService } from '@kokeilu/notifications';
import { EmptyBody, NoBody, PageQuery, UuidParam } from '@kokeilu/platform';

export class NotificationQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Only unread notifications' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'unread must be true or false' })
  unread?: boolean;
}

class NotificationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid', description: 'The recipient: you' }) userId: string;
  @ApiProperty({ example: 'booking.approved' }) kind: string;
  @ApiProperty() title: string;
  @ApiProperty() body: string;
  @ApiProperty({
    nullable: true,
    type: String,
    example: '/fi/applications/0b6c1f0e-3d1a-4a59-9a39-1f0c7f1f5a11',
    description: 'The web app’s page of what the notification is about, in your language: /{locale}/{applications|bookings|calls|pilots|…}/{id}[/{part}]; the e-mail carries it as a whole URL',
  })
  link: string | null;
  @ApiProperty({ nullable: true, type: String }) entityType: string | null;
  @ApiProperty({ nullable: true, type: String }) entityId: string | null;
  @ApiProperty({ nullable: true, type: Date }) readAt: Date | null;
  @ApiProperty({ nullable: true, type: Date, description: 'When it also went out by e-mail' }) emailedAt: Date | null;
  @ApiProperty() createdAt: Date;
}

class NotificationPageDto {
  @ApiProperty({ type: [NotificationDto] }) items: NotificationDto[];
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: 'integer', description: 'Unread notifications in all' }) unread: number;
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

class MarkedDto {
  @ApiProperty({ type: 'integer' }) marked: number;
}

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @Authenticated(400)
  @ApiOkResponse({ type: NotificationPageDto, description: 'Your notifications, newest first' })
  @ApiOperation({ summary: 'List your notifications' })
  list(@CurrentActor() actor: Actor, @Query() query: NotificationQuery) {
    return this.notifications.list(actor, { unread: query.unread, limit: query.limit ?? 20, cursor: query.cursor });
  }

  @Post('read-all')
  @HttpCode(200)
  @Authenticated(403)
  @ApiOkResponse({ type: MarkedDto })
  @ApiOperation({ summary: 'Mark all your notifications read' })
  async readAll(@CurrentActor() actor: Actor, @NoBody() _body: EmptyBody) {
    return { marked: await this.notifications.markAllRead(actor) };
  }

  @Post(':id/read')
  @HttpCode(200)
  @Authenticated(400, 403, 404)
  @ApiOkResponse({ type: NotificationDto })
  @ApiOperation({ summary: 'Mark a notification read' })
  read(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @NoBody() _body: EmptyBody) {
    return this.notifications.markRead(actor, id);
  }
}
