import {
  bedUse,
  bookingsPerBed,
  budgetUse,
  cityWindow,
  publicResults,
  reviewerProgress,
  scoreDistributions,
  scoresByEvaluator,
  submissionsOverTime,
  verdictsByRule,
} from './dashboard.js';

const CRITERIA = [
  { key: 'impact', name: { fi: 'Vaikuttavuus' }, scale: { min: 0, max: 5, step: 0.5 } },
  { key: 'feasibility', name: { fi: 'Toteutettavuus' }, scale: { min: 1, max: 5, step: 1 } },
];

describe('submissionsOverTime', () => {
  const opens = new Date('2026-11-01T08:00:00Z');
  const closes = new Date('2026-11-05T14:00:00Z');

  it('has a point for every day from the opening to the deadline, days without submissions included, with the running total', () => {
    const series = submissionsOverTime(
      [
        { day: '2026-11-02', count: 2 },
        { day: '2026-11-04', count: 1 },
      ],
      opens,
      closes,
      new Date('2026-12-01T00:00:00Z'),
    );
    expect(series.map((d) => d.day)).toEqual(['2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05']);
    expect(series.map((d) => d.submitted)).toEqual([0, 2, 0, 1, 0]);
    expect(series.map((d) => d.cumulative)).toEqual([0, 2, 2, 3, 3]);
  });

  it('stops at today while the call is open, and reaches a late submission of an extension', () => {
    expect(submissionsOverTime([], opens, closes, new Date('2026-11-02T12:00:00Z')).map((d) => d.day)).toEqual(['2026-11-01', '2026-11-02']);
    const late = submissionsOverTime([{ day: '2026-11-07', count: 1 }], opens, closes, new Date('2026-12-01T00:00:00Z'));
    expect(late.at(-1)).toEqual({ day: '2026-11-07', submitted: 1, cumulative: 1 });
  });

  it('reads days in Helsinki: 23.30 UTC on the last day of October is already the first of November', () => {
    expect(submissionsOverTime([], new Date('2026-10-31T23:30:00Z'), closes, closes)[0].day).toBe('2026-11-01');
  });
});

describe('verdictsByRule', () => {
  it('adds up passes and failures per rule in the order the rules are checked', () => {
    const rows = [
      { rule: 'partners', pass: true, count: 3 },
      { rule: 'budget', pass: false, count: 1 },
      { rule: 'budget', pass: true, count: 2 },
      { rule: 'unknown', pass: true, count: 1 },
    ];
    expect(verdictsByRule(rows, ['budget', 'partners'])).toEqual([
      { rule: 'budget', passed: 2, failed: 1 },
      { rule: 'partners', passed: 3, failed: 0 },
      { rule: 'unknown', passed: 1, failed: 0 },
    ]);
  });
});

describe('scoreDistributions and scoresByEvaluator', () => {
  const reviews = [
    { evaluatorId: 'e1', scores: { impact: { score: 4.5 }, feasibility: { score: 4 } } },
    { evaluatorId: 'e1', scores: { impact: { score: 4.5 }, feasibility: { score: 5 } } },
    { evaluatorId: 'e2', scores: { impact: { score: 2.5 }, feasibility: { score: 3 } } },
    { evaluatorId: 'e2', scores: { impact: { score: null } } },
  ];

  it('bins every criterion on each step of its scale, with the count and the mean of the scores given', () => {
    const [impact, feasibility] = scoreDistributions(CRITERIA, reviews);
    expect(impact.bins).toHaveLength(11);
    expect(impact.bins.filter((b) => b.count > 0)).toEqual([
      { score: 2.5, count: 1 },
      { score: 4.5, count: 2 },
    ]);
    expect(impact).toMatchObject({ count: 3, mean: 3.83, min: 0, max: 5 });
    expect(feasibility.bins.map((b) => b.count)).toEqual([0, 0, 1, 1, 1]);
    expect(feasibility.mean).toBe(4);
  });

  it('has no mean before any score', () => {
    expect(scoreDistributions(CRITERIA, [])[0]).toMatchObject({ count: 0, mean: null });
  });

  it('shows a lenient evaluator above the mean of all reviews and a harsh one below', () => {
    const [e1, e2] = scoresByEvaluator(CRITERIA, reviews);
    expect(e1.criteria[0]).toEqual({ key: 'impact', count: 2, mean: 4.5, difference: 0.67 });
    expect(e1.leniency).toBeGreaterThan(0);
    expect(e2.criteria[0]).toEqual({ key: 'impact', count: 1, mean: 2.5, difference: -1.33 });
    expect(e2.leniency).toBeLessThan(0);
  });
});

describe('reviewerProgress', () => {
  it('counts submitted of assigned per evaluator, declined reviews apart', () => {
    expect(
      reviewerProgress([
        { evaluatorId: 'e2', state: 'assigned', count: 2 },
        { evaluatorId: 'e2', state: 'submitted', count: 1 },
        { evaluatorId: 'e2', state: 'declined', count: 1 },
        { evaluatorId: 'e1', state: 'submitted', count: 3 },
      ]),
    ).toEqual([
      { evaluatorId: 'e1', assigned: 3, submitted: 3, declined: 0 },
      { evaluatorId: 'e2', assigned: 3, submitted: 1, declined: 1 },
    ]);
  });
});

describe('budgetUse', () => {
  it('counts proposed and awarded grants with what each source pays; a declined grant no longer counts', () => {
    const use = budgetUse(100_000, ['erdf', 'city', 'state'], [
      { state: 'awarded', grantCents: 40_000, shares: [{ source: 'erdf', cents: 24_000 }, { source: 'city', cents: 16_000 }] },
      { state: 'proposed', grantCents: 10_000, shares: [{ source: 'erdf', cents: 6_000 }, { source: 'city', cents: 4_000 }] },
      { state: 'declined', grantCents: 30_000, shares: [{ source: 'erdf', cents: 30_000 }] },
    ]);
    expect(use).toEqual({
      budgetCents: 100_000,
      committedCents: 50_000,
      remainingCents: 50_000,
      bySource: [
        { source: 'erdf', cents: 30_000 },
        { source: 'city', cents: 20_000 },
        { source: 'state', cents: 0 },
      ],
    });
  });
});

describe('the city window, bookings per bed and use against capacity', () => {
  it('spans six months back and five ahead of the current month', () => {
    expect(cityWindow('2026-12-07')).toEqual({
      start: '2026-06-01',
      end: '2027-05-31',
      months: ['2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12', '2027-01', '2027-02', '2027-03', '2027-04', '2027-05'],
    });
  });

  const beds = [
    { id: 'b1', name: { fi: 'Labra' }, capacity: 2 },
    { id: 'b2', name: { fi: 'Halli' }, capacity: 1 },
  ];
  const bookings = [
    { testbedId: 'b1', startDate: '2026-12-20', endDate: '2027-01-09' },
    { testbedId: 'b1', startDate: '2027-01-01', endDate: '2027-01-10' },
    { testbedId: 'b2', startDate: '2026-05-25', endDate: '2026-06-03' },
  ];

  it('counts a booking in every month it runs through', () => {
    const [b1, b2] = bookingsPerBed(beds, bookings, ['2026-06', '2026-12', '2027-01', '2027-02']);
    expect(b1.months).toEqual([
      { month: '2026-06', bookings: 0 },
      { month: '2026-12', bookings: 1 },
      { month: '2027-01', bookings: 2 },
      { month: '2027-02', bookings: 0 },
    ]);
    expect(b2.months[0]).toEqual({ month: '2026-06', bookings: 1 });
  });

  it('sets the booked days inside the window against the days times capacity', () => {
    const [b1, b2] = bedUse(beds, bookings, '2026-06-01', '2026-06-30');
    expect(b1).toMatchObject({ capacityDays: 60, bookedDays: 0, usePercent: 0 });
    expect(b2).toMatchObject({ capacity: 1, capacityDays: 30, bookedDays: 3, usePercent: 10 });
    expect(bedUse(beds, bookings, '2026-12-01', '2027-01-31')[0]).toMatchObject({ capacityDays: 124, bookedDays: 31, usePercent: 25 });
  });
});

describe('publicResults', () => {
  it('lists the projects largest grant first and sums where the money goes and who pays', () => {
    const grant = (title: string, municipality: string, grantCents: number) => ({
      applicationId: title,
      title,
      recipient: `${title} Oy`,
      municipality,
      grantCents,
      shares: [
        { source: 'erdf', cents: grantCents * 0.6 },
        { source: 'city', cents: grantCents * 0.4 },
      ],
    });
    const results = publicResults(['erdf', 'city', 'state'], [grant('B', 'Tampere', 10_000), grant('A', 'Helsinki', 30_000), grant('C', 'Tampere', 30_000)]);
    expect(results.projects.map((p) => p.title)).toEqual(['A', 'C', 'B']);
    expect(results.totalCents).toBe(70_000);
    expect(results.byMunicipality).toEqual([
      { municipality: 'Tampere', projects: 2, cents: 40_000 },
      { municipality: 'Helsinki', projects: 1, cents: 30_000 },
    ]);
    expect(results.bySource).toEqual([
      { source: 'erdf', cents: 42_000 },
      { source: 'city', cents: 28_000 },
      { source: 'state', cents: 0 },
    ]);
  });

  it('is empty, not missing, when every grant was given back', () => {
    expect(publicResults(['erdf'], [])).toEqual({ totalCents: 0, projects: [], byMunicipality: [], bySource: [{ source: 'erdf', cents: 0 }] });
  });
});
