import { messageTableProblems, phraseTableProblems } from '@kokeilu/platform';
import { CALL_STATES } from './call.js';
import { publish } from './lifecycle.js';
import { CALL_MESSAGES, CALL_STATE_WORDS } from './messages.js';

describe('the messages of calls', () => {
  it('are proper sentences in fi, sv and en, and name every state', () => {
    expect(messageTableProblems(CALL_MESSAGES)).toEqual([]);
    expect(Object.keys(CALL_STATE_WORDS).sort()).toEqual([...CALL_STATES].sort());
    expect(phraseTableProblems(CALL_STATE_WORDS)).toEqual([]);
  });

  it('say a refused publish as a whole sentence', () => {
    const opensAt = new Date('2027-01-01T00:00:00Z');
    const closesAt = new Date('2027-02-01T00:00:00Z');
    const refused = publish({ state: 'in_evaluation', opensAt, closesAt }, new Date('2026-12-01T00:00:00Z'));
    expect(!refused.ok && refused.message.text).toEqual({
      fi: 'Vain luonnoksen voi julkaista; tämä haku on arvioitavana.',
      sv: 'Endast ett utkast kan publiceras; den här utlysningen är under bedömning.',
      en: 'Only a draft can be published; this call is in evaluation.',
    });
  });
});
