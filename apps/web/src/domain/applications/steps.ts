/** The wizard's steps, in order; each is a part of the address (`/fi/applications/<id>/edit/budget`). */
export const STEPS = ['consortium', 'plan', 'kpis', 'budget', 'testbeds', 'review'] as const;
export type Step = (typeof STEPS)[number];

export function isStep(value: string | undefined): value is Step {
  return (STEPS as readonly string[]).includes(value ?? '');
}

/** Until review starts the lead may edit the working copy and submit it again (libs/applications' canEdit). */
export const EDITABLE_STATES: readonly string[] = ['draft', 'submitted', 'eligible', 'ineligible'];

/** A call's 409 when the deadline has passed (`reason: call_closed`, with the deadline). */
export function closedDeadline(problem: Record<string, unknown> | undefined): string | null {
  return problem && problem.reason === 'call_closed' && typeof problem.deadline === 'string' ? problem.deadline : null;
}
