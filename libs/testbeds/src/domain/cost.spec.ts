import { normaliseCost } from './cost.js';

describe('cost model', () => {
  it('accepts free and negotiable', () => {
    expect(normaliseCost({ kind: 'free' })).toEqual({ cost: { kind: 'free' }, problems: [] });
    expect(normaliseCost({ kind: 'negotiable' })).toEqual({ cost: { kind: 'negotiable' }, problems: [] });
  });

  it('accepts a fee with whole cents and a unit', () => {
    expect(normaliseCost({ kind: 'fee', amountCents: 15000, unit: 'week' })).toEqual({ cost: { kind: 'fee', amountCents: 15000, unit: 'week' }, problems: [] });
  });

  it('needs a positive whole amount and a known unit for a fee', () => {
    for (const amountCents of [0, -100, 12.5, '100', undefined, 1e12]) {
      expect(normaliseCost({ kind: 'fee', amountCents, unit: 'day' }).problems.map((p) => p.field)).toEqual(['cost.amountCents']);
    }
    expect(normaliseCost({ kind: 'fee', amountCents: 100, unit: 'year' }).problems.map((p) => p.field)).toEqual(['cost.unit']);
    expect(normaliseCost({ kind: 'fee' }).problems.map((p) => p.field)).toEqual(['cost.amountCents', 'cost.unit']);
  });

  it('refuses an amount or unit on free and negotiable', () => {
    expect(normaliseCost({ kind: 'free', amountCents: 100 }).problems.map((p) => p.field)).toEqual(['cost.amountCents']);
    expect(normaliseCost({ kind: 'negotiable', unit: 'day' }).problems.map((p) => p.field)).toEqual(['cost.unit']);
  });

  it('refuses unknown kinds and non-objects', () => {
    expect(normaliseCost({ kind: 'cheap' }).problems.map((p) => p.field)).toEqual(['cost.kind']);
    expect(normaliseCost('free').problems.map((p) => p.field)).toEqual(['cost']);
    expect(normaliseCost(null).problems.map((p) => p.field)).toEqual(['cost']);
  });
});
