import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsIn, IsInt, IsNumber, IsObject, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';
import { exclusiveMinimum, LOCALES, PageQuery } from '@kokeilu/platform';
import {
  APPLICATION_FIELDS,
  CALL_LIMITS,
  DEFAULT_DIVERGENCE_LIMIT,
  DEFAULT_FUNDING_POLICY,
  DEFAULT_MIN_OPERATORS,
  DEFAULT_OPERATOR_CITIES,
  DEFAULT_REVIEWERS_PER_APPLICATION,
  DEFAULT_SCALE,
  FOCUS_AREAS,
  FUNDING_POLICIES,
  IDEA_REQUIRED_FIELDS,
  INVITATION_LIMITS,
  LEAD_ORGANISATION_TYPES,
  PUBLIC_STATES,
  TEXT_LIMITS,
} from '@kokeilu/calls';
import { LANG_OPTIONS } from '../testbeds/testbed.dto.js';

/*
 * Request DTOs check types and refuse unknown fields; the rules (sums, ranges, order of dates,
 * criteria keys) are checked by the calls domain, which names each bad field by its path.
 */

const LOCALIZED = 'Text per language; at least one of fi, sv, en. Blank languages are dropped.';
const NUMBER = { allowNaN: false, allowInfinity: false };

export class CallTextDto {
  @ApiPropertyOptional({ example: 'Älykkään liikkumisen pilotit 2027' }) @IsOptional() @IsString() fi?: string;
  @ApiPropertyOptional({ example: 'Pilotprojekt för smart mobilitet 2027' }) @IsOptional() @IsString() sv?: string;
  @ApiPropertyOptional({ example: 'Smart mobility pilots 2027' }) @IsOptional() @IsString() en?: string;
}

export class FundingSourceDto {
  @ApiProperty({ maxLength: CALL_LIMITS.fundingSourceName, example: 'ERDF' }) @IsString() source: string;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 100, example: 60, description: 'Whole percent; the shares of a call sum to 100' }) @IsInt() sharePercent: number;
}

export class OperatorRuleDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: CALL_LIMITS.operators, default: DEFAULT_MIN_OPERATORS, description: 'Distinct consortium organisations needed' })
  @IsOptional()
  @IsInt()
  count?: number;

  @ApiPropertyOptional({ type: [String], default: DEFAULT_OPERATOR_CITIES, description: 'Slugs of the cities whose areas count (home municipality of an organisation)' })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  cities?: string[];
}

export class EligibilityDto {
  @ApiPropertyOptional({ type: OperatorRuleDto, description: 'At least `count` distinct consortium organisations based in one of `cities`' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => OperatorRuleDto)
  minOperatorsInCities?: OperatorRuleDto;

  @ApiPropertyOptional({ enum: LEAD_ORGANISATION_TYPES, isArray: true, default: LEAD_ORGANISATION_TYPES, description: 'Organisation types that may lead' })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  leadOrganisationTypes?: string[];

  @ApiPropertyOptional({ default: true, description: 'Requested grant ≤ maxGrantCents' }) @IsOptional() @IsBoolean() maxGrant?: boolean;
  @ApiPropertyOptional({ default: true, description: 'Requested grant ≤ fundingRatePercent × eligible costs' }) @IsOptional() @IsBoolean() fundingRate?: boolean;
  @ApiPropertyOptional({ default: true, description: 'Project duration within durationMinMonths..durationMaxMonths' }) @IsOptional() @IsBoolean() durationMonths?: boolean;
  @ApiPropertyOptional({ default: true, description: 'Every test bed the application names is published' }) @IsOptional() @IsBoolean() testBedsPublished?: boolean;

  @ApiPropertyOptional({ enum: APPLICATION_FIELDS, isArray: true, default: APPLICATION_FIELDS, description: 'Application fields that must be filled in' })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  requiredFields?: string[];
}

export class ScaleDto {
  @ApiPropertyOptional({ default: DEFAULT_SCALE.min }) @IsOptional() @IsNumber(NUMBER) min?: number;
  @ApiPropertyOptional({ default: DEFAULT_SCALE.max, description: 'Greater than min' }) @IsOptional() @IsNumber(NUMBER) max?: number;
  @ApiPropertyOptional({ default: DEFAULT_SCALE.step, description: 'Divides max − min into whole steps' }) @IsOptional() @IsNumber(NUMBER) step?: number;
}

export class CriterionDto {
  @ApiProperty({ pattern: '^[a-z][a-z0-9_]{0,39}$', example: 'impact', description: 'Unique within the call; scores and tie-breaks name it' })
  @IsString()
  key: string;

  @ApiProperty({ type: CallTextDto, description: `${LOCALIZED} At most ${TEXT_LIMITS.criterionName} characters each.` })
  @IsObject()
  @ValidateNested()
  @Type(() => CallTextDto)
  name: CallTextDto;

  @ApiPropertyOptional({ type: CallTextDto, nullable: true, description: `What evaluators look for. ${LOCALIZED}` })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => CallTextDto)
  guidance?: CallTextDto | null;

  @ApiProperty({ ...exclusiveMinimum(0), maximum: CALL_LIMITS.criterionWeight, example: 2, description: 'total = Σ weight × mean score' })
  @IsNumber(NUMBER)
  weight: number;

  @ApiPropertyOptional({ type: ScaleDto, description: `Default ${DEFAULT_SCALE.min}–${DEFAULT_SCALE.max} in steps of ${DEFAULT_SCALE.step}` })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ScaleDto)
  scale?: ScaleDto;

  @ApiPropertyOptional({ example: 2.5, description: 'The mean this criterion needs to pass; on the scale. Default: the scale minimum' })
  @IsOptional()
  @IsNumber(NUMBER)
  threshold?: number;
}

export class CreateCallDto {
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'The owning city (you must coordinate it); null for a national call (admins only)' })
  @ValidateIf((dto: CreateCallDto) => dto.cityId !== null)
  @IsUUID('all', { message: 'cityId must be a UUID or null' })
  cityId: string | null;

  @ApiProperty({ enum: FOCUS_AREAS }) @IsString() focusArea: string;

  @ApiProperty({ type: CallTextDto, description: `${LOCALIZED} At most ${TEXT_LIMITS.title} characters each.` })
  @IsObject()
  @ValidateNested()
  @Type(() => CallTextDto)
  title: CallTextDto;

  @ApiProperty({ type: CallTextDto, description: `${LOCALIZED} At most ${TEXT_LIMITS.summary} characters each.` })
  @IsObject()
  @ValidateNested()
  @Type(() => CallTextDto)
  summary: CallTextDto;

  @ApiProperty({ type: CallTextDto, description: `The full text. ${LOCALIZED} At most ${TEXT_LIMITS.body} characters each.` })
  @IsObject()
  @ValidateNested()
  @Type(() => CallTextDto)
  body: CallTextDto;

  @ApiProperty({ type: String, format: 'date-time', example: '2027-03-01T09:00:00+02:00', description: 'With a zone (Z or ±hh:mm)' }) @IsString() opensAt: string;
  @ApiProperty({ type: String, format: 'date-time', example: '2027-04-15T16:00:00+03:00', description: 'After opensAt; applications are accepted until then' })
  @IsString()
  closesAt: string;
  @ApiProperty({ type: String, format: 'date-time', example: '2027-05-31T16:00:00+03:00', description: 'After closesAt' }) @IsString() reviewDeadline: string;

  @ApiProperty({ type: 'integer', minimum: 1, example: 200_000_000, description: 'Euro cents' }) @IsInt() budgetCents: number;

  @ApiProperty({
    type: [FundingSourceDto],
    maxItems: CALL_LIMITS.fundingSources,
    description: 'Shares sum to 100',
    example: [
      { source: 'ERDF', sharePercent: 60 },
      { source: 'state', sharePercent: 20 },
      { source: 'city', sharePercent: 20 },
    ],
  })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => FundingSourceDto)
  fundingSources: FundingSourceDto[];

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 100, example: 75, description: 'Max share of eligible costs a grant covers' }) @IsInt() fundingRatePercent: number;
  @ApiProperty({ type: 'integer', minimum: 1, example: 20_000_000, description: 'Euro cents; at most budgetCents' }) @IsInt() maxGrantCents: number;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: CALL_LIMITS.durationMonths, example: 3 }) @IsInt() durationMinMonths: number;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: CALL_LIMITS.durationMonths, example: 12, description: 'At least durationMinMonths' }) @IsInt() durationMaxMonths: number;

  @ApiPropertyOptional({ type: EligibilityDto, description: 'Rules as data; a missing rule takes its default (all on, two operators in the six cities). Replaced whole on update.' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => EligibilityDto)
  eligibility?: EligibilityDto;

  @ApiProperty({ type: [CriterionDto], minItems: 1, maxItems: CALL_LIMITS.criteria, description: 'At least one; keys unique' })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => CriterionDto)
  criteria: CriterionDto[];

  @ApiPropertyOptional({ minimum: 0, default: 0, description: 'The total a passing application needs; at most Σ weight × scale max' })
  @IsOptional()
  @IsNumber(NUMBER)
  overallThreshold?: number;

  @ApiPropertyOptional({ type: [String], default: [], example: ['impact'], description: 'Criterion keys, in the order they break ties' })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  tieBreaks?: string[];

  @ApiPropertyOptional({ enum: FUNDING_POLICIES, default: DEFAULT_FUNDING_POLICY, description: 'strict: stop at the first that does not fit the budget; skip: go on to the next that fits' })
  @IsOptional()
  @IsString()
  fundingPolicy?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: CALL_LIMITS.reviewersPerApplication, default: DEFAULT_REVIEWERS_PER_APPLICATION })
  @IsOptional()
  @IsInt()
  reviewersPerApplication?: number;

  @ApiPropertyOptional({ ...exclusiveMinimum(0), default: DEFAULT_DIVERGENCE_LIMIT, description: 'Reviews this far apart on a criterion need a consensus score' })
  @IsOptional()
  @IsNumber(NUMBER)
  divergenceLimit?: number;

  @ApiPropertyOptional({ type: [String], format: 'uuid', default: [], description: 'Users holding the decider role' })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  deciderIds?: string[];

  @ApiPropertyOptional({ type: [String], format: 'uuid', default: [], description: 'Published test beds' })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  testbedIds?: string[];
}

export class UpdateCallDto extends PartialType(OmitType(CreateCallDto, ['cityId'] as const)) {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'The version you read; a stale one gets 409 with the current call' })
  @IsInt()
  @Min(1)
  version: number;
}

export class PublishCallDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, description: 'The version you read; when given, a stale one gets 409 with the current call' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class ListCallsQuery extends PageQuery {
  @ApiPropertyOptional({
    example: 'open,scheduled',
    description: `One or more (comma-separated) of ${PUBLIC_STATES.join(', ')}; \`draft\` for those who run calls. A two-stage call is listed when either of its stages is in one of them (a call whose first stage takes ideas is \`open\`)`,
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  state?: string;

  @ApiPropertyOptional({ example: 'helsinki', description: 'City slug or id, or `national`' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  city?: string;

  @ApiPropertyOptional({ enum: FOCUS_AREAS })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  focusArea?: string;

  @ApiPropertyOptional({ enum: LANG_OPTIONS, description: 'Overrides Accept-Language; `all` keeps Accept-Language for the texts and adds `translations` with every language' })
  @IsOptional()
  @IsIn(LANG_OPTIONS)
  lang?: (typeof LANG_OPTIONS)[number];
}

export class CallsCalendarQuery {
  @ApiPropertyOptional({ enum: LOCALES, description: 'Overrides Accept-Language, for calendar clients that send none' })
  @IsOptional()
  @IsIn(LOCALES)
  lang?: (typeof LOCALES)[number];
}

export class InvitationRuleDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: INVITATION_LIMITS.count, description: 'Invite the best this many ideas (give this or sharePercent)' })
  @IsOptional()
  @IsInt()
  count?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100, description: 'Invite the best this share of the ideas evaluated, rounded down, at least one (give this or count)' })
  @IsOptional()
  @IsInt()
  sharePercent?: number;
}

export class FirstStageDto {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'The version of the call you read; a stale one gets 409 with the current call' })
  @IsInt()
  @Min(1)
  version: number;

  @ApiProperty({ type: String, format: 'date-time', description: 'When ideas may be sent; with a zone (Z or ±hh:mm)' }) @IsString() opensAt: string;
  @ApiProperty({ type: String, format: 'date-time', description: 'The ideas’ deadline: after opensAt, no later than the call’s own opensAt (the second stage)' })
  @IsString()
  closesAt: string;
  @ApiProperty({ type: String, format: 'date-time', description: 'The ideas’ review deadline: after closesAt, before the call’s closesAt (the second stage’s deadline)' })
  @IsString()
  reviewDeadline: string;

  @ApiProperty({ type: [CriterionDto], minItems: 1, maxItems: CALL_LIMITS.criteria, description: 'The criteria an idea is scored on; keys unique' })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => CriterionDto)
  criteria: CriterionDto[];

  @ApiPropertyOptional({ minimum: 0, default: 0, description: 'The total a passing idea needs' })
  @IsOptional()
  @IsNumber(NUMBER)
  overallThreshold?: number;

  @ApiPropertyOptional({ type: [String], default: [], description: 'First-stage criterion keys, in the order they break ties (then earlier submission)' })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  tieBreaks?: string[];

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: CALL_LIMITS.reviewersPerApplication, default: DEFAULT_REVIEWERS_PER_APPLICATION, description: 'Usually fewer than the full proposals get' })
  @IsOptional()
  @IsInt()
  reviewersPerApplication?: number;

  @ApiPropertyOptional({ ...exclusiveMinimum(0), default: DEFAULT_DIVERGENCE_LIMIT })
  @IsOptional()
  @IsNumber(NUMBER)
  divergenceLimit?: number;

  @ApiPropertyOptional({ enum: APPLICATION_FIELDS, isArray: true, default: [...IDEA_REQUIRED_FIELDS], description: 'What an idea must contain' })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  requiredFields?: string[];

  @ApiProperty({ type: InvitationRuleDto, description: 'How many ideas are invited to the second stage: exactly one of count or sharePercent' })
  @IsObject()
  @ValidateNested()
  @Type(() => InvitationRuleDto)
  invitation: InvitationRuleDto;
}
