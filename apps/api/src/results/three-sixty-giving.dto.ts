import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** The 360Giving data package (standard 1.4) as served: the subset of the standard's fields we fill. */

export class ThreeSixtyGivingOrganizationDto {
  @ApiProperty({ example: 'FI-PRO-1234567-8', description: 'Org-id: `FI-PRO-<Y-tunnus>` for a Finnish business ID, else `360G-kokeilu-org-<uuid>` (recipient) or `360G-kokeilu-funder-<city>`' })
  id: string;
  @ApiProperty() name: string;
  @ApiPropertyOptional({ example: '1234567-8', description: 'Finnish business ID (Y-tunnus)' }) companyNumber?: string;
  @ApiPropertyOptional({ example: 'Tampere', description: 'Home municipality' }) addressLocality?: string;
  @ApiPropertyOptional({ example: 'FI', description: 'ISO 3166-1 alpha-2' }) addressCountry?: string;
}

export class ThreeSixtyGivingProgrammeDto {
  @ApiProperty({ format: 'uuid', description: 'The call' }) code: string;
  @ApiProperty({ description: "The call's title (Finnish first)" }) title: string;
}

export class ThreeSixtyGivingPlannedDatesDto {
  @ApiProperty({ format: 'date', description: 'First day of the pilot period' }) startDate: string;
  @ApiProperty({ format: 'date', description: 'Last day of the pilot period' }) endDate: string;
  @ApiProperty({ description: 'Months, a begun month counted' }) duration: number;
}

export class ThreeSixtyGivingLocationDto {
  @ApiProperty({ example: '360G-kokeilu-city-tampere' }) id: string;
  @ApiProperty({ example: 'Tampere' }) name: string;
  @ApiProperty({ enum: ['FI'] }) countryCode: string;
}

export class ThreeSixtyGivingClassificationDto {
  @ApiProperty({ example: '360G-kokeilu-ranking-basis' }) vocabulary: string;
  @ApiProperty({ enum: ['raw', 'calibrated'] }) code: string;
  @ApiProperty() title: string;
}

export class ThreeSixtyGivingGrantDto {
  @ApiProperty({ example: '360G-kokeilu-5d0c5a4e-0000-4000-8000-000000000001' }) id: string;
  @ApiProperty({ description: 'The application as submitted' }) title: string;
  @ApiProperty({ description: 'The summary of the application (its title when it gave none)' }) description: string;
  @ApiProperty({ enum: ['EUR'] }) currency: string;
  @ApiProperty({ example: 40000, description: 'Euros, as a number' }) amountAwarded: number;
  @ApiPropertyOptional({ example: 45000, description: 'Euros requested in the decided revision' }) amountAppliedFor?: number;
  @ApiProperty({ format: 'date', description: 'The day of the decision in Europe/Helsinki' }) awardDate: string;
  @ApiProperty({ type: [ThreeSixtyGivingOrganizationDto], description: 'The lead organisation' }) recipientOrganization: ThreeSixtyGivingOrganizationDto[];
  @ApiProperty({ type: [ThreeSixtyGivingOrganizationDto], description: "The call's city, or the national programme" })
  fundingOrganization: ThreeSixtyGivingOrganizationDto[];
  @ApiProperty({ type: [ThreeSixtyGivingProgrammeDto] }) grantProgramme: ThreeSixtyGivingProgrammeDto[];
  @ApiPropertyOptional({ type: [ThreeSixtyGivingPlannedDatesDto], description: 'The pilot period; absent when the application gave none' })
  plannedDates?: ThreeSixtyGivingPlannedDatesDto[];
  @ApiPropertyOptional({ type: [ThreeSixtyGivingLocationDto], description: 'The cities of the test beds the application named; absent when it named none' })
  beneficiaryLocation?: ThreeSixtyGivingLocationDto[];
  @ApiProperty({ enum: ['Yes'] }) fromOpenCall: string;
  @ApiProperty({ type: [ThreeSixtyGivingClassificationDto], description: 'Whether the call ranked by raw or calibrated totals' })
  classifications: ThreeSixtyGivingClassificationDto[];
}

export class ThreeSixtyGivingPublisherDto {
  @ApiProperty({ example: '360G-kokeilu' }) identifier: string;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'uri' }) website: string;
}

export class ThreeSixtyGivingPackageDto {
  @ApiProperty({ example: '1.4', description: 'Version of the 360Giving standard' }) version: string;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty({ example: '360G-kokeilu-grants' }) identifier: string;
  @ApiProperty({ format: 'date-time', description: 'When this answer was made' }) issued: string;
  @ApiProperty({ type: ThreeSixtyGivingPublisherDto }) publisher: ThreeSixtyGivingPublisherDto;
  @ApiProperty({ format: 'uri' }) license: string;
  @ApiProperty({ format: 'uri' }) downloadURL: string;
  @ApiProperty({ type: [ThreeSixtyGivingGrantDto], description: 'Every awarded grant, in id order (the standard asks for at least one: before the first decision the list is empty)' })
  grants: ThreeSixtyGivingGrantDto[];
}
