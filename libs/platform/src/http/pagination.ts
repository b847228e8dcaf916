import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { DomainError } from '../errors/domain-error.js';
import { isUuid } from '../util/uuid.js';

export const MAX_PAGE_SIZE = 100;

export class PageQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;

  @ApiPropertyOptional({ description: 'Opaque cursor from `nextCursor` of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  nextCursor: string | null;
}

/** A keyset cursor: the sort key and id of the last row, base64url-encoded. */
export function encodeCursor(key: string | number, id: string): string {
  return Buffer.from(JSON.stringify([key, id])).toString('base64url');
}

export function decodeCursor(cursor: string): [string | number, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      (typeof value[0] === 'string' || typeof value[0] === 'number') &&
      typeof value[1] === 'string'
    ) {
      return [value[0], value[1]];
    }
  } catch {
    // fall through to the validation error below
  }
  throw notIssued();
}

const notIssued = () => DomainError.invalid('cursor', 'is not a cursor this API issued');

/** The largest value of PostgreSQL's `bigint`, the type of serial ids. */
const MAX_BIGINT = 9_223_372_036_854_775_807n;

/**
 * A cursor of a list ordered by a time and a UUID (newest first, say): both checked, so that a
 * crafted cursor is a 400 naming `cursor` rather than a query the database refuses.
 */
export function decodeTimeCursor(cursor: string): { at: string; id: string } {
  const [key, id] = decodeCursor(cursor);
  const at = typeof key === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/.test(key) ? new Date(key) : null;
  if (!at || Number.isNaN(at.getTime()) || !isUuid(id)) throw notIssued();
  return { at: key as string, id };
}

/** A cursor of a list ordered by a serial (`bigint`) id: the id, checked to be one. */
export function decodeSerialCursor(cursor: string): string {
  const [, id] = decodeCursor(cursor);
  if (!/^[1-9][0-9]{0,18}$/.test(id) || BigInt(id) > MAX_BIGINT) throw notIssued();
  return id;
}

/**
 * Every row of a keyset-ordered read, fetched `batchSize` at a time after the last id seen, so
 * memory stays flat however many rows there are.
 */
export async function* keysetBatches<R extends { id: string }>(
  fetch: (after: string | null, limit: number) => Promise<R[]>,
  batchSize: number,
): AsyncGenerator<R> {
  let after: string | null = null;
  for (;;) {
    const rows = await fetch(after, batchSize);
    yield* rows;
    if (rows.length < batchSize) return;
    after = rows[rows.length - 1].id;
  }
}
