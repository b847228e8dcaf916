import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { LOCALES, PASSWORD_MAX_LENGTH } from '@kokeilu/identity';

/** Space around an address is a slip of the hand, not a reason to refuse it. */
const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class RegisterDto {
  @ApiProperty({
    example: 'anna@firma.fi',
    description: 'Kept in one normal form: trimmed, lower-case, an internationalised domain in ASCII (punycode). A verification e-mail goes to it; until the owner proves it, the account may sign in and read but not change anything.',
  })
  @Transform(trimmed)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ minLength: 10, example: 'kesä-kokeilu-2026' })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;

  @ApiProperty({ example: 'Anna Virtanen' })
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  displayName: string;

  @ApiPropertyOptional({ enum: LOCALES, example: 'fi', description: 'Language of e-mails and notifications; by default the first of Accept-Language we speak, else fi' })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: 'fi' | 'sv' | 'en';
}

export class LoginDto {
  @ApiProperty({ example: 'anna@firma.fi' })
  @Transform(trimmed)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;
}

export class RefreshDto {
  @ApiPropertyOptional({
    minLength: 20,
    maxLength: 200,
    description: 'The refresh token; required without `X-Session: cookie`, and left out with it (the cookie carries the token, the body is `{}`)',
  })
  @IsOptional()
  @IsString()
  @MinLength(20)
  @MaxLength(200)
  refreshToken?: string;
}

export class TokenPairDto {
  @ApiProperty() accessToken: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The refresh token, to present once to /auth/refresh; null with `X-Session: cookie`, where the cookie `kokeilu_refresh` carries it',
  })
  refreshToken: string | null;
  @ApiProperty({ example: 'Bearer' }) tokenType: string;
  @ApiProperty({ type: 'integer', description: 'Seconds until the access token expires' }) expiresIn: number;
}

export class UserDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'The address in its normal form (lower-case, domain in punycode)', example: 'anna@firma.fi' }) email: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: LOCALES }) locale: string;
  @ApiProperty({
    description: 'Whether the owner has proved the address. Until then every write but the verification itself answers 403 with code `email_unverified`.',
  })
  emailVerified: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: Date;
}

export class VerifyEmailDto {
  @ApiPropertyOptional({
    description: 'The `token` query parameter of the link in the verification e-mail. Works signed in or not (the link may be opened in another browser). Give `token` or `code`, not both.',
    minLength: 20,
    maxLength: 200,
  })
  @IsOptional()
  @IsString()
  @MinLength(20)
  @MaxLength(200)
  token?: string;

  @ApiPropertyOptional({
    description: 'The six-digit code of the latest verification e-mail, typed by the signed-in owner (send the bearer token). Five wrong tries end the code; the link still works.',
    example: '042917',
    pattern: '^[0-9]{3}[ -]?[0-9]{3}$',
  })
  @IsOptional()
  @IsString()
  @Matches(/^[0-9]{3}[ -]?[0-9]{3}$/, { message: 'code must be the six digits of the verification e-mail' })
  code?: string;
}

export class EmailVerifiedDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty({ example: 'anna@firma.fi' }) email: string;
  @ApiProperty({ enum: [true], example: true }) emailVerified: boolean;
  @ApiProperty({ format: 'date-time' }) emailVerifiedAt: Date;
}

export class VerificationSentDto {
  @ApiProperty({ description: 'Where the e-mail went', example: 'anna@firma.fi' }) email: string;
  @ApiProperty({ format: 'date-time', description: 'When its link and code stop working (24 hours)' }) expiresAt: Date;
  @ApiProperty({ format: 'date-time', description: 'When another e-mail may be asked for (one a minute, five a day); earlier asks answer 429 with Retry-After' })
  resendAvailableAt: Date;
}

export class RegisteredUserDto extends UserDto {
  @ApiProperty() updatedAt: Date;
}

export class RoleDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['admin', 'coordinator', 'evaluator', 'decider'] }) role: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) cityId: string | null;
}

export class MembershipDto {
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty() organisationName: string;
  @ApiProperty({ enum: ['owner', 'member'] }) role: string;
}

export class MeDto extends UserDto {
  @ApiProperty({ type: [RoleDto] }) roles: RoleDto[];
  @ApiProperty({ type: [MembershipDto] }) memberships: MembershipDto[];
}
