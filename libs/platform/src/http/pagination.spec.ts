import { DomainError } from '../errors/domain-error.js';
import { decodeSerialCursor, decodeTimeCursor, encodeCursor } from './pagination.js';

const crafted = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

function refusal(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected a refusal');
}

describe('cursors', () => {
  const id = '0b0f4c1e-8f0a-4a53-9a3e-2d7e1c5b9f00';

  it('reads back a time cursor the API issued', () => {
    expect(decodeTimeCursor(encodeCursor('2026-12-06T18:03:13.775Z', id))).toEqual({ at: '2026-12-06T18:03:13.775Z', id });
  });

  it.each([
    ['a time that is no date', crafted(['2026-13-45T99:00:00.000Z', id])],
    ['text for a time', crafted(['yesterday', id])],
    ['a number for a time', crafted([1e308, id])],
    ['an id that is no UUID', crafted(['2026-12-06T18:03:13.775Z', "1' OR 1=1"])],
    ['no JSON at all', 'not-a-cursor'],
  ])('refuses %s with a 400 naming cursor', (_, cursor) => {
    const error = refusal(() => decodeTimeCursor(cursor));
    expect(error).toBeInstanceOf(DomainError);
    expect(error.code).toBe('validation_failed');
    expect(error.details.fields).toEqual([{ field: 'cursor', message: 'is not a cursor this API issued' }]);
  });

  it('reads back a serial cursor and refuses one past bigint or not a number', () => {
    expect(decodeSerialCursor(encodeCursor('42', '42'))).toBe('42');
    expect(decodeSerialCursor(encodeCursor('9223372036854775807', '9223372036854775807'))).toBe('9223372036854775807');
    for (const id of ['9223372036854775808', '99999999999999999999999', '-1', '0', '1e3', 'abc']) {
      expect(refusal(() => decodeSerialCursor(encodeCursor(id, id))).code).toBe('validation_failed');
    }
  });
});
