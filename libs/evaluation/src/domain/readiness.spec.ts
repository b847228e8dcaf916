import { assignmentReadiness, ReadinessFacts } from './readiness.js';

const now = new Date('2027-04-01T12:00:00Z');
const facts = (overrides: Partial<ReadinessFacts> = {}): ReadinessFacts => ({ callState: 'closed', pendingEligibility: 0, latestExtension: null, poolSize: 4, now, ...overrides });

describe('when reviewers can be assigned', () => {
  it('runs for a closed call, and again during evaluation', () => {
    expect(assignmentReadiness(facts())).toEqual({ action: 'run' });
    expect(assignmentReadiness(facts({ callState: 'in_evaluation' }))).toEqual({ action: 'run' });
  });

  it('does nothing before the call closes or after the decision', () => {
    expect(assignmentReadiness(facts({ callState: 'open' }))).toEqual({ action: 'skip', reason: 'the call is open' });
    expect(assignmentReadiness(facts({ callState: 'decided' }))).toEqual({ action: 'skip', reason: 'the call is decided' });
  });

  it('waits for the last deadline extension to end', () => {
    const until = new Date('2027-04-03T12:00:00Z');
    expect(assignmentReadiness(facts({ latestExtension: until }))).toMatchObject({ action: 'wait', until });
    expect(assignmentReadiness(facts({ latestExtension: new Date('2027-03-30T12:00:00Z') }))).toEqual({ action: 'run' });
  });

  it('retries while eligibility checks are pending', () => {
    expect(assignmentReadiness(facts({ pendingEligibility: 2 }))).toEqual({ action: 'retry', reason: '2 application(s) still wait for their eligibility check' });
    expect(assignmentReadiness(facts({ callState: 'in_evaluation', pendingEligibility: 1 }))).toMatchObject({ action: 'retry' });
  });

  it('leaves a call without evaluators closed, until someone adds them and asks again', () => {
    expect(assignmentReadiness(facts({ poolSize: 0 }))).toEqual({ action: 'skip', reason: 'the call has no evaluators yet' });
  });
});
