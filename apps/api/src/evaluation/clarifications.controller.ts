import { Body, Controller, Get, HttpCode, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { type Actor, Authenticated, CurrentActor } from '@kokeilu/access';
import { ClarificationService } from '@kokeilu/evaluation';
import { UuidParam } from '@kokeilu/platform';
import { AnswerClarificationDto, AskClarificationDto, ClarificationDto, ClarificationSuggestionDto, DismissSuggestionDto, SuggestClarificationDto } from './clarification.dto.js';

const READERS = "The call's coordinators (admins for a national call), the consortium and the application's assigned evaluators; its deciders get 403, anyone else 404.";

@ApiTags('clarifications')
@Controller('applications/:id')
export class ClarificationsController {
  constructor(private readonly clarifications: ClarificationService) {}

  @Get('clarifications')
  @Authenticated(400, 403, 404)
  @ApiOperation({ summary: "The questions asked of the application's consortium, with their deadlines and answers" })
  @ApiOkResponse({ type: [ClarificationDto], description: READERS })
  list(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.clarifications.list(actor, id);
  }

  @Post('clarifications')
  @Authenticated(400, 403, 404, 409)
  @ApiOperation({ summary: 'Asks the consortium a question, to be answered by a deadline' })
  @ApiCreatedResponse({
    type: ClarificationDto,
    description:
      "The coordinators of the call's city (admins for a national call), while the application is checked for eligibility or evaluated after its call closed (409 otherwise). " +
      'The consortium is notified; ranking waits for the answer or the deadline, whichever comes first. 400 names `question`, `answerDueAt` or `suggestionId`; 409 for a suggestion already settled.',
  })
  @ApiOkResponse({ type: ClarificationDto, description: 'The same question to the same deadline asked again while it is open: the clarification already asked, unchanged' })
  async ask(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: AskClarificationDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const { clarification, created } = await this.clarifications.ask(actor, id, { question: dto.question, answerDueAt: new Date(dto.answerDueAt), suggestionId: dto.suggestionId });
    void reply.status(created ? 201 : 200);
    return clarification;
  }

  @Post('clarifications/:clarificationId/answer')
  @HttpCode(200)
  @Authenticated(400, 403, 404, 409)
  @ApiOperation({ summary: 'Answers a question; the answer is attached to the revision it was asked about, which it never changes' })
  @ApiOkResponse({
    type: ClarificationDto,
    description:
      'Members of the consortium (the lead and the partners that accepted); others who may read the application get 403, anyone else 404. ' +
      'Once, before the deadline: the same answer again answers as it stands, a different one or a late one 409. Those who run the call and the assigned evaluators are notified.',
  })
  answer(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @UuidParam('clarificationId') clarificationId: string, @Body() dto: AnswerClarificationDto) {
    return this.clarifications.answer(actor, id, clarificationId, dto.answer);
  }

  @Get('clarification-suggestions')
  @Authenticated(400, 403, 404)
  @ApiOperation({ summary: "Evaluators' suggested questions for the coordinator" })
  @ApiOkResponse({
    type: [ClarificationSuggestionDto],
    description: "The call's coordinators (and admins) read all; an assigned evaluator their own. The consortium and the deciders get 403, anyone else 404.",
  })
  suggestions(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.clarifications.suggestions(actor, id);
  }

  @Post('clarification-suggestions')
  @Authenticated(400, 403, 404, 409)
  @ApiOperation({ summary: 'Suggests a question for the coordinator to ask the consortium' })
  @ApiCreatedResponse({
    type: ClarificationSuggestionDto,
    description: "The application's assigned evaluators, in the same phase as questions (409 otherwise). The call's coordinators are notified. 400 names `question`.",
  })
  @ApiOkResponse({ type: ClarificationSuggestionDto, description: 'The same open suggestion made again: the one already made, unchanged' })
  async suggest(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: SuggestClarificationDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const { suggestion, created } = await this.clarifications.suggest(actor, id, dto.question);
    void reply.status(created ? 201 : 200);
    return suggestion;
  }

  @Post('clarification-suggestions/:suggestionId/dismiss')
  @HttpCode(200)
  @Authenticated(400, 403, 404, 409)
  @ApiOperation({ summary: 'Dismisses a suggested question without asking it' })
  @ApiOkResponse({
    type: ClarificationSuggestionDto,
    description: "The coordinators of the call's city (and admins). Dismissing a dismissed suggestion answers it as it stands; an asked one is 409.",
  })
  dismiss(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @UuidParam('suggestionId') suggestionId: string, @Body() dto: DismissSuggestionDto) {
    return this.clarifications.dismiss(actor, id, suggestionId, dto.reason ?? null);
  }
}
