import { Body, Controller, Get, Header, Headers, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, Authenticated, CurrentActor } from '@kokeilu/access';
import { Amendment, CalibrationService, DeciderCallsService, FundingDecisionService, FundingProposalService, ScoringService } from '@kokeilu/funding';
import { ApiAcceptLanguage, DomainError, EmptyBody, languagePreference, NoBody, UuidParam } from '@kokeilu/platform';
import { DeciderCallPageDto, DeciderCallsQuery } from './decider-calls.dto.js';
import { CalibrationDto, RankingBasisDto, RankingBasisSetDto } from './calibration.dto.js';
import { AmendmentDto, ConsensusDto, DeclineGrantDto, FundingProposalDto, GrantDeclinedDto, RankingDto, RankingEntryDto, RankingRequestedDto } from './funding.dto.js';

function amendmentOf(dto: AmendmentDto): Amendment {
  switch (dto.op) {
    case 'set_grant':
      if (dto.grantCents === undefined) throw DomainError.invalid('grantCents', 'is required to change a grant');
      return { op: 'set_grant', applicationId: dto.applicationId, grantCents: dto.grantCents };
    case 'remove':
      if (!dto.to) throw DomainError.invalid('to', 'say where the removed line goes: reserve or rejected');
      return { op: 'remove', applicationId: dto.applicationId, to: dto.to };
    case 'fund':
      return { op: 'fund', applicationId: dto.applicationId, ...(dto.grantCents !== undefined ? { grantCents: dto.grantCents } : {}) };
    case 'move':
      if (dto.position === undefined) throw DomainError.invalid('position', 'is required to move a reserve entry');
      return { op: 'move', applicationId: dto.applicationId, position: dto.position };
  }
}

@ApiTags('funding')
@Controller()
export class FundingController {
  constructor(
    private readonly scoring: ScoringService,
    private readonly proposals: FundingProposalService,
    private readonly decisions: FundingDecisionService,
    private readonly calibration: CalibrationService,
  ) {}

  @Get('calls/:id/calibration')
  @Authenticated(400, 403, 404)
  @ApiOperation({ summary: "Each evaluator's bias, and the call's totals raw and calibrated side by side with the ranks calibration changes" })
  @ApiOkResponse({ type: CalibrationDto, description: "Those who run the call (its city's coordinators and admins)" })
  calibrationView(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.calibration.view(actor, id);
  }

  @Put('calls/:id/ranking-basis')
  @Authenticated(400, 403, 404, 409)
  @ApiOperation({ summary: 'Chooses whether the call ranks by raw (default) or calibrated totals' })
  @ApiOkResponse({ type: RankingBasisSetDto, description: 'Those who run the call, until evaluation starts: 409 once the call has closed. Audited when it changes; repeating it changes nothing.' })
  setRankingBasis(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: RankingBasisDto) {
    return this.calibration.setRankingBasis(actor, id, dto.rankingBasis);
  }

  @Post('applications/:id/consensus')
  @HttpCode(200)
  @Authenticated(400, 403, 404, 409)
  @ApiOperation({ summary: "Records the coordinator's consensus scores for an application whose reviews diverge" })
  @ApiOkResponse({ type: RankingEntryDto, description: 'The application with the consensus applied. Those who run the call only; 409 when nothing diverges or ranking has moved on.' })
  consensus(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: ConsensusDto) {
    return this.scoring.recordConsensus(actor, id, dto.scores, dto.reason);
  }

  @Post('applications/:id/decline-grant')
  @HttpCode(200)
  @Authenticated(400, 403, 404, 409)
  @ApiOperation({ summary: 'The lead gives a funded grant back; the next on the reserve list that fits moves up by itself' })
  @ApiOkResponse({ type: GrantDeclinedDto })
  declineGrant(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: DeclineGrantDto) {
    return this.decisions.declineGrant(actor, id, dto.reason);
  }

  @Get('calls/:id/ranking')
  @Authenticated(400, 403, 404)
  @ApiOperation({ summary: "The call's aggregated applications: scores, rank and the rule that broke each tie" })
  @ApiOkResponse({ type: RankingDto, description: 'Those who run the call and its deciders' })
  ranking(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.scoring.ranking(actor, id);
  }

  @Post('calls/:id/ranking')
  @HttpCode(202)
  @Authenticated(400, 403, 404, 409)
  @ApiOperation({ summary: 'Ranks the aggregated applications now and proposes the funding (a queue job)' })
  @ApiAcceptedResponse({ type: RankingRequestedDto, description: 'Those who run the call; 409 once a decider has amended or decided the proposal' })
  requestRanking(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @NoBody() _body: EmptyBody) {
    return this.proposals.requestRanking(actor, id);
  }

  @Get('calls/:id/funding-proposal')
  @Authenticated(400, 403, 404)
  @ApiOperation({ summary: 'The funding proposal: grants with their co-funding shares, reserve list, rejections and totals per source' })
  @ApiOkResponse({ type: FundingProposalDto, description: 'Those who run the call and its deciders; 404 before the first proposal' })
  proposal(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.proposals.get(actor, id);
  }

  @Post('calls/:id/funding-proposal/amendments')
  @Authenticated(400, 403, 404, 409, 422)
  @ApiOperation({ summary: "A decider amends the proposal with a reason: changes a grant, removes a line, funds from the reserve or reorders it" })
  @ApiCreatedResponse({ type: FundingProposalDto, description: 'The amended proposal. 422 when it would exceed the budget; 409 once decided.' })
  amend(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: AmendmentDto) {
    return this.proposals.amend(actor, id, amendmentOf(dto), dto.reason);
  }

  @Post('calls/:id/decision')
  @HttpCode(200)
  @Authenticated(400, 403, 404, 409, 422)
  @ApiOperation({ summary: "A decider approves the proposal: decisions become final and public, applicants are told, funded ones become pilots" })
  @ApiOkResponse({ type: FundingProposalDto, description: 'The decided proposal; 409 without a proposal or when already decided' })
  decide(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @NoBody() _body: EmptyBody) {
    return this.decisions.approve(actor, id);
  }
}

@ApiTags('funding')
@Controller('me/decider-calls')
export class DeciderCallsController {
  constructor(private readonly calls: DeciderCallsService) {}

  @Get()
  @Authenticated(400)
  @Header('Vary', 'Accept-Language')
  @ApiAcceptLanguage()
  @ApiOperation({ summary: 'The calls naming you as a decider, each with its state and whether a proposal awaits your decision' })
  @ApiOkResponse({
    type: DeciderCallPageDto,
    description: 'Published calls only, the latest deadline first; empty for anyone who decides none (other deciders\' calls never show)',
  })
  async list(@CurrentActor() actor: Actor, @Query() query: DeciderCallsQuery, @Headers('accept-language') acceptLanguage?: string) {
    const { page, limit } = query.resolved();
    const languages = languagePreference(query.lang ?? acceptLanguage);
    return { ...(await this.calls.list(actor, languages, limit, (page - 1) * limit)), page, limit };
  }
}
