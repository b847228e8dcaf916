import type { EntityManager } from 'typeorm';
import type { Criterion } from '@kokeilu/calls';
import { formatDecimal, type Locale, Outbox } from '@kokeilu/platform';
import type { CriterionResult } from './domain/aggregation.js';

/**
 * A funded application becomes a pilot with its grant; its requested test-bed bookings are then
 * confirmed by a job (capacity may refuse some, which the job records).
 */
export async function startPilot(tx: EntityManager, outbox: Outbox, grant: { id: string; applicationId: string; callId: string; grantCents: number }): Promise<string | null> {
  const [pilot]: { id: string }[] = await tx.query(
    `INSERT INTO pilots (application_id, call_id, grant_id, grant_cents) VALUES ($1, $2, $3, $4)
     ON CONFLICT (application_id) DO NOTHING RETURNING id`,
    [grant.applicationId, grant.callId, grant.id, grant.grantCents],
  );
  if (!pilot) return null;
  await outbox.add(tx, 'pilot.bookings', { pilotId: pilot.id }, { jobId: `pilot.bookings.${pilot.id}` });
  return pilot.id;
}

function scoreText(value: number, locale: Locale): string {
  return formatDecimal(value, locale, 2, 2);
}

/** An application's scores for its applicants, in one language: each criterion's mean and the total; never who reviewed. */
export function scoresText(criteria: Criterion[], results: CriterionResult[], total: number, locale: Locale): string {
  const parts = results.map((r) => {
    const criterion = criteria.find((c) => c.key === r.key);
    const name = criterion?.name[locale] ?? criterion?.name.en ?? criterion?.name.fi ?? criterion?.name.sv ?? r.key;
    return `${name} ${scoreText(r.mean, locale)}`;
  });
  const totalLabel = { fi: 'yhteensä', sv: 'totalt', en: 'total' }[locale];
  return `${parts.join('; ')}; ${totalLabel} ${scoreText(total, locale)}`;
}
