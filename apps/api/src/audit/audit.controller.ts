import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags, ApiOperation } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { type Actor, Authenticated, CurrentActor } from '@kokeilu/access';
import { AuditQueryService } from '@kokeilu/identity';
import { PageQuery } from '@kokeilu/platform';

export class AuditQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'organisation' }) @IsOptional() @IsString() @MaxLength(64) entityType?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(128) entityId?: string;
  @ApiPropertyOptional({ example: 'organisation.updated' }) @IsOptional() @IsString() @MaxLength(64) action?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all', { message: 'actorId must be a UUID' }) actorId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all', { message: 'organisationId must be a UUID' }) organisationId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all', { message: 'cityId must be a UUID' }) cityId?: string;
  @ApiPropertyOptional({ format: 'date-time' }) @IsOptional() @Type(() => Date) @IsDate({ message: 'from must be a date-time' }) from?: Date;
  @ApiPropertyOptional({ format: 'date-time' }) @IsOptional() @Type(() => Date) @IsDate({ message: 'to must be a date-time' }) to?: Date;
}

class AuditEventDto {
  @ApiProperty() id: string;
  @ApiProperty() occurredAt: Date;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) actorId: string | null;
  @ApiProperty({ nullable: true, type: String, description: "The actor's display name; null for the system's own work" }) actorName: string | null;
  @ApiProperty() action: string;
  @ApiProperty() entityType: string;
  @ApiProperty() entityId: string;
  @ApiProperty({ nullable: true, type: String }) organisationId: string | null;
  @ApiProperty({ nullable: true, type: String }) cityId: string | null;
  @ApiProperty({ nullable: true, type: String }) callId: string | null;
  @ApiProperty({ nullable: true, type: Object }) before: unknown;
  @ApiProperty({ nullable: true, type: Object }) after: unknown;
  @ApiProperty({ nullable: true, type: String }) requestId: string | null;
}

class AuditPageDto {
  @ApiProperty({ type: [AuditEventDto] }) items: AuditEventDto[];
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditQueryService) {}

  @Get()
  @Authenticated(400)
  @ApiOkResponse({
    type: AuditPageDto,
    description:
      "Newest first. Admins see all; everyone else each event whose object they may read in the state it was in: members their organisations' and their consortia's, " +
      "coordinators their cities', deciders their calls' (from publication). A draft's edits stay its consortium's; scores, ranks and consensus reach the consortium once the call is decided.",
  })
  @ApiOperation({ summary: 'Read the audit log within your scope' })
  list(@CurrentActor() actor: Actor, @Query() query: AuditQuery) {
    return this.audit.list(actor, { ...query, limit: query.limit ?? 50 });
  }
}
