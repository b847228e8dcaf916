import { messageTableProblems } from '@kokeilu/platform';
import { FUNDING_MESSAGES } from './messages.js';

describe('the messages of funding', () => {
  it('are proper sentences in fi, sv and en', () => {
    expect(messageTableProblems(FUNDING_MESSAGES)).toEqual([]);
  });
});
