import { incompleteLists, keepMine, adoptIds, type Application, changesOf, checkBudget, contentOf, type DraftValues, eurosText, formFieldOf, parseEuros, parseStoredDraft, valuesOf } from './draft';

const empty: DraftValues = {
  title: 'Robot buses',
  summary: '',
  plan: '',
  expectedImpact: '',
  kpis: [],
  budgetLines: [],
  requestedGrant: '',
  pilotStart: '',
  pilotEnd: '',
  testbedIds: [],
};

const application = (overrides: Partial<Application> = {}): Application =>
  ({
    title: 'Robot buses',
    summary: null,
    plan: 'Drive',
    expectedImpact: null,
    kpis: [{ id: 'k1', name: 'Riders', baseline: '0', target: '500' }],
    budgetLines: [{ id: 'b1', category: 'personnel', description: 'Drivers', amountCents: 1_234_550, eligible: true }],
    requestedGrantCents: 900_000,
    pilotPeriod: { start: '2027-03-01', end: '2027-08-31' },
    testbedIds: ['t1'],
    ...overrides,
  }) as Application;

describe('euros typed as text', () => {
  it('reads spaces as thousands separators and a comma or a point before the cents', () => {
    expect(parseEuros('1 234,5')).toBe(123_450);
    expect(parseEuros('1234.50 €')).toBe(123_450);
    expect(parseEuros('12\u00a0000')).toBe(1_200_000);
    expect(parseEuros('0')).toBe(0);
  });

  it('refuses what is not an amount', () => {
    expect(parseEuros('')).toBeNull();
    expect(parseEuros('12,345')).toBeNull();
    expect(parseEuros('-5')).toBeNull();
    expect(parseEuros('ten')).toBeNull();
  });

  it('writes cents back in the language’s decimal mark', () => {
    expect(eurosText(123_450, 'fi')).toBe('1234,50');
    expect(eurosText(123_450, 'en')).toBe('1234.50');
    expect(eurosText(500_000, 'fi')).toBe('5000');
    expect(eurosText(null, 'fi')).toBe('');
  });
});

describe('the form and the API', () => {
  it('round-trips an application through the form', () => {
    const values = valuesOf(application(), 'fi');
    expect(values.budgetLines[0].amount).toBe('12345,50');
    expect(contentOf(values)).toEqual({
      title: 'Robot buses',
      summary: null,
      plan: 'Drive',
      expectedImpact: null,
      kpis: [{ id: 'k1', name: 'Riders', baseline: '0', target: '500' }],
      budgetLines: [{ id: 'b1', category: 'personnel', description: 'Drivers', amountCents: 1_234_550, eligible: true }],
      requestedGrantCents: 900_000,
      pilotPeriod: { start: '2027-03-01', end: '2027-08-31' },
      testbedIds: ['t1'],
    });
  });

  it('sends an amount that is not a number as typed, for the API to name the field', () => {
    const content = contentOf({ ...empty, requestedGrant: 'lots', budgetLines: [{ category: 'other', description: 'x', amount: '1,2,3', eligible: false }] });
    expect(content.requestedGrantCents).toBe('lots');
    expect((content.budgetLines as { amountCents: unknown }[])[0].amountCents).toBe('1,2,3');
  });

  it('patches only the fields that changed', () => {
    const saved = valuesOf(application(), 'en');
    expect(changesOf(saved, saved)).toEqual({});
    expect(changesOf({ ...saved, summary: 'New', pilotEnd: '2027-09-30' }, saved)).toEqual({ summary: 'New', pilotPeriod: { start: '2027-03-01', end: '2027-09-30' } });
    expect(changesOf({ ...saved, summary: '  ' }, saved)).toEqual({});
  });

  it('keeps my changed fields over theirs and takes theirs for the rest', () => {
    const base = valuesOf(application(), 'fi');
    const mine = { ...base, summary: 'Mine', pilotEnd: '2027-12-31' };
    const theirs = { ...base, summary: 'Theirs', plan: 'Their plan' };
    expect(keepMine(mine, base, theirs)).toEqual({ ...base, summary: 'Mine', plan: 'Their plan', pilotEnd: '2027-12-31' });
  });

  it('holds back lists with a new item still being filled in, but never one the server has', () => {
    expect(incompleteLists({ ...empty, kpis: [{ name: 'Riders', baseline: '', target: '' }] })).toEqual(['kpis']);
    expect(incompleteLists({ ...empty, budgetLines: [{ category: 'other', description: 'Rent', amount: '', eligible: true }] })).toEqual(['budgetLines']);
    expect(incompleteLists({ ...empty, kpis: [{ id: 'k1', name: '', baseline: '', target: '' }], budgetLines: [{ category: 'other', description: 'Rent', amount: '10', eligible: true }] })).toEqual([]);
  });

  it('takes the ids the server gave to new list items, by position', () => {
    const values = { ...empty, kpis: [{ name: 'Riders', baseline: '0', target: '500' }, { name: 'Typed meanwhile', baseline: '', target: '1' }] };
    expect(adoptIds(values, application()).kpis.map((kpi) => kpi.id)).toEqual(['k1', undefined]);
  });

  it('puts the API’s field names on the form’s fields', () => {
    expect(formFieldOf('requestedGrantCents')).toBe('requestedGrant');
    expect(formFieldOf('pilotPeriod.end')).toBe('pilotEnd');
    expect(formFieldOf('budgetLines.2.amountCents')).toBe('budgetLines.2.amount');
    expect(formFieldOf('kpis.0.name')).toBe('kpis.0.name');
  });
});

describe('the budget against the call', () => {
  const call = { fundingRatePercent: 75, maxGrantCents: 5_000_000 };

  it('totals the lines and the eligible ones, and limits the grant by the rate and the cap', () => {
    const check = checkBudget(
      {
        budgetLines: [
          { category: 'personnel', description: 'a', amount: '40 000', eligible: true },
          { category: 'travel', description: 'b', amount: '1000,99', eligible: false },
          { category: 'other', description: 'c', amount: 'typing…', eligible: true },
        ],
        requestedGrant: '30000',
      },
      call,
    );
    expect(check).toMatchObject({ totalCents: 4_100_099, eligibleTotalCents: 4_000_000, rateLimitCents: 3_000_000, maxCents: 3_000_000, overRate: false, overCap: false });
  });

  it('flags a grant above the rate, and above the cap', () => {
    const lines = [{ category: 'personnel' as const, description: 'a', amount: '100000', eligible: true }];
    expect(checkBudget({ budgetLines: lines, requestedGrant: '75000,01' }, call)).toMatchObject({ overRate: true, overCap: true, maxCents: 5_000_000 });
    expect(checkBudget({ budgetLines: lines, requestedGrant: '' }, call)).toMatchObject({ requestedCents: null, overRate: false, overCap: false });
  });
});

describe('unsaved edits kept in the tab', () => {
  it('reads what it wrote and nothing else', () => {
    expect(parseStoredDraft(JSON.stringify({ baseVersion: 3, values: empty }))).toEqual({ baseVersion: 3, values: empty });
    expect(parseStoredDraft('{"baseVersion":"3"}')).toBeNull();
    expect(parseStoredDraft('not json')).toBeNull();
    expect(parseStoredDraft(null)).toBeNull();
  });
});
