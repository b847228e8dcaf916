/** The wizard's steps, in order; each is a part of the address (`/fi/applications/<id>/edit/budget`). */
export const STEPS = ['consortium', 'plan', 'kpis', 'budget', 'testbeds', 'review'] as const;
export type Step = (typeof STEPS)[number];

/**
 * An idea to a two-stage call's first stage asks less: the consortium, a page about the idea, a
 * budget estimate and the pilot period (the full proposal, started from it, adds the rest).
 */
export const IDEA_STEPS = ['consortium', 'plan', 'budget', 'testbeds', 'review'] as const satisfies readonly Step[];

/** The steps of an application to `call`: an idea's when the call is a first stage (it names its second stage). */
export function stepsOf(call: { secondStageId: string | null }): readonly Step[] {
  return call.secondStageId ? IDEA_STEPS : STEPS;
}

export function isStep(value: string | undefined, steps: readonly Step[] = STEPS): value is Step {
  return (steps as readonly string[]).includes(value ?? '');
}

/** Until review starts the lead may edit the working copy and submit it again (libs/applications' canEdit). */
export const EDITABLE_STATES: readonly string[] = ['draft', 'submitted', 'eligible', 'ineligible'];

/** A call's 409 when the deadline has passed (`reason: call_closed`, with the deadline). */
export function closedDeadline(problem: Record<string, unknown> | undefined): string | null {
  return problem && problem.reason === 'call_closed' && typeof problem.deadline === 'string' ? problem.deadline : null;
}
