import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiAcceptedResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, Authenticated, CurrentActor } from '@kokeilu/access';
import { RedressService } from '@kokeilu/funding';
import { EmptyBody, NoBody, UuidParam } from '@kokeilu/platform';
import { ApplicationRedressDto, AppointReviewerDto, RedressDeskDto, RedressOutcomeDto, RedressPolicyDto, RedressRequestDto, RedressViewDto, ReviewerCandidateDto } from './redress.dto.js';

@ApiTags('redress')
@Controller()
export class RedressController {
  constructor(private readonly redress: RedressService) {}

  @Get('applications/:id/redress')
  @Authenticated(400, 403, 404)
  @ApiOperation({ summary: "An application's redress: the 30 days after the decision, the days left and its request" })
  @ApiOkResponse({ type: ApplicationRedressDto, description: 'Its consortium once the decision is public, and those who run the call' })
  ofApplication(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.redress.forApplication(actor, id);
  }

  @Post('applications/:id/redress')
  @Authenticated(400, 403, 404, 409)
  @ApiOperation({ summary: 'A member of the lead organisation asks for a procedural review of the decision, stating the grounds' })
  @ApiCreatedResponse({
    type: RedressViewDto,
    description: 'Within 30 days of the decision (Finnish calendar days), for an application left unfunded; 409 when late or already asked. Repeating the same request answers the one made.',
  })
  request(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: RedressRequestDto) {
    return this.redress.request(actor, id, dto.grounds);
  }

  @Get('calls/:id/redress')
  @Authenticated(400, 403, 404)
  @ApiOperation({ summary: "The call's redress desk: its remedy and reserve, and every request with its progress" })
  @ApiOkResponse({ type: RedressDeskDto, description: 'Those who run the call' })
  desk(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.redress.desk(actor, id);
  }

  @Put('calls/:id/redress-policy')
  @Authenticated(400, 403, 404, 409)
  @ApiOperation({ summary: 'Sets what an upheld redress lifted above the budget line gets, and the reserve the call holds back' })
  @ApiOkResponse({ type: RedressDeskDto, description: 'Those who run the call, until the decision (409 after). Audited when it changes; repeating it changes nothing.' })
  setPolicy(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: RedressPolicyDto) {
    return this.redress.setPolicy(actor, id, { remedy: dto.remedy, reserveCents: dto.reserveCents });
  }

  @Get('redress')
  @Authenticated()
  @ApiOperation({ summary: 'The redress requests the caller was appointed to review' })
  @ApiOkResponse({ type: [RedressViewDto] })
  assigned(@CurrentActor() actor: Actor) {
    return this.redress.assigned(actor);
  }

  @Get('redress/:id')
  @Authenticated(400, 404)
  @ApiOperation({ summary: 'One redress request with its grounds, outcome and re-evaluation' })
  @ApiOkResponse({ type: RedressViewDto, description: 'Its consortium, those who run the call and its reviewer; anyone else gets 404' })
  get(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.redress.get(actor, id);
  }

  @Get('redress/:id/reviewers')
  @Authenticated(400, 403, 404)
  @ApiOperation({ summary: 'The evaluators a coordinator may appoint to review the request, each with why not when not' })
  @ApiOkResponse({ type: [ReviewerCandidateDto], description: 'Those who run the call' })
  candidates(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.redress.candidates(actor, id);
  }

  @Post('redress/:id/reviewer')
  @HttpCode(200)
  @Authenticated(400, 403, 404, 409)
  @ApiOperation({ summary: 'Appoints (or replaces) the reviewer of a request: an evaluator who took no part in the call’s evaluation, with no conflict' })
  @ApiOkResponse({ type: RedressViewDto, description: 'Those who run the call, until the outcome is recorded (409 after); 400 naming reviewerId when not eligible. Appointing the same one again changes nothing.' })
  appoint(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: AppointReviewerDto) {
    return this.redress.appoint(actor, id, dto.reviewerId);
  }

  @Post('redress/:id/outcome')
  @HttpCode(200)
  @Authenticated(400, 403, 404, 409)
  @ApiOperation({ summary: 'The appointed reviewer rejects or upholds the request, with reasons; upheld has the application re-evaluated by new evaluators' })
  @ApiOkResponse({ type: RedressViewDto, description: 'The appointed reviewer only; 409 before the appointment or when another outcome is recorded. Repeating the same outcome changes nothing.' })
  decide(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: RedressOutcomeDto) {
    return this.redress.decide(actor, id, { outcome: dto.outcome, reasons: dto.reasons });
  }

  @Post('redress/:id/re-evaluation')
  @HttpCode(202)
  @Authenticated(400, 403, 404, 409)
  @ApiOperation({ summary: 'Assigns the re-evaluators the pool lacked, after evaluators were added to it (a queue job that fills only what is missing)' })
  @ApiAcceptedResponse({ type: RedressViewDto, description: 'Those who run the call, while the re-evaluation runs (409 otherwise)' })
  assignAgain(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @NoBody() _body: EmptyBody) {
    return this.redress.assignAgain(actor, id);
  }
}
