import { ApplicationContent, budgetTotals, contentProblems } from './content.js';

const content: ApplicationContent = {
  title: 'Robot buses',
  summary: null,
  plan: null,
  expectedImpact: null,
  kpis: [],
  budgetLines: [
    { id: 'b1', category: 'personnel', description: 'Drivers', amountCents: 8_000_000, eligible: true },
    { id: 'b2', category: 'other', description: 'Catering', amountCents: 12_345, eligible: false },
  ],
  requestedGrantCents: null,
  pilotPeriod: null,
  testbedIds: [],
};

describe('application content', () => {
  it('computes the total and the eligible total in cents', () => {
    expect(budgetTotals(content.budgetLines)).toEqual({ totalCents: 8_012_345, eligibleTotalCents: 8_000_000 });
    expect(budgetTotals([])).toEqual({ totalCents: 0, eligibleTotalCents: 0 });
  });

  it('accepts an incomplete draft', () => {
    expect(contentProblems(content)).toEqual([]);
  });

  it('names contradictory fields', () => {
    expect(
      contentProblems({
        ...content,
        title: ' ',
        pilotPeriod: { start: '2027-06-01', end: '2027-05-31' },
        testbedIds: ['t1', 't1'],
        kpis: [
          { id: 'k', name: 'a', baseline: '0', target: '1' },
          { id: 'k', name: 'b', baseline: '0', target: '1' },
        ],
      }),
    ).toEqual([
      { field: 'title', message: 'must not be blank' },
      { field: 'pilotPeriod.end', message: 'must not be before start' },
      { field: 'testbedIds', message: 'must not repeat a test bed' },
      { field: 'kpis', message: 'id k is used twice' },
    ]);
    expect(contentProblems({ ...content, pilotPeriod: { start: '2027-02-30', end: '2027-03-01' } })).toEqual([
      { field: 'pilotPeriod.start', message: 'must be a date (YYYY-MM-DD)' },
    ]);
  });
});
