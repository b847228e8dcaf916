import { messageTableProblems } from '@kokeilu/platform';
import { NOTIFICATION_MESSAGES } from './messages.js';

describe('the messages of notification settings', () => {
  it('are proper sentences in fi, sv and en', () => {
    expect(messageTableProblems(NOTIFICATION_MESSAGES)).toEqual([]);
  });
});
