import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiProperty, ApiPropertyOptional, ApiQuery, getSchemaPath, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { LOCALES, MAX_PAGE_SIZE } from '@kokeilu/platform';
import { OffsetQuery } from '../common/offset-query.js';
import {
  COST_KINDS,
  DEFAULT_PAGE_SIZE,
  FEE_UNITS,
  LANGUAGE_CHOICES,
  LIMITS,
  MAX_WINDOWS,
  SEARCH_LIST_SIZES,
  SEARCH_PARAM_LENGTHS,
  SEARCH_SORTS,
  SEARCH_VIEWS,
  TESTBED_STATES,
  THEMES,
} from '@kokeilu/testbeds';

const LOCALIZED = 'Text per language; at least one of fi, sv, en. Blank languages are dropped.';

export class TestbedNameTextDto {
  @ApiPropertyOptional({ maxLength: LIMITS.name, example: 'Hervannan liikennelabra' }) @IsOptional() @IsString() @MaxLength(LIMITS.name) fi?: string;
  @ApiPropertyOptional({ maxLength: LIMITS.name, example: 'Trafiklabbet i Hervanta' }) @IsOptional() @IsString() @MaxLength(LIMITS.name) sv?: string;
  @ApiPropertyOptional({ maxLength: LIMITS.name, example: 'Hervanta mobility lab' }) @IsOptional() @IsString() @MaxLength(LIMITS.name) en?: string;
}

export class TestbedSummaryTextDto {
  @ApiPropertyOptional({ maxLength: LIMITS.summary }) @IsOptional() @IsString() @MaxLength(LIMITS.summary) fi?: string;
  @ApiPropertyOptional({ maxLength: LIMITS.summary }) @IsOptional() @IsString() @MaxLength(LIMITS.summary) sv?: string;
  @ApiPropertyOptional({ maxLength: LIMITS.summary }) @IsOptional() @IsString() @MaxLength(LIMITS.summary) en?: string;
}

export class TestbedDescriptionTextDto {
  @ApiPropertyOptional({ maxLength: LIMITS.description }) @IsOptional() @IsString() @MaxLength(LIMITS.description) fi?: string;
  @ApiPropertyOptional({ maxLength: LIMITS.description }) @IsOptional() @IsString() @MaxLength(LIMITS.description) sv?: string;
  @ApiPropertyOptional({ maxLength: LIMITS.description }) @IsOptional() @IsString() @MaxLength(LIMITS.description) en?: string;
}

export class TestbedTermsTextDto {
  @ApiPropertyOptional({ maxLength: LIMITS.terms }) @IsOptional() @IsString() @MaxLength(LIMITS.terms) fi?: string;
  @ApiPropertyOptional({ maxLength: LIMITS.terms }) @IsOptional() @IsString() @MaxLength(LIMITS.terms) sv?: string;
  @ApiPropertyOptional({ maxLength: LIMITS.terms }) @IsOptional() @IsString() @MaxLength(LIMITS.terms) en?: string;
}

export class AddressDto {
  @ApiProperty({ maxLength: LIMITS.street, example: 'Hervannan valtaväylä 1' }) @IsString() @MaxLength(LIMITS.street) street: string;
  @ApiProperty({ example: '33720' }) @IsString() @MaxLength(10) postalCode: string;
  @ApiProperty({ maxLength: LIMITS.municipality, example: 'Tampere' }) @IsString() @MaxLength(LIMITS.municipality) municipality: string;
}

export class LocationDto {
  @ApiProperty({ minimum: -180, maximum: 180, example: 23.85, description: 'WGS84 longitude' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-180)
  @Max(180)
  lon: number;

  @ApiProperty({ minimum: -90, maximum: 90, example: 61.45, description: 'WGS84 latitude' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-90)
  @Max(90)
  lat: number;
}

export class DataSetDto {
  @ApiProperty({ maxLength: LIMITS.title, example: 'Liikennemäärät' }) @IsString() @MaxLength(LIMITS.title) title: string;
  @ApiProperty({ format: 'uri', example: 'https://data.tampere.fi/liikennemaarat' }) @IsString() @MaxLength(LIMITS.url) url: string;
}

export class DateWindowDto {
  @ApiProperty({ format: 'date', example: '2026-05-01' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'start must be a date (YYYY-MM-DD)' })
  start: string;

  @ApiProperty({ format: 'date', example: '2026-09-30', description: 'Inclusive' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'end must be a date (YYYY-MM-DD)' })
  end: string;
}

export class CostDto {
  @ApiProperty({ enum: COST_KINDS }) @IsIn(COST_KINDS) kind: (typeof COST_KINDS)[number];

  @ApiPropertyOptional({ type: 'integer', minimum: 1, example: 50000, description: 'Euro cents; required for a fee, refused otherwise' })
  @IsOptional()
  @IsInt()
  @Min(1)
  amountCents?: number;

  @ApiPropertyOptional({ enum: FEE_UNITS, description: 'Required for a fee, refused otherwise' })
  @IsOptional()
  @IsIn(FEE_UNITS)
  unit?: (typeof FEE_UNITS)[number];
}

export class ContactDto {
  @ApiProperty({ maxLength: LIMITS.contactName, example: 'Maija Meikäläinen' }) @IsString() @MaxLength(LIMITS.contactName) name: string;
  @ApiProperty({ example: 'maija.meikalainen@tampere.fi' }) @IsEmail({}, { message: 'email must be an e-mail address' }) @MaxLength(LIMITS.email) email: string;
  @ApiPropertyOptional({ nullable: true, type: String, example: '+358 40 123 4567' }) @IsOptional() @IsString() @MaxLength(30) phone?: string | null;
}

export class CreateTestbedDto {
  @ApiProperty({ format: 'uuid', description: 'The owning city; you must coordinate it' })
  @IsUUID('all', { message: 'cityId must be a UUID' })
  cityId: string;

  @ApiProperty({ type: TestbedNameTextDto, description: LOCALIZED })
  @IsObject()
  @ValidateNested()
  @Type(() => TestbedNameTextDto)
  name: TestbedNameTextDto;

  @ApiPropertyOptional({ type: TestbedSummaryTextDto, nullable: true, description: `${LOCALIZED} Needed to publish, in a language the name has.` })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => TestbedSummaryTextDto)
  summary?: TestbedSummaryTextDto | null;

  @ApiPropertyOptional({ type: TestbedDescriptionTextDto, nullable: true, description: LOCALIZED })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => TestbedDescriptionTextDto)
  description?: TestbedDescriptionTextDto | null;

  @ApiPropertyOptional({ type: TestbedTermsTextDto, nullable: true, description: `Terms of use. ${LOCALIZED}` })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => TestbedTermsTextDto)
  terms?: TestbedTermsTextDto | null;

  @ApiPropertyOptional({ type: AddressDto, nullable: true })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => AddressDto)
  address?: AddressDto | null;

  @ApiPropertyOptional({ type: LocationDto, nullable: true, description: 'Needed to publish' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => LocationDto)
  location?: LocationDto | null;

  @ApiPropertyOptional({ enum: THEMES, isArray: true, description: 'At least one is needed to publish' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(THEMES.length)
  @IsIn(THEMES, { each: true, message: `themes must each be one of ${THEMES.join(', ')}` })
  themes?: (typeof THEMES)[number][];

  @ApiPropertyOptional({ type: [String], maxItems: LIMITS.capabilities, example: ['5g', 'lidar'], description: 'Free tags, stored lower-case' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIMITS.capabilities)
  @IsString({ each: true })
  @MaxLength(LIMITS.capability, { each: true })
  capabilities?: string[];

  @ApiPropertyOptional({ type: [DataSetDto], maxItems: LIMITS.dataSets, description: 'Links to open data sets (http or https)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIMITS.dataSets)
  @ValidateNested({ each: true })
  @Type(() => DataSetDto)
  dataSets?: DataSetDto[];

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: LIMITS.capacity, default: 1, description: 'How many pilots can run at once' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(LIMITS.capacity)
  capacity?: number;

  @ApiPropertyOptional({
    type: [DateWindowDto],
    maxItems: MAX_WINDOWS,
    description: 'Inclusive date windows; overlapping windows are refused, touching ones merged. At least one is needed to publish.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_WINDOWS)
  @ValidateNested({ each: true })
  @Type(() => DateWindowDto)
  availability?: DateWindowDto[];

  @ApiPropertyOptional({ type: CostDto, nullable: true })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => CostDto)
  cost?: CostDto | null;

  @ApiPropertyOptional({ type: ContactDto, nullable: true })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ContactDto)
  contact?: ContactDto | null;

  @ApiPropertyOptional({ type: [String], maxItems: LIMITS.images, example: ['https://kuvat.tampere.fi/labra.jpg'], description: 'https URLs' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIMITS.images)
  @IsUrl({ protocols: ['https'], require_protocol: true }, { each: true, message: 'images must each be an https URL' })
  images?: string[];
}

export class UpdateTestbedDto extends PartialType(OmitType(CreateTestbedDto, ['cityId'] as const)) {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'The version you read; a stale one gets 409 with the current test bed' })
  @IsInt()
  @Min(1)
  version: number;
}

export class TransitionTestbedDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, description: 'The version you read; when given, a stale one gets 409 with the current test bed' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export const LANG_OPTIONS = LANGUAGE_CHOICES;

const searchText = (name: keyof typeof SEARCH_PARAM_LENGTHS, description: string, example?: string) =>
  ApiQuery({ name, required: false, description, schema: { type: 'string', maxLength: SEARCH_PARAM_LENGTHS[name], ...(example ? { example } : {}) } });

/**
 * Documents the search's query parameters. The search reads them itself (`readSearchRequest`,
 * then `toSearchFilter`) instead of through a validated DTO, so that each one is checked once.
 */
export function ApiSearchTestbedsQuery(): MethodDecorator {
  return applyDecorators(
    searchText('q', 'Words in Finnish, Swedish or English; every word must match (also inside compound words)', 'liikenne'),
    searchText('city', 'City slug or id', 'tampere'),
    ApiQuery({ name: 'theme', required: false, enum: THEMES, isArray: true, description: 'Beds with any of these themes; repeat the parameter or separate with commas' }),
    ApiQuery({
      name: 'capability',
      required: false,
      type: [String],
      description: `Beds with all of these capability tags (at most ${SEARCH_LIST_SIZES.capability}); repeat the parameter or separate with commas`,
    }),
    ApiQuery({ name: 'cost', required: false, enum: COST_KINDS }),
    ApiQuery({ name: 'availableFrom', required: false, schema: { type: 'string', format: 'date' }, description: 'With availableTo: beds with one window covering the whole period; alone: that day' }),
    ApiQuery({ name: 'availableTo', required: false, schema: { type: 'string', format: 'date' }, description: 'Inclusive end of the period' }),
    searchText('bbox', 'Map view: minLon,minLat,maxLon,maxLat (WGS84)', '24.8,60.1,25.2,60.3'),
    ApiQuery({ name: 'sort', required: false, enum: SEARCH_SORTS, description: 'Default: relevance with q, newest without; relevance needs q' }),
    ApiQuery({
      name: 'view',
      required: false,
      enum: SEARCH_VIEWS,
      description: 'summary (the default): each bed as a `TestbedSummaryDto`, for lists and maps; full: each bed whole, as a `TestbedDto`',
    }),
    ApiQuery({ name: 'limit', required: false, schema: { type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE } }),
    searchText('cursor', 'Opaque cursor from `nextCursor` of the previous page'),
    ApiQuery({
      name: 'lang',
      required: false,
      enum: LANG_OPTIONS,
      description: 'Overrides Accept-Language; `all` keeps Accept-Language for the texts and adds `translations` with every language',
    }),
  );
}

export class LangQuery {
  @ApiPropertyOptional({ enum: LANG_OPTIONS, description: 'Overrides Accept-Language; `all` keeps Accept-Language for the texts and adds `translations` with every language' })
  @IsOptional()
  @IsIn(LANG_OPTIONS)
  lang?: (typeof LANG_OPTIONS)[number];
}

export class TestbedLocalizedTextDto {
  @ApiPropertyOptional() fi?: string;
  @ApiPropertyOptional() sv?: string;
  @ApiPropertyOptional() en?: string;
}

export class TestbedTranslationsDto {
  @ApiProperty({ type: TestbedLocalizedTextDto }) name: TestbedLocalizedTextDto;
  @ApiProperty({ type: TestbedLocalizedTextDto, nullable: true }) summary: TestbedLocalizedTextDto | null;
  @ApiProperty({ type: TestbedLocalizedTextDto, nullable: true }) description: TestbedLocalizedTextDto | null;
  @ApiProperty({ type: TestbedLocalizedTextDto, nullable: true }) terms: TestbedLocalizedTextDto | null;
}

export class TestbedDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) cityId: string;
  @ApiProperty({ example: 'tampere' }) citySlug: string;
  @ApiProperty({ enum: TESTBED_STATES }) state: string;
  @ApiProperty({ enum: LOCALES, description: 'The language of `name`, picked by Accept-Language (or `lang`), falling back to en, fi, sv' }) language: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) summary: string | null;
  @ApiProperty({ nullable: true, type: String }) description: string | null;
  @ApiProperty({ nullable: true, type: String }) terms: string | null;
  @ApiPropertyOptional({ type: TestbedTranslationsDto, description: 'Every language; with `lang=all`, and always in answers to changes' })
  translations?: TestbedTranslationsDto;
  @ApiProperty({ type: AddressDto, nullable: true }) address: AddressDto | null;
  @ApiProperty({ type: LocationDto, nullable: true }) location: LocationDto | null;
  @ApiProperty({ enum: THEMES, isArray: true }) themes: string[];
  @ApiProperty({ type: [String] }) capabilities: string[];
  @ApiProperty({ type: [DataSetDto] }) dataSets: DataSetDto[];
  @ApiProperty({ type: 'integer' }) capacity: number;
  @ApiProperty({ type: [DateWindowDto], description: 'Sorted, non-overlapping, inclusive' }) availability: DateWindowDto[];
  @ApiProperty({ type: CostDto, nullable: true }) cost: CostDto | null;
  @ApiProperty({ type: ContactDto, nullable: true }) contact: ContactDto | null;
  @ApiProperty({ type: [String] }) images: string[];
  @ApiProperty({ type: 'integer', minimum: 1 }) version: number;
  @ApiProperty({ nullable: true, type: Date }) publishedAt: Date | null;
  @ApiProperty({ nullable: true, type: Date }) archivedAt: Date | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}

export class TestbedSummaryTranslationsDto {
  @ApiProperty({ type: TestbedLocalizedTextDto }) name: TestbedLocalizedTextDto;
  @ApiProperty({ type: TestbedLocalizedTextDto, nullable: true }) summary: TestbedLocalizedTextDto | null;
}

/** A bed in the search's default answer: what a list and a map need, without the long texts. */
export class TestbedSummaryDto extends OmitType(TestbedDto, ['description', 'terms', 'translations', 'dataSets', 'contact', 'images', 'archivedAt', 'createdAt'] as const) {
  @ApiPropertyOptional({ type: TestbedSummaryTranslationsDto, description: 'Every language of the name and summary; with `lang=all`' })
  translations?: TestbedSummaryTranslationsDto;
}

@ApiExtraModels(TestbedSummaryDto)
export class TestbedPageDto {
  @ApiProperty({
    type: 'array',
    items: { anyOf: [{ $ref: getSchemaPath(TestbedSummaryDto) }, { $ref: getSchemaPath(TestbedDto) }] },
    description: 'Summaries by default; whole beds with `view=full`',
  })
  items: (TestbedSummaryDto | TestbedDto)[];
  @ApiProperty({ type: 'integer', description: 'All matches, not only this page' }) total: number;
  @ApiProperty({ nullable: true, type: String, description: 'Pass as `cursor` for the next page; null on the last page' }) nextCursor: string | null;
}

export class CityTestbedQuery extends OffsetQuery {
  @ApiPropertyOptional({ enum: TESTBED_STATES, description: 'Only the beds in this state; every state when left out' })
  @IsOptional()
  @IsIn(TESTBED_STATES)
  state?: (typeof TESTBED_STATES)[number];
}

export class CityTestbedPageDto {
  @ApiProperty({ type: [TestbedDto], description: 'Each bed whole, with `translations` (every language)' }) items: TestbedDto[];
  @ApiProperty({ type: 'integer', description: 'All matches, not only this page' }) total: number;
  @ApiProperty({ type: 'integer' }) page: number;
  @ApiProperty({ type: 'integer' }) limit: number;
}
