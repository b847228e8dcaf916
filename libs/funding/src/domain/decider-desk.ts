/** The state of a call's funding proposal, or null before the first ranking made one. */
export type ProposalStateName = 'proposed' | 'decided';

/**
 * Rule 8 from the decider's side: a call awaits its deciders' decision while it is in evaluation
 * and its funding proposal stands undecided. Before the proposal there is nothing to decide; once
 * decided, nothing more.
 */
export function awaitsDecision(callState: string, proposalState: ProposalStateName | null): boolean {
  return callState === 'in_evaluation' && proposalState === 'proposed';
}
