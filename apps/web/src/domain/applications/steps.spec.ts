import { IDEA_STEPS, isStep, STEPS, stepsOf } from './steps';

describe('the wizard’s steps', () => {
  it('asks an idea to a first stage for less: no indicators, the rest as an application', () => {
    expect(stepsOf({ secondStageId: null })).toEqual(STEPS);
    expect(stepsOf({ secondStageId: '00000000-0000-4000-8000-000000000002' })).toEqual(['consortium', 'plan', 'budget', 'testbeds', 'review']);
  });

  it('knows a step only among the steps it is given', () => {
    expect(isStep('kpis')).toBe(true);
    expect(isStep('kpis', IDEA_STEPS)).toBe(false);
    expect(isStep('budget', IDEA_STEPS)).toBe(true);
    expect(isStep(undefined)).toBe(false);
  });
});
