import type { EntityManager } from 'typeorm';
import type { ConsortiumOrganisation } from './domain/eligibility/min-operators-in-cities.js';

export interface Consortium {
  lead: ConsortiumOrganisation;
  partners: ConsortiumOrganisation[];
  /** Every member of the consortium's organisations: who hears about the application. */
  memberIds: string[];
  /** Each organisation's e-mail domain (null: none) as it stands now: a revision records it (conflicts of interest are judged by it). */
  emailDomains: Record<string, string | null>;
}

/** One organisation of a consortium as `CONSORTIUM_ROWS` answers it. */
export type ConsortiumRow = ConsortiumOrganisation & { lead: boolean; memberIds: string[]; emailDomain: string | null };

/**
 * The rows of an application's consortium (the lead and the partners that accepted, with their
 * members), given the SQL of the application's id and of its lead organisation's.
 */
export function consortiumRowsSql(applicationId: string, leadOrganisationId: string): string {
  return `SELECT o.id AS "organisationId", o.name, o.type, o.home_municipality AS "homeMunicipality", o.id = ${leadOrganisationId} AS lead, o.email_domain AS "emailDomain",
            coalesce((SELECT array_agg(m.user_id::text) FROM memberships m WHERE m.organisation_id = o.id), '{}') AS "memberIds"
       FROM organisations o
      WHERE o.id = ${leadOrganisationId}
         OR o.id IN (SELECT organisation_id FROM application_partners WHERE application_id = ${applicationId} AND state = 'accepted')
      ORDER BY o.id`;
}

/** The lead and the partners that accepted, as they are now (what a submission freezes), with their members. */
export async function loadConsortium(tx: EntityManager, applicationId: string, leadOrganisationId: string): Promise<Consortium> {
  return consortiumOf(await tx.query(consortiumRowsSql('$1', '$2'), [applicationId, leadOrganisationId]), applicationId, leadOrganisationId);
}

/** The consortium of `consortiumRowsSql`'s rows. */
export function consortiumOf(rows: ConsortiumRow[], applicationId: string, leadOrganisationId: string): Consortium {
  const strip = ({ lead: _lead, memberIds: _members, emailDomain: _domain, ...org }: ConsortiumRow): ConsortiumOrganisation => org;
  const lead = rows.find((r) => r.lead);
  if (!lead) throw new Error(`lead organisation ${leadOrganisationId} of application ${applicationId} is missing`);
  return {
    lead: strip(lead),
    partners: rows.filter((r) => !r.lead).map(strip),
    memberIds: [...new Set(rows.flatMap((r) => r.memberIds))],
    emailDomains: Object.fromEntries(rows.map((r) => [r.organisationId, r.emailDomain])),
  };
}

export function consortiumIds(consortium: Pick<Consortium, 'lead' | 'partners'>): string[] {
  return [consortium.lead.organisationId, ...consortium.partners.map((p) => p.organisationId)];
}
