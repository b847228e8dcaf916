import { Body, Controller, Get, Header, HttpCode, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { type Actor, Authenticated, CurrentActor } from '@kokeilu/access';
import { ApiProblems, UuidParam } from '@kokeilu/platform';
import { GRANTS_ATTRIBUTION, GRANTS_CSV_COLUMNS, grantsCsv, GrantsOpenData, OutcomeService, PilotService, THREE_SIXTY_GIVING_VERSION } from '@kokeilu/results';
import { OPEN_DATA_LICENCE } from '@kokeilu/testbeds';
import { OffsetQuery } from '../common/offset-query.js';
import { OPEN_DATA_DEFAULT_PAGE, OpenDataQuery } from '../open-data/open-data.dto.js';
import { PublicData } from '../open-data/public-data.js';
import { ThreeSixtyGivingPackageDto } from './three-sixty-giving.dto.js';
import { AcceptReportDto, FileReportDto, OpenDataGrantPageDto, OutcomeDto, PILOT_BOOKINGS, PilotDto, PilotPageDto, PilotReportDto, ReturnReportDto } from './results.dto.js';

const LICENCE_LINK = `<${OPEN_DATA_LICENCE.url}>; rel="license"`;

@ApiTags('applications')
@Controller('applications')
export class OutcomeController {
  constructor(private readonly outcomes: OutcomeService) {}

  @Get(':id/outcome')
  @Authenticated(400, 403, 404)
  @ApiOperation({ summary: "An application's outcome explained: eligibility, criterion means and thresholds, total, rank and tie-break, the budget line, the decision and why" })
  @ApiOkResponse({
    type: OutcomeDto,
    description:
      'For those who run the call and its deciders at any time, admins, and the consortium once its call is decided, whatever became of the application ' +
      '(403 before; 403 for the assigned evaluators; 404 for everyone else). `result` says what became of it and why (ineligible with the rules it failed, ' +
      'below which thresholds, reserve, funded); `eligibility` gives every verdict. Reviewers are never named. A part without data is null and its status says why ' +
      '(not_reviewed, awaiting_reviews, no_proposal, pending).',
  })
  outcome(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.outcomes.outcome(actor, id);
  }
}

@ApiTags('pilots')
@Controller('pilots')
export class PilotsController {
  constructor(private readonly pilots: PilotService) {}

  @Get()
  @Authenticated(400)
  @ApiOperation({ summary: 'Your pilots' })
  @ApiOkResponse({ type: PilotPageDto, description: "Your organisations' pilots (lead or partner), your cities' and your calls' (as decider); admins all. Newest first." })
  async list(@CurrentActor() actor: Actor, @Query() query: OffsetQuery) {
    const { page, limit } = query.resolved();
    return { ...(await this.pilots.list(actor, limit, (page - 1) * limit)), page, limit };
  }

  @Get(':id')
  @Authenticated(400, 403, 404)
  @ApiOperation({ summary: 'A pilot with its grant, bookings, KPIs and reports' })
  @ApiOkResponse({
    type: PilotDto,
    description: `For its consortium, the call’s city and deciders, and admins (as its outcome); 403 for the evaluators who reviewed it, 404 for everyone else. Bookings: ${PILOT_BOOKINGS}`,
  })
  get(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.pilots.get(actor, id);
  }

  @Post(':id/reports')
  @Authenticated(400, 403, 404, 409, 422)
  @ApiOperation({ summary: 'The consortium files a progress or final report; the city is notified' })
  @ApiCreatedResponse({
    type: PilotReportDto,
    description: 'KPI values are keyed by the KPI ids of the pilot; a final report gives one for each. 409 once the pilot is completed, or while another final report awaits review.',
  })
  file(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: FileReportDto) {
    return this.pilots.file(actor, id, { kind: dto.kind, periodStart: dto.periodStart, periodEnd: dto.periodEnd, text: dto.text, kpiValues: dto.kpiValues ?? {} });
  }

  @Post(':id/reports/:reportId/accept')
  @HttpCode(200)
  @Authenticated(400, 403, 404, 409)
  @ApiOperation({ summary: "The call's city accepts a report; accepting the final report completes the pilot" })
  @ApiOkResponse({ type: PilotDto, description: 'The consortium is notified. 409 when the report is already answered, the pilot is completed, or other reports still await review before the final one.' })
  accept(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @UuidParam('reportId') reportId: string, @Body() dto: AcceptReportDto) {
    return this.pilots.accept(actor, id, reportId, dto.comment ?? null);
  }

  @Post(':id/reports/:reportId/return')
  @HttpCode(200)
  @Authenticated(400, 403, 404, 409)
  @ApiOperation({ summary: "The call's city returns a report for changes, with a reason" })
  @ApiOkResponse({ type: PilotDto, description: 'The consortium is notified and files a new report. 409 when the report is already answered or the pilot is completed.' })
  return(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @UuidParam('reportId') reportId: string, @Body() dto: ReturnReportDto) {
    return this.pilots.return(actor, id, reportId, dto.reason);
  }
}

/** Awarded grants as open data, beside the test beds' and calls' files under /open-data. */
@ApiTags('open-data')
@Controller('open-data')
export class GrantsOpenDataController {
  constructor(private readonly grants: GrantsOpenData) {}

  @Get('grants')
  @PublicData()
  @Header('Link', LICENCE_LINK)
  @ApiProblems(400)
  @ApiOperation({ summary: 'Awarded grants (360Giving-style), a page at a time' })
  @ApiOkResponse({
    type: OpenDataGrantPageDto,
    description: `Grants awarded by a funding decision, in id order (licence ${OPEN_DATA_LICENCE.id}). A grant given back leaves the list. Scores and people are left out.`,
  })
  async list(@Query() query: OpenDataQuery) {
    const page = await this.grants.page(query.limit ?? OPEN_DATA_DEFAULT_PAGE, query.cursor);
    return { generatedAt: new Date().toISOString(), licence: OPEN_DATA_LICENCE, attribution: GRANTS_ATTRIBUTION, ...page };
  }

  @Get('grants.360giving.json')
  @PublicData()
  @Header('Link', LICENCE_LINK)
  @ApiOperation({ summary: 'Every awarded grant as a 360Giving data package' })
  @ApiOkResponse({
    type: ThreeSixtyGivingPackageDto,
    description:
      `Every awarded grant as one 360Giving data package (standard ${THREE_SIXTY_GIVING_VERSION}; licence ${OPEN_DATA_LICENCE.id}) that validates against the standard's package and grant schemas. ` +
      'Grant ids are `360G-kokeilu-<grant id>`; organisations with a Finnish business ID are `FI-PRO-<Y-tunnus>` (org-id.guide); amounts are euros as numbers; ' +
      '`plannedDates` is the pilot period, `beneficiaryLocation` the cities of the named test beds, and the classification `360G-kokeilu-ranking-basis` says whether the call ranked by raw or calibrated totals.',
  })
  async threeSixtyGiving() {
    return this.grants.package360(OPEN_DATA_LICENCE.url);
  }

  @Get('grants.csv')
  @PublicData()
  @Header('Link', LICENCE_LINK)
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'Every awarded grant as CSV' })
  @ApiOkResponse({
    description:
      `Every awarded grant, one row each, as RFC 4180 CSV (UTF-8 without BOM, CRLF, a header row; licence ${OPEN_DATA_LICENCE.id}). ` +
      '360Giving fields: identifier (Identifier), title (Title), description (Description), currency (Currency), amount_awarded (Amount Awarded, euros), ' +
      'award_date (Award Date), recipient_org_* (Recipient Org), funding_org_* (Funding Org), grant_programme_* (Grant Programme). ' +
      `co_funding is \`source:cents\` joined with \`;\`. Columns: ${GRANTS_CSV_COLUMNS.join(', ')}.`,
    content: { 'text/csv': { schema: { type: 'string' } } },
  })
  csv(): StreamableFile {
    return new StreamableFile(grantsCsv(this.grants.all()), { type: 'text/csv; charset=utf-8; header=present', disposition: 'attachment; filename="kokeilu-grants.csv"' });
  }
}
