import { LOCALES, messageTableProblems } from '@kokeilu/platform';
import { ACCESS_MESSAGES, FORBIDDEN_MESSAGES } from './messages.js';
import { ACTIONS } from './policy.js';

describe('the refusals of the policy', () => {
  it('say every action of the policy as a sentence in fi, sv and en', () => {
    expect(ACTIONS.length).toBeGreaterThan(30);
    for (const action of ACTIONS) {
      for (const locale of LOCALES) expect({ action, locale, text: FORBIDDEN_MESSAGES[action]?.[locale] }).toEqual({ action, locale, text: expect.stringMatching(/\S/) });
    }
    expect(Object.keys(FORBIDDEN_MESSAGES).sort()).toEqual([...ACTIONS].sort());
  });

  it('are proper sentences, and so are the other refusals', () => {
    expect(messageTableProblems(FORBIDDEN_MESSAGES)).toEqual([]);
    expect(messageTableProblems(ACCESS_MESSAGES)).toEqual([]);
  });

  it('never spell an action as its code', () => {
    for (const action of ACTIONS) {
      for (const locale of LOCALES) expect(FORBIDDEN_MESSAGES[action][locale]).not.toContain(action.replace(/\./g, ' '));
    }
  });
});
