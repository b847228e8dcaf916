import type { EntityManager } from 'typeorm';
import type { Notifier } from '@kokeilu/notifications';
import { programmeText } from '@kokeilu/platform';
import { membersOf } from './funding-facts.js';

interface IneligibleRow {
  id: string;
  title: string;
  organisationIds: string[];
  /** The reasons of the rules its latest revision failed, per language. */
  reasons: { fi?: string; sv?: string; en?: string }[];
}

/**
 * The decision is every applicant's news (rule 8): the consortia of the call's ineligible
 * applications, which never reached review, hear it too, with the rules their application failed.
 */
export async function notifyIneligible(tx: EntityManager, notifier: Notifier, call: { id: string; title: Record<string, string> }): Promise<number> {
  const rows: IneligibleRow[] = await tx.query(
    `SELECT a.id, r.snapshot->>'title' AS title,
            ARRAY[a.lead_organisation_id::text] || coalesce((SELECT array_agg(p->>'organisationId') FROM jsonb_array_elements(r.snapshot#>'{consortium,partners}') p), '{}') AS "organisationIds",
            coalesce((SELECT json_agg(e.reason ORDER BY e.position) FROM eligibility_results e WHERE e.revision_id = r.id AND NOT e.pass), '[]') AS reasons
       FROM applications a JOIN application_revisions r ON r.application_id = a.id AND r.number = a.revision
      WHERE a.call_id = $1 AND a.state = 'ineligible'
      ORDER BY a.submitted_at, a.id`,
    [call.id],
  );
  for (const row of rows) {
    const why = (locale: 'fi' | 'sv' | 'en') => row.reasons.map((r) => r[locale] ?? r.en ?? r.fi ?? '').join('; ') || '–';
    await notifier.notify(tx, {
      userIds: await membersOf(tx, row.organisationIds),
      kind: 'funding.decided',
      params: {
        applicationTitle: row.title,
        callTitle: programmeText(call.title),
        outcome: 'ineligible',
        grantCents: null,
        reservePosition: null,
        scoresFi: why('fi'),
        scoresSv: why('sv'),
        scoresEn: why('en'),
      },
      entity: { type: 'application', id: row.id, view: 'outcome' },
    });
  }
  return rows.length;
}
