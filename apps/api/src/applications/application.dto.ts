import { ApiProperty, ApiPropertyOptional, IntersectionType, OmitType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { APPLICATION_STATES, type ApplicationState, BUDGET_CATEGORIES, type BudgetCategory, MAX_AMOUNT_CENTS, MAX_BUDGET_LINES, MAX_KPIS, MAX_TESTBEDS, RULE_NAMES } from '@kokeilu/applications';
import { ANY_JSON, ApiExactlyOneOf } from '@kokeilu/platform';
import { OffsetQuery } from '../common/offset-query.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A thousand million euros: no grant comes near, and the cents stay exact. */
const MAX_GRANT_CENTS = 100_000_000_000;

export class KpiDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Keep the id the server gave, so revisions can tell a changed KPI from a new one' })
  @IsOptional()
  @IsUUID('all', { message: 'id must be a UUID' })
  id?: string;

  @ApiProperty({ maxLength: 200, example: 'Passengers per month' }) @IsString() @MinLength(1) @MaxLength(200) name: string;
  @ApiProperty({ maxLength: 200, example: '0' }) @IsString() @MaxLength(200) baseline: string;
  @ApiProperty({ maxLength: 200, example: '5 000' }) @IsString() @MinLength(1) @MaxLength(200) target: string;
}

export class BudgetLineDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Keep the id the server gave' })
  @IsOptional()
  @IsUUID('all', { message: 'id must be a UUID' })
  id?: string;

  @ApiProperty({ enum: BUDGET_CATEGORIES }) @IsIn(BUDGET_CATEGORIES, { message: `category must be one of ${BUDGET_CATEGORIES.join(', ')}` }) category: BudgetCategory;
  @ApiProperty({ maxLength: 500, example: 'Safety drivers, 6 months' }) @IsString() @MinLength(1) @MaxLength(500) description: string;

  @ApiProperty({ type: 'integer', minimum: 0, maximum: MAX_AMOUNT_CENTS, example: 4_800_000, description: 'Euro cents' })
  @IsInt({ message: 'amountCents must be a whole number of cents' })
  @Min(0)
  @Max(MAX_AMOUNT_CENTS)
  amountCents: number;

  @ApiProperty({ description: 'Counts towards the eligible costs the funding rate applies to' }) @IsBoolean() eligible: boolean;
}

export class PilotPeriodDto {
  @ApiProperty({ format: 'date', example: '2027-03-01' }) @Matches(DATE, { message: 'start must be a date (YYYY-MM-DD)' }) start: string;
  @ApiProperty({ format: 'date', example: '2027-08-31', description: 'Inclusive' }) @Matches(DATE, { message: 'end must be a date (YYYY-MM-DD)' }) end: string;
}

/** Every content field: left out stays as it is; null clears an optional one. */
export class ApplicationContentDto {
  @ApiPropertyOptional({ maxLength: 300, example: 'Robot buses in Hervanta' })
  @ValidateIf((o: ApplicationContentDto) => o.title !== undefined)
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  title?: string;

  @ApiPropertyOptional({ maxLength: 5_000, nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(5_000) summary?: string | null;
  @ApiPropertyOptional({ maxLength: 50_000, nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(50_000) plan?: string | null;
  @ApiPropertyOptional({ maxLength: 10_000, nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(10_000) expectedImpact?: string | null;

  @ApiPropertyOptional({ type: [KpiDto], maxItems: MAX_KPIS, description: 'The whole list; replaces the stored one' })
  @ValidateIf((o: ApplicationContentDto) => o.kpis !== undefined)
  @IsArray()
  @ArrayMaxSize(MAX_KPIS)
  @ValidateNested({ each: true })
  @Type(() => KpiDto)
  kpis?: KpiDto[];

  @ApiPropertyOptional({ type: [BudgetLineDto], maxItems: MAX_BUDGET_LINES, description: 'The whole list; totals are computed by the server' })
  @ValidateIf((o: ApplicationContentDto) => o.budgetLines !== undefined)
  @IsArray()
  @ArrayMaxSize(MAX_BUDGET_LINES)
  @ValidateNested({ each: true })
  @Type(() => BudgetLineDto)
  budgetLines?: BudgetLineDto[];

  @ApiPropertyOptional({ type: 'integer', minimum: 0, nullable: true, example: 3_500_000, description: 'Euro cents' })
  @IsOptional()
  @IsInt({ message: 'requestedGrantCents must be a whole number of cents' })
  @Min(0)
  @Max(MAX_GRANT_CENTS)
  requestedGrantCents?: number | null;

  @ApiPropertyOptional({ type: PilotPeriodDto, nullable: true })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => PilotPeriodDto)
  pilotPeriod?: PilotPeriodDto | null;

  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: MAX_TESTBEDS, description: 'Test beds the pilot would use' })
  @ValidateIf((o: ApplicationContentDto) => o.testbedIds !== undefined)
  @IsArray()
  @ArrayMaxSize(MAX_TESTBEDS)
  @IsUUID('all', { each: true, message: 'testbedIds must each be a UUID' })
  testbedIds?: string[];
}

export class CreateApplicationDto extends OmitType(ApplicationContentDto, ['title'] as const) {
  @ApiProperty({ format: 'uuid', description: 'An open call' }) @IsUUID('all', { message: 'callId must be a UUID' }) callId: string;
  @ApiProperty({ format: 'uuid', description: 'The lead organisation; you must be a member' }) @IsUUID('all', { message: 'organisationId must be a UUID' }) organisationId: string;
  @ApiProperty({ maxLength: 300, example: 'Robot buses in Hervanta' }) @IsString() @MinLength(1) @MaxLength(300) title: string;
}

export class ApplicationVersionDto {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'The version you read; a newer one on the server gives 409 with the current application' })
  @IsInt()
  @Min(1)
  version: number;
}

export class UpdateApplicationDto extends IntersectionType(ApplicationVersionDto, ApplicationContentDto) {}

export class WithdrawApplicationDto {
  @ApiPropertyOptional({ maxLength: 2000 }) @IsOptional() @IsString() @MaxLength(2000) reason?: string;
}

@ApiExactlyOneOf('organisationId', 'businessId')
export class InvitePartnerDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'The partner organisation; or give its businessId' })
  @IsOptional()
  @IsUUID('all', { message: 'organisationId must be a UUID' })
  organisationId?: string;

  @ApiPropertyOptional({ example: '1234567-8', description: 'The Finnish business ID of the partner, instead of organisationId' })
  @IsOptional()
  @Matches(/^\d{7}-\d$/, { message: 'businessId must look like 1234567-8' })
  businessId?: string;
}

export class GrantExtensionDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'organisationId must be a UUID' }) organisationId: string;

  @ApiProperty({ format: 'date-time', example: '2026-11-30T14:00:00Z', description: 'The new deadline for this organisation; after the call closes' })
  @IsISO8601({ strict: true }, { message: 'deadline must be an ISO 8601 date and time' })
  @Matches(/T\d{2}:\d{2}/, { message: 'deadline must include a time' })
  deadline: string;

  @ApiProperty({ maxLength: 2000, example: 'The national e-service was down on the last day' }) @IsString() @MinLength(3) @MaxLength(2000) reason: string;
}

export class CallApplicationFilterQuery {
  @ApiPropertyOptional({ enum: APPLICATION_STATES }) @IsOptional() @IsIn(APPLICATION_STATES) state?: ApplicationState;
  @ApiPropertyOptional({ format: 'uuid', description: 'Lead or accepted partner' }) @IsOptional() @IsUUID('all', { message: 'organisationId must be a UUID' }) organisationId?: string;
}

export class CallApplicationListQuery extends OffsetQuery {
  @ApiPropertyOptional({ enum: APPLICATION_STATES }) @IsOptional() @IsIn(APPLICATION_STATES) state?: ApplicationState;
  @ApiPropertyOptional({ format: 'uuid', description: 'Lead or accepted partner' }) @IsOptional() @IsUUID('all', { message: 'organisationId must be a UUID' }) organisationId?: string;
}

export class EligibilityReportQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, description: 'A revision number; the latest by default' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  revision?: number;
}

// Response shapes, for the documentation.

export class KpiViewDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() baseline: string;
  @ApiProperty() target: string;
}

export class BudgetLineViewDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: BUDGET_CATEGORIES }) category: string;
  @ApiProperty() description: string;
  @ApiProperty({ type: 'integer', description: 'Euro cents' }) amountCents: number;
  @ApiProperty() eligible: boolean;
}

export class BudgetTotalsDto {
  @ApiProperty({ type: 'integer', description: 'Euro cents' }) totalCents: number;
  @ApiProperty({ type: 'integer', description: 'Euro cents' }) eligibleTotalCents: number;
}

export class ApplicationPartnerDto {
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty({ type: String, nullable: true, description: 'null for an invited organisation you may not read: an invitation names no one to the inviter' })
  name: string | null;
  @ApiProperty({ enum: ['invited', 'accepted'] }) state: string;
  @ApiProperty({ nullable: true, type: Date }) invitedAt: Date | null;
  @ApiProperty({ nullable: true, type: Date }) acceptedAt: Date | null;
}

export class ApplicationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) callId: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) cityId: string | null;
  @ApiProperty({ format: 'uuid' }) leadOrganisationId: string;
  @ApiProperty() leadOrganisationName: string;
  @ApiProperty({ enum: APPLICATION_STATES }) state: string;
  @ApiProperty({ type: 'integer', minimum: 1, description: 'Send it back with the next save' }) version: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Number of the latest submitted revision; 0 before the first submission' }) revision: number;
  @ApiProperty({ type: 'integer', nullable: true }) submittedVersion: number | null;
  @ApiProperty({ enum: ['working-copy', 'revision'], description: 'The consortium sees the working copy; the call coordinators the latest revision' }) source: string;
  @ApiProperty() unsubmittedChanges: boolean;
  @ApiProperty() title: string;
  @ApiProperty({ nullable: true, type: String }) summary: string | null;
  @ApiProperty({ nullable: true, type: String }) plan: string | null;
  @ApiProperty({ nullable: true, type: String }) expectedImpact: string | null;
  @ApiProperty({ type: [KpiViewDto] }) kpis: KpiViewDto[];
  @ApiProperty({ type: [BudgetLineViewDto] }) budgetLines: BudgetLineViewDto[];
  @ApiProperty({ type: BudgetTotalsDto }) totals: BudgetTotalsDto;
  @ApiProperty({ type: 'integer', nullable: true }) requestedGrantCents: number | null;
  @ApiProperty({ type: PilotPeriodDto, nullable: true }) pilotPeriod: PilotPeriodDto | null;
  @ApiProperty({ type: [String], format: 'uuid' }) testbedIds: string[];
  @ApiProperty({ type: [ApplicationPartnerDto] }) partners: ApplicationPartnerDto[];
  @ApiProperty({ format: 'uuid' }) createdBy: string;
  @ApiProperty({ nullable: true, type: Date }) submittedAt: Date | null;
  @ApiProperty({ nullable: true, type: Date }) withdrawnAt: Date | null;
  @ApiProperty({ nullable: true, type: String }) withdrawReason: string | null;
  @ApiProperty({ nullable: true, type: String, enum: ['idea', 'full_proposal'], description: 'In a two-stage call: an idea sent to its first stage, or a full proposal to the call itself; null in a one-stage call' })
  stage: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'A full proposal of a two-stage call: the invited idea it was started from' })
  ideaApplicationId: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'An idea invited to the second stage: the full proposal started from it (consortium and texts carried over), once it exists' })
  fullProposalId: string | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}

export class ApplicationPageDto {
  @ApiProperty({ type: [ApplicationDto] }) items: ApplicationDto[];
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: 'integer' }) page: number;
  @ApiProperty({ type: 'integer' }) limit: number;
}

export class VerdictReasonDto {
  @ApiProperty() fi: string;
  @ApiProperty() sv: string;
  @ApiProperty() en: string;
}

export class EligibilityVerdictDto {
  @ApiProperty({ enum: RULE_NAMES }) rule: string;
  @ApiProperty() pass: boolean;
  @ApiProperty({ type: VerdictReasonDto }) reason: VerdictReasonDto;
}

export class EligibilityReportDto {
  @ApiProperty({ type: 'integer' }) revision: number;
  @ApiProperty({ enum: ['pending', 'eligible', 'ineligible'] }) status: string;
  @ApiProperty({ nullable: true, type: Date }) evaluatedAt: Date | null;
  @ApiProperty({ type: [EligibilityVerdictDto] }) verdicts: EligibilityVerdictDto[];
}

export class RevisionSummaryDto {
  @ApiProperty({ type: 'integer' }) number: number;
  @ApiProperty() submittedAt: Date;
  @ApiProperty({ format: 'uuid' }) submittedBy: string;
  @ApiProperty({ description: 'Submitted after the call closed, under an extension' }) late: boolean;
  @ApiProperty({ nullable: true, type: Boolean, description: 'null until the eligibility check has run' }) eligible: boolean | null;
}

export class RevisionDto extends RevisionSummaryDto {
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The application as submitted, with its totals and consortium' })
  snapshot: Record<string, unknown>;
}

export class RevisionChangeDto {
  @ApiProperty({ example: 'budgetLines[0b0f…]', description: 'Field path; list items by their id' }) path: string;
  @ApiProperty({ enum: ['added', 'removed', 'changed'] }) change: string;
  @ApiPropertyOptional({ description: 'The value before: any JSON value', ...ANY_JSON }) before?: unknown;
  @ApiPropertyOptional({ description: 'The value after: any JSON value', ...ANY_JSON }) after?: unknown;
  @ApiPropertyOptional({ type: [String], description: 'For a changed list item: its changed fields' }) fields?: string[];
}

export class RevisionDiffDto {
  @ApiProperty({ type: 'integer' }) from: number;
  @ApiProperty({ type: 'integer' }) to: number;
  @ApiProperty({ type: [RevisionChangeDto] }) changes: RevisionChangeDto[];
}

export class CallApplicationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: APPLICATION_STATES }) state: string;
  @ApiProperty({ format: 'uuid' }) leadOrganisationId: string;
  @ApiProperty() leadOrganisationName: string;
  @ApiProperty({ nullable: true, type: String }) leadBusinessId: string | null;
  @ApiProperty({ type: [String] }) partners: string[];
  @ApiProperty() title: string;
  @ApiProperty({ type: 'integer', nullable: true }) requestedGrantCents: number | null;
  @ApiProperty({ type: 'integer' }) totalCents: number;
  @ApiProperty({ type: 'integer' }) eligibleTotalCents: number;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) pilotStart: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) pilotEnd: string | null;
  @ApiProperty({ type: 'integer' }) revision: number;
  @ApiProperty({ nullable: true, type: Date }) submittedAt: Date | null;
  @ApiProperty() late: boolean;
  @ApiProperty({ nullable: true, type: Boolean }) eligible: boolean | null;
  @ApiProperty() createdAt: Date;
}

export class CallApplicationPageDto {
  @ApiProperty({ type: [CallApplicationDto] }) items: CallApplicationDto[];
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: 'integer' }) page: number;
  @ApiProperty({ type: 'integer' }) limit: number;
}

export class CallExtensionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) callId: string;
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty({ type: String, nullable: true, description: 'Once the organisation leads or partners a submitted application of the call (or to its own members); null before' })
  organisationName: string | null;
  @ApiProperty() deadline: Date;
  @ApiProperty() reason: string;
  @ApiProperty({ format: 'uuid' }) grantedBy: string;
  @ApiProperty() createdAt: Date;
}
