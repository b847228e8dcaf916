import { searchPages, toggleTag } from './poolSearch';

describe('searchPages', () => {
  it('counts the pages and whether there is one before and after', () => {
    expect(searchPages(25, 1, 10)).toEqual({ pages: 3, hasPrevious: false, hasNext: true });
    expect(searchPages(25, 2, 10)).toEqual({ pages: 3, hasPrevious: true, hasNext: true });
    expect(searchPages(25, 3, 10)).toEqual({ pages: 3, hasPrevious: true, hasNext: false });
    expect(searchPages(20, 2, 10)).toEqual({ pages: 2, hasPrevious: true, hasNext: false });
  });

  it('keeps one page for no results', () => {
    expect(searchPages(0, 1, 10)).toEqual({ pages: 1, hasPrevious: false, hasNext: false });
  });
});

describe('toggleTag', () => {
  it('adds a tag once and takes it away', () => {
    expect(toggleTag(['mobility'], 'energy', true)).toEqual(['mobility', 'energy']);
    expect(toggleTag(['mobility', 'energy'], 'energy', true)).toEqual(['mobility', 'energy']);
    expect(toggleTag(['mobility', 'energy'], 'mobility', false)).toEqual(['energy']);
    expect(toggleTag([], 'mobility', false)).toEqual([]);
  });
});
