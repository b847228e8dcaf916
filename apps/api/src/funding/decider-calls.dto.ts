import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { LOCALES } from '@kokeilu/platform';
import { OffsetQuery } from '../common/offset-query.js';

const CALL_STATES = ['scheduled', 'open', 'closed', 'in_evaluation', 'decided'];

export class DeciderCallsQuery extends OffsetQuery {
  @ApiPropertyOptional({ enum: LOCALES, description: 'Overrides Accept-Language for the titles' })
  @IsOptional()
  @IsIn(LOCALES, { message: `lang must be one of ${LOCALES.join(', ')}` })
  lang?: (typeof LOCALES)[number];
}

export class DeciderCallDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'In the language asked for, or the first present' }) title: string;
  @ApiProperty({ enum: CALL_STATES }) state: string;
  @ApiProperty() closesAt: Date;
  @ApiProperty() reviewDeadline: Date;
  @ApiProperty({ type: 'integer' }) budgetCents: number;
  @ApiProperty({ type: String, enum: ['proposed', 'decided'], nullable: true, description: 'The funding proposal, null before the ranking made one' })
  proposalState: 'proposed' | 'decided' | null;
  @ApiProperty({ description: 'A proposal waits for your approval: the call is in evaluation and its proposal undecided' }) awaitingDecision: boolean;
}

export class DeciderCallPageDto {
  @ApiProperty({ type: [DeciderCallDto] }) items: DeciderCallDto[];
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: 'integer' }) page: number;
  @ApiProperty({ type: 'integer' }) limit: number;
}
