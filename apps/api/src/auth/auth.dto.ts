import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { LOCALES, PASSWORD_MAX_LENGTH } from '@kokeilu/identity';

export class RegisterDto {
  @ApiProperty({ example: 'anna@firma.fi' })
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
  @ApiProperty()
  @IsString()
  @MinLength(20)
  @MaxLength(200)
  refreshToken: string;
}

export class TokenPairDto {
  @ApiProperty() accessToken: string;
  @ApiProperty() refreshToken: string;
  @ApiProperty({ example: 'Bearer' }) tokenType: string;
  @ApiProperty({ description: 'Seconds until the access token expires' }) expiresIn: number;
}

export class UserDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: LOCALES }) locale: string;
  @ApiProperty() createdAt: Date;
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
