import type { ApplicationContent } from './content.js';

export interface IdeaToCarry {
  content: ApplicationContent;
  leadOrganisationId: string;
  partners: { organisationId: string; state: 'invited' | 'accepted' }[];
}

export interface FullProposalStart {
  content: ApplicationContent;
  leadOrganisationId: string;
  /** partners that had accepted the idea: they are in the full proposal's consortium from the start */
  partnerIds: string[];
}

/**
 * The full proposal starts from the invited idea, as the idea's latest submitted revision had it:
 * the same lead and the partners that had accepted, every text, KPI, budget line and the pilot
 * period carried over, to be completed. Test beds the second stage does not link are left out
 * when it links any (an empty list links every bed).
 */
export function carryOver(idea: IdeaToCarry, secondStageTestbedIds: readonly string[]): FullProposalStart {
  const testbedIds = secondStageTestbedIds.length ? idea.content.testbedIds.filter((id) => secondStageTestbedIds.includes(id)) : [...idea.content.testbedIds];
  return {
    leadOrganisationId: idea.leadOrganisationId,
    partnerIds: idea.partners.filter((p) => p.state === 'accepted' && p.organisationId !== idea.leadOrganisationId).map((p) => p.organisationId),
    content: {
      title: idea.content.title,
      summary: idea.content.summary,
      plan: idea.content.plan,
      expectedImpact: idea.content.expectedImpact,
      kpis: idea.content.kpis.map((k) => ({ ...k })),
      budgetLines: idea.content.budgetLines.map((b) => ({ ...b })),
      requestedGrantCents: idea.content.requestedGrantCents,
      pilotPeriod: idea.content.pilotPeriod ? { ...idea.content.pilotPeriod } : null,
      testbedIds,
    },
  };
}
