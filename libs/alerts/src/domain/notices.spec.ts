import { noticesFor } from './notices.js';

describe('who hears of a new object', () => {
  it('tells each user once, naming every search of theirs it matched, at once if one of them asks', () => {
    const notices = noticesFor([
      { savedSearchId: 's1', userId: 'u2', name: 'Robotit', frequency: 'digest' },
      { savedSearchId: 's2', userId: 'u1', name: 'Tampere', frequency: 'digest' },
      { savedSearchId: 's3', userId: 'u2', name: 'Liikenne', frequency: 'immediate' },
      { savedSearchId: 's4', userId: 'u2', name: 'Robotit', frequency: 'digest' },
    ]);
    expect(notices).toEqual([
      { userId: 'u1', searches: ['Tampere'], frequency: 'digest' },
      { userId: 'u2', searches: ['Liikenne', 'Robotit'], frequency: 'immediate' },
    ]);
  });

  it('tells nobody when nothing matched', () => {
    expect(noticesFor([])).toEqual([]);
  });
});
