import { QueryFailedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { DomainError } from '../errors/domain-error.js';
import { isDatabaseUnavailable, problemOf } from './problem.js';

describe('problemOf for a lost database connection', () => {
  const terminated = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });

  it('answers a terminated backend, a dropped socket or no connection at all with 503 and a moment to wait', () => {
    const cases: unknown[] = [
      new QueryFailedError('SELECT 1', [], terminated),
      new QueryFailedError('COMMIT', [], new Error('Connection terminated unexpectedly')),
      new Error('Client has encountered a connection error and is not queryable'),
      new Error('timeout exceeded when trying to connect'),
      Object.assign(new Error('connect ECONNREFUSED'), { code: '08006' }),
      new Error('commit failed', { cause: terminated }),
      new QueryFailedError('SELECT 1', [], Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })),
      new QueryRunnerProviderAlreadyReleasedError(),
    ];
    for (const error of cases) {
      expect(isDatabaseUnavailable(error)).toBe(true);
      expect(problemOf(error)).toMatchObject({ status: 503, code: 'unavailable', retryAfterSeconds: 1 });
    }
  });

  it('keeps other database errors as 500 without internals', () => {
    const problem = problemOf(new QueryFailedError('SELECT x', [], Object.assign(new Error('column "x" does not exist'), { code: '42703' })));
    expect(problem).toMatchObject({ status: 500, code: 'internal' });
    expect(JSON.stringify(problem)).not.toMatch(/column|SELECT/);
  });
});

describe('problemOf for a domain error', () => {
  const message = {
    code: 'booking.not_requested',
    text: { fi: 'Hyväksyttyä varausta ei voi hyväksyä uudelleen.', sv: 'En godkänd bokning kan inte godkännas igen.', en: 'An approved booking cannot be approved again.' },
  };

  it("says a message of a table in the caller's language and names its code", () => {
    expect(problemOf(new DomainError('conflict', message, { state: 'approved' }), ['fi', 'en', 'sv'])).toMatchObject({
      status: 409,
      code: 'conflict',
      messageCode: 'booking.not_requested',
      detail: 'Hyväksyttyä varausta ei voi hyväksyä uudelleen.',
      state: 'approved',
    });
    expect(problemOf(new DomainError('conflict', message), ['sv', 'en', 'fi']).detail).toBe('En godkänd bokning kan inte godkännas igen.');
    expect(problemOf(new DomainError('conflict', message)).detail).toBe('An approved booking cannot be approved again.');
  });

  it('keeps a plain message as it is, without a message code', () => {
    const problem = problemOf(DomainError.conflict('The call is decided.'), ['fi', 'en', 'sv']);
    expect(problem.detail).toBe('The call is decided.');
    expect(problem).not.toHaveProperty('messageCode');
  });
});
