import type { EntityManager } from 'typeorm';
import { programmeText } from '@kokeilu/platform';
import type { CallFacts } from './call-facts.js';
import { type EligibilityRules, type EligibilitySubject, evaluateEligibility, rulesOfCall } from './domain/eligibility/evaluate.js';
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

/** One snapshot to judge against its call. */
export interface EligibilityCase {
  call: CallFacts;
  snapshot: RevisionSnapshot;
}

interface Facts {
  cities: CityRef[];
  beds: { id: string; state: ChosenTestbed['state']; name: Record<string, string> | null }[];
  operators: OperatorIdentity[];
}

/**
 * Rule 2 on a snapshot: the call's rules with the platform's cities and the chosen test beds as
 * they are now. The eligibility job judges each submitted revision with it, and the pre-check a
 * working copy, so that both give the same verdicts for the same application.
 */
export async function judgeEligibility(tx: EntityManager, call: CallFacts, snapshot: RevisionSnapshot): Promise<Verdict[]> {
  const [verdicts] = await judgeEligibilityOfMany(tx, [{ call, snapshot }]);
  return verdicts;
}

/**
 * Rule 2 on many snapshots at once, answering each one's verdicts in the given order. The cities,
 * every chosen bed and every consortium organisation of all of them are read in one round trip,
 * and each call's rules are worked out once.
 */
export async function judgeEligibilityOfMany(tx: EntityManager, cases: readonly EligibilityCase[]): Promise<Verdict[][]> {
  if (!cases.length) return [];
  const bedIds = [...new Set(cases.flatMap(({ snapshot }) => snapshot.testbedIds))];
  const organisationIds = [...new Set(cases.flatMap(({ snapshot }) => [snapshot.consortium.lead, ...snapshot.consortium.partners].map((o) => o.organisationId)))];
  // A draft bed's name is the city's unpublished work: the verdict names it by id only.
  const [facts]: Facts[] = await tx.query(
    `SELECT coalesce((SELECT json_agg(json_build_object('slug', slug, 'name', name)) FROM cities), '[]') AS cities,
            coalesce((SELECT json_agg(json_build_object('id', id, 'state', state, 'name', CASE WHEN state <> 'draft' THEN name END))
                        FROM testbeds WHERE id = ANY($1::uuid[])), '[]') AS beds,
            coalesce((SELECT json_agg(json_build_object(
                               'organisationId', o.id, 'verified', o.identity_state = 'verified',
                               'registration', coalesce(o.business_id, o.foreign_registration_id),
                               'peopleIds', coalesce((SELECT json_agg(m.user_id) FROM memberships m WHERE m.organisation_id = o.id), '[]')))
                        FROM organisations o WHERE o.id = ANY($2::uuid[])), '[]') AS operators`,
    [bedIds, organisationIds],
  );
  const beds = new Map(facts.beds.map((bed) => [bed.id, bed]));
  const operators = new Map(facts.operators.map((operator) => [operator.organisationId, operator]));
  const rules = new Map<CallFacts, EligibilityRules>();
  return cases.map(({ call, snapshot }) => {
    if (!rules.has(call)) rules.set(call, rulesOfCall(call, facts.cities));
    const testbeds: ChosenTestbed[] = snapshot.testbedIds.map((id) => {
      const bed = beds.get(id);
      const offeredByCall = !call.testbedIds.length || call.testbedIds.includes(id);
      return bed ? { id, state: bed.state, name: programmeText(bed.name), offeredByCall } : { id, state: null, name: null, offeredByCall };
    });
    // The consortium's organisations as the single-snapshot query found them: each one once, in the database's order.
    const own = new Set([snapshot.consortium.lead, ...snapshot.consortium.partners].map((o) => o.organisationId));
    const consortium = [...own].flatMap((id) => operators.get(id) ?? []);
    return evaluateEligibility(rules.get(call)!, { ...subjectOf(snapshot), testbeds, operators: consortium });
  });
}
