import { Controller, Get, Header, Headers, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiParam, ApiProduces, ApiPropertyOptional, ApiTags, ApiOperation } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { BookingCalendar, CALENDAR_HISTORY_DAYS, renderCalendar } from '@kokeilu/bookings';
import { ApiAcceptLanguage, ApiProblems, DomainError, languagePreference, type Locale, LOCALES, UuidParam } from '@kokeilu/platform';
import { PublicData } from '../open-data/public-data.js';

const CALENDAR_TYPE = 'text/calendar; charset=utf-8';
const SLUG = /^[a-z0-9-]{1,100}$/;


const FEED = {
  description:
    `iCalendar (RFC 5545) of approved bookings only, as all-day events (DTEND is the day after the last day), ` +
    `with no organisation, purpose or people. Bookings that ended over ${CALENDAR_HISTORY_DAYS} days ago drop out. ` +
    'Subscribe to the URL; REFRESH-INTERVAL and X-PUBLISHED-TTL ask clients to fetch it hourly.',
  content: { 'text/calendar': { schema: { type: 'string' as const } } },
};

export class CalendarQuery {
  @ApiPropertyOptional({ enum: LOCALES, description: 'Overrides Accept-Language, for calendar clients that send none' })
  @IsOptional()
  @IsIn(LOCALES)
  lang?: Locale;
}

/**
 * The routes end in `.ics` so that calendar apps and people recognise a feed by its URL; Fastify
 * reads `:id.ics` as the parameter `id` followed by the literal `.ics`.
 */
@ApiTags('calendar')
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: BookingCalendar) {}

  @Get('testbeds/:id.ics')
  @Header('Content-Type', CALENDAR_TYPE)
  @PublicData()
  @Header('Vary', 'Accept-Language')
  @ApiProduces('text/calendar')
  @ApiParam({ name: 'id', format: 'uuid', description: 'The test bed' })
  @ApiAcceptLanguage()
  @ApiProblems(400, 404)
  @ApiOkResponse({ ...FEED, description: `One published or archived test bed (a draft is 404). ${FEED.description}` })
  @ApiOperation({ summary: "iCalendar feed of a test bed's approved bookings" })
  async testbed(@UuidParam('id') id: string, @Query() query: CalendarQuery, @Headers('accept-language') acceptLanguage?: string): Promise<string> {
    return renderCalendar(await this.calendar.testbedFeed(id, languagePreference(query.lang ?? acceptLanguage)));
  }

  @Get('cities/:slug.ics')
  @Header('Content-Type', CALENDAR_TYPE)
  @PublicData()
  @Header('Vary', 'Accept-Language')
  @ApiProduces('text/calendar')
  @ApiParam({ name: 'slug', example: 'tampere', description: 'The city' })
  @ApiAcceptLanguage()
  @ApiProblems(400, 404)
  @ApiOkResponse({ ...FEED, description: `Every published test bed of the city. ${FEED.description}` })
  @ApiOperation({ summary: "iCalendar feed of a city's approved bookings" })
  async city(@Param('slug') slug: string, @Query() query: CalendarQuery, @Headers('accept-language') acceptLanguage?: string): Promise<string> {
    if (!SLUG.test(slug)) throw DomainError.invalid('slug', 'must be a city slug such as tampere');
    return renderCalendar(await this.calendar.cityFeed(slug, languagePreference(query.lang ?? acceptLanguage)));
  }
}
