import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, Authenticated, CurrentActor } from '@kokeilu/access';
import { ConflictService, EvaluatorPoolService, ReviewService } from '@kokeilu/evaluation';
import { EmptyBody, NoBody, UuidParam } from '@kokeilu/platform';
import {
  AddEvaluatorDto,
  AssignmentPageDto,
  AssignmentRequestDto,
  AssignmentStatusDto,
  DeclarationResultDto,
  DeclaredConflictDto,
  DeclareConflictDto,
  DeclineReviewDto,
  EvaluatorCandidatePageDto,
  EvaluatorCandidateQuery,
  PoolEvaluatorDto,
  ReviewDetailDto,
  ReviewDto,
  ReviewListQuery,
  ReviewVersionDto,
  SaveReviewDto,
} from './evaluation.dto.js';

@ApiTags('reviews')
@Controller('reviews')
export class ReviewsController {
  constructor(private readonly reviews: ReviewService) {}

  @Get()
  @Authenticated(400)
  @ApiOperation({ summary: 'Your assignments as an evaluator, newest first' })
  @ApiOkResponse({ type: AssignmentPageDto })
  async mine(@CurrentActor() actor: Actor, @Query() query: ReviewListQuery) {
    const { page, limit } = query.resolved();
    return { ...(await this.reviews.listMine(actor, { state: query.state, callId: query.callId }, limit, (page - 1) * limit)), page, limit };
  }

  @Get(':id')
  @Authenticated(400, 403, 404)
  @ApiOperation({ summary: 'A review with the application revision it pins and the call’s criteria' })
  @ApiOkResponse({
    type: ReviewDetailDto,
    description: 'Its evaluator always; those who run the call and its deciders once it is submitted (403 before); anyone else 404',
  })
  get(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.reviews.get(actor, id);
  }

  @Patch(':id')
  @Authenticated(400, 403, 404, 409)
  @ApiOperation({ summary: 'Saves a draft of the scores' })
  @ApiOkResponse({
    type: ReviewDetailDto,
    description: 'The evaluator only. 400 names each score off its criterion scale (`scores.<key>.score`); 409 on a stale version (with `current`) or a final review.',
  })
  save(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: SaveReviewDto) {
    return this.reviews.save(actor, id, dto.version, dto.scores);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Authenticated(400, 403, 404, 409, 422)
  @ApiOperation({ summary: 'Submits the review; it is final afterwards' })
  @ApiOkResponse({ type: ReviewDetailDto, description: '422 names every criterion still unscored; 409 on a stale version or a final review' })
  submit(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: ReviewVersionDto) {
    return this.reviews.submit(actor, id, dto.version);
  }

  @Post(':id/decline')
  @HttpCode(200)
  @Authenticated(400, 403, 404, 409)
  @ApiOperation({ summary: 'Declines the assignment, with a reason; the application goes to another evaluator' })
  @ApiOkResponse({ type: ReviewDetailDto, description: 'Only before submitting (409 after)' })
  decline(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: DeclineReviewDto) {
    return this.reviews.decline(actor, id, dto.reason);
  }
}

@ApiTags('reviews')
@Controller('applications/:id/reviews')
export class ApplicationReviewsController {
  constructor(private readonly reviews: ReviewService) {}

  @Get()
  @Authenticated(400, 403, 404)
  @ApiOperation({ summary: 'The reviews of an application the caller may see' })
  @ApiOkResponse({
    type: [ReviewDto],
    description:
      'An assigned evaluator sees their own, and the other submitted ones once theirs is submitted; those who run the call and its deciders see the submitted ones. The consortium gets 403, strangers 404.',
  })
  list(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.reviews.forApplication(actor, id);
  }
}

@ApiTags('reviews')
@Controller('conflicts')
export class ConflictsController {
  constructor(private readonly conflicts: ConflictService) {}

  @Post()
  @Authenticated(400, 403, 404, 409)
  @ApiOperation({ summary: 'Declares a conflict of interest with an organisation or an application' })
  @ApiCreatedResponse({
    type: DeclarationResultDto,
    description:
      'Users with the evaluator role (403 otherwise). Your assigned reviews it concerns are withdrawn at once (they can no longer be submitted) and handed to others. ' +
      'Names the organisation only if you are a member of it. 409 when already declared.',
  })
  declare(@CurrentActor() actor: Actor, @Body() dto: DeclareConflictDto) {
    return this.conflicts.declare(actor, dto);
  }

  @Get()
  @Authenticated(403)
  @ApiOperation({ summary: 'The conflicts of interest you declared' })
  @ApiOkResponse({ type: [DeclaredConflictDto] })
  list(@CurrentActor() actor: Actor) {
    return this.conflicts.list(actor);
  }

  @Delete(':id')
  @HttpCode(204)
  @Authenticated(400, 403, 404)
  @ApiOperation({ summary: 'Withdraws a declaration of yours' })
  @ApiNoContentResponse({ description: 'Takes effect at the next assignment run; existing assignments stay as they are' })
  async remove(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @NoBody() _body: EmptyBody) {
    await this.conflicts.remove(actor, id);
  }
}

@ApiTags('calls')
@Controller('calls/:id')
export class CallEvaluationController {
  constructor(private readonly pool: EvaluatorPoolService) {}

  @Get('evaluators')
  @Authenticated(400, 403, 404)
  @ApiOperation({ summary: 'The call’s evaluator pool with each evaluator’s load' })
  @ApiOkResponse({ type: [PoolEvaluatorDto], description: 'Those who run the call' })
  list(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.pool.list(actor, id);
  }

  @Get('evaluator-candidates')
  @Authenticated(400, 403, 404)
  @ApiOperation({ summary: 'Finds users holding the evaluator role to add to the call’s pool, by name and expertise tag' })
  @ApiOkResponse({
    type: EvaluatorCandidatePageDto,
    description: 'Those who run the call (403 for others; 404 for a draft call they may not see). By name; each with the expertise earlier pools gave them and whether already in this pool; no e-mail addresses. 400 names `expertise` for an unknown tag.',
  })
  async candidates(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Query() query: EvaluatorCandidateQuery) {
    const { page, limit } = query.resolved();
    return { ...(await this.pool.searchCandidates(actor, id, { q: query.q, expertise: query.expertise, limit, offset: (page - 1) * limit })), page, limit };
  }

  @Post('evaluators')
  @Authenticated(400, 403, 404, 409)
  @ApiOperation({ summary: 'Adds a user holding the evaluator role to the pool, with expertise tags' })
  @ApiCreatedResponse({ type: PoolEvaluatorDto, description: '400 for a user without the evaluator role or an unknown tag; 409 when already in the pool or the call is decided' })
  add(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: AddEvaluatorDto) {
    return this.pool.add(actor, id, { userId: dto.userId, expertise: dto.expertise ?? [] });
  }

  @Delete('evaluators/:userId')
  @HttpCode(204)
  @Authenticated(400, 403, 404)
  @ApiOperation({ summary: 'Takes an evaluator out of the pool' })
  @ApiNoContentResponse({ description: 'Their unsubmitted reviews are withdrawn and handed to the rest of the pool; submitted ones stay' })
  async remove(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @UuidParam('userId') userId: string, @NoBody() _body: EmptyBody) {
    await this.pool.remove(actor, id, userId);
  }

  @Post('assign')
  @HttpCode(202)
  @Authenticated(400, 403, 404, 409)
  @ApiOperation({ summary: 'Assigns reviewers again after late changes' })
  @ApiAcceptedResponse({
    type: AssignmentRequestDto,
    description: 'Queues the assignment job: it keeps existing assignments and fills only what is missing. 409 before the call has closed.',
  })
  assign(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @NoBody() _body: EmptyBody) {
    return this.pool.requestAssignment(actor, id);
  }

  @Get('assignments')
  @Authenticated(400, 403, 404)
  @ApiOperation({ summary: 'Who reviews what, the conflicts found, and the applications the pool cannot cover' })
  @ApiOkResponse({ type: AssignmentStatusDto, description: 'Those who run the call and its deciders' })
  status(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.pool.status(actor, id);
  }
}
