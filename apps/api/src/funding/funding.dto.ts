import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsObject, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { AMENDMENT_OPS } from '@kokeilu/funding';

const MAX_CENTS = 100_000_000_000;

export class ConsensusDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    example: { impact: 4, feasibility: 3.5 },
    description: 'Consensus score per criterion key, on the criterion scale; every criterion the reviews diverge on is required',
  })
  @IsObject({ message: 'scores must be an object of criterion keys to scores' })
  scores: Record<string, number>;

  @ApiProperty({ maxLength: 4000, example: 'Agreed in the panel meeting of 12 May' })
  @IsString()
  @MinLength(1)
  @MaxLength(4000)
  reason: string;
}

export class DeclineGrantDto {
  @ApiProperty({ maxLength: 4000, example: 'The partner left the consortium' })
  @IsString()
  @MinLength(1)
  @MaxLength(4000)
  reason: string;
}

export class AmendmentDto {
  @ApiProperty({
    enum: AMENDMENT_OPS,
    description:
      '`set_grant` changes a grant (grantCents); `remove` takes a line off the proposal (to: reserve | rejected); `fund` funds one from the reserve (grantCents optional, defaults to what it may get); `move` puts a reserve entry at another position',
  })
  @IsIn(AMENDMENT_OPS, { message: `op must be one of ${AMENDMENT_OPS.join(', ')}` })
  op: (typeof AMENDMENT_OPS)[number];

  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'applicationId must be a UUID' }) applicationId: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_CENTS, description: 'Euro cents' })
  @IsOptional()
  @IsInt({ message: 'grantCents must be a whole number of cents' })
  @Min(1)
  @Max(MAX_CENTS)
  grantCents?: number;

  @ApiPropertyOptional({ enum: ['reserve', 'rejected'] }) @IsOptional() @IsIn(['reserve', 'rejected'], { message: 'to must be reserve or rejected' }) to?: 'reserve' | 'rejected';

  @ApiPropertyOptional({ type: 'integer', minimum: 1 }) @IsOptional() @IsInt({ message: 'position must be a whole number' }) @Min(1) position?: number;

  @ApiProperty({ maxLength: 4000 }) @IsString() @MinLength(1) @MaxLength(4000) reason: string;
}

export class CriterionResultDto {
  @ApiProperty() key: string;
  @ApiProperty() mean: number;
  @ApiProperty({ type: 'integer' }) count: number;
  @ApiProperty() threshold: number;
  @ApiProperty() pass: boolean;
}

export class TieBreakDto {
  @ApiProperty({ example: 'criterion:impact', description: '`criterion:<key>`, `submitted_at` or `application_id`' }) rule: string;
  @ApiProperty({ format: 'uuid', description: 'The application ranked just above, with the same total' }) above: string;
}

export class RankingEntryDto {
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty() title: string;
  @ApiProperty() leadOrganisationName: string;
  @ApiProperty() state: string;
  @ApiProperty() submittedAt: Date;
  @ApiProperty() total: number;
  @ApiProperty() pass: boolean;
  @ApiProperty({ type: [CriterionResultDto] }) criteria: CriterionResultDto[];
  @ApiProperty({ type: 'array', items: { type: 'object' } }) divergences: { key: string; min: number; max: number }[];
  @ApiProperty() needsConsensus: boolean;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, nullable: true }) consensus: unknown;
  @ApiPropertyOptional({ type: 'integer', nullable: true }) rank: number | null;
  @ApiPropertyOptional({ type: TieBreakDto, nullable: true }) tieBreak: TieBreakDto | null;
}

export class RankingDto {
  @ApiProperty({ format: 'uuid' }) callId: string;
  @ApiProperty({ type: [RankingEntryDto] }) entries: RankingEntryDto[];
  @ApiProperty({ type: 'integer' }) awaitingReviews: number;
  @ApiProperty({ type: 'integer' }) awaitingConsensus: number;
}

export class RankingRequestedDto {
  @ApiProperty() jobId: string;
}

export class ShareDto {
  @ApiProperty({ example: 'ERDF' }) source: string;
  @ApiProperty({ type: 'integer' }) sharePercent: number;
  @ApiProperty({ type: 'integer', description: 'Euro cents' }) cents: number;
}

export class ProposalLineDto {
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty() title: string;
  @ApiProperty() leadOrganisationName: string;
  @ApiProperty() state: string;
  @ApiProperty({ type: 'integer' }) rank: number;
  @ApiPropertyOptional({ type: Number, nullable: true }) total: number | null;
  @ApiPropertyOptional({ type: 'integer', nullable: true }) requestedCents: number | null;
  @ApiProperty({ type: 'integer', description: 'The most it may get: the request within the max grant and funding rate' }) capCents: number;
  @ApiProperty({ type: 'integer' }) grantCents: number;
  @ApiProperty({ enum: ['proposed', 'awarded'] }) grantState: string;
  @ApiProperty({ type: [ShareDto] }) shares: ShareDto[];
}

export class ReserveEntryDto {
  @ApiProperty({ type: 'integer' }) position: number;
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty() title: string;
  @ApiProperty() leadOrganisationName: string;
  @ApiProperty({ type: 'integer' }) rank: number;
  @ApiPropertyOptional({ type: Number, nullable: true }) total: number | null;
  @ApiProperty({ type: 'integer', description: 'What it would get if promoted' }) grantCents: number;
  @ApiProperty() state: string;
}

export class RejectedEntryDto {
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty() title: string;
  @ApiProperty() leadOrganisationName: string;
  @ApiProperty({ enum: ['failed_thresholds', 'no_grant', 'removed'] }) reason: string;
  @ApiPropertyOptional({ type: Number, nullable: true }) total: number | null;
  @ApiProperty() state: string;
}

export class FundingProposalDto {
  @ApiProperty({ format: 'uuid' }) callId: string;
  @ApiProperty({ enum: ['proposed', 'decided'] }) state: string;
  @ApiProperty({ enum: ['strict', 'skip'] }) policy: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) version: number;
  @ApiProperty() proposedAt: Date;
  @ApiProperty({ type: 'integer' }) budgetCents: number;
  @ApiProperty({ type: 'integer' }) committedCents: number;
  @ApiProperty({ type: 'integer' }) remainingCents: number;
  @ApiProperty({ type: [ProposalLineDto] }) lines: ProposalLineDto[];
  @ApiProperty({ type: [ReserveEntryDto] }) reserve: ReserveEntryDto[];
  @ApiProperty({ type: [RejectedEntryDto] }) rejected: RejectedEntryDto[];
  @ApiProperty({ type: [ShareDto], description: 'The co-funding ledger of the call: live grants summed per funding source' }) totalsBySource: ShareDto[];
  @ApiProperty({ type: 'array', items: { type: 'object' }, description: 'Grants given back or withdrawn after the decision' }) released: unknown[];
  @ApiProperty({ type: 'integer' }) amendments: number;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, nullable: true }) decision: unknown;
}

export class GrantDeclinedDto {
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty({ enum: ['not_funded'] }) state: string;
  @ApiProperty({ type: 'integer' }) releasedCents: number;
}
