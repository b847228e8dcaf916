import type { EntityManager } from 'typeorm';
import { programmeText } from '@kokeilu/platform';
import type { CallFacts } from './call-facts.js';
import { type EligibilitySubject, evaluateEligibility, rulesOfCall } from './domain/eligibility/evaluate.js';
import type { CityRef, OperatorIdentity } from './domain/eligibility/min-operators-in-cities.js';
import type { ChosenTestbed } from './domain/eligibility/test-beds-published.js';
import type { Verdict } from './domain/eligibility/verdict.js';
import type { RevisionSnapshot } from './domain/snapshot.js';

/** What the rules judge of a revision, or of a working copy frozen the way a submission would freeze it. */
export function subjectOf(snapshot: RevisionSnapshot): Omit<EligibilitySubject, 'testbeds' | 'operators'> {
  return {
    content: snapshot,
    lead: snapshot.consortium.lead,
    partners: snapshot.consortium.partners,
    eligibleCostsCents: snapshot.totals.eligibleTotalCents,
  };
}

/**
 * Rule 2 on a snapshot: the call's rules with the platform's cities and the chosen test beds as
 * they are now. The eligibility job judges each submitted revision with it, and the pre-check a
 * working copy, so that both give the same verdicts for the same application.
 */
export async function judgeEligibility(tx: EntityManager, call: CallFacts, snapshot: RevisionSnapshot): Promise<Verdict[]> {
  // The cities, the chosen beds and who the consortium's organisations are, in one round trip. A
  // draft bed's name is the city's unpublished work: the verdict names it by id only.
  const organisationIds = [snapshot.consortium.lead, ...snapshot.consortium.partners].map((o) => o.organisationId);
  const [facts]: { cities: CityRef[]; beds: { id: string; state: ChosenTestbed['state']; name: Record<string, string> | null }[]; operators: OperatorIdentity[] }[] = await tx.query(
    `SELECT coalesce((SELECT json_agg(json_build_object('slug', slug, 'name', name)) FROM cities), '[]') AS cities,
            coalesce((SELECT json_agg(json_build_object('id', id, 'state', state, 'name', CASE WHEN state <> 'draft' THEN name END))
                        FROM testbeds WHERE id = ANY($1::uuid[])), '[]') AS beds,
            coalesce((SELECT json_agg(json_build_object(
                               'organisationId', o.id, 'verified', o.identity_state = 'verified',
                               'registration', coalesce(o.business_id, o.foreign_registration_id),
                               'peopleIds', coalesce((SELECT json_agg(m.user_id) FROM memberships m WHERE m.organisation_id = o.id), '[]')))
                        FROM organisations o WHERE o.id = ANY($2::uuid[])), '[]') AS operators`,
    [snapshot.testbedIds, organisationIds],
  );
  const { cities, beds, operators } = facts;
  const testbeds: ChosenTestbed[] = snapshot.testbedIds.map((id) => {
    const bed = beds.find((b) => b.id === id);
    const offeredByCall = !call.testbedIds.length || call.testbedIds.includes(id);
    return bed ? { id, state: bed.state, name: programmeText(bed.name), offeredByCall } : { id, state: null, name: null, offeredByCall };
  });
  return evaluateEligibility(rulesOfCall(call, cities), { ...subjectOf(snapshot), testbeds, operators });
}
