import { columnsOf } from './columns.js';

describe('columnsOf', () => {
  it('gives one array per column, in the rows’ order, and empty columns for no rows', () => {
    const rows = [
      { id: 'a', rank: 1, rule: null },
      { id: 'b', rank: 2, rule: 'lottery' },
    ];
    expect(columnsOf(rows, [(r) => r.id, (r) => r.rank, (r) => r.rule])).toEqual([['a', 'b'], [1, 2], [null, 'lottery']]);
    expect(columnsOf([] as typeof rows, [(r) => r.id, (r) => r.rank])).toEqual([[], []]);
  });
});
