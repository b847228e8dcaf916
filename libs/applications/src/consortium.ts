import type { EntityManager } from 'typeorm';
import type { ConsortiumOrganisation } from './domain/eligibility/min-operators-in-cities.js';

/** The lead and the partners that accepted, as they are now: what a submission freezes. */
export async function loadConsortium(
  tx: EntityManager,
  applicationId: string,
  leadOrganisationId: string,
): Promise<{ lead: ConsortiumOrganisation; partners: ConsortiumOrganisation[] }> {
  const rows: (ConsortiumOrganisation & { lead: boolean })[] = await tx.query(
    `SELECT o.id AS "organisationId", o.name, o.type, o.home_municipality AS "homeMunicipality", o.id = $2 AS lead
       FROM organisations o
      WHERE o.id = $2
         OR o.id IN (SELECT organisation_id FROM application_partners WHERE application_id = $1 AND state = 'accepted')
      ORDER BY o.id`,
    [applicationId, leadOrganisationId],
  );
  const strip = ({ lead: _lead, ...org }: ConsortiumOrganisation & { lead: boolean }): ConsortiumOrganisation => org;
  const lead = rows.find((r) => r.lead);
  if (!lead) throw new Error(`lead organisation ${leadOrganisationId} of application ${applicationId} is missing`);
  return { lead: strip(lead), partners: rows.filter((r) => !r.lead).map(strip) };
}

export function consortiumIds(consortium: { lead: ConsortiumOrganisation; partners: ConsortiumOrganisation[] }): string[] {
  return [consortium.lead.organisationId, ...consortium.partners.map((p) => p.organisationId)];
}
