import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { LOCALES } from '@kokeilu/platform';
import { OPEN_DATA_LICENCE, OPEN_DATA_MAX_PAGE, THEMES } from '@kokeilu/testbeds';
import { AddressDto, CostDto, DataSetDto, DateWindowDto, LocationDto, TestbedLocalizedTextDto } from '../testbeds/testbed.dto.js';

export const OPEN_DATA_DEFAULT_PAGE = 100;

export class OpenDataQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: OPEN_DATA_MAX_PAGE, default: OPEN_DATA_DEFAULT_PAGE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(OPEN_DATA_MAX_PAGE)
  limit?: number;

  @ApiPropertyOptional({ description: 'Opaque cursor from `nextCursor` of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  cursor?: string;
}

export class LicenceDto {
  @ApiProperty({ example: OPEN_DATA_LICENCE.id, description: 'SPDX identifier' }) id: string;
  @ApiProperty({ example: OPEN_DATA_LICENCE.name }) name: string;
  @ApiProperty({ format: 'uri', example: OPEN_DATA_LICENCE.url }) url: string;
}

export class OpenDataTestbedDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uri', description: "The bed's public page" }) url: string;
  @ApiProperty({ format: 'uri', description: 'iCal feed of its approved bookings' }) calendarUrl: string;
  @ApiProperty({ example: 'tampere', description: 'Slug of the owning city' }) city: string;
  @ApiProperty({ type: TestbedLocalizedTextDto, description: `Every language stored (${LOCALES.join(', ')})` }) name: TestbedLocalizedTextDto;
  @ApiProperty({ type: TestbedLocalizedTextDto, nullable: true }) summary: TestbedLocalizedTextDto | null;
  @ApiProperty({ type: TestbedLocalizedTextDto, nullable: true }) description: TestbedLocalizedTextDto | null;
  @ApiProperty({ type: TestbedLocalizedTextDto, nullable: true, description: 'Terms of use' }) terms: TestbedLocalizedTextDto | null;
  @ApiProperty({ type: AddressDto, nullable: true }) address: AddressDto | null;
  @ApiProperty({ type: LocationDto, nullable: true, description: 'WGS84' }) location: LocationDto | null;
  @ApiProperty({ enum: THEMES, isArray: true }) themes: string[];
  @ApiProperty({ type: [String] }) capabilities: string[];
  @ApiProperty({ type: [DataSetDto] }) dataSets: DataSetDto[];
  @ApiProperty({ type: 'integer', description: 'How many pilots can run at once' }) capacity: number;
  @ApiProperty({ type: [DateWindowDto], description: 'Inclusive date windows' }) availability: DateWindowDto[];
  @ApiProperty({ type: CostDto, nullable: true, description: 'Money in euro cents' }) cost: CostDto | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: string;
}

export class OpenDataTestbedPageDto {
  @ApiProperty({ type: String, format: 'date-time', description: 'When this answer was made' }) generatedAt: string;
  @ApiProperty({ type: LicenceDto }) licence: LicenceDto;
  @ApiProperty({ description: 'Credit line the licence asks for' }) attribution: string;
  @ApiProperty({ type: 'integer', description: 'Every published bed, not only this page' }) total: number;
  @ApiProperty({ nullable: true, type: String, description: 'Pass as `cursor` for the next page; null on the last page' }) nextCursor: string | null;
  @ApiProperty({ type: [OpenDataTestbedDto] }) items: OpenDataTestbedDto[];
}
