import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { MAX_ANSWER_DAYS, MAX_ANSWER_LENGTH, MAX_DISMISS_REASON_LENGTH, MAX_QUESTION_LENGTH } from '@kokeilu/evaluation';

// ---- requests

export class AskClarificationDto {
  @ApiProperty({ maxLength: MAX_QUESTION_LENGTH, example: 'Who operates the shuttles at night, and under which permit?' })
  @IsString({ message: 'question must be a string' })
  @MaxLength(MAX_QUESTION_LENGTH, { message: `question must be at most ${MAX_QUESTION_LENGTH} characters` })
  question: string;

  @ApiProperty({ format: 'date-time', example: '2027-04-08T12:00:00Z', description: `When the answer is due: after now and at most ${MAX_ANSWER_DAYS} days ahead` })
  @IsISO8601({ strict: true }, { message: 'answerDueAt must be an ISO 8601 date and time' })
  @Matches(/T\d{2}:\d{2}/, { message: 'answerDueAt must include a time' })
  answerDueAt: string;

  @ApiPropertyOptional({ format: 'uuid', description: "An evaluator's open suggestion this question asks (edited or not); it is then settled as asked" })
  @IsOptional()
  @IsUUID('all', { message: 'suggestionId must be a UUID' })
  suggestionId?: string;
}

export class AnswerClarificationDto {
  @ApiProperty({ maxLength: MAX_ANSWER_LENGTH, example: 'Our partner Nysse Oy operates them at night under its existing permit.' })
  @IsString({ message: 'answer must be a string' })
  @MaxLength(MAX_ANSWER_LENGTH, { message: `answer must be at most ${MAX_ANSWER_LENGTH} characters` })
  answer: string;
}

export class SuggestClarificationDto {
  @ApiProperty({ maxLength: MAX_QUESTION_LENGTH, example: 'Ask how the night shifts are staffed.' })
  @IsString({ message: 'question must be a string' })
  @MaxLength(MAX_QUESTION_LENGTH, { message: `question must be at most ${MAX_QUESTION_LENGTH} characters` })
  question: string;
}

export class DismissSuggestionDto {
  @ApiPropertyOptional({ maxLength: MAX_DISMISS_REASON_LENGTH, example: 'The plan answers this on page 3.' })
  @IsOptional()
  @IsString({ message: 'reason must be a string' })
  @MaxLength(MAX_DISMISS_REASON_LENGTH, { message: `reason must be at most ${MAX_DISMISS_REASON_LENGTH} characters` })
  reason?: string;
}

// ---- responses

export class ClarificationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty({ type: 'integer', description: 'The revision pinned when the question was asked: the answer belongs to it and never changes it' }) revisionNumber: number;
  @ApiProperty() question: string;
  @ApiProperty() askedAt: Date;
  @ApiProperty() answerDueAt: Date;
  @ApiProperty({ enum: ['open', 'answered', 'expired'], description: '`expired`: the deadline passed unanswered' }) state: string;
  @ApiProperty({ type: String, nullable: true }) answer: string | null;
  @ApiProperty({ type: Date, nullable: true }) answeredAt: Date | null;
  @ApiProperty({ description: "Asked from an evaluator's suggestion" }) suggested: boolean;
}

export class ClarificationSuggestionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty() question: string;
  @ApiProperty({ enum: ['open', 'asked', 'dismissed'] }) state: string;
  @ApiProperty({ format: 'uuid' }) evaluatorId: string;
  @ApiProperty() evaluatorName: string;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ type: Date, nullable: true }) decidedAt: Date | null;
  @ApiProperty({ type: String, nullable: true }) dismissReason: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The clarification it became, once asked' }) clarificationId: string | null;
}
