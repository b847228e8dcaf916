import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsObject, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { PLATFORM_ROLES } from '@kokeilu/identity';
import { OffsetQuery } from '../common/offset-query.js';

export class GrantRoleDto {
  @ApiProperty({ enum: PLATFORM_ROLES })
  @IsIn(PLATFORM_ROLES)
  role: (typeof PLATFORM_ROLES)[number];

  @ApiPropertyOptional({ format: 'uuid', description: 'Required for coordinator, refused for the other roles' })
  @IsOptional()
  @IsUUID('all', { message: 'cityId must be a UUID' })
  cityId?: string;
}

export class RoleGrantDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty({ enum: PLATFORM_ROLES }) role: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) cityId: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'The admin who granted it; null when granted from the command line' }) grantedBy: string | null;
  @ApiProperty() createdAt: Date;
}

export class UserQuery extends OffsetQuery {
  @ApiPropertyOptional({ description: 'Part of an e-mail address' })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  email?: string;
}

class UserRoleDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: PLATFORM_ROLES }) role: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) cityId: string | null;
}

export class UserSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty() locale: string;
  @ApiProperty({ description: 'Whether the owner has proved the address; roles are granted only to verified accounts' }) emailVerified: boolean;
  @ApiProperty({ type: [UserRoleDto] }) roles: UserRoleDto[];
}

export class UserPageDto {
  @ApiProperty({ type: [UserSummaryDto] }) items: UserSummaryDto[];
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: 'integer' }) page: number;
  @ApiProperty({ type: 'integer' }) limit: number;
}

export class LocalizedNameDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(100) fi?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(100) sv?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(100) en?: string;
}

export class CreateCityDto {
  @ApiProperty({ example: 'lahti' })
  @Matches(/^[a-z0-9-]{2,40}$/, { message: 'slug must be 2-40 lower-case letters, digits or "-"' })
  slug: string;

  @ApiProperty({ type: LocalizedNameDto, example: { fi: 'Lahti', sv: 'Lahtis', en: 'Lahti' } })
  @IsObject()
  @ValidateNested()
  @Type(() => LocalizedNameDto)
  name: LocalizedNameDto;
}

export class CityDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty({ type: LocalizedNameDto }) name: LocalizedNameDto;
  @ApiProperty({ description: 'A partner city added by an admin (not one of the six)' }) partner: boolean;
  @ApiProperty() createdAt: Date;
}

export class DeciderDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() displayName: string;
  @ApiProperty() email: string;
}
