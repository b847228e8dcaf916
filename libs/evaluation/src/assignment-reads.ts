import type { EntityManager } from 'typeorm';
import type { ConflictPair } from './domain/assignment.js';
import {
  conflictDomain,
  ConflictReason,
  ConsortiumOrganisation,
  DeclaredConflict,
  detectConflicts,
  emailDomainOf,
  EvaluatorFacts,
  PastConsortium,
  RecordedDomains,
} from './domain/conflicts.js';
import type { EvaluationCall } from './evaluation-facts.js';

// What an assignment run reads before it plans: the applications to cover, the call's pool and the
// conflicts of interest between them.

/** A conflict of interest found between a pool evaluator and an application, with its reasons. */
export type FoundConflict = ConflictPair & { reasons: ConflictReason[] };

/** An application the assignment covers, with the revision its reviewers will read. */
export interface TargetRow {
  id: string;
  state: string;
  leadOrganisationId: string;
  revisionId: string;
  /** The consortium as the revision states it: its lead, then its partners. */
  revisionOrganisationIds: string[];
  /** The test beds the revision chose. */
  testbedIds: string[];
  acceptedPartnerIds: string[];
  /** The consortium's e-mail domains as the revision recorded them at submission; null for an older revision. */
  recordedDomains: RecordedDomains | null;
}

/** An evaluator of the call's pool. */
export interface PoolRow {
  userId: string;
  email: string;
  expertise: string[];
  organisationIds: string[];
}

/**
 * The applications to cover: eligible or already in review, each with its latest revision. One
 * JSON document of arrays rather than rows: thousands of rows with arrays in them parse much
 * slower, and keys repeated ten thousand times cost more than the values.
 */
export async function readTargets(tx: EntityManager, callId: string, only?: string[]): Promise<TargetRow[]> {
  const [{ targets }]: { targets: [string, string, string, string, string[], string[], string[], RecordedDomains | null][] }[] = await tx.query(
    `SELECT coalesce(json_agg(json_build_array(
              a.id, a.state, a.lead_organisation_id, v.id,
              jsonb_path_query_array(v.snapshot, '$.consortium.lead.organisationId')
                || jsonb_path_query_array(v.snapshot, '$.consortium.partners[*].organisationId'),
              coalesce(v.snapshot->'testbedIds', '[]'),
              ARRAY(SELECT p.organisation_id FROM application_partners p WHERE p.application_id = a.id AND p.state = 'accepted'),
              v.email_domains
            ) ORDER BY a.submitted_at, a.id), '[]') AS targets
       FROM applications a
       JOIN application_revisions v ON v.application_id = a.id AND v.number = a.revision
      WHERE a.call_id = $1 AND a.state IN ('eligible', 'in_review') AND ($2::uuid[] IS NULL OR a.id = ANY($2::uuid[]))`,
    [callId, only ?? null],
  );
  return targets.map(([id, state, leadOrganisationId, revisionId, revisionOrganisationIds, testbedIds, acceptedPartnerIds, recordedDomains]) => ({
    id,
    state,
    leadOrganisationId,
    revisionId,
    revisionOrganisationIds,
    testbedIds,
    acceptedPartnerIds,
    recordedDomains,
  }));
}

/** The pool: users added to the call who still hold the evaluator role. */
export async function readPool(tx: EntityManager, callId: string): Promise<PoolRow[]> {
  return tx.query(
    `SELECT ce.evaluator_id AS "userId", u.email, ce.expertise,
            coalesce((SELECT array_agg(m.organisation_id::text) FROM memberships m WHERE m.user_id = ce.evaluator_id), '{}') AS "organisationIds"
       FROM call_evaluators ce
       JOIN users u ON u.id = ce.evaluator_id
      WHERE ce.call_id = $1 AND EXISTS (SELECT 1 FROM role_grants g WHERE g.user_id = ce.evaluator_id AND g.role = 'evaluator')
      ORDER BY ce.evaluator_id`,
    [callId],
  );
}

/** Adds `value` to the list under `key`, in place: lists rebuilt on every append grow quadratically. */
function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export async function findConflicts(tx: EntityManager, call: EvaluationCall, targets: TargetRow[], pool: PoolRow[]): Promise<FoundConflict[]> {
  if (!targets.length || !pool.length) return [];
  const consortia = new Map(
    targets.map((t) => [
      t.id,
      [...new Set([t.leadOrganisationId, ...t.revisionOrganisationIds, ...t.acceptedPartnerIds])],
    ]),
  );
  const organisations: ConsortiumOrganisation[] = await tx.query(`SELECT id, name, email_domain AS "emailDomain" FROM organisations WHERE id = ANY($1::uuid[])`, [
    [...new Set([...consortia.values()].flat())],
  ]);
  const orgById = new Map(organisations.map((o) => [o.id, o]));
  // Each application's organisations with the e-mail domain its revision is judged by.
  const judged = new Map(
    targets.map((t) => [
      t.id,
      (consortia.get(t.id) ?? [])
        .map((id) => orgById.get(id))
        .filter((o): o is ConsortiumOrganisation => !!o)
        .map((o) => ({ ...o, emailDomain: conflictDomain(t.recordedDomains, o.id, o.emailDomain) })),
    ]),
  );
  const consortiumOf = (applicationId: string): ConsortiumOrganisation[] => judged.get(applicationId) ?? [];
  const declared: (DeclaredConflict & { evaluatorId: string })[] = await tx.query(
    `SELECT evaluator_id AS "evaluatorId", organisation_id AS "organisationId", application_id AS "applicationId", reason
       FROM declared_conflicts WHERE evaluator_id = ANY($1::uuid[])`,
    [pool.map((p) => p.userId)],
  );
  const history = await pastConsortia(tx, call.id, [...new Set(pool.flatMap((p) => p.organisationIds))]);
  const declaredBy = new Map<string, DeclaredConflict[]>();
  for (const d of declared) append(declaredBy, d.evaluatorId, d);

  // Indexes that find the pairs where a conflict is possible, so the rules run on those alone
  // rather than on every evaluator with every application.
  const order = new Map(targets.map((t, i) => [t.id, i]));
  const applicationsOf = new Map<string, string[]>();
  for (const [applicationId, organisationIds] of consortia) {
    for (const organisationId of organisationIds) append(applicationsOf, organisationId, applicationId);
  }
  // Applications by the domains they are judged by.
  const byDomain = new Map<string, string[]>();
  for (const applicationId of consortia.keys()) {
    for (const organisation of consortiumOf(applicationId)) {
      // The normalisation of sharesEmailDomain: an evaluator at x.acme.fi matches acme.fi.
      const domain = organisation.emailDomain?.trim().toLowerCase().replace(/^@/, '').replace(/\.$/, '');
      if (domain) append(byDomain, domain, applicationId);
    }
  }

  const found: FoundConflict[] = [];
  for (const evaluator of pool) {
    const facts: EvaluatorFacts = {
      userId: evaluator.userId,
      email: evaluator.email,
      organisationIds: evaluator.organisationIds,
      declared: declaredBy.get(evaluator.userId) ?? [],
    };
    const own = new Set(evaluator.organisationIds);
    const relevant = history.filter((h) => h.organisationIds.some((id) => own.has(id)));
    const organisationsToCheck = new Set<string>([...evaluator.organisationIds, ...relevant.flatMap((h) => h.organisationIds)]);
    const possible = new Set<string>();
    const domain = emailDomainOf(evaluator.email);
    if (domain) {
      const labels = domain.split('.');
      for (let i = 0; i < labels.length; i++) for (const id of byDomain.get(labels.slice(i).join('.')) ?? []) possible.add(id);
    }
    for (const d of facts.declared) {
      if (d.organisationId) organisationsToCheck.add(d.organisationId);
      if (d.applicationId && order.has(d.applicationId)) possible.add(d.applicationId);
    }
    for (const organisationId of organisationsToCheck) for (const applicationId of applicationsOf.get(organisationId) ?? []) possible.add(applicationId);
    for (const applicationId of [...possible].sort((a, b) => (order.get(a) as number) - (order.get(b) as number))) {
      const reasons = detectConflicts(facts, { id: applicationId, callId: call.id, organisations: consortiumOf(applicationId) }, relevant);
      if (reasons.length) found.push({ applicationId, evaluatorId: evaluator.userId, kinds: reasons.map((r) => r.kind), reasons });
    }
  }
  return found;
}

/** Consortia of other calls that include one of the given organisations (submitted at least once). */
async function pastConsortia(tx: EntityManager, callId: string, organisationIds: string[]): Promise<PastConsortium[]> {
  if (!organisationIds.length) return [];
  return tx.query(
    `SELECT a.id AS "applicationId", a.call_id AS "callId", coalesce(c.title->>'fi', c.title->>'en', c.title->>'sv') AS "callTitle",
            array_append(coalesce((SELECT array_agg(p.organisation_id::text) FROM application_partners p WHERE p.application_id = a.id AND p.state = 'accepted'), '{}'),
                         a.lead_organisation_id::text) AS "organisationIds"
       FROM applications a
       JOIN calls c ON c.id = a.call_id
      WHERE a.call_id <> $1 AND a.revision >= 1
        AND (a.lead_organisation_id = ANY($2::uuid[])
             OR EXISTS (SELECT 1 FROM application_partners q WHERE q.application_id = a.id AND q.state = 'accepted' AND q.organisation_id = ANY($2::uuid[])))`,
    [callId, organisationIds],
  );
}
