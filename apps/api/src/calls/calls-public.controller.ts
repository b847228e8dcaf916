import { Controller, Get, Header, Headers, Inject, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiProperty, ApiTags, ApiOperation } from '@nestjs/swagger';
import { CALENDAR_HISTORY_DAYS, CALLS_ATTRIBUTION, CALLS_CSV_COLUMNS, CallPublicData, callsCsv, callsOpenDataSchema } from '@kokeilu/calls';
import { APP_CONFIG, type AppConfig, ApiAcceptLanguage, ApiProblems, languagePreference } from '@kokeilu/platform';
import { OPEN_DATA_LICENCE } from '@kokeilu/testbeds';
import { LicenceDto, OPEN_DATA_DEFAULT_PAGE, OpenDataQuery } from '../open-data/open-data.dto.js';
import { ApiSchemaFile, openDataSchemaUrl, PublicData } from '../open-data/public-data.js';
import { CallsCalendarQuery } from './call.dto.js';
import { OpenDataCallDto } from './call-view.dto.js';

const LICENCE_LINK = `<${OPEN_DATA_LICENCE.url}>; rel="license"`;

class OpenDataCallPageDto {
  @ApiProperty({ type: String, format: 'date-time', description: 'When this answer was made' }) generatedAt: string;
  @ApiProperty({ type: LicenceDto }) licence: LicenceDto;
  @ApiProperty({ description: 'Credit line the licence asks for' }) attribution: string;
  @ApiProperty({ type: 'integer', description: 'Every published call, not only this page' }) total: number;
  @ApiProperty({ nullable: true, type: String, description: 'Pass as `cursor` for the next page; null on the last page' }) nextCursor: string | null;
  @ApiProperty({ type: [OpenDataCallDto] }) items: OpenDataCallDto[];
}

/** The deadline feed of calls: its own controller beside the bookings' feeds under /calendar. */
@ApiTags('calendar')
@Controller('calendar')
export class CallsCalendarController {
  constructor(private readonly publicData: CallPublicData) {}

  @Get('calls.ics')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @PublicData()
  @Header('Vary', 'Accept-Language')
  @ApiProduces('text/calendar')
  @ApiAcceptLanguage()
  @ApiProblems(400)
  @ApiOkResponse({
    description:
      'iCalendar (RFC 5545) of every published call: one event when it opens and one when it closes (zero-length, in UTC); ' +
      'a two-stage call has two more, when its first stage (ideas) opens and closes, at the same call address. ' +
      `Calls that closed over ${CALENDAR_HISTORY_DAYS} days ago drop out. Subscribe to the URL; clients are asked to fetch it hourly.`,
    content: { 'text/calendar': { schema: { type: 'string' } } },
  })
  @ApiOperation({ summary: "iCalendar feed of the calls' openings and closings" })
  async calls(@Query() query: CallsCalendarQuery, @Headers('accept-language') acceptLanguage?: string): Promise<string> {
    return this.publicData.calendar(languagePreference(query.lang ?? acceptLanguage));
  }
}

/** Calls as open data: its own controller beside the test beds' files under /open-data. */
@ApiTags('open-data')
@Controller('open-data')
export class CallsOpenDataController {
  constructor(
    private readonly publicData: CallPublicData,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('calls.schema.json')
  @PublicData()
  @ApiSchemaFile('a page of `/open-data/calls`')
  @ApiOperation({ summary: 'Open data: the JSON Schema of the calls' })
  schema() {
    return callsOpenDataSchema(openDataSchemaUrl(this.config.PUBLIC_URL, 'calls'));
  }

  @Get('calls')
  @PublicData()
  @Header('Link', LICENCE_LINK)
  @ApiProblems(400)
  @ApiOkResponse({
    type: OpenDataCallPageDto,
    description: `Published calls (never drafts), every language, in id order, a page at a time (licence ${OPEN_DATA_LICENCE.id}). Decider ids are left out. A two-stage call is one item, its first stage (ideas) inside it as \`firstStage\`. Described field by field by \`/open-data/calls.schema.json\`.`,
  })
  @ApiOperation({ summary: 'Open data: published calls (JSON)' })
  async calls(@Query() query: OpenDataQuery) {
    const page = await this.publicData.page(query.limit ?? OPEN_DATA_DEFAULT_PAGE, query.cursor);
    return { generatedAt: new Date().toISOString(), licence: OPEN_DATA_LICENCE, attribution: CALLS_ATTRIBUTION, ...page };
  }

  @Get('calls.csv')
  @PublicData()
  @Header('Link', LICENCE_LINK)
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description:
      `Every published call, one row each, as RFC 4180 CSV (UTF-8 without BOM, CRLF, a header row; licence ${OPEN_DATA_LICENCE.id}). ` +
      'Title and summary get a column per language (the full text is in the JSON); funding sources are `source:percent` joined with `;`; ' +
      `money is euro cents; city is \`national\` for a national call. A two-stage call is one row, its first stage (ideas) in the \`first_stage_*\` columns ` +
      `(the invitation rule as \`count:3\` or \`share:25\`), empty for a one-stage call. Columns: ${CALLS_CSV_COLUMNS.join(', ')}.`,
    content: { 'text/csv': { schema: { type: 'string' } } },
  })
  @ApiOperation({ summary: 'Open data: published calls (CSV)' })
  csv(): StreamableFile {
    return new StreamableFile(callsCsv(this.publicData.all()), { type: 'text/csv; charset=utf-8; header=present', disposition: 'attachment; filename="kokeilu-calls.csv"' });
  }
}
