import { messageTableProblems } from '@kokeilu/platform';
import { RESULTS_MESSAGES } from './messages.js';

describe('the messages of pilots and reports', () => {
  it('are proper sentences in fi, sv and en', () => {
    expect(messageTableProblems(RESULTS_MESSAGES)).toEqual([]);
  });
});
