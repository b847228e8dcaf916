import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { RANKING_BASES } from '@kokeilu/calls';

export class RankingBasisDto {
  @ApiProperty({ enum: RANKING_BASES, description: 'raw: Σ weight × mean of the reviews (the default); calibrated: the same total less its reviewers’ mean bias' })
  @IsIn(RANKING_BASES, { message: `rankingBasis must be one of ${RANKING_BASES.join(', ')}` })
  rankingBasis: (typeof RANKING_BASES)[number];
}

export class RankingBasisSetDto {
  @ApiProperty({ format: 'uuid' }) callId: string;
  @ApiProperty({ enum: RANKING_BASES }) rankingBasis: string;
}

export class EvaluatorBiasDto {
  @ApiProperty({ format: 'uuid' }) evaluatorId: string;
  @ApiProperty({ description: 'Display name' }) name: string;
  @ApiProperty({ description: 'Least-squares bias in total points: negative marks harshly, positive generously; the biases of one part of the review graph average zero' })
  bias: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Plain mean of (own total − mean of the other reviewers’ totals) over the applications shared with others; null when none' })
  meanOffset: number | null;
  @ApiProperty({ type: 'integer', description: 'Submitted reviews' }) reviews: number;
  @ApiProperty({ type: 'integer', description: 'Reviews of applications that someone else reviewed too' }) shared: number;
  @ApiProperty({ type: 'integer', description: 'Connected part of the review graph (evaluators sharing applications, directly or through others)' }) component: number;
}

export class CalibratedApplicationDto {
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty() title: string;
  @ApiProperty() leadOrganisationName: string;
  @ApiProperty({ type: 'integer' }) reviewCount: number;
  @ApiProperty({ description: 'The aggregated total (consensus scores included)' }) rawTotal: number;
  @ApiProperty({ description: 'The total less the mean bias of its reviewers' }) calibratedTotal: number;
  @ApiProperty({ description: 'Passes every threshold (thresholds are judged on the scores as given)' }) pass: boolean;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Rank by raw totals (rule 6 with the tie-breaks); null when failing' }) rawRank: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Rank by calibrated totals; null when failing' }) calibratedRank: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Places gained by calibration (+1 one place higher); null when failing' }) rankChange: number | null;
}

export class CalibrationDto {
  @ApiProperty({ format: 'uuid' }) callId: string;
  @ApiProperty({ enum: RANKING_BASES, description: 'Which totals the ranking of this call uses' }) rankingBasis: string;
  @ApiProperty({ enum: ['least_squares_additive'], description: 'score(e, a) ≈ quality(a) + bias(e), by least squares over the review graph' }) method: string;
  @ApiProperty({ type: 'integer' }) components: number;
  @ApiProperty({ type: [EvaluatorBiasDto] }) evaluators: EvaluatorBiasDto[];
  @ApiProperty({ type: [CalibratedApplicationDto], description: 'By raw rank, then failing ones by total' }) applications: CalibratedApplicationDto[];
  @ApiProperty({ type: 'integer', description: 'Passing applications whose rank calibration changes' }) rankChanges: number;
}
