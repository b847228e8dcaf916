import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsObject, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { CONFLICT_KINDS, EXPERTISE_TAGS, MAX_CONFLICT_REASON_LENGTH, MAX_DECLINE_REASON_LENGTH, REVIEW_STATES, type ReviewState } from '@kokeilu/evaluation';
import { OffsetQuery } from '../common/offset-query.js';

// ---- requests

export class AddEvaluatorDto {
  @ApiProperty({ format: 'uuid', description: 'A user holding the evaluator role' })
  @IsUUID('all', { message: 'userId must be a UUID' })
  userId: string;

  @ApiPropertyOptional({ type: [String], enum: EXPERTISE_TAGS, description: 'Test-bed themes and focus areas the evaluator knows; preferred when assigning' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(EXPERTISE_TAGS.length)
  @IsString({ each: true })
  expertise?: string[];
}

export class EvaluatorCandidateQuery extends OffsetQuery {
  @ApiPropertyOptional({ maxLength: 100, example: 'anna', description: 'Words of the name, each somewhere in it (not the e-mail address)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: EXPERTISE_TAGS, description: 'An expertise tag earlier pools gave the evaluator' })
  @IsOptional()
  @IsIn(EXPERTISE_TAGS, { message: `expertise must be one of ${EXPERTISE_TAGS.join(', ')}` })
  expertise?: string;
}

export class DeclareConflictDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'An organisation you have a conflict of interest with; or give applicationId' })
  @IsOptional()
  @IsUUID('all', { message: 'organisationId must be a UUID' })
  organisationId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'One application you have a conflict of interest with' })
  @IsOptional()
  @IsUUID('all', { message: 'applicationId must be a UUID' })
  applicationId?: string;

  @ApiProperty({ maxLength: MAX_CONFLICT_REASON_LENGTH, example: 'I worked for them until 2025' })
  @IsString()
  @MaxLength(MAX_CONFLICT_REASON_LENGTH)
  reason: string;
}

export class ReviewListQuery extends OffsetQuery {
  @ApiPropertyOptional({ enum: REVIEW_STATES })
  @IsOptional()
  @IsIn(REVIEW_STATES, { message: `state must be one of ${REVIEW_STATES.join(', ')}` })
  state?: ReviewState;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'callId must be a UUID' })
  callId?: string;
}

export class ReviewVersionDto {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'The version you read; a newer one on the server gives 409 with the current review' })
  @IsInt()
  @Min(1)
  version: number;
}

export class SaveReviewDto extends ReviewVersionDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'object', properties: { score: { type: 'number', nullable: true }, comment: { type: 'string', maxLength: 10_000 } } },
    example: { impact: { score: 4.5, comment: 'Clear benefit for the district' } },
    description: 'The criteria to change, by key; each with `score` (on the criterion scale, or null to clear) and/or `comment`. Others keep what they hold.',
  })
  @IsObject()
  scores: Record<string, unknown>;
}

export class DeclineReviewDto {
  @ApiProperty({ maxLength: MAX_DECLINE_REASON_LENGTH, example: 'I advised the lead organisation last year' })
  @IsString()
  @MaxLength(MAX_DECLINE_REASON_LENGTH)
  reason: string;
}

// ---- responses

export class CriterionScoreDto {
  @ApiProperty({ type: Number, nullable: true }) score: number | null;
  @ApiProperty() comment: string;
}

export class ReviewDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) callId: string;
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty({ format: 'uuid' }) evaluatorId: string;
  @ApiProperty({ enum: REVIEW_STATES }) state: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'object', properties: { score: { type: 'number', nullable: true }, comment: { type: 'string' } } },
    description: 'Every criterion of the call, by key',
  })
  scores: Record<string, CriterionScoreDto>;
  @ApiProperty({ type: String, nullable: true }) declineReason: string | null;
  @ApiProperty() assignedAt: Date;
  @ApiProperty({ type: Date, nullable: true }) submittedAt: Date | null;
  @ApiProperty({ type: Date, nullable: true }) declinedAt: Date | null;
  @ApiProperty({ type: 'integer', minimum: 1 }) version: number;
  @ApiProperty() updatedAt: Date;
  @ApiProperty({ type: 'integer', description: 'The application revision this review scores' }) revisionNumber: number;
}

export class ReviewCallDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } }) title: Record<string, string>;
  @ApiProperty() reviewDeadline: Date;
  @ApiProperty({ type: 'array', items: { type: 'object' }, description: 'The criteria with their weights and scales' }) criteria: object[];
}

export class PinnedRevisionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: 'integer' }) number: number;
  @ApiProperty() submittedAt: Date;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The application as submitted: content, totals and consortium' }) snapshot: object;
}

export class ReviewDetailDto extends ReviewDto {
  @ApiProperty({ type: ReviewCallDto }) call: ReviewCallDto;
  @ApiProperty({ type: PinnedRevisionDto }) revision: PinnedRevisionDto;
}

export class AssignmentItemDto {
  @ApiProperty({ format: 'uuid', description: 'The review id' }) id: string;
  @ApiProperty({ format: 'uuid' }) callId: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } }) callTitle: Record<string, string>;
  @ApiProperty() reviewDeadline: Date;
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty() applicationTitle: string;
  @ApiProperty({ type: 'integer' }) revisionNumber: number;
  @ApiProperty({ enum: REVIEW_STATES }) state: string;
  @ApiProperty() assignedAt: Date;
  @ApiProperty({ type: Date, nullable: true }) submittedAt: Date | null;
  @ApiProperty({ type: 'integer', minimum: 1 }) version: number;
}

export class AssignmentPageDto {
  @ApiProperty({ type: [AssignmentItemDto] }) items: AssignmentItemDto[];
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: 'integer' }) page: number;
  @ApiProperty({ type: 'integer' }) limit: number;
}

export class DeclaredConflictDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) organisationId: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Only for an organisation you are a member of; null otherwise' }) organisationName: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) applicationId: string | null;
  @ApiProperty() reason: string;
  @ApiProperty() createdAt: Date;
}

export class DeclarationResultDto extends DeclaredConflictDto {
  @ApiProperty({ type: [String], format: 'uuid', description: 'Your assigned reviews this declaration withdrew at once; each goes to another evaluator' })
  withdrawnReviewIds: string[];
}

export class PoolEvaluatorDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ type: [String] }) expertise: string[];
  @ApiProperty() addedAt: Date;
  @ApiProperty({ type: 'integer', description: 'Assigned and submitted reviews in this call' }) load: number;
  @ApiProperty({ type: 'integer' }) submitted: number;
  @ApiProperty({ type: 'integer' }) declined: number;
}

export class EvaluatorCandidateDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ type: [String], description: 'The tags earlier pools gave them, in the vocabulary order; empty for a newcomer' }) expertise: string[];
  @ApiProperty({ description: 'Already in this call’s pool' }) inPool: boolean;
}

export class EvaluatorCandidatePageDto {
  @ApiProperty({ type: [EvaluatorCandidateDto] }) items: EvaluatorCandidateDto[];
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: 'integer' }) page: number;
  @ApiProperty({ type: 'integer' }) limit: number;
}

export class AssignmentRequestDto {
  @ApiProperty({ format: 'uuid' }) callId: string;
  @ApiProperty({ description: 'The queued job; it fills only what is missing' }) jobId: string;
}

export class ConflictReasonDto {
  @ApiProperty({ enum: CONFLICT_KINDS }) kind: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) organisationId: string | null;
  @ApiProperty({ example: 'member of Acme Oy' }) detail: string;
}

export class StatusReviewDto {
  @ApiProperty({ format: 'uuid' }) reviewId: string;
  @ApiProperty({ format: 'uuid' }) evaluatorId: string;
  @ApiProperty({ enum: REVIEW_STATES }) state: string;
  @ApiProperty({ type: String, nullable: true }) declineReason: string | null;
}

export class StatusConflictDto {
  @ApiProperty({ format: 'uuid' }) evaluatorId: string;
  @ApiProperty({ type: [ConflictReasonDto] }) reasons: ConflictReasonDto[];
}

export class EmailDomainChangeDto {
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty() organisationName: string;
  @ApiProperty({ type: String, nullable: true, example: 'firma.fi', description: 'As the revision recorded it at submission: conflicts of interest are judged by this one' })
  atSubmission: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'arvioijat.fi' }) now: string | null;
}

export class StatusApplicationDto {
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty() title: string;
  @ApiProperty() state: string;
  @ApiProperty({ type: [StatusReviewDto] }) reviews: StatusReviewDto[];
  @ApiProperty({ type: [StatusConflictDto], description: 'Pool evaluators kept away from it, with every reason' }) conflicts: StatusConflictDto[];
  @ApiProperty({ type: [EmailDomainChangeDto], description: 'Consortium organisations whose e-mail domain changed after the submission (each change is also in the audit log)' })
  emailDomainChanges: EmailDomainChangeDto[];
}

export class UnassignableReasonDto {
  @ApiProperty({ example: 'not_enough_evaluators' }) code: string;
  @ApiProperty() message: string;
  @ApiProperty({ type: 'integer' }) poolSize: number;
  @ApiProperty({ type: 'integer' }) candidates: number;
  @ApiProperty({ type: 'integer' }) conflicted: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' } }) conflictKinds: Record<string, number>;
  @ApiProperty({ type: 'integer' }) declined: number;
}

export class UnassignableDto {
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: 'integer' }) required: number;
  @ApiProperty({ type: 'integer' }) covered: number;
  @ApiProperty({ type: 'integer' }) missing: number;
  @ApiProperty({ type: UnassignableReasonDto }) reason: UnassignableReasonDto;
  @ApiProperty() recordedAt: Date;
}

export class AssignmentStatusDto {
  @ApiProperty({ format: 'uuid' }) callId: string;
  @ApiProperty() callState: string;
  @ApiProperty({ type: 'integer' }) reviewersPerApplication: number;
  @ApiProperty({ type: [PoolEvaluatorDto] }) evaluators: PoolEvaluatorDto[];
  @ApiProperty({ type: [StatusApplicationDto] }) applications: StatusApplicationDto[];
  @ApiProperty({ type: [UnassignableDto] }) unassignable: UnassignableDto[];
}
