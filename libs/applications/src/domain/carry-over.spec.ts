import { carryOver, IdeaToCarry } from './carry-over.js';

const idea: IdeaToCarry = {
  leadOrganisationId: 'lead',
  partners: [
    { organisationId: 'p1', state: 'accepted' },
    { organisationId: 'p2', state: 'invited' },
  ],
  content: {
    title: 'Smart bus stops',
    summary: 'A page about the idea',
    plan: null,
    expectedImpact: 'Fewer missed buses',
    kpis: [{ id: 'k1', name: 'Missed buses', baseline: '10 %', target: '5 %' }],
    budgetLines: [{ id: 'b1', category: 'personnel', description: 'Estimate', amountCents: 5_000_000, eligible: true }],
    requestedGrantCents: 3_000_000,
    pilotPeriod: { start: '2027-03-01', end: '2027-08-31' },
    testbedIds: ['bed-1', 'bed-2'],
  },
};

describe('carryOver', () => {
  it('keeps the lead, the partners that accepted and every text, KPI and budget line', () => {
    const start = carryOver(idea, []);
    expect(start.leadOrganisationId).toBe('lead');
    expect(start.partnerIds).toEqual(['p1']);
    expect(start.content).toEqual(idea.content);
  });

  it('copies rather than shares the lists, so editing the proposal never changes the idea', () => {
    const start = carryOver(idea, []);
    start.content.kpis[0]!.target = '1 %';
    start.content.budgetLines.push({ id: 'b2', category: 'travel', description: 'Trips', amountCents: 1, eligible: true });
    expect(idea.content.kpis[0]!.target).toBe('5 %');
    expect(idea.content.budgetLines).toHaveLength(1);
  });

  it('leaves out test beds the second stage does not link, when it links any', () => {
    expect(carryOver(idea, ['bed-2', 'bed-9']).content.testbedIds).toEqual(['bed-2']);
  });
});
