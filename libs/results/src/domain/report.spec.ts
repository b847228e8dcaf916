import { DomainError } from '@kokeilu/platform';
import { assertCanFile, assertReportTimely, lastMonthStart, reviewReport, validateReport } from './report.js';

const KPIS = ['k1', 'k2'];
const input = (overrides: Record<string, unknown> = {}) => ({
  kind: 'progress',
  periodStart: '2027-03-01',
  periodEnd: '2027-05-31',
  text: 'Shuttles ran on 60 days',
  kpiValues: { k1: '1200' },
  ...overrides,
});

function fieldsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return ((error as DomainError).details.fields ?? []).map((f) => f.field);
  }
  throw new Error('expected a validation error');
}

describe('validateReport', () => {
  it('accepts a progress report with some KPI values, trimming text and turning numbers into text', () => {
    expect(validateReport(input({ text: '  ok  ', kpiValues: { k1: 5, k2: ' 7 ' } }), KPIS)).toEqual({
      kind: 'progress',
      periodStart: '2027-03-01',
      periodEnd: '2027-05-31',
      text: 'ok',
      kpiValues: { k1: '5', k2: '7' },
    });
  });

  it('names every bad field at once', () => {
    expect(fieldsOf(() => validateReport(input({ kind: 'annual', periodStart: '2027-02-30', text: ' ', kpiValues: { nope: '1', k1: '' } }), KPIS))).toEqual([
      'kind',
      'periodStart',
      'text',
      'kpiValues.nope',
      'kpiValues.k1',
    ]);
    expect(fieldsOf(() => validateReport(input({ periodEnd: '2027-02-01' }), KPIS))).toEqual(['periodEnd']);
    expect(fieldsOf(() => validateReport(input({ kpiValues: { k1: { deep: 1 } } }), KPIS))).toEqual(['kpiValues.k1']);
  });

  it('a final report gives a value for every KPI', () => {
    expect(fieldsOf(() => validateReport(input({ kind: 'final' }), KPIS))).toEqual(['kpiValues.k2']);
    expect(validateReport(input({ kind: 'final', kpiValues: { k1: '1', k2: '2' } }), KPIS).kind).toBe('final');
  });
});

describe('filing and reviewing', () => {
  it('nothing is filed on a completed pilot, and one final report waits at a time', () => {
    expect(() => assertCanFile({ state: 'completed' }, { kind: 'progress' }, [])).toThrow(expect.objectContaining({ code: 'conflict' }));
    expect(() => assertCanFile({ state: 'active' }, { kind: 'final' }, [{ kind: 'final', state: 'submitted' }])).toThrow(expect.objectContaining({ code: 'conflict' }));
    expect(() => assertCanFile({ state: 'cancelled' }, { kind: 'progress' }, [])).toThrow(expect.objectContaining({ code: 'conflict' }));
    expect(() => assertCanFile({ state: 'active' }, { kind: 'final' }, [{ kind: 'final', state: 'returned' }])).not.toThrow();
    expect(() => assertCanFile({ state: 'active' }, { kind: 'progress' }, [{ kind: 'final', state: 'submitted' }])).not.toThrow();
  });

  it('accepts a submitted report; the final one completes the pilot', () => {
    expect(reviewReport({ state: 'active' }, { id: 'r1', kind: 'progress', state: 'submitted' }, [], { verdict: 'accept', comment: null })).toEqual({ state: 'accepted', completesPilot: false });
    expect(reviewReport({ state: 'active' }, { id: 'r2', kind: 'final', state: 'submitted' }, [{ id: 'r1', state: 'accepted' }], { verdict: 'accept', comment: 'Well done' })).toEqual({
      state: 'accepted',
      completesPilot: true,
    });
  });

  it('returns a report only with a reason; an answered report or a completed pilot is a conflict', () => {
    expect(reviewReport({ state: 'active' }, { id: 'r1', kind: 'progress', state: 'submitted' }, [], { verdict: 'return', reason: 'Add the May figures' }).state).toBe('returned');
    expect(fieldsOf(() => reviewReport({ state: 'active' }, { id: 'r1', kind: 'progress', state: 'submitted' }, [], { verdict: 'return', reason: '  ' }))).toEqual(['reason']);
    expect(() => reviewReport({ state: 'active' }, { id: 'r1', kind: 'progress', state: 'accepted' }, [], { verdict: 'accept', comment: null })).toThrow(expect.objectContaining({ code: 'conflict' }));
    expect(() => reviewReport({ state: 'completed' }, { id: 'r1', kind: 'progress', state: 'submitted' }, [], { verdict: 'accept', comment: null })).toThrow(
      expect.objectContaining({ code: 'conflict' }),
    );
  });

  it('the final report waits until every other report is answered', () => {
    expect(() =>
      reviewReport({ state: 'active' }, { id: 'r2', kind: 'final', state: 'submitted' }, [{ id: 'r1', state: 'submitted' }, { id: 'r2', state: 'submitted' }], { verdict: 'accept', comment: null }),
    ).toThrow(expect.objectContaining({ code: 'conflict' }));
  });
});

describe('assertReportTimely', () => {
  const period = { start: '2027-03-01', end: '2027-11-30' };
  const fields = (fn: () => void) => {
    try {
      fn();
    } catch (error) {
      expect(error).toMatchObject({ code: 'rule_violation' });
      return (error as { details: { fields: { field: string }[] } }).details.fields.map((f) => f.field).sort();
    }
    return [];
  };
  const progress = (periodStart: string, periodEnd: string) => ({ kind: 'progress' as const, periodStart, periodEnd });
  const final = (periodStart: string, periodEnd: string) => ({ kind: 'final' as const, periodStart, periodEnd });

  it('takes a report of a period within the pilot that has begun', () => {
    expect(fields(() => assertReportTimely(progress('2027-03-01', '2027-05-31'), period, '2027-06-02'))).toEqual([]);
    // A period may still be running on the day it is reported.
    expect(fields(() => assertReportTimely(progress('2027-06-01', '2027-06-30'), period, '2027-06-01'))).toEqual([]);
  });

  it('refuses a period that has not begun, or that lies outside the pilot', () => {
    expect(fields(() => assertReportTimely(progress('2027-06-02', '2027-06-30'), period, '2027-06-01'))).toEqual(['periodStart']);
    expect(fields(() => assertReportTimely(progress('2027-02-15', '2027-03-31'), period, '2027-06-01'))).toEqual(['periodStart']);
    expect(fields(() => assertReportTimely(progress('2027-11-01', '2027-12-15'), period, '2027-12-20'))).toEqual(['periodEnd']);
  });

  it('takes a final report from the first day of the pilot’s last month, reaching into it', () => {
    expect(lastMonthStart(period)).toBe('2027-11-01');
    expect(fields(() => assertReportTimely(final('2027-03-01', '2027-11-30'), period, '2027-11-01'))).toEqual([]);
    expect(fields(() => assertReportTimely(final('2027-03-01', '2027-11-30'), period, '2028-01-15'))).toEqual([]);
  });

  it('refuses a final report before the last month, and one that stops short of it', () => {
    expect(fields(() => assertReportTimely(final('2027-03-01', '2027-10-31'), period, '2027-10-31'))).toEqual(['kind', 'periodEnd']);
    expect(fields(() => assertReportTimely(final('2027-03-01', '2027-10-31'), period, '2027-12-01'))).toEqual(['periodEnd']);
    // The case that completed a pilot before it began.
    expect(fields(() => assertReportTimely(final('2027-03-01', '2027-11-30'), period, '2026-12-06'))).toEqual(['kind', 'periodStart']);
  });

  it('counts a pilot shorter than a month from its first day, and checks only the dates when the period is unknown', () => {
    expect(lastMonthStart({ start: '2027-03-10', end: '2027-03-20' })).toBe('2027-03-10');
    expect(fields(() => assertReportTimely(final('2027-03-10', '2027-03-20'), null, '2027-03-12'))).toEqual([]);
    expect(fields(() => assertReportTimely(final('2027-03-13', '2027-03-20'), null, '2027-03-12'))).toEqual(['periodStart']);
  });
});
