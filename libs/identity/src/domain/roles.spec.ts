import { messageTableProblems } from '@kokeilu/platform';
import { IDENTITY_MESSAGES } from './messages.js';
import { roleGrantProblem } from './roles.js';

describe('role grants', () => {
  it('needs a city for a coordinator', () => {
    expect(roleGrantProblem('coordinator', null)).toEqual({ code: 'role.city_required', text: IDENTITY_MESSAGES['role.city_required'] });
    expect(roleGrantProblem('coordinator', 'c1')).toBeNull();
  });
  it('takes no city for other roles', () => {
    expect(roleGrantProblem('evaluator', 'c1')?.text.en).toBe('Only coordinator grants take a city (cityId).');
    expect(roleGrantProblem('admin', undefined)).toBeNull();
  });
});

describe('the messages of identity', () => {
  it('are proper sentences in fi, sv and en', () => {
    expect(messageTableProblems(IDENTITY_MESSAGES)).toEqual([]);
  });
});
