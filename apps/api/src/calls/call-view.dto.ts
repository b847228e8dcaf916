import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { APPLICATION_FIELDS, CALL_STATES, DEFAULT_OPERATOR_CITIES, FOCUS_AREAS, FUNDING_POLICIES, LEAD_ORGANISATION_TYPES, PUBLIC_STATES, RANKING_BASES } from '@kokeilu/calls';
import { LOCALES } from '@kokeilu/platform';

/* What the calls API answers: a call in one language or with every translation, a page, open data. */

export class CallLocalizedTextDto {
  @ApiPropertyOptional() fi?: string;
  @ApiPropertyOptional() sv?: string;
  @ApiPropertyOptional() en?: string;
}

export class OperatorRuleViewDto {
  @ApiProperty({ type: 'integer', example: 2 }) count: number;
  @ApiProperty({ type: [String], example: DEFAULT_OPERATOR_CITIES }) cities: string[];
}

/** The stored `eligibility` jsonb of a call, exactly. */
export class EligibilityRulesDto {
  @ApiProperty({ type: OperatorRuleViewDto }) minOperatorsInCities: OperatorRuleViewDto;
  @ApiProperty({ enum: LEAD_ORGANISATION_TYPES, isArray: true }) leadOrganisationTypes: string[];
  @ApiProperty() maxGrant: boolean;
  @ApiProperty() fundingRate: boolean;
  @ApiProperty() durationMonths: boolean;
  @ApiProperty() testBedsPublished: boolean;
  @ApiProperty({ enum: APPLICATION_FIELDS, isArray: true }) requiredFields: string[];
}

export class ScaleViewDto {
  @ApiProperty({ example: 0 }) min: number;
  @ApiProperty({ example: 5 }) max: number;
  @ApiProperty({ example: 0.5 }) step: number;
}

export class CriterionTranslationsDto {
  @ApiProperty({ type: CallLocalizedTextDto }) name: CallLocalizedTextDto;
  @ApiProperty({ type: CallLocalizedTextDto, nullable: true }) guidance: CallLocalizedTextDto | null;
}

export class CriterionViewDto {
  @ApiProperty({ example: 'impact' }) key: string;
  @ApiProperty({ description: 'In the picked language' }) name: string;
  @ApiProperty({ nullable: true, type: String }) guidance: string | null;
  @ApiProperty({ example: 2 }) weight: number;
  @ApiProperty({ type: ScaleViewDto }) scale: ScaleViewDto;
  @ApiProperty({ example: 2.5 }) threshold: number;
  @ApiPropertyOptional({ type: CriterionTranslationsDto }) translations?: CriterionTranslationsDto;
}

export class CallTranslationsDto {
  @ApiProperty({ type: CallLocalizedTextDto }) title: CallLocalizedTextDto;
  @ApiProperty({ type: CallLocalizedTextDto }) summary: CallLocalizedTextDto;
  @ApiProperty({ type: CallLocalizedTextDto }) body: CallLocalizedTextDto;
}

export class FundingSourceViewDto {
  @ApiProperty({ example: 'ERDF' }) source: string;
  @ApiProperty({ type: 'integer', example: 60 }) sharePercent: number;
}

export class InvitationRuleViewDto {
  @ApiPropertyOptional({ type: 'integer', description: 'The best this many ideas are invited' }) count?: number;
  @ApiPropertyOptional({ type: 'integer', description: 'The best this share of the ideas evaluated (rounded down, at least one) are invited' }) sharePercent?: number;
}

export class FirstStageViewDto {
  @ApiProperty({ format: 'uuid', description: 'The first stage is a call of its own: ideas are applications to it' }) callId: string;
  @ApiProperty({ enum: CALL_STATES }) state: string;
  @ApiProperty({ type: String, format: 'date-time' }) opensAt: Date;
  @ApiProperty({ type: String, format: 'date-time', description: 'The ideas’ deadline' }) closesAt: Date;
  @ApiProperty({ type: String, format: 'date-time' }) reviewDeadline: Date;
  @ApiProperty({ type: [CriterionViewDto] }) criteria: CriterionViewDto[];
  @ApiProperty() overallThreshold: number;
  @ApiProperty({ type: [String] }) tieBreaks: string[];
  @ApiProperty({ type: 'integer' }) reviewersPerApplication: number;
  @ApiProperty() divergenceLimit: number;
  @ApiProperty({ enum: APPLICATION_FIELDS, isArray: true, description: 'What an idea must contain' }) requiredFields: string[];
  @ApiProperty({ type: InvitationRuleViewDto }) invitation: InvitationRuleViewDto;
}

export class CallDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'null: a national call' }) cityId: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'helsinki' }) citySlug: string | null;
  @ApiProperty({ enum: CALL_STATES }) state: string;
  @ApiProperty({ enum: FOCUS_AREAS }) focusArea: string;
  @ApiProperty({ enum: LOCALES, description: 'The language of `title`, picked by Accept-Language (or `lang`), falling back to en, fi, sv' }) language: string;
  @ApiProperty() title: string;
  @ApiProperty() summary: string;
  @ApiProperty() body: string;
  @ApiPropertyOptional({ type: CallTranslationsDto, description: 'Every language; with `lang=all`, and always in answers to changes' }) translations?: CallTranslationsDto;
  @ApiProperty({ type: String, format: 'date-time' }) opensAt: Date;
  @ApiProperty({ type: String, format: 'date-time' }) closesAt: Date;
  @ApiProperty({ type: String, format: 'date-time' }) reviewDeadline: Date;
  @ApiProperty({ type: 'integer', description: 'Euro cents' }) budgetCents: number;
  @ApiProperty({ type: [FundingSourceViewDto] }) fundingSources: FundingSourceViewDto[];
  @ApiProperty({ type: 'integer' }) fundingRatePercent: number;
  @ApiProperty({ type: 'integer', description: 'Euro cents' }) maxGrantCents: number;
  @ApiProperty({ type: 'integer' }) durationMinMonths: number;
  @ApiProperty({ type: 'integer' }) durationMaxMonths: number;
  @ApiProperty({ type: EligibilityRulesDto }) eligibility: EligibilityRulesDto;
  @ApiProperty({ enum: APPLICATION_FIELDS, isArray: true, description: 'Same as eligibility.requiredFields' }) requiredFields: string[];
  @ApiProperty({ type: [CriterionViewDto] }) criteria: CriterionViewDto[];
  @ApiProperty() overallThreshold: number;
  @ApiProperty({ type: [String] }) tieBreaks: string[];
  @ApiProperty({ enum: FUNDING_POLICIES }) fundingPolicy: string;
  @ApiProperty({ type: 'integer' }) reviewersPerApplication: number;
  @ApiProperty() divergenceLimit: number;
  @ApiPropertyOptional({ type: [String], description: 'Only for those who run the call' }) deciderIds?: string[];
  @ApiProperty({ type: [String] }) testbedIds: string[];
  @ApiProperty({ enum: RANKING_BASES, description: 'Whether the ranking uses the raw totals (default) or totals calibrated for each evaluator’s bias; fixed once the call closes' })
  rankingBasis: string;
  @ApiProperty({ nullable: true, type: FirstStageViewDto, description: 'The first stage (ideas) of a two-stage call; null for a one-stage call and on a first stage itself' })
  firstStage: FirstStageViewDto | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'Set on a first stage: the call of the full proposals it leads to' }) secondStageId: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'Set on the second stage of a two-stage call: its first stage' }) firstStageId: string | null;
  @ApiProperty({ nullable: true, type: InvitationRuleViewDto, description: 'Set on a first stage: how many ideas are invited' }) invitation: InvitationRuleViewDto | null;
  @ApiProperty({ type: 'integer', minimum: 1, description: 'Send it back with changes; a stale one gets 409' }) version: number;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) publishedAt: Date | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) openedAt: Date | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) closedAt: Date | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: Date;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: Date;
}

export class CallPageDto {
  @ApiProperty({ type: [CallDto] }) items: CallDto[];
  @ApiProperty({ type: 'integer', description: 'All matches, not only this page' }) total: number;
  @ApiProperty({ nullable: true, type: String, description: 'Pass as `cursor` for the next page; null on the last page' }) nextCursor: string | null;
}

export class OpenDataFirstStageDto {
  @ApiProperty({ format: 'uuid', description: 'Ideas are applications to this id' }) callId: string;
  @ApiProperty({ enum: PUBLIC_STATES }) state: string;
  @ApiProperty({ type: String, format: 'date-time' }) opensAt: string;
  @ApiProperty({ type: String, format: 'date-time', description: 'The ideas’ deadline' }) closesAt: string;
  @ApiProperty({ type: String, format: 'date-time' }) reviewDeadline: string;
  @ApiProperty({ type: InvitationRuleViewDto, description: 'How many of the best-ranked ideas are invited to the second stage: exactly one of count or sharePercent' })
  invitation: InvitationRuleViewDto;
}

export class OpenDataCallDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uri', description: "The call's public page (JSON)" }) url: string;
  @ApiProperty({ nullable: true, type: String, example: 'helsinki', description: 'Slug of the owning city; null for a national call' }) city: string | null;
  @ApiProperty({ enum: PUBLIC_STATES }) state: string;
  @ApiProperty({ enum: FOCUS_AREAS }) focusArea: string;
  @ApiProperty({ type: CallLocalizedTextDto, description: `Every language stored (${LOCALES.join(', ')})` }) title: CallLocalizedTextDto;
  @ApiProperty({ type: CallLocalizedTextDto }) summary: CallLocalizedTextDto;
  @ApiProperty({ type: CallLocalizedTextDto }) body: CallLocalizedTextDto;
  @ApiProperty({ type: String, format: 'date-time' }) opensAt: string;
  @ApiProperty({ type: String, format: 'date-time' }) closesAt: string;
  @ApiProperty({ type: String, format: 'date-time' }) reviewDeadline: string;
  @ApiProperty({ example: 'EUR' }) currency: string;
  @ApiProperty({ type: 'integer', description: 'Euro cents' }) budgetCents: number;
  @ApiProperty({ type: [FundingSourceViewDto] }) fundingSources: FundingSourceViewDto[];
  @ApiProperty({ type: 'integer' }) fundingRatePercent: number;
  @ApiProperty({ type: 'integer', description: 'Euro cents' }) maxGrantCents: number;
  @ApiProperty({ type: 'integer' }) durationMinMonths: number;
  @ApiProperty({ type: 'integer' }) durationMaxMonths: number;
  @ApiProperty({ type: [String] }) testbedIds: string[];
  @ApiProperty({ enum: RANKING_BASES, description: 'Whether the ranking uses the raw totals (default) or totals calibrated for each evaluator’s bias; fixed once the call closes' })
  rankingBasis: string;
  @ApiProperty({
    nullable: true,
    type: OpenDataFirstStageDto,
    description: 'The first stage (ideas) of a two-stage call, where its applications start; null for a one-stage call. A first stage funds nothing and is never an item of its own.',
  })
  firstStage: OpenDataFirstStageDto | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: string;
}
