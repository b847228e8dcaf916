import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { approveWithinCapacity } from '@kokeilu/bookings';
import { Notifier } from '@kokeilu/notifications';
import { Audit, claimJobOnce, HandlesJob, jobIdOf, JobHandler, PilotBookingsPayload } from '@kokeilu/platform';

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
      const candidates: { id: string }[] = await tx.query(
        `SELECT b.id FROM bookings b
          WHERE b.organisation_id = $1 AND b.testbed_id = ANY($2::uuid[]) AND b.state = 'requested'
            AND b.start_date <= $4::date AND b.end_date >= $3::date
          ORDER BY b.created_at, b.id`,
        [pilot.leadOrganisationId, pilot.testbedIds, pilot.start, pilot.end],
      );
      const confirmed: string[] = [];
      const refused: string[] = [];
      for (const booking of candidates) {
        const result = await approveWithinCapacity(tx, { audit: this.audit, notifier: this.notifier }, booking.id, { actorId: null, reason: 'Confirmed with the funding decision', callId: pilot.callId });
        const reason = result.approved
          ? null
          : `Approving would put more than ${result.capacity} pilot(s) on the test bed at once (with ${result.conflicts.map((c) => `${c.start}–${c.end}`).join(', ')})`;
        await tx.query(
          `INSERT INTO pilot_booking_confirmations (pilot_id, booking_id, confirmed, reason) VALUES ($1, $2, $3, $4)
           ON CONFLICT (pilot_id, booking_id) DO UPDATE SET confirmed = EXCLUDED.confirmed, reason = EXCLUDED.reason, checked_at = now()`,
          [pilot.id, booking.id, result.approved, reason],
        );
        (result.approved ? confirmed : refused).push(booking.id);
      }
      return { confirmed, refused };
    });
  }
}
