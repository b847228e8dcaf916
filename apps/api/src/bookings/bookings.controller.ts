import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { type Actor, Authenticated, CurrentActor } from '@kokeilu/access';
import { BookingService, type BookingState } from '@kokeilu/bookings';
import { EmptyBody, NoBody, UuidParam } from '@kokeilu/platform';
import { OffsetQuery } from '../common/offset-query.js';

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

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 10000, example: 12 })
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

export class BookingListQuery extends OffsetQuery {
  @ApiPropertyOptional({ enum: STATES })
  @IsOptional()
  @IsIn(STATES)
  state?: BookingState;
}

export class CityBookingQuery extends OffsetQuery {
  @ApiPropertyOptional({ enum: STATES, description: '`requested` gives the requests waiting for a decision' })
  @IsOptional()
  @IsIn(STATES)
  state?: BookingState;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only the bookings of this test bed' })
  @IsOptional()
  @IsUUID('all', { message: 'testbedId must be a UUID' })
  testbedId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only this city (one of yours; an admin: any)' })
  @IsOptional()
  @IsUUID('all', { message: 'cityId must be a UUID' })
  cityId?: string;

  @ApiPropertyOptional({ format: 'date', example: '2027-03-01', description: 'Only bookings that end on or after this day' })
  @IsOptional()
  @Matches(DATE, { message: 'from must be a date (YYYY-MM-DD)' })
  from?: string;

  @ApiPropertyOptional({ format: 'date', example: '2027-03-31', description: 'Only bookings that begin on or before this day' })
  @IsOptional()
  @Matches(DATE, { message: 'to must be a date (YYYY-MM-DD)' })
  to?: string;
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
  @ApiProperty({ type: 'integer' }) participants: number;
  @ApiProperty({ nullable: true, type: String }) decisionReason: string | null;
  @ApiProperty({ nullable: true, type: String }) decidedBy: string | null;
  @ApiProperty({ nullable: true, type: Date }) decidedAt: Date | null;
  @ApiProperty({ nullable: true, type: String }) cancelledBy: string | null;
  @ApiProperty({ nullable: true, type: Date }) cancelledAt: Date | null;
  @ApiProperty({ nullable: true, type: String }) cancelReason: string | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}

export class CityBookingDto extends BookingDto {
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, description: 'The test bed’s name in each language it has' }) testbedName: Record<string, string>;
  @ApiProperty() organisationName: string;
}

export class CityBookingPageDto {
  @ApiProperty({ type: [CityBookingDto] }) items: CityBookingDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
}

export class BookingPageDto {
  @ApiProperty({ type: [BookingDto] }) items: BookingDto[];
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: 'integer' }) page: number;
  @ApiProperty({ type: 'integer' }) limit: number;
}

@ApiTags('bookings')
@Controller()
export class BookingsController {
  constructor(private readonly bookings: BookingService) {}

  @Post('testbeds/:id/bookings')
  @Authenticated(400, 403, 404, 422)
  @ApiCreatedResponse({ type: BookingDto, description: 'A member of the organisation requests a period; the city is notified' })
  @ApiOperation({ summary: 'Request a booking of a test bed' })
  request(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: RequestBookingDto) {
    return this.bookings.request(actor, id, dto);
  }

  @Get('testbeds/:id/bookings')
  @Authenticated(400, 404)
  @ApiOkResponse({ type: BookingPageDto, description: "By start date. The city's coordinators see all bookings; others their own organisations' only" })
  @ApiOperation({ summary: "List a test bed's bookings" })
  async listForTestbed(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Query() query: BookingListQuery) {
    const { page, limit } = query.resolved();
    return { ...(await this.bookings.listForTestbed(actor, id, query.state, limit, (page - 1) * limit)), page, limit };
  }

  @Get('bookings')
  @Authenticated(400)
  @ApiOkResponse({ type: BookingPageDto, description: "Your organisations' bookings, newest first" })
  @ApiOperation({ summary: "List your organisations' bookings" })
  async mine(@CurrentActor() actor: Actor, @Query() query: OffsetQuery) {
    const { page, limit } = query.resolved();
    return { ...(await this.bookings.listMine(actor, limit, (page - 1) * limit)), page, limit };
  }

  @Get('booking-requests')
  @Authenticated(400, 403)
  @ApiOperation({ summary: 'The bookings of the test beds of your cities, to decide' })
  @ApiOkResponse({
    type: CityBookingPageDto,
    description:
      'For coordinators: the bookings on the beds of the cities you coordinate; for admins: every city’s. By start date. ' +
      '`state=requested` lists the requests waiting for a decision; narrow by test bed, city and a period (bookings that overlap it). 403 for everyone else.',
  })
  async forCities(@CurrentActor() actor: Actor, @Query() query: CityBookingQuery) {
    const { page, limit } = query.resolved();
    const filter = { state: query.state, testbedId: query.testbedId, cityId: query.cityId, from: query.from, to: query.to };
    return { ...(await this.bookings.listForCities(actor, filter, limit, (page - 1) * limit)), page, limit };
  }

  @Get('bookings/:id')
  @Authenticated(400, 404)
  @ApiOkResponse({ type: BookingDto })
  @ApiOperation({ summary: 'Read a booking' })
  get(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.bookings.get(actor, id);
  }

  @Post('bookings/:id/approve')
  @HttpCode(200)
  @Authenticated(400, 403, 404, 409)
  @ApiOkResponse({ type: BookingDto, description: '409 lists the conflicting periods when capacity would be exceeded' })
  @ApiOperation({ summary: 'Approve a booking request (city coordinators)' })
  approve(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @NoBody() _body: EmptyBody) {
    return this.bookings.approve(actor, id);
  }

  @Post('bookings/:id/decline')
  @HttpCode(200)
  @Authenticated(400, 403, 404, 409)
  @ApiOkResponse({ type: BookingDto })
  @ApiOperation({ summary: 'Decline a booking request (city coordinators)' })
  decline(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: DeclineDto) {
    return this.bookings.decline(actor, id, dto.reason);
  }

  @Post('bookings/:id/cancel')
  @HttpCode(200)
  @Authenticated(400, 403, 404, 409)
  @ApiOkResponse({ type: BookingDto })
  @ApiOperation({ summary: 'Cancel a booking' })
  cancel(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: CancelDto) {
    return this.bookings.cancel(actor, id, dto.reason ?? null);
  }
}
