import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsEmail, IsIn, IsInt, IsOptional, IsString, Matches, MaxLength, Min, MinLength, ValidateBy } from 'class-validator';
import { isValidBusinessId, MEMBERSHIP_ROLES, ORGANISATION_TYPES, SIZE_CLASSES } from '@kokeilu/identity';
import { ApiExactlyOneOf } from '@kokeilu/platform';

@ApiExactlyOneOf('businessId', 'foreignRegistrationId')
export class CreateOrganisationDto {
  @ApiProperty({ example: 'Liikennelabra Oy' })
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name: string;

  @ApiProperty({ enum: ORGANISATION_TYPES })
  @IsIn(ORGANISATION_TYPES)
  type: (typeof ORGANISATION_TYPES)[number];

  @ApiPropertyOptional({ example: '0112038-9', description: 'Finnish business ID (Y-tunnus) with a valid check digit' })
  @IsOptional()
  @IsString()
  @ValidateBy({
    name: 'isBusinessId',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && isValidBusinessId(value),
      defaultMessage: () => 'businessId is not a valid Finnish business ID (1234567-8 with a correct check digit)',
    },
  })
  businessId?: string;

  @ApiPropertyOptional({ example: 'SE556016-0680', description: 'Registration id of a foreign organisation' })
  @IsOptional()
  @IsString()
  @MinLength(3)
  @MaxLength(64)
  foreignRegistrationId?: string;

  @ApiPropertyOptional({ example: 'FI', description: 'ISO 3166-1 alpha-2' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code' })
  country?: string;

  @ApiProperty({ example: 'Tampere' })
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  homeMunicipality: string;

  @ApiProperty({ enum: SIZE_CLASSES, description: 'EU SME size class' })
  @IsIn(SIZE_CLASSES)
  sizeClass: (typeof SIZE_CLASSES)[number];

  @ApiPropertyOptional({ example: 'liikennelabra.fi' })
  @IsOptional()
  @Matches(/^(?=.{3,253}$)([a-z0-9-]+\.)+[a-z]{2,}$/i, { message: 'emailDomain must be a domain name such as firma.fi' })
  emailDomain?: string;
}

export class UpdateOrganisationDto extends PartialType(CreateOrganisationDto) {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'The version you read; a stale one gets 409 with the current organisation' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version: number;
}

export class OrganisationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ORGANISATION_TYPES }) type: string;
  @ApiProperty({ nullable: true, type: String }) businessId: string | null;
  @ApiProperty({ nullable: true, type: String }) foreignRegistrationId: string | null;
  @ApiProperty() country: string;
  @ApiProperty() homeMunicipality: string;
  @ApiProperty({ enum: SIZE_CLASSES }) sizeClass: string;
  @ApiProperty({ nullable: true, type: String }) emailDomain: string | null;
  @ApiProperty({ type: 'integer', minimum: 1 }) version: number;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}

export class OrganisationPageDto {
  @ApiProperty({ type: [OrganisationDto] }) items: OrganisationDto[];
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: 'integer' }) page: number;
  @ApiProperty({ type: 'integer' }) limit: number;
}

export class MemberDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: MEMBERSHIP_ROLES }) role: string;
  @ApiProperty() since: Date;
}

export class InviteDto {
  @ApiProperty({ example: 'ville@liikennelabra.fi' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @ApiPropertyOptional({ enum: MEMBERSHIP_ROLES, default: 'member' })
  @IsOptional()
  @IsIn(MEMBERSHIP_ROLES)
  role?: 'owner' | 'member';
}

export class InvitationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: MEMBERSHIP_ROLES }) role: string;
  @ApiProperty({ format: 'uuid', description: 'The owner who invited' }) invitedBy: string;
  @ApiProperty() expiresAt: Date;
  @ApiProperty({ type: Date, nullable: true }) acceptedAt: Date | null;
  @ApiProperty({ format: 'uuid', type: String, nullable: true }) acceptedBy: string | null;
  @ApiProperty() createdAt: Date;
}

export class AcceptInvitationDto {
  @ApiProperty({ description: 'The invitation code from the e-mail' })
  @IsString()
  @MinLength(20)
  @MaxLength(200)
  token: string;
}

export class JoinedDto {
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty({ enum: MEMBERSHIP_ROLES }) role: string;
  @ApiProperty() createdAt: Date;
}
