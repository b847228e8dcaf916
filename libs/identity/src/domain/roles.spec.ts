import { roleGrantProblem } from './roles.js';

describe('role grants', () => {
  it('needs a city for a coordinator', () => {
    expect(roleGrantProblem('coordinator', null)).toMatch(/needs a cityId/);
    expect(roleGrantProblem('coordinator', 'c1')).toBeNull();
  });
  it('takes no city for other roles', () => {
    expect(roleGrantProblem('evaluator', 'c1')).toMatch(/takes no cityId/);
    expect(roleGrantProblem('admin', undefined)).toBeNull();
  });
});
