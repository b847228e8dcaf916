import { messageTableProblems, phraseTableProblems } from '@kokeilu/platform';
import { APPLICATION_STATES, submit, withdraw } from './application.js';
import { APPLICATION_MESSAGES, APPLICATION_STATE_PHRASES } from './messages.js';

describe('the messages of applications', () => {
  it('are proper sentences in fi, sv and en', () => {
    expect(messageTableProblems(APPLICATION_MESSAGES)).toEqual([]);
  });

  it('name every state of an application in fi, sv and en (a call’s states are the calls library’s)', () => {
    expect(Object.keys(APPLICATION_STATE_PHRASES).sort()).toEqual([...APPLICATION_STATES].sort());
    expect(phraseTableProblems(APPLICATION_STATE_PHRASES)).toEqual([]);
  });

  it('say every refused submit and withdrawal as a whole sentence', () => {
    for (const state of APPLICATION_STATES) {
      for (const result of [submit(state), withdraw(state)]) {
        if (result.ok) continue;
        expect(messageTableProblems({ [result.message.code]: result.message.text })).toEqual([]);
      }
    }
  });
});
