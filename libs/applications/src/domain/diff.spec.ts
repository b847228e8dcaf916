import { diffSnapshots, Json } from './diff.js';

const base = {
  title: 'Robot buses',
  summary: 'Shuttles',
  pilotPeriod: { start: '2027-01-01', end: '2027-06-30' },
  kpis: [{ id: 'k1', name: 'Passengers', baseline: '0', target: '5000' }],
  budgetLines: [
    { id: 'b1', category: 'personnel', description: 'Drivers', amountCents: 100, eligible: true as boolean },
    { id: 'b2', category: 'travel', description: 'Trains', amountCents: 50, eligible: true },
  ],
  testbedIds: ['t1', 't2'],
  totals: { totalCents: 150, eligibleTotalCents: 150 },
  consortium: { lead: { organisationId: 'o1', name: 'Lead Oy' }, partners: [{ organisationId: 'o2', name: 'Partner Oy' }] },
} satisfies Json;

function edit(change: (copy: typeof base) => void) {
  const copy = structuredClone(base);
  change(copy);
  return copy;
}

describe('diffSnapshots', () => {
  it('finds nothing between equal snapshots, whatever the key or list order', () => {
    expect(diffSnapshots(base, structuredClone(base))).toEqual([]);
    const reordered = edit((c) => {
      c.budgetLines.reverse();
      c.testbedIds.reverse();
    });
    expect(diffSnapshots(base, reordered)).toEqual([]);
    const { title, ...rest } = base;
    expect(diffSnapshots(base, { ...rest, title })).toEqual([]);
  });

  it('reports changed fields by path with before and after', () => {
    const after = edit((c) => {
      c.summary = 'Autonomous shuttles';
      c.pilotPeriod.end = '2027-08-31';
    });
    expect(diffSnapshots(base, after)).toEqual([
      { path: 'summary', change: 'changed', before: 'Shuttles', after: 'Autonomous shuttles' },
      { path: 'pilotPeriod.end', change: 'changed', before: '2027-06-30', after: '2027-08-31' },
    ]);
  });

  it('reports list items added, removed and changed, matched by id', () => {
    const after = edit((c) => {
      c.budgetLines[0].amountCents = 120;
      c.budgetLines.splice(1, 1);
      c.budgetLines.push({ id: 'b3', category: 'equipment', description: 'Lidar', amountCents: 30, eligible: false });
      c.totals = { totalCents: 150, eligibleTotalCents: 120 };
    });
    expect(diffSnapshots(base, after)).toEqual([
      {
        path: 'budgetLines[b1]',
        change: 'changed',
        before: base.budgetLines[0],
        after: { ...base.budgetLines[0], amountCents: 120 },
        fields: ['amountCents'],
      },
      { path: 'budgetLines[b2]', change: 'removed', before: base.budgetLines[1] },
      { path: 'budgetLines[b3]', change: 'added', after: { id: 'b3', category: 'equipment', description: 'Lidar', amountCents: 30, eligible: false } },
      { path: 'totals.eligibleTotalCents', change: 'changed', before: 150, after: 120 },
    ]);
  });

  it('treats lists of plain values as sets and organisations by their id', () => {
    const after = edit((c) => {
      c.testbedIds = ['t2', 't3'];
      c.consortium.partners = [{ organisationId: 'o3', name: 'Third Oy' }];
    });
    expect(diffSnapshots(base, after)).toEqual([
      { path: 'testbedIds[t1]', change: 'removed', before: 't1' },
      { path: 'testbedIds[t3]', change: 'added', after: 't3' },
      { path: 'consortium.partners[o2]', change: 'removed', before: { organisationId: 'o2', name: 'Partner Oy' } },
      { path: 'consortium.partners[o3]', change: 'added', after: { organisationId: 'o3', name: 'Third Oy' } },
    ]);
  });

  it('reports fields that appear, disappear or become null', () => {
    expect(diffSnapshots({ a: 1, b: { c: 2 } }, { b: null, d: [1] })).toEqual([
      { path: 'a', change: 'removed', before: 1 },
      { path: 'b', change: 'changed', before: { c: 2 }, after: null },
      { path: 'd', change: 'added', after: [1] },
    ]);
  });

  it('matches anonymous list items by position', () => {
    expect(diffSnapshots({ xs: [{ v: 1 }, { v: 2 }] }, { xs: [{ v: 1 }, { v: 3 }, { v: 4 }] })).toEqual([
      { path: 'xs[1].v', change: 'changed', before: 2, after: 3 },
      { path: 'xs[2]', change: 'added', after: { v: 4 } },
    ]);
  });
});
