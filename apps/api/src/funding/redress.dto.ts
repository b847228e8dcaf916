import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { GROUNDS_MAX, REASONS_MAX, REDRESS_OUTCOMES, REDRESS_REMEDIES, REDRESS_RESULTS, REDRESS_STATES } from '@kokeilu/funding';
import { CallLocalizedTextDto } from '../calls/call-view.dto.js';

const MAX_CENTS = 100_000_000_000;

export class RedressRequestDto {
  @ApiProperty({ minLength: 20, maxLength: GROUNDS_MAX, description: 'Why the procedure was wrong: at least 20 characters', example: 'The impact criterion was scored against a rule the call text does not have.' })
  @IsString({ message: 'grounds must be text' })
  @MaxLength(GROUNDS_MAX, { message: `grounds must be at most ${GROUNDS_MAX} characters` })
  grounds: string;
}

export class RedressPolicyDto {
  @ApiProperty({ enum: REDRESS_REMEDIES, description: 'An upheld redress lifted above the budget line: reserve_budget (a grant from the redress reserve while it covers it, else first on the reserve list) or reserve_list (first on the reserve list)' })
  @IsIn(REDRESS_REMEDIES, { message: `remedy must be one of ${REDRESS_REMEDIES.join(', ')}` })
  remedy: (typeof REDRESS_REMEDIES)[number];

  @ApiProperty({ type: 'integer', minimum: 0, description: 'The budget the call holds back for redress, in euro cents, apart from its budget' })
  @IsInt({ message: 'reserveCents must be a whole number of cents' })
  @Min(0, { message: 'reserveCents must not be negative' })
  @Max(MAX_CENTS, { message: `reserveCents must be at most ${MAX_CENTS}` })
  reserveCents: number;
}

export class AppointReviewerDto {
  @ApiProperty({ format: 'uuid', description: 'An evaluator who took no part in the call’s evaluation and has no conflict with the application' })
  @IsUUID('all', { message: 'reviewerId must be a UUID' })
  reviewerId: string;
}

export class RedressOutcomeDto {
  @ApiProperty({ enum: REDRESS_OUTCOMES, description: 'rejected ends the request; upheld has the application re-evaluated by new evaluators' })
  @IsIn(REDRESS_OUTCOMES, { message: `outcome must be one of ${REDRESS_OUTCOMES.join(', ')}` })
  outcome: (typeof REDRESS_OUTCOMES)[number];

  @ApiProperty({ maxLength: REASONS_MAX, description: 'The reasons, told to the applicant' })
  @IsString({ message: 'reasons must be text' })
  @MaxLength(REASONS_MAX, { message: `reasons must be at most ${REASONS_MAX} characters` })
  reasons: string;
}

export class RedressReviewerDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class ReEvaluationDto {
  @ApiProperty({ format: 'date-time', description: 'By when the new evaluators are asked to review' }) deadline: string;
  @ApiProperty({ type: 'integer', description: 'Re-evaluation reviews assigned (not declined)' }) reviewsAssigned: number;
  @ApiProperty({ type: 'integer' }) reviewsSubmitted: number;
  @ApiProperty({ type: 'integer', description: 'Evaluators the call’s pool lacked at the last assignment (0: none)' }) shortage: number;
  @ApiProperty({ type: Number, nullable: true, description: 'The new total, once every review is in' }) total: number | null;
  @ApiProperty({ type: Boolean, nullable: true }) pass: boolean | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Its rank among the passing applications as they stood at the decision' }) rank: number | null;
  @ApiProperty({ type: Boolean, nullable: true, description: 'Above the decision’s budget line' }) aboveLine: boolean | null;
}

export class RedressViewDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty() applicationTitle: string;
  @ApiProperty() leadOrganisationName: string;
  @ApiProperty({ format: 'uuid' }) callId: string;
  @ApiProperty({ type: CallLocalizedTextDto }) callTitle: CallLocalizedTextDto;
  @ApiProperty({ enum: REDRESS_STATES }) state: string;
  @ApiProperty() grounds: string;
  @ApiProperty({ format: 'date-time' }) requestedAt: Date;
  @ApiProperty({ type: RedressReviewerDto, nullable: true, description: 'Shown to those who run the call and to the reviewer; null for the applicant' }) reviewer: RedressReviewerDto | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) appointedAt: Date | null;
  @ApiProperty({ type: String, enum: REDRESS_OUTCOMES, nullable: true }) outcome: string | null;
  @ApiProperty({ type: String, nullable: true }) outcomeReasons: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) outcomeAt: Date | null;
  @ApiProperty({ type: ReEvaluationDto, nullable: true }) reEvaluation: ReEvaluationDto | null;
  @ApiProperty({ type: String, enum: REDRESS_RESULTS, nullable: true, description: 'What the re-evaluation changed' }) result: string | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'The grant from the redress reserve, in cents' }) resultGrantCents: number | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) concludedAt: Date | null;
}

export class RedressWindowDto {
  @ApiProperty({ format: 'date', description: 'The day of the decision in Finland' }) decidedOn: string;
  @ApiProperty({ format: 'date', description: 'The last day a request is taken: 30 days after the decision, Finnish time' }) lastDay: string;
  @ApiProperty({ format: 'date-time', description: 'Midnight in Finland after the last day' }) closesAt: Date;
  @ApiProperty() open: boolean;
  @ApiProperty({ type: 'integer', description: 'Whole days after today up to the last day: 0 on the last day, and once closed' }) daysLeft: number;
}

export class ApplicationRedressDto {
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty({ type: RedressWindowDto, nullable: true, description: 'null before the decision' }) window: RedressWindowDto | null;
  @ApiProperty({ description: 'The caller may ask for redress now' }) canRequest: boolean;
  @ApiProperty({ type: RedressViewDto, nullable: true }) request: RedressViewDto | null;
}

export class RedressDeskDto {
  @ApiProperty({ format: 'uuid' }) callId: string;
  @ApiProperty({ enum: REDRESS_REMEDIES }) remedy: string;
  @ApiProperty({ type: 'integer', description: 'The budget held back for redress, in cents' }) reserveCents: number;
  @ApiProperty({ type: 'integer', description: 'Granted from it so far, in cents' }) reserveCommittedCents: number;
  @ApiProperty({ type: [RedressViewDto] }) requests: RedressViewDto[];
}

export class ReviewerCandidateDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() name: string;
  @ApiProperty() eligible: boolean;
  @ApiProperty({ type: [String], enum: ['not_evaluator', 'assigned_on_call', 'conflict'], description: 'Why not, when not eligible' }) reasons: string[];
}
