import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsEmail, IsIn, IsInt, IsOptional, IsString, Matches, MaxLength, Min, MinLength, ValidateBy } from 'class-validator';
import { CLAIM_AWARDS, CLAIM_STATES, IDENTITY_STATES, isValidBusinessId, MEMBERSHIP_ROLES, ORGANISATION_TYPES, SIZE_CLASSES } from '@kokeilu/identity';
import { ApiExactlyOneOf } from '@kokeilu/platform';
import { OffsetQuery } from '../common/offset-query.js';

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

export class OrganisationIdentityDto {
  @ApiProperty({
    enum: IDENTITY_STATES,
    description:
      '`unverified` until a coordinator or an admin checks who the organisation is; `verified` then; `disputed` while another organisation claims its business ID ' +
      '(or it claims one another organisation holds); `rejected` when a claim gave its business ID to another organisation. Only verified organisations count as operators in eligibility',
  })
  state: string;
  @ApiProperty({ format: 'uuid', type: String, nullable: true, description: 'The coordinator or admin who verified it' }) verifiedBy: string | null;
  @ApiProperty({ type: Date, nullable: true }) verifiedAt: Date | null;
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
  @ApiProperty({ type: OrganisationIdentityDto, description: 'Whether its identity is checked, and by whom' }) identity: OrganisationIdentityDto;
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

export class ClaimPartyDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ORGANISATION_TYPES }) type: string;
  @ApiProperty({ nullable: true, type: String }) businessId: string | null;
  @ApiProperty() homeMunicipality: string;
  @ApiProperty({ nullable: true, type: String }) emailDomain: string | null;
  @ApiProperty({ enum: IDENTITY_STATES }) identityState: string;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ type: [String], description: 'The e-mail addresses of its owners, to find out whose the business ID is' }) ownerEmails: string[];
}

export class OrganisationClaimDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '0112038-9' }) businessId: string;
  @ApiProperty({ enum: CLAIM_STATES, description: '`withdrawn`: the claimant gave another registration before the claim was resolved' }) state: string;
  @ApiProperty({ type: ClaimPartyDto, description: 'The organisation that gave a business ID another one held' }) claimant: ClaimPartyDto;
  @ApiProperty({ type: ClaimPartyDto, nullable: true, description: 'The organisation holding the business ID now' }) holder: ClaimPartyDto | null;
  @ApiProperty({ format: 'uuid', type: String, nullable: true }) awardedOrganisationId: string | null;
  @ApiProperty({ format: 'uuid', type: String, nullable: true }) resolvedBy: string | null;
  @ApiProperty({ type: Date, nullable: true }) resolvedAt: Date | null;
  @ApiProperty({ nullable: true, type: String }) reason: string | null;
  @ApiProperty() createdAt: Date;
}

export class OrganisationClaimPageDto {
  @ApiProperty({ type: [OrganisationClaimDto] }) items: OrganisationClaimDto[];
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: 'integer' }) page: number;
  @ApiProperty({ type: 'integer' }) limit: number;
}

export class ClaimListQuery extends OffsetQuery {
  @ApiPropertyOptional({ enum: CLAIM_STATES, description: '`open` gives the claims waiting to be resolved' })
  @IsOptional()
  @IsIn(CLAIM_STATES)
  state?: (typeof CLAIM_STATES)[number];
}

export class ResolveClaimDto {
  @ApiProperty({ enum: CLAIM_AWARDS, description: 'Who keeps the business ID: the claimant or the organisation that held it; the other loses it' })
  @IsIn(CLAIM_AWARDS)
  award: (typeof CLAIM_AWARDS)[number];

  @ApiProperty({ example: 'The trade register extract names the claimant', description: 'Why: both organisations read it' })
  @IsString()
  @MinLength(3)
  @MaxLength(2000)
  reason: string;
}
