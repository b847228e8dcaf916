import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiProduces, ApiTags, ApiOperation } from '@nestjs/swagger';
import { type Actor, Authenticated, AuthenticatedInTransaction, type Caller, CurrentActor, CurrentCaller } from '@kokeilu/access';
import {
  ApplicationService,
  applicationsCsv,
  applicationsXlsx,
  CallApplicationsService,
  ExtensionService,
  SubmissionService,
} from '@kokeilu/applications';
import { DomainError, EmptyBody, NoBody, PositiveIntParam, UuidParam } from '@kokeilu/platform';
import { OffsetQuery } from '../common/offset-query.js';
import {
  ApplicationDto,
  ApplicationPageDto,
  CallApplicationFilterQuery,
  CallApplicationListQuery,
  CallApplicationPageDto,
  CreateApplicationDto,
  EligibilityReportDto,
  EligibilityReportQuery,
  CallExtensionDto,
  GrantExtensionDto,
  InvitePartnerDto,
  RevisionDiffDto,
  RevisionDto,
  RevisionSummaryDto,
  UpdateApplicationDto,
  ApplicationVersionDto,
  WithdrawApplicationDto,
} from './application.dto.js';

/** A path parameter that must be a revision number; anything else is a 400 naming it. */
const RevisionParam = (name: string) => PositiveIntParam(name, 'must be a revision number');

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('applications')
@Controller()
export class ApplicationsController {
  constructor(
    private readonly applications: ApplicationService,
    private readonly submissions: SubmissionService,
  ) {}

  @Post('applications')
  @Authenticated(400, 403, 404, 409)
  @ApiCreatedResponse({ type: ApplicationDto, description: 'A draft for an open call, led by your organisation. 409 when the call is not open.' })
  @ApiOperation({ summary: 'Start an application to an open call' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateApplicationDto) {
    return this.applications.create(actor, dto);
  }

  @Get('applications')
  @Authenticated(400)
  @ApiOkResponse({ type: ApplicationPageDto, description: "Your organisations' applications, as lead or partner, newest first" })
  @ApiOperation({ summary: "List your organisations' applications" })
  async mine(@CurrentActor() actor: Actor, @Query() query: OffsetQuery) {
    const { page, limit } = query.resolved();
    return { ...(await this.applications.listMine(actor, limit, (page - 1) * limit)), page, limit };
  }

  @Get('applications/:id')
  @Authenticated(400, 404)
  @ApiOkResponse({ type: ApplicationDto, description: 'The consortium sees the working copy; the call coordinators the latest revision; nobody else (404)' })
  @ApiOperation({ summary: 'Read an application' })
  get(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.applications.get(actor, id);
  }

  @Patch('applications/:id')
  @Authenticated(400, 403, 404, 409)
  @ApiOkResponse({
    type: ApplicationDto,
    description: 'Saves the fields sent (null clears an optional one). The lead only (partners 403). 409 on a stale version, with `current`, or once review has begun.',
  })
  @ApiOperation({ summary: 'Save an application draft' })
  update(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: UpdateApplicationDto) {
    const { version, ...patch } = dto;
    return this.applications.update(actor, id, version, patch);
  }

  @Post('applications/:id/submit')
  @HttpCode(200)
  @AuthenticatedInTransaction(400, 403, 404, 409)
  @ApiOkResponse({
    type: ApplicationDto,
    description:
      'Stores an immutable revision and starts the eligibility check. 409 at or after the deadline ("The call closed at 23.11.2026 klo 16.00 (Europe/Helsinki)") unless your organisation has an extension, and on a stale version.',
  })
  @ApiOperation({ summary: 'Submit an application' })
  submit(@CurrentCaller() caller: Caller, @UuidParam('id') id: string, @Body() dto: ApplicationVersionDto) {
    return this.submissions.submit(caller, id, dto.version);
  }

  @Post('applications/:id/withdraw')
  @HttpCode(200)
  @Authenticated(400, 403, 404, 409)
  @ApiOkResponse({ type: ApplicationDto, description: 'Possible until the funding decision; 409 afterwards' })
  @ApiOperation({ summary: 'Withdraw an application' })
  withdraw(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: WithdrawApplicationDto) {
    return this.submissions.withdraw(actor, id, dto.reason ?? null);
  }

  @Get('applications/:id/eligibility')
  @Authenticated(400, 404)
  @ApiOkResponse({ type: EligibilityReportDto, description: "Each rule's verdict with its reason in fi, sv and en; `pending` until the check has run" })
  @ApiOperation({ summary: "Read an application's eligibility verdicts" })
  eligibility(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Query() query: EligibilityReportQuery) {
    return this.submissions.eligibility(actor, id, query.revision);
  }

  @Get('applications/:id/revisions')
  @Authenticated(400, 404)
  @ApiOkResponse({ type: [RevisionSummaryDto], description: 'Every submission, oldest first' })
  @ApiOperation({ summary: "List an application's submitted revisions" })
  revisions(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.submissions.revisions(actor, id);
  }

  @Get('applications/:id/revisions/:number')
  @Authenticated(400, 404)
  @ApiOkResponse({ type: RevisionDto })
  @ApiOperation({ summary: 'Read a submitted revision' })
  revision(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @RevisionParam('number') number: number) {
    return this.submissions.revision(actor, id, number);
  }

  // The first revision shares its parameter name with the route above: the router allows one name per position.
  @Get('applications/:id/revisions/:number/diff/:to')
  @Authenticated(400, 404)
  @ApiOkResponse({ type: RevisionDiffDto, description: 'What changed from revision `number` to revision `to`: fields by path, and list items added, removed or changed' })
  @ApiOperation({ summary: 'Compare two revisions' })
  diff(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @RevisionParam('number') from: number, @RevisionParam('to') to: number) {
    return this.submissions.diff(actor, id, from, to);
  }

  @Post('applications/:id/partners')
  @Authenticated(400, 403, 404, 409)
  @ApiCreatedResponse({
    type: ApplicationDto,
    description:
      'Invites a partner organisation (by id or business ID); its owners are notified by e-mail and in the app. The invitation is listed under partners; ' +
      'it names the organisation only once it accepts (or to its own members).',
  })
  @ApiOperation({ summary: 'Invite a partner organisation to the consortium' })
  invite(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: InvitePartnerDto) {
    if (!!dto.organisationId === !!dto.businessId) throw DomainError.invalid('organisationId', 'give either organisationId or businessId');
    return this.applications.invitePartner(actor, id, dto.organisationId ? { organisationId: dto.organisationId } : { businessId: dto.businessId as string });
  }

  @Post('applications/:id/partners/:organisationId/accept')
  @HttpCode(200)
  @Authenticated(400, 403, 404, 409)
  @ApiOkResponse({ type: ApplicationDto, description: 'An owner of the invited organisation joins the consortium; partners read but do not edit' })
  @ApiOperation({ summary: 'Accept a partner invitation' })
  accept(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @UuidParam('organisationId') organisationId: string, @NoBody() _body: EmptyBody) {
    return this.applications.acceptPartner(actor, id, organisationId);
  }

  @Delete('applications/:id/partners/:organisationId')
  @HttpCode(204)
  @Authenticated(400, 403, 404, 409)
  @ApiNoContentResponse({ description: 'The lead removes a partner, or an owner of the partner declines or leaves' })
  @ApiOperation({ summary: 'Remove a partner, or decline or leave a consortium' })
  async removePartner(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @UuidParam('organisationId') organisationId: string, @NoBody() _body: EmptyBody) {
    await this.applications.removePartner(actor, id, organisationId);
  }
}

@ApiTags('calls')
@Controller('calls/:id')
export class CallApplicationsController {
  constructor(
    private readonly callApplications: CallApplicationsService,
    private readonly extensions: ExtensionService,
  ) {}

  @Get('applications')
  @Authenticated(400, 403, 404)
  @ApiOkResponse({ type: CallApplicationPageDto, description: "The call's applications for its city's coordinators, its deciders and admins; submitted ones as their latest revision says" })
  @ApiOperation({ summary: "List a call's applications" })
  async list(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Query() query: CallApplicationListQuery) {
    const { page, limit } = query.resolved();
    const filter = { state: query.state, organisationId: query.organisationId };
    return { ...(await this.callApplications.list(actor, id, filter, limit, (page - 1) * limit)), page, limit };
  }

  @Get('applications.csv')
  @Authenticated(400, 403, 404)
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'The same list, every row, as RFC 4180 CSV (UTF-8, CRLF, a header row); money in euro cents, times in UTC (ISO 8601).',
    content: { 'text/csv': { schema: { type: 'string' } } },
  })
  @ApiOperation({ summary: "Export a call's applications (CSV)" })
  async csv(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Query() query: CallApplicationFilterQuery) {
    const rows = await this.callApplications.all(actor, id, query);
    return new StreamableFile(Buffer.from(applicationsCsv(rows), 'utf8'), {
      type: 'text/csv; charset=utf-8; header=present',
      disposition: `attachment; filename="applications-${id}.csv"`,
    });
  }

  @Get('applications.xlsx')
  @Authenticated(400, 403, 404)
  @ApiProduces(XLSX_TYPE)
  @ApiOkResponse({
    description: 'The same list as an Excel workbook: euros in a currency format, times in Europe/Helsinki.',
    content: { [XLSX_TYPE]: { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiOperation({ summary: "Export a call's applications (Excel)" })
  async xlsx(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Query() query: CallApplicationFilterQuery) {
    const rows = await this.callApplications.all(actor, id, query);
    return new StreamableFile(await applicationsXlsx(rows), { type: XLSX_TYPE, disposition: `attachment; filename="applications-${id}.xlsx"` });
  }

  @Post('extensions')
  @Authenticated(400, 403, 404, 409, 422)
  @ApiCreatedResponse({
    type: CallExtensionDto,
    description: 'Lets exactly one organisation submit until a later deadline, with a stated reason (audited). One per organisation and call (409 for a second).',
  })
  @ApiOperation({ summary: 'Extend the deadline for one organisation' })
  grant(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: GrantExtensionDto) {
    return this.extensions.grant(actor, id, { organisationId: dto.organisationId, deadline: new Date(dto.deadline), reason: dto.reason });
  }

  @Get('extensions')
  @Authenticated(400, 403, 404)
  @ApiOkResponse({ type: [CallExtensionDto] })
  @ApiOperation({ summary: "List a call's deadline extensions" })
  extensionsOf(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.extensions.list(actor, id);
  }
}
