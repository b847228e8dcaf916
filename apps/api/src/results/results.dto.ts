import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsObject, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { MAX_REPORT_TEXT, MAX_REVIEW_TEXT, REPORT_KINDS } from '@kokeilu/results';
import { RULE_NAMES } from '@kokeilu/applications';
import { EligibilityVerdictDto } from '../applications/application.dto.js';
import { LicenceDto } from '../open-data/open-data.dto.js';

// ---- outcome ----

export class CriterionOutcomeDto {
  @ApiProperty() key: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, example: { fi: 'Vaikuttavuus', en: 'Impact' } }) name: Record<string, string>;
  @ApiProperty() weight: number;
  @ApiProperty({ description: 'The mean that counts: the consensus score where one was recorded, else the mean of the reviews' }) mean: number;
  @ApiProperty({ type: Number, nullable: true, description: 'The mean of the reviews alone' }) reviewMean: number | null;
  @ApiProperty({ type: 'integer', description: 'How many reviews scored it' }) reviewCount: number;
  @ApiProperty() threshold: number;
  @ApiProperty() pass: boolean;
  @ApiProperty({ description: "The coordinator's consensus score replaced the reviews' mean" }) consensus: boolean;
}

export class ConsensusOutcomeDto {
  @ApiProperty() used: boolean;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
  @ApiProperty({ type: [String], description: 'Criteria whose consensus score counts' }) criteria: string[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) recordedAt: string | null;
  @ApiProperty({ type: [String], description: 'Criteria on which the reviews diverged by the call’s limit or more' }) divergentCriteria: string[];
}

export class ScoresOutcomeDto {
  @ApiProperty({ type: 'integer' }) reviewCount: number;
  @ApiProperty({ type: [CriterionOutcomeDto] }) criteria: CriterionOutcomeDto[];
  @ApiProperty({ description: 'Σ weight × mean' }) total: number;
  @ApiProperty() overallThreshold: number;
  @ApiProperty({ description: 'total ≥ overallThreshold' }) totalPass: boolean;
  @ApiProperty({ description: 'Every criterion passes and the total does' }) pass: boolean;
  @ApiProperty({ type: ConsensusOutcomeDto }) consensus: ConsensusOutcomeDto;
}

export class TieBreakOutcomeDto {
  @ApiProperty({ example: 'criterion:impact', description: 'The rule that separated equal totals: criterion:<key>, submitted_at or application_id' }) rule: string;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Rank of the application with the same total ranked just above' }) againstRank: number | null;
  @ApiPropertyOptional({ format: 'uuid', description: 'Only for those who run the call, its deciders and admins' }) againstApplicationId?: string;
  @ApiPropertyOptional({ description: 'Only for those who run the call, its deciders and admins' }) againstTitle?: string;
}

export class RankingOutcomeDto {
  @ApiProperty({ type: 'integer' }) rank: number;
  @ApiProperty({ type: TieBreakOutcomeDto, nullable: true }) tieBreak: TieBreakOutcomeDto | null;
}

export class BudgetPositionDto {
  @ApiProperty({ enum: ['grant', 'reserve', 'rejected', 'none'] }) kind: string;
  @ApiPropertyOptional({ type: 'integer', description: 'grant: euro cents' }) grantCents?: number;
  @ApiPropertyOptional({ type: 'integer', description: 'grant, reserve: the most it may get, euro cents' }) capCents?: number;
  @ApiPropertyOptional({ type: 'integer', minimum: 1, description: 'grant, reserve' }) rank?: number;
  @ApiPropertyOptional({ enum: ['proposed', 'awarded', 'declined', 'withdrawn'], description: 'grant' }) state?: string;
  @ApiPropertyOptional({ type: 'integer', minimum: 1, description: 'reserve: place on the reserve list' }) position?: number;
  @ApiPropertyOptional({ enum: ['failed_thresholds', 'no_grant', 'removed'], description: 'rejected' }) reason?: string;
}

/** Where the call's budget line fell and where this application stands against it. */
export class OutcomeBudgetLineDto {
  @ApiProperty({ enum: ['strict', 'skip'] }) policy: string;
  @ApiProperty({ type: 'integer', description: 'Euro cents' }) budgetCents: number;
  @ApiProperty({ type: 'integer', description: 'Sum of the live grants, euro cents' }) committedCents: number;
  @ApiProperty({ type: 'integer' }) remainingCents: number;
  @ApiProperty({ type: 'integer', nullable: true }) lastFundedRank: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) firstUnfundedRank: number | null;
  @ApiProperty({ type: BudgetPositionDto }) position: BudgetPositionDto;
}

export class DecisionOutcomeDto {
  @ApiProperty({ enum: ['funded', 'not_funded', 'reserve'] }) outcome: string;
  @ApiProperty({ type: 'integer', nullable: true }) grantCents: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) reservePosition: number | null;
  @ApiProperty({ description: "The decider's display name" }) approvedBy: string;
  @ApiProperty({ type: String, format: 'date-time' }) approvedAt: string;
  @ApiProperty({ description: 'The proposal was amended (with reasons) before approval' }) amended: boolean;
}

export class EligibilityOutcomeDto {
  @ApiProperty({ type: 'integer', description: 'The latest submitted revision, which the check judged' }) revision: number;
  @ApiProperty({ enum: ['pending', 'eligible', 'ineligible'] }) status: string;
  @ApiProperty({ type: [EligibilityVerdictDto], description: 'Every rule with its verdict and reason' }) verdicts: EligibilityVerdictDto[];
}

export class ResultOutcomeDto {
  @ApiProperty({
    enum: ['pending', 'not_submitted', 'withdrawn', 'ineligible', 'below_threshold', 'reserve', 'funded', 'grant_declined', 'not_funded', 'invited', 'not_invited'],
    description: 'What became of the application once its call is decided; pending until then',
  })
  status: string;
  @ApiProperty({ type: [String], enum: RULE_NAMES, description: 'ineligible: the eligibility rules it failed' }) failedRules: string[];
  @ApiProperty({ type: [String], description: 'below_threshold and not_invited: the criteria whose mean fell below their threshold, and `total` when the weighted total did' })
  failedThresholds: string[];
}

export class OutcomeDto {
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty({ format: 'uuid' }) callId: string;
  @ApiProperty() title: string;
  @ApiProperty() applicationState: string;
  @ApiProperty({ enum: ['internal', 'consortium'] }) audience: string;
  @ApiProperty({ type: EligibilityOutcomeDto, nullable: true, description: 'null for an application never submitted' }) eligibility: EligibilityOutcomeDto | null;
  @ApiProperty({ type: ResultOutcomeDto }) result: ResultOutcomeDto;
  @ApiProperty({ enum: ['aggregated', 'awaiting_consensus', 'awaiting_reviews', 'not_reviewed'] }) scoresStatus: string;
  @ApiProperty({ type: ScoresOutcomeDto, nullable: true }) scores: ScoresOutcomeDto | null;
  @ApiProperty({ enum: ['ranked', 'not_ranked', 'pending'] }) rankingStatus: string;
  @ApiProperty({ type: String, nullable: true, enum: ['failed_thresholds', 'ineligible', 'withdrawn', 'not_reviewed'] }) notRankedReason: string | null;
  @ApiProperty({ enum: ['raw', 'calibrated'], description: "Which totals the call ranks by: the raw totals of the reviews (the default) or totals calibrated for each evaluator's bias (chosen before evaluation starts)" })
  rankingBasis: string;
  @ApiProperty({ type: RankingOutcomeDto, nullable: true }) ranking: RankingOutcomeDto | null;
  @ApiProperty({ enum: ['proposed', 'decided', 'no_proposal'] }) budgetLineStatus: string;
  @ApiProperty({ type: OutcomeBudgetLineDto, nullable: true }) budgetLine: OutcomeBudgetLineDto | null;
  @ApiProperty({ enum: ['decided', 'pending'] }) decisionStatus: string;
  @ApiProperty({ type: DecisionOutcomeDto, nullable: true }) decision: DecisionOutcomeDto | null;
}

// ---- open-data grants ----

export class CoFundingDto {
  @ApiProperty({ example: 'ERDF' }) source: string;
  @ApiProperty({ type: 'integer' }) sharePercent: number;
  @ApiProperty({ example: '24000.00', description: 'Euros, two decimals' }) amount: string;
  @ApiProperty({ type: 'integer' }) amountCents: number;
}

export class RecipientOrganisationDto {
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true, example: '1234567-8', description: 'Finnish business ID (Y-tunnus)' }) businessId: string | null;
  @ApiProperty({ type: String, nullable: true }) foreignRegistrationId: string | null;
  @ApiProperty({ example: 'FI' }) country: string;
  @ApiProperty({ example: 'Tampere' }) municipality: string;
}

export class FundingOrganisationDto {
  @ApiProperty({ example: 'tampere', description: 'City slug, or `national`' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } }) nameLocalized: Record<string, string>;
}

export class GrantProgrammeDto {
  @ApiProperty({ format: 'uuid', description: 'The call' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } }) titleLocalized: Record<string, string>;
}

export class OpenDataGrantDto {
  @ApiProperty({ example: 'KOKEILU-5d0c5a4e-0000-4000-8000-000000000001', description: '360Giving Identifier' }) identifier: string;
  @ApiProperty({ description: 'Title (of the application as submitted)' }) title: string;
  @ApiProperty({ type: String, nullable: true, description: 'Description: the application summary' }) description: string | null;
  @ApiProperty({ enum: ['EUR'] }) currency: string;
  @ApiProperty({ example: '40000.00', description: 'Amount Awarded, euros with two decimals' }) amountAwarded: string;
  @ApiProperty({ type: 'integer' }) amountAwardedCents: number;
  @ApiProperty({ format: 'date', description: 'Award Date: the day of the decision in Europe/Helsinki' }) awardDate: string;
  @ApiProperty({ type: RecipientOrganisationDto }) recipientOrganisation: RecipientOrganisationDto;
  @ApiProperty({ type: FundingOrganisationDto }) fundingOrganisation: FundingOrganisationDto;
  @ApiProperty({ type: GrantProgrammeDto }) grantProgramme: GrantProgrammeDto;
  @ApiProperty({ type: [CoFundingDto] }) coFunding: CoFundingDto[];
  @ApiProperty({ format: 'uuid' }) applicationId: string;
}

export class OpenDataGrantPageDto {
  @ApiProperty({ type: String, format: 'date-time', description: 'When this answer was made' }) generatedAt: string;
  @ApiProperty({ type: LicenceDto }) licence: LicenceDto;
  @ApiProperty({ description: 'Credit line the licence asks for' }) attribution: string;
  @ApiProperty({ type: 'integer', description: 'Every awarded grant, not only this page' }) total: number;
  @ApiProperty({ nullable: true, type: String, description: 'Pass as `cursor` for the next page; null on the last page' }) nextCursor: string | null;
  @ApiProperty({ type: [OpenDataGrantDto] }) items: OpenDataGrantDto[];
}

// ---- pilots ----

export class FileReportDto {
  @ApiProperty({ enum: REPORT_KINDS, description: 'A final report gives a value for every KPI; its acceptance completes the pilot' })
  @IsIn(REPORT_KINDS, { message: `kind must be one of ${REPORT_KINDS.join(', ')}` })
  kind: (typeof REPORT_KINDS)[number];

  @ApiProperty({ format: 'date', example: '2027-03-01' }) @IsString({ message: 'periodStart must be a date (YYYY-MM-DD)' }) periodStart: string;
  @ApiProperty({ format: 'date', example: '2027-05-31', description: 'Not before periodStart' }) @IsString({ message: 'periodEnd must be a date (YYYY-MM-DD)' }) periodEnd: string;

  @ApiProperty({ maxLength: MAX_REPORT_TEXT }) @IsString() @MinLength(1) @MaxLength(MAX_REPORT_TEXT) text: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { '2f1d…': '1200' },
    description: 'Values keyed by the KPI ids of the pilot (its application’s submitted KPIs)',
  })
  @IsOptional()
  @IsObject({ message: 'kpiValues must be an object keyed by KPI id' })
  kpiValues?: Record<string, unknown>;
}

export class AcceptReportDto {
  @ApiPropertyOptional({ maxLength: MAX_REVIEW_TEXT }) @IsOptional() @IsString() @MaxLength(MAX_REVIEW_TEXT) comment?: string;
}

export class ReturnReportDto {
  @ApiProperty({ maxLength: MAX_REVIEW_TEXT, description: 'What is to be changed' }) @IsString() @MinLength(1) @MaxLength(MAX_REVIEW_TEXT) reason: string;
}

export class PilotReportDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: REPORT_KINDS }) kind: string;
  @ApiProperty({ format: 'date' }) periodStart: string;
  @ApiProperty({ format: 'date' }) periodEnd: string;
  @ApiProperty() text: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } }) kpiValues: Record<string, string>;
  @ApiProperty({ enum: ['submitted', 'accepted', 'returned'] }) state: string;
  @ApiProperty() submittedAt: Date;
  @ApiProperty({ type: Date, nullable: true }) reviewedAt: Date | null;
  @ApiProperty({ type: String, nullable: true }) reviewComment: string | null;
  @ApiProperty({ type: String, nullable: true }) returnReason: string | null;
}

export class PilotKpiDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() baseline: string;
  @ApiProperty() target: string;
  @ApiProperty({ type: String, nullable: true, description: 'From the latest accepted report that gave one' }) latestValue: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'From the accepted final report' }) finalValue: string | null;
}

/** How bookings reach a pilot, for the API documentation. */
export const PILOT_BOOKINGS =
  'The lead organisation’s bookings on the test beds its application chose, overlapping the pilot period, linked when the decision is made: ' +
  'one the bed’s city had already approved is linked as it is; a requested one on a bed of the call’s own city is approved with the decision within the bed’s capacity ' +
  '(or stays requested, over_capacity, for the city to settle); a requested one on another city’s bed stays requested and that city’s coordinators are asked to decide it (awaiting_city). ' +
  'Each shows its state now. Bookings made after the decision are not linked.';

export class PilotBookingDto {
  @ApiProperty({ format: 'uuid' }) bookingId: string;
  @ApiProperty({ format: 'uuid' }) testbedId: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } }) testbedName: Record<string, string>;
  @ApiProperty({ format: 'date' }) startDate: string;
  @ApiProperty({ format: 'date' }) endDate: string;
  @ApiProperty({ enum: ['requested', 'approved', 'declined', 'cancelled'], description: 'The booking’s state now' }) bookingState: string;
  @ApiProperty({
    enum: ['confirmed', 'awaiting_city', 'over_capacity', 'declined', 'cancelled'],
    description:
      'confirmed: approved (by the bed’s city before the decision, or with it); awaiting_city: a bed of another city, whose coordinators were asked to approve it; ' +
      'over_capacity: the decision could not approve it within the bed’s capacity, the city settles it; declined or cancelled since',
  })
  status: string;
  @ApiProperty({ description: 'Whether the booking is approved now' }) confirmed: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'Why it is not confirmed (capacity, the city it awaits, the city’s reason to decline); null when confirmed' }) reason: string | null;
  @ApiProperty({ description: 'When the decision linked it to the pilot' }) checkedAt: Date;
}

export class GrantShareDto {
  @ApiProperty() source: string;
  @ApiProperty({ type: 'integer' }) sharePercent: number;
  @ApiProperty({ type: 'integer' }) cents: number;
}

export class PilotGrantDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: 'integer' }) grantCents: number;
  @ApiProperty() state: string;
  @ApiProperty({ type: Date, nullable: true }) awardedAt: Date | null;
  @ApiProperty({ type: [GrantShareDto] }) shares: GrantShareDto[];
}

export class PilotSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty({ format: 'uuid' }) callId: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'uuid' }) leadOrganisationId: string;
  @ApiProperty() leadOrganisationName: string;
  @ApiProperty({ enum: ['active', 'completed', 'cancelled'] }) state: string;
  @ApiProperty({ type: 'integer' }) grantCents: number;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) pilotStart: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) pilotEnd: string | null;
  @ApiProperty({ type: 'integer', description: 'Reports awaiting review' }) pendingReports: number;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ type: Date, nullable: true }) completedAt: Date | null;
}

export class PilotDto extends PilotSummaryDto {
  @ApiProperty({ type: PilotGrantDto }) grant: PilotGrantDto;
  @ApiProperty({ type: [PilotKpiDto] }) kpis: PilotKpiDto[];
  @ApiProperty({ type: [PilotBookingDto], description: PILOT_BOOKINGS }) bookings: PilotBookingDto[];
  @ApiProperty({ type: [PilotReportDto] }) reports: PilotReportDto[];
}

export class PilotPageDto {
  @ApiProperty({ type: [PilotSummaryDto] }) items: PilotSummaryDto[];
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: 'integer' }) page: number;
  @ApiProperty({ type: 'integer' }) limit: number;
}
