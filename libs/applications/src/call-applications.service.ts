import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor, Policy } from '@kokeilu/access';
import { callResource, findCall } from './call-facts.js';
import type { ApplicationState } from './domain/application.js';

/** One line of a call's application list: for a submitted application, what its latest revision says. */
export interface CallApplicationSummary {
  id: string;
  state: ApplicationState;
  leadOrganisationId: string;
  leadOrganisationName: string;
  leadBusinessId: string | null;
  partners: string[];
  title: string;
  requestedGrantCents: number | null;
  totalCents: number;
  eligibleTotalCents: number;
  pilotStart: string | null;
  pilotEnd: string | null;
  revision: number;
  submittedAt: Date | null;
  late: boolean;
  /** null until the eligibility check of the latest revision has run (and for drafts). */
  eligible: boolean | null;
  createdAt: Date;
}

export interface CallApplicationFilter {
  state?: ApplicationState;
  /** Lead or accepted partner. */
  organisationId?: string;
}

/** An export holds at most this many rows; a call of this size would be without precedent. */
export const EXPORT_LIMIT = 20_000;

const SUMMARY = `
  SELECT a.id, a.state, a.lead_organisation_id AS "leadOrganisationId", lo.name AS "leadOrganisationName", lo.business_id AS "leadBusinessId",
         CASE WHEN r.id IS NULL
              THEN coalesce((SELECT array_agg(po.name ORDER BY po.name) FROM application_partners p JOIN organisations po ON po.id = p.organisation_id
                              WHERE p.application_id = a.id AND p.state = 'accepted'), '{}')
              ELSE coalesce((SELECT array_agg(x->>'name' ORDER BY x->>'name') FROM jsonb_array_elements(r.snapshot#>'{consortium,partners}') x), '{}')
         END AS partners,
         CASE WHEN r.id IS NULL THEN a.title ELSE r.snapshot->>'title' END AS title,
         CASE WHEN r.id IS NULL THEN a.requested_grant_cents::float8 ELSE (r.snapshot->>'requestedGrantCents')::float8 END AS "requestedGrantCents",
         CASE WHEN r.id IS NULL THEN a.total_cents::float8 ELSE (r.snapshot#>>'{totals,totalCents}')::float8 END AS "totalCents",
         CASE WHEN r.id IS NULL THEN a.eligible_total_cents::float8 ELSE (r.snapshot#>>'{totals,eligibleTotalCents}')::float8 END AS "eligibleTotalCents",
         CASE WHEN r.id IS NULL THEN a.pilot_start::text ELSE r.snapshot#>>'{pilotPeriod,start}' END AS "pilotStart",
         CASE WHEN r.id IS NULL THEN a.pilot_end::text ELSE r.snapshot#>>'{pilotPeriod,end}' END AS "pilotEnd",
         a.revision, a.submitted_at AS "submittedAt", coalesce(r.extension_id IS NOT NULL, false) AS late,
         (SELECT bool_and(e.pass) FROM eligibility_results e WHERE e.revision_id = r.id) AS eligible,
         a.created_at AS "createdAt"
    FROM applications a
    JOIN organisations lo ON lo.id = a.lead_organisation_id
    LEFT JOIN application_revisions r ON r.application_id = a.id AND r.number = a.revision`;

const WHERE = `
  WHERE a.call_id = $1 AND a.revision >= 1 AND ($2::text IS NULL OR a.state = $2)
    AND ($3::uuid IS NULL OR a.lead_organisation_id = $3
         OR EXISTS (SELECT 1 FROM application_partners p WHERE p.application_id = a.id AND p.organisation_id = $3 AND p.state = 'accepted'))`;

/** A call's applications for those who run the call: its city's coordinators and admins. */
@Injectable()
export class CallApplicationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: Policy,
  ) {}

  async list(actor: Actor, callId: string, filter: CallApplicationFilter, limit: number, offset: number): Promise<{ items: CallApplicationSummary[]; total: number }> {
    await this.authorize(actor, callId);
    const params = [callId, filter.state ?? null, filter.organisationId ?? null];
    const [{ total }]: { total: number }[] = await this.dataSource.query(`SELECT count(*)::int AS total FROM applications a ${WHERE}`, params);
    const items: CallApplicationSummary[] = await this.dataSource.query(`${SUMMARY} ${WHERE} ORDER BY a.created_at, a.id LIMIT $4 OFFSET $5`, [...params, limit, offset]);
    return { items, total };
  }

  async all(actor: Actor, callId: string, filter: CallApplicationFilter): Promise<CallApplicationSummary[]> {
    await this.authorize(actor, callId);
    return this.dataSource.query(`${SUMMARY} ${WHERE} ORDER BY a.created_at, a.id LIMIT ${EXPORT_LIMIT}`, [callId, filter.state ?? null, filter.organisationId ?? null]);
  }

  private async authorize(actor: Actor, callId: string): Promise<void> {
    const call = await findCall(this.dataSource.manager, callId);
    this.policy.authorize(actor, 'call.applications.read', callResource(call), 'Call');
  }
}
