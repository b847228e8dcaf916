import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Actor, Authenticated, CurrentActor } from '@kokeilu/access';
import { BookingService, BookingState } from '@kokeilu/bookings';
import { UuidParam } from '@kokeilu/platform';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const STATES: BookingState[] = ['requested', 'approved', 'declined', 'cancelled'];

export class RequestBookingDto {
  @ApiProperty({ format: 'uuid', description: 'Your organisation that will run the pilot' })
  @IsUUID('all', { message: 'organisationId must be a UUID' })
  organisationId: string;

  @ApiProperty({ format: 'date', example: '2027-03-01', description: 'First day (inclusive)' })
  @Matches(DATE, { message: 'start must be a date (YYYY-MM-DD)' })
  start: string;

  @ApiProperty({ format: 'date', example: '2027-03-31', description: 'Last day (inclusive)' })
  @Matches(DATE, { message: 'end must be a date (YYYY-MM-DD)' })
  end: string;

  @ApiProperty({ example: 'Automated last-mile delivery pilot' })
  @IsString()
  @MinLength(3)
  @MaxLength(2000)
  purpose: string;

  @ApiProperty({ minimum: 1, maximum: 10000, example: 12 })
  @IsInt({ message: 'participants must be a whole number' })
  @Min(1)
  @Max(10_000)
  participants: number;
}

export class DeclineDto {
  @ApiProperty({ example: 'The site is under maintenance in March' })
  @IsString()
  @MinLength(3)
  @MaxLength(2000)
  reason: string;
}

export class CancelDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

export class BookingListQuery {
  @ApiPropertyOptional({ enum: STATES })
  @IsOptional()
  @IsIn(STATES)
  state?: BookingState;
}

export class BookingDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) testbedId: string;
  @ApiProperty({ format: 'uuid' }) cityId: string;
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty({ format: 'uuid' }) requestedBy: string;
  @ApiProperty({ enum: STATES }) state: string;
  @ApiProperty({ format: 'date' }) start: string;
  @ApiProperty({ format: 'date' }) end: string;
  @ApiProperty() purpose: string;
  @ApiProperty() participants: number;
  @ApiProperty({ nullable: true, type: String }) decisionReason: string | null;
  @ApiProperty({ nullable: true, type: String }) decidedBy: string | null;
  @ApiProperty({ nullable: true, type: Date }) decidedAt: Date | null;
  @ApiProperty({ nullable: true, type: String }) cancelledBy: string | null;
  @ApiProperty({ nullable: true, type: Date }) cancelledAt: Date | null;
  @ApiProperty({ nullable: true, type: String }) cancelReason: string | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}

@ApiTags('bookings')
@Controller()
export class BookingsController {
  constructor(private readonly bookings: BookingService) {}

  @Post('testbeds/:id/bookings')
  @Authenticated(400, 404, 422)
  @ApiCreatedResponse({ type: BookingDto, description: 'A member of the organisation requests a period; the city is notified' })
  request(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: RequestBookingDto) {
    return this.bookings.request(actor, id, dto);
  }

  @Get('testbeds/:id/bookings')
  @Authenticated(400, 404)
  @ApiOkResponse({ type: [BookingDto], description: "The city's coordinators see all bookings; others their own organisations' only" })
  listForTestbed(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Query() query: BookingListQuery) {
    return this.bookings.listForTestbed(actor, id, query.state);
  }

  @Get('bookings')
  @Authenticated()
  @ApiOkResponse({ type: [BookingDto], description: "Your organisations' bookings" })
  mine(@CurrentActor() actor: Actor) {
    return this.bookings.listMine(actor);
  }

  @Get('bookings/:id')
  @Authenticated(400, 404)
  @ApiOkResponse({ type: BookingDto })
  get(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.bookings.get(actor, id);
  }

  @Post('bookings/:id/approve')
  @HttpCode(200)
  @Authenticated(400, 403, 404, 409)
  @ApiOkResponse({ type: BookingDto, description: '409 lists the conflicting periods when capacity would be exceeded' })
  approve(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.bookings.approve(actor, id);
  }

  @Post('bookings/:id/decline')
  @HttpCode(200)
  @Authenticated(400, 403, 404, 409)
  @ApiOkResponse({ type: BookingDto })
  decline(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: DeclineDto) {
    return this.bookings.decline(actor, id, dto.reason);
  }

  @Post('bookings/:id/cancel')
  @HttpCode(200)
  @Authenticated(400, 404, 409)
  @ApiOkResponse({ type: BookingDto })
  cancel(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: CancelDto) {
    return this.bookings.cancel(actor, id, dto.reason ?? null);
  }
}
