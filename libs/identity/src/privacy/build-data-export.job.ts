import { Inject, Injectable } from '@nestjs/common';
import { strToU8, zipSync } from 'fflate';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig, Audit, changedRows, HandlesJob, JobHandler, type Locale, type PrivacyExportPayload } from '@kokeilu/platform';
import { dataExportExpiresAt, EXPORT_SECTIONS, type ExportData, exportFiles } from '../domain/data-export.js';

/** States that tell how an application fared in review, shown as `in_review` until the call's decision is public (as every route does). */
const REVIEW_RESULT_STATES = ['reviewed', 'ranked', 'proposed', 'reserve', 'rejected'];

/**
 * The SQL of each section of a download: what the platform holds about the user `$1`. Only the
 * user's own personal data: other people appear as organisations and ids, never by name or
 * address (and the audit events' fields naming others are left out by `exportFiles`).
 */
const SECTIONS: Record<Exclude<(typeof EXPORT_SECTIONS)[number], 'profile'>, string> = {
  memberships: `
    SELECT o.id AS "organisationId", o.name AS "organisationName", o.business_id AS "businessId", m.role, m.created_at AS "memberSince"
      FROM memberships m JOIN organisations o ON o.id = m.organisation_id WHERE m.user_id = $1 ORDER BY m.created_at`,
  applications: `
    SELECT a.id, a.call_id AS "callId", c.title AS "callTitle",
           CASE WHEN a.state = ANY($2::text[]) AND c.state <> 'decided' THEN 'in_review' ELSE a.state END AS state,
           lead.name AS "leadOrganisation", a.title, a.summary, a.plan, a.expected_impact AS "expectedImpact", a.kpis,
           a.budget_lines AS "budgetLines", a.requested_grant_cents AS "requestedGrantCents", a.pilot_start AS "pilotStart", a.pilot_end AS "pilotEnd",
           a.created_by = $1 AS "writtenByYou",
           (SELECT coalesce(json_agg(r.number ORDER BY r.number), '[]') FROM application_revisions r WHERE r.application_id = a.id AND r.submitted_by = $1) AS "revisionsYouSubmitted",
           a.created_at AS "createdAt", a.submitted_at AS "submittedAt"
      FROM applications a JOIN calls c ON c.id = a.call_id JOIN organisations lead ON lead.id = a.lead_organisation_id
     WHERE a.created_by = $1
        OR EXISTS (SELECT 1 FROM application_revisions r WHERE r.application_id = a.id AND r.submitted_by = $1)
        OR EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = $1 AND (m.organisation_id = a.lead_organisation_id
                   OR EXISTS (SELECT 1 FROM application_partners p WHERE p.application_id = a.id AND p.organisation_id = m.organisation_id AND p.state = 'accepted')))
     ORDER BY a.created_at`,
  reviews: `
    SELECT r.id, r.application_id AS "applicationId", r.call_id AS "callId", r.state, r.scores, r.decline_reason AS "declineReason",
           r.assigned_at AS "assignedAt", r.submitted_at AS "submittedAt", r.declined_at AS "declinedAt"
      FROM reviews r WHERE r.evaluator_id = $1 ORDER BY r.assigned_at`,
  bookings: `
    SELECT b.id, b.testbed_id AS "testbedId", t.name AS "testbed", o.name AS "organisation", b.state, b.start_date::text AS start, b.end_date::text AS "end",
           b.purpose, b.participants, b.decision_reason AS "decisionReason", b.cancel_reason AS "cancelReason", b.created_at AS "createdAt"
      FROM bookings b JOIN testbeds t ON t.id = b.testbed_id JOIN organisations o ON o.id = b.organisation_id
     WHERE b.requested_by = $1 ORDER BY b.created_at`,
  notifications: `
    SELECT n.id, n.kind, n.title, n.body, n.link, n.created_at AS "createdAt", n.read_at AS "readAt", n.emailed_at AS "emailedAt"
      FROM notifications n WHERE n.user_id = $1 ORDER BY n.created_at`,
  'audit-events': `
    SELECT e.id::text, e.occurred_at AS "occurredAt", e.action, e.entity_type AS "entityType", e.entity_id AS "entityId",
           e.actor_id = $1 AS "doneByYou", e.before, e.after
      FROM audit_events e
     WHERE e.actor_id = $1 OR (e.entity_type = 'user' AND e.entity_id = $1::text)
     ORDER BY e.id`,
};

/**
 * Builds one requested download: each section read in turn (progress stored after each, so the
 * user sees it move), then the ZIP written with its expiry in one transaction with its audit
 * event. A rerun of a built or removed download does nothing; a rerun after a crash builds again.
 */
@Injectable()
@HandlesJob('privacy.export')
export class BuildDataExportJob implements JobHandler<'privacy.export'> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: Audit,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async handle({ exportId }: PrivacyExportPayload): Promise<{ built: boolean }> {
    const [row] = await changedRows<{ user_id: string; locale: Locale }>(
      this.dataSource.manager,
      `UPDATE data_exports SET state = 'building', progress = greatest(progress, 5) WHERE id = $1 AND state IN ('queued', 'building') RETURNING user_id, locale`,
      [exportId],
    );
    if (!row) return { built: false };
    const userId = row.user_id;
    const [profile] = await this.dataSource.query(
      `SELECT u.id, u.email, u.display_name AS "displayName", u.locale, u.created_at AS "createdAt", u.email_verified_at AS "emailVerifiedAt",
              coalesce((SELECT json_agg(json_build_object('role', g.role, 'cityId', g.city_id, 'since', g.created_at) ORDER BY g.created_at)
                          FROM role_grants g WHERE g.user_id = u.id), '[]') AS roles,
              coalesce((SELECT json_agg(json_build_object('kind', p.kind, 'delivery', p.delivery) ORDER BY p.kind)
                          FROM notification_preferences p WHERE p.user_id = u.id), '[]') AS "notificationSettings"
         FROM users u WHERE u.id = $1`,
      [userId],
    );
    if (!profile) return { built: false };
    const data = { profile } as ExportData;
    const sections = Object.entries(SECTIONS) as [keyof typeof SECTIONS, string][];
    for (const [i, [section, sql]] of sections.entries()) {
      data[section] = await this.dataSource.query(sql, section === 'applications' ? [userId, REVIEW_RESULT_STATES] : [userId]);
      await this.dataSource.query(`UPDATE data_exports SET progress = $2 WHERE id = $1 AND state = 'building'`, [exportId, Math.round(10 + (80 * (i + 1)) / sections.length)]);
    }
    return this.dataSource.transaction(async (tx) => {
      const [{ now }] = await tx.query(`SELECT now() AS now`);
      const files = exportFiles(data, row.locale, new Date(now));
      const zip = Buffer.from(zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])), { mtime: new Date(now) }));
      const done = await changedRows(
        tx,
        `UPDATE data_exports SET state = 'ready', progress = 100, file = $2, size_bytes = $3, completed_at = $4, expires_at = $5
          WHERE id = $1 AND state = 'building' RETURNING id`,
        [exportId, zip, zip.length, now, dataExportExpiresAt(new Date(now), this.config.DATA_EXPORT_TTL_HOURS)],
      );
      if (!done.length) return { built: false };
      await this.audit.record(tx, { actorId: null, action: 'user.data_export_built', entityType: 'user', entityId: userId, after: { exportId, sizeBytes: zip.length } });
      return { built: true };
    });
  }
}
