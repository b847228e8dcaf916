import { ApiProperty } from '@nestjs/swagger';

const TEXT = { type: 'object', additionalProperties: { type: 'string' }, example: { fi: 'Vaikuttavuus', sv: 'Genomslag', en: 'Impact' } } as const;

// ---- a call's dashboard ----

export class DashboardCallDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty(TEXT) title: Record<string, string>;
  @ApiProperty({ enum: ['draft', 'scheduled', 'open', 'closed', 'in_evaluation', 'decided'] }) state: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null: a national call' }) cityId: string | null;
  @ApiProperty({ format: 'date-time' }) opensAt: string;
  @ApiProperty({ format: 'date-time' }) closesAt: string;
  @ApiProperty({ format: 'date-time' }) reviewDeadline: string;
}

export class SubmissionsDayDto {
  @ApiProperty({ format: 'date', description: 'A day in Helsinki' }) day: string;
  @ApiProperty({ type: 'integer', description: 'Applications first submitted that day' }) submitted: number;
  @ApiProperty({ type: 'integer', description: 'Applications submitted by the end of that day' }) cumulative: number;
}

export class RuleVerdictsDto {
  @ApiProperty({ example: 'partners' }) rule: string;
  @ApiProperty({ type: 'integer' }) passed: number;
  @ApiProperty({ type: 'integer' }) failed: number;
}

export class ScoreBinDto {
  @ApiProperty({ description: 'A step of the scale' }) score: number;
  @ApiProperty({ type: 'integer' }) count: number;
}

export class CriterionScoresDto {
  @ApiProperty() key: string;
  @ApiProperty(TEXT) name: Record<string, string>;
  @ApiProperty() min: number;
  @ApiProperty() max: number;
  @ApiProperty({ type: 'integer', description: 'Submitted reviews that scored it' }) count: number;
  @ApiProperty({ type: Number, nullable: true }) mean: number | null;
  @ApiProperty({ type: [ScoreBinDto], description: 'One bin per step of the scale, empty ones included' }) bins: ScoreBinDto[];
}

export class EvaluatorCriterionDto {
  @ApiProperty() key: string;
  @ApiProperty({ type: 'integer' }) count: number;
  @ApiProperty({ type: Number, nullable: true, description: "The evaluator's mean score" }) mean: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'The evaluator’s mean minus the mean of every review of the call' }) difference: number | null;
}

export class EvaluatorScoresDto {
  @ApiProperty({ format: 'uuid' }) evaluatorId: string;
  @ApiProperty() evaluatorName: string;
  @ApiProperty({ type: [EvaluatorCriterionDto] }) criteria: EvaluatorCriterionDto[];
  @ApiProperty({ type: Number, nullable: true, description: 'Mean of the differences: below zero harsher, above more lenient than the others' }) leniency: number | null;
}

export class ReviewerProgressDto {
  @ApiProperty({ format: 'uuid' }) evaluatorId: string;
  @ApiProperty() evaluatorName: string;
  @ApiProperty({ type: 'integer', description: 'Reviews given and not declined' }) assigned: number;
  @ApiProperty({ type: 'integer' }) submitted: number;
  @ApiProperty({ type: 'integer' }) declined: number;
}

export class SourceCentsDto {
  @ApiProperty({ example: 'ERDF' }) source: string;
  @ApiProperty({ type: 'integer', description: 'euro cents' }) cents: number;
}

export class BudgetUseDto {
  @ApiProperty({ type: 'integer' }) budgetCents: number;
  @ApiProperty({ type: 'integer', description: 'Proposed and awarded grants' }) committedCents: number;
  @ApiProperty({ type: 'integer' }) remainingCents: number;
  @ApiProperty({ type: [SourceCentsDto], description: "What each of the call's funding sources pays of the committed" }) bySource: SourceCentsDto[];
}

export class CallDashboardDto {
  @ApiProperty({ type: DashboardCallDto }) call: DashboardCallDto;
  @ApiProperty({ type: [SubmissionsDayDto], description: 'Every day from the opening to the deadline (to today while open)' }) submissions: SubmissionsDayDto[];
  @ApiProperty({ type: [RuleVerdictsDto], description: "Verdicts on each application's latest revision, by rule in the order checked" }) eligibility: RuleVerdictsDto[];
  @ApiProperty({ type: [CriterionScoresDto], description: 'Submitted reviews only' }) scores: CriterionScoresDto[];
  @ApiProperty({ type: [EvaluatorScoresDto] }) evaluators: EvaluatorScoresDto[];
  @ApiProperty({ type: [ReviewerProgressDto] }) progress: ReviewerProgressDto[];
  @ApiProperty({ type: BudgetUseDto }) budget: BudgetUseDto;
}

// ---- a city's dashboard ----

export class DashboardCityDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty(TEXT) name: Record<string, string>;
}

export class CityWindowDto {
  @ApiProperty({ format: 'date' }) start: string;
  @ApiProperty({ format: 'date' }) end: string;
  @ApiProperty({ type: [String], example: ['2026-06', '2026-07'], description: 'YYYY-MM' }) months: string[];
}

export class BedMonthDto {
  @ApiProperty({ example: '2026-12' }) month: string;
  @ApiProperty({ type: 'integer', description: 'Approved bookings running in that month' }) bookings: number;
}

export class BedMonthsDto {
  @ApiProperty({ format: 'uuid' }) testbedId: string;
  @ApiProperty(TEXT) name: Record<string, string>;
  @ApiProperty({ type: [BedMonthDto] }) months: BedMonthDto[];
}

export class BedUseDto {
  @ApiProperty({ format: 'uuid' }) testbedId: string;
  @ApiProperty(TEXT) name: Record<string, string>;
  @ApiProperty({ type: 'integer', description: 'Pilots it can run at once' }) capacity: number;
  @ApiProperty({ type: 'integer', description: 'Days of the window × capacity' }) capacityDays: number;
  @ApiProperty({ type: 'integer', description: 'Days of approved bookings inside the window' }) bookedDays: number;
  @ApiProperty({ description: 'bookedDays / capacityDays, percent' }) usePercent: number;
}

export class CityDashboardDto {
  @ApiProperty({ type: DashboardCityDto }) city: DashboardCityDto;
  @ApiProperty({ type: CityWindowDto, description: 'Six months back and five ahead of this month' }) window: CityWindowDto;
  @ApiProperty({ type: [BedMonthsDto], description: 'Published beds' }) bookings: BedMonthsDto[];
  @ApiProperty({ type: [BedUseDto] }) use: BedUseDto[];
}

// ---- a decided call's public results ----

export class ResultsCallDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty(TEXT) title: Record<string, string>;
  @ApiProperty({ example: 'smart_mobility' }) focusArea: string;
  @ApiProperty({ type: 'integer' }) budgetCents: number;
  @ApiProperty({ type: DashboardCityDto, nullable: true, description: 'null: a national call' }) city: DashboardCityDto | null;
}

export class FundedProjectDto {
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty({ description: 'As submitted' }) title: string;
  @ApiProperty({ description: 'The lead organisation' }) recipient: string;
  @ApiProperty({ description: "The lead organisation's home municipality" }) municipality: string;
  @ApiProperty({ type: 'integer' }) grantCents: number;
  @ApiProperty({ type: [SourceCentsDto] }) shares: SourceCentsDto[];
}

export class MunicipalityCentsDto {
  @ApiProperty() municipality: string;
  @ApiProperty({ type: 'integer' }) projects: number;
  @ApiProperty({ type: 'integer' }) cents: number;
}

export class CallResultsDto {
  @ApiProperty({ type: ResultsCallDto }) call: ResultsCallDto;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decidedAt: string | null;
  @ApiProperty({ type: 'integer' }) totalCents: number;
  @ApiProperty({ type: [FundedProjectDto], description: 'Awarded grants, largest first; a grant given back leaves the list' }) projects: FundedProjectDto[];
  @ApiProperty({ type: [MunicipalityCentsDto], description: 'Where the money goes, by the municipality of the lead organisation' }) byMunicipality: MunicipalityCentsDto[];
  @ApiProperty({ type: [SourceCentsDto], description: 'Who pays it, by funding source of the call' }) bySource: SourceCentsDto[];
}

export class ProgrammeCityMoneyDto {
  @ApiProperty({ type: DashboardCityDto, nullable: true, description: 'null: the national calls' }) city: DashboardCityDto | null;
  @ApiProperty({ type: 'integer', description: 'Decided calls of the city' }) calls: number;
  @ApiProperty({ type: 'integer', description: 'Awarded grants' }) projects: number;
  @ApiProperty({ type: 'integer' }) cents: number;
  @ApiProperty({ description: 'Share of the programme total, percent with one decimal' }) percent: number;
}

export class ProgrammeFocusAreaMoneyDto {
  @ApiProperty({ example: 'open_data_and_interfaces' }) focusArea: string;
  @ApiProperty({ type: 'integer', description: 'Decided calls in the focus area' }) calls: number;
  @ApiProperty({ type: 'integer', description: 'Awarded grants' }) projects: number;
  @ApiProperty({ type: 'integer' }) cents: number;
  @ApiProperty({ description: 'Share of the programme total, percent with one decimal' }) percent: number;
}

export class ProgrammeResultsDto {
  @ApiProperty({ type: 'integer', description: 'Decided calls' }) calls: number;
  @ApiProperty({ type: 'integer', description: 'Awarded grants (a grant given back leaves)' }) projects: number;
  @ApiProperty({ type: 'integer' }) totalCents: number;
  @ApiProperty({
    type: [ProgrammeCityMoneyDto],
    description: "By the call's city (each call's grants count wholly towards its city; national calls as `city: null`): most money first",
  })
  byCity: ProgrammeCityMoneyDto[];
  @ApiProperty({ type: [ProgrammeFocusAreaMoneyDto], description: "By the call's focus area, every focus area listed (zeros included) in the programme's order" })
  byFocusArea: ProgrammeFocusAreaMoneyDto[];
}
