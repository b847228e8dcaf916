import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { capacityConflicts, Period } from '@kokeilu/bookings';
import { Notifier } from '@kokeilu/notifications';
import { Audit, claimJobOnce, HandlesJob, jobIdOf, JobHandler, PilotBookingsPayload } from '@kokeilu/platform';

interface Candidate extends Period {
  id: string;
  testbedId: string;
  cityId: string;
  organisationId: string;
  requestedBy: string;
  testbedName: Record<string, string>;
}

function nameOf(name: Record<string, string>): string {
  return name.fi ?? name.en ?? name.sv ?? Object.values(name)[0] ?? '';
}

function periodText(period: Period): string {
  const fmt = (d: string) => {
    const [y, m, day] = d.split('-').map(Number);
    return `${day}.${m}.${y}`;
  };
  return period.start === period.end ? fmt(period.start) : `${fmt(period.start)}–${fmt(period.end)}`;
}

/**
 * A new pilot's test-bed bookings: the lead organisation's requested bookings on the beds its
 * application chose, overlapping its pilot period, are approved under the same capacity rule as a
 * coordinator's approval (the bed row locked, the approved bookings counted). One that would
 * exceed the capacity stays requested, and the reason is recorded for the city to settle.
 */
@Injectable()
@HandlesJob('pilot.bookings')
export class ConfirmPilotBookingsJob implements JobHandler<'pilot.bookings'> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: Audit,
    private readonly notifier: Notifier,
  ) {}

  async handle(payload: PilotBookingsPayload, job: Job<PilotBookingsPayload>): Promise<{ confirmed: string[]; refused: string[] }> {
    return this.dataSource.transaction(async (tx) => {
      const none = { confirmed: [], refused: [] };
      if (!(await claimJobOnce(tx, jobIdOf(job), job.name))) return none;
      const [pilot]: { id: string; callId: string; leadOrganisationId: string; testbedIds: string[]; start: string | null; end: string | null }[] = await tx.query(
        `SELECT p.id, p.call_id AS "callId", a.lead_organisation_id AS "leadOrganisationId",
                coalesce((SELECT array_agg(t) FROM jsonb_array_elements_text(r.snapshot->'testbedIds') t), '{}') AS "testbedIds",
                r.snapshot#>>'{pilotPeriod,start}' AS start, r.snapshot#>>'{pilotPeriod,end}' AS "end"
           FROM pilots p JOIN applications a ON a.id = p.application_id
           JOIN application_revisions r ON r.application_id = a.id AND r.number = a.revision
          WHERE p.id = $1`,
        [payload.pilotId],
      );
      if (!pilot || !pilot.start || !pilot.end || pilot.testbedIds.length === 0) return none;
      // Beds locked in id order, so two pilots confirming on the same beds cannot deadlock.
      await tx.query(`SELECT id FROM testbeds WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [pilot.testbedIds]);
      const candidates: Candidate[] = await tx.query(
        `SELECT b.id, b.testbed_id AS "testbedId", t.city_id AS "cityId", b.organisation_id AS "organisationId", b.requested_by AS "requestedBy",
                b.start_date::text AS start, b.end_date::text AS "end", t.name AS "testbedName"
           FROM bookings b JOIN testbeds t ON t.id = b.testbed_id
          WHERE b.organisation_id = $1 AND b.testbed_id = ANY($2::uuid[]) AND b.state = 'requested'
            AND b.start_date <= $4::date AND b.end_date >= $3::date
          ORDER BY b.created_at, b.id`,
        [pilot.leadOrganisationId, pilot.testbedIds, pilot.start, pilot.end],
      );
      const confirmed: string[] = [];
      const refused: string[] = [];
      for (const booking of candidates) {
        const [{ capacity }]: { capacity: number }[] = await tx.query(`SELECT capacity FROM testbeds WHERE id = $1`, [booking.testbedId]);
        const approved: (Period & { id: string })[] = await tx.query(
          `SELECT id, start_date::text AS start, end_date::text AS "end" FROM bookings
            WHERE testbed_id = $1 AND state = 'approved' AND start_date <= $3::date AND end_date >= $2::date`,
          [booking.testbedId, booking.start, booking.end],
        );
        const conflicts = capacityConflicts(approved, booking, capacity);
        if (conflicts.length) {
          const reason = `Approving would put more than ${capacity} pilot(s) on the test bed at once (with ${conflicts.map((c) => `${c.start}–${c.end}`).join(', ')})`;
          await tx.query(
            `INSERT INTO pilot_booking_confirmations (pilot_id, booking_id, confirmed, reason) VALUES ($1, $2, false, $3)
             ON CONFLICT (pilot_id, booking_id) DO UPDATE SET confirmed = false, reason = EXCLUDED.reason, checked_at = now()`,
            [pilot.id, booking.id, reason],
          );
          refused.push(booking.id);
          continue;
        }
        await tx.query(
          `UPDATE bookings SET state = 'approved', decided_at = now(), decision_reason = 'Confirmed with the funding decision', updated_at = now() WHERE id = $1`,
          [booking.id],
        );
        await tx.query(
          `INSERT INTO pilot_booking_confirmations (pilot_id, booking_id, confirmed) VALUES ($1, $2, true)
           ON CONFLICT (pilot_id, booking_id) DO UPDATE SET confirmed = true, reason = NULL, checked_at = now()`,
          [pilot.id, booking.id],
        );
        await this.audit.record(tx, {
          actorId: null,
          action: 'booking.approved',
          entityType: 'booking',
          entityId: booking.id,
          organisationId: booking.organisationId,
          cityId: booking.cityId,
          callId: pilot.callId,
          before: { state: 'requested' },
          after: { state: 'approved', pilotId: pilot.id },
        });
        await this.notifier.notify(tx, {
          userIds: [booking.requestedBy],
          kind: 'booking.approved',
          params: { testbedName: nameOf(booking.testbedName), period: periodText(booking) },
          entity: { type: 'booking', id: booking.id },
        });
        confirmed.push(booking.id);
      }
      return { confirmed, refused };
    });
  }
}
