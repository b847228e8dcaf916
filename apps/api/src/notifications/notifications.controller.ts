import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, UseGuards } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { type Actor, Authenticated, CurrentActor } from '@kokeilu/access';
import {
  DELIVERIES,
  type Delivery,
  type NotificationPreference,
  NotificationPreferencesService,
  NOTIFICATION_KINDS,
  NotificationsService,
  type Unsubscribed,
} from '@kokeilu/notifications';
import { ApiProblems, EmptyBody, NoBody, PageQuery, UuidParam } from '@kokeilu/platform';

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

const MANDATORY_REASONS = ['receipt', 'decision', 'deadline'] as const;

class NotificationPreferenceDto {
  @ApiProperty({ enum: NOTIFICATION_KINDS }) kind: string;
  @ApiProperty({ enum: DELIVERIES, description: '`immediate`: an e-mail at once; `digest`: in the daily digest e-mail; `in_app`: in the app only. Every notification is in the app' })
  delivery: Delivery;
  @ApiProperty({
    enum: MANDATORY_REASONS,
    nullable: true,
    type: String,
    description: 'Why this kind always goes out at once by e-mail and cannot be changed: the receipt of a submission, a decision, or a deadline; null when you choose',
  })
  mandatory: string | null;
}

class NotificationPreferencesDto {
  @ApiProperty({ type: [NotificationPreferenceDto], description: 'Every kind of notification, in a fixed order' }) items: NotificationPreferenceDto[];
}

export class SetPreferenceDto {
  @ApiProperty({ enum: DELIVERIES })
  @IsIn(DELIVERIES, { message: `delivery must be one of ${DELIVERIES.join(', ')}` })
  delivery: Delivery;
}

export class UnsubscribeQuery {
  @ApiProperty({ description: 'The token of the e-mail’s unsubscribe link' })
  @IsString({ message: 'token must be a string' })
  @MaxLength(300, { message: 'token must be at most 300 characters' })
  token: string;
}

/** What mail programs post (RFC 8058); the web app's confirmation page posts nothing or the same. */
export class UnsubscribeBody {
  @ApiPropertyOptional({ name: 'List-Unsubscribe', enum: ['One-Click'] })
  @IsOptional()
  @IsIn(['One-Click'], { message: 'List-Unsubscribe must be One-Click' })
  'List-Unsubscribe'?: string;
}

class UnsubscribedDto {
  @ApiProperty({ enum: [...NOTIFICATION_KINDS, 'digest'], description: 'A kind of notification, or `digest` for the daily digest' }) scope: string;
  @ApiProperty({ enum: NOTIFICATION_KINDS, isArray: true, description: 'The kinds that now reach you in the app only; empty when they did already' })
  kinds: string[];
}

@ApiTags('notifications')
@Controller('me/notification-preferences')
export class NotificationPreferencesController {
  constructor(private readonly preferences: NotificationPreferencesService) {}

  @Get()
  @Authenticated()
  @ApiOkResponse({ type: NotificationPreferencesDto })
  @ApiOperation({ summary: 'How each kind of notification reaches you' })
  async list(@CurrentActor() actor: Actor): Promise<{ items: NotificationPreference[] }> {
    return { items: await this.preferences.list(actor) };
  }

  @Put(':kind')
  @Authenticated(400, 403, 404, 409)
  @ApiOkResponse({ type: NotificationPreferenceDto })
  @ApiOperation({
    summary: 'Choose how a kind of notification reaches you',
    description: 'Receipts, decisions and deadlines always go out at once: another choice for them is a 409 that says why. Safe to repeat.',
  })
  set(@CurrentActor() actor: Actor, @Param('kind') kind: string, @Body() dto: SetPreferenceDto): Promise<NotificationPreference> {
    return this.preferences.set(actor, kind, dto.delivery);
  }
}

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly preferences: NotificationPreferencesService,
  ) {}

  @Post('unsubscribe')
  @HttpCode(200)
  @UseGuards(ThrottlerGuard)
  @ApiConsumes('application/json', 'application/x-www-form-urlencoded')
  @ApiBody({ type: UnsubscribeBody, required: false })
  @ApiOkResponse({ type: UnsubscribedDto })
  @ApiProblems(400, 429)
  @ApiOperation({
    summary: 'Unsubscribe from a kind of e-mail with one click (RFC 8058), without signing in',
    description:
      'The address of every e-mail’s List-Unsubscribe header. The kind of the token then reaches you in the app only; for the daily digest, every kind you gathered into it. Safe to repeat.',
    security: [],
  })
  unsubscribe(@Query() query: UnsubscribeQuery, @Body() _body: UnsubscribeBody): Promise<Unsubscribed> {
    return this.preferences.unsubscribe(query.token);
  }

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
