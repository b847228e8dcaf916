import type { EntityManager } from 'typeorm';
import type { Audit } from '@kokeilu/platform';

/**
 * An organisation's e-mail domain changed while applications whose submitted consortium it is part
 * of are still to be decided. Conflicts of interest keep judging those applications by the domain
 * their revision recorded at submission; the change itself goes on each application's record, which
 * the call's city and deciders read, with that recorded domain beside it.
 */
export async function auditConsortiumDomainChange(
  tx: EntityManager,
  audit: Audit,
  change: { actorId: string; organisationId: string; before: string | null; after: string | null },
): Promise<number> {
  if ((change.before ?? '') === (change.after ?? '')) return 0;
  const applications: { id: string; leadOrganisationId: string; cityId: string | null; callId: string; recorded: boolean; atSubmission: string | null }[] = await tx.query(
    `SELECT a.id, a.lead_organisation_id AS "leadOrganisationId", c.city_id AS "cityId", a.call_id AS "callId",
            v.email_domains IS NOT NULL AS recorded, v.email_domains->>$1::text AS "atSubmission"
       FROM applications a
       JOIN calls c ON c.id = a.call_id
       JOIN application_revisions v ON v.application_id = a.id AND v.number = a.revision
      WHERE a.revision >= 1 AND a.state NOT IN ('withdrawn', 'funded', 'not_funded') AND c.state <> 'decided'
        AND (a.lead_organisation_id = $1::uuid
             OR v.snapshot#>'{consortium,partners}' @> jsonb_build_array(jsonb_build_object('organisationId', $1::text)))
      ORDER BY a.id`,
    [change.organisationId],
  );
  await audit.recordMany(
    tx,
    applications.map((a) => ({
      actorId: change.actorId,
      action: 'application.consortium_domain_changed',
      entityType: 'application',
      entityId: a.id,
      organisationId: a.leadOrganisationId,
      cityId: a.cityId,
      callId: a.callId,
      before: { organisationId: change.organisationId, emailDomain: change.before },
      after: { organisationId: change.organisationId, emailDomain: change.after, ...(a.recorded ? { atSubmission: a.atSubmission } : {}) },
    })),
  );
  return applications.length;
}
