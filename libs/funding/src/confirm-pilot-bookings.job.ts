import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { DataSource, EntityManager } from 'typeorm';
import { approveWithinCapacity } from '@kokeilu/bookings';
import { Notifier } from '@kokeilu/notifications';
import { Audit, claimJobOnce, HandlesJob, jobIdOf, JobHandler, PilotBookingsPayload, programmeText } from '@kokeilu/platform';
import { PilotBookingStep, pilotBookingStep } from './domain/pilot-bookings.js';

interface PilotFacts {
  id: string;
  callId: string;
  callCityId: string | null;
  callTitle: Record<string, string>;
  applicationId: string;
  applicationTitle: string;
  leadOrganisationId: string;
  leadOrganisationName: string;
  testbedIds: string[];
  start: string | null;
  end: string | null;
}

interface Candidate {
  id: string;
  state: 'requested' | 'approved';
  bedCityId: string;
  bedCityName: Record<string, string>;
  bedName: Record<string, string>;
  requestedBy: string;
  start: string;
  end: string;
}

/**
 * A new pilot's test-bed bookings: the lead organisation's bookings on the beds its application
 * chose, overlapping its pilot period, requested or already approved, each linked to the pilot as
 * `pilotBookingStep` says. An approved one is linked as it is. A requested one on the call's own
 * city's bed is approved under the same capacity rule as a coordinator's approval (the bed row
 * locked, the approved bookings counted); one that would exceed the capacity stays requested, with
 * the reason recorded for the city to settle. A requested one on another city's bed stays
 * requested, and that city's coordinators are asked to decide it.
 */
@Injectable()
@HandlesJob('pilot.bookings')
export class ConfirmPilotBookingsJob implements JobHandler<'pilot.bookings'> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: Audit,
    private readonly notifier: Notifier,
  ) {}

  async handle(payload: PilotBookingsPayload, job: Job<PilotBookingsPayload>): Promise<{ confirmed: string[]; refused: string[]; linked: string[]; asked: string[] }> {
    return this.dataSource.transaction(async (tx) => {
      const result = { confirmed: [] as string[], refused: [] as string[], linked: [] as string[], asked: [] as string[] };
      if (!(await claimJobOnce(tx, jobIdOf(job), job.name))) return result;
      const [pilot]: PilotFacts[] = await tx.query(
        `SELECT p.id, p.call_id AS "callId", c.city_id AS "callCityId", c.title AS "callTitle", a.id AS "applicationId",
                coalesce(r.snapshot->>'title', a.title) AS "applicationTitle",
                a.lead_organisation_id AS "leadOrganisationId", lo.name AS "leadOrganisationName",
                coalesce((SELECT array_agg(t) FROM jsonb_array_elements_text(r.snapshot->'testbedIds') t), '{}') AS "testbedIds",
                r.snapshot#>>'{pilotPeriod,start}' AS start, r.snapshot#>>'{pilotPeriod,end}' AS "end"
           FROM pilots p JOIN applications a ON a.id = p.application_id JOIN calls c ON c.id = p.call_id
           JOIN organisations lo ON lo.id = a.lead_organisation_id
           JOIN application_revisions r ON r.application_id = a.id AND r.number = a.revision
          WHERE p.id = $1`,
        [payload.pilotId],
      );
      if (!pilot || !pilot.start || !pilot.end || pilot.testbedIds.length === 0) return result;
      // Beds locked in id order, so two pilots confirming on the same beds cannot deadlock.
      await tx.query(`SELECT id FROM testbeds WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [pilot.testbedIds]);
      const candidates: Candidate[] = await tx.query(
        `SELECT b.id, b.state, t.city_id AS "bedCityId", ci.name AS "bedCityName", t.name AS "bedName", b.requested_by AS "requestedBy",
                b.start_date::text AS start, b.end_date::text AS "end"
           FROM bookings b JOIN testbeds t ON t.id = b.testbed_id JOIN cities ci ON ci.id = t.city_id
          WHERE b.organisation_id = $1 AND b.testbed_id = ANY($2::uuid[]) AND b.state IN ('requested', 'approved')
            AND b.start_date <= $4::date AND b.end_date >= $3::date
          ORDER BY b.created_at, b.id`,
        [pilot.leadOrganisationId, pilot.testbedIds, pilot.start, pilot.end],
      );
      for (const booking of candidates) {
        const step = pilotBookingStep(booking, pilot.callCityId);
        if (step === 'link') {
          await this.record(tx, pilot.id, booking.id, step, true, null);
          result.linked.push(booking.id);
        } else if (step === 'approve') {
          const approval = await approveWithinCapacity(tx, { audit: this.audit, notifier: this.notifier }, booking.id, {
            actorId: null,
            reason: 'Confirmed with the funding decision',
            callId: pilot.callId,
          });
          const reason = approval.approved
            ? null
            : `Approving would put more than ${approval.capacity} pilot(s) on the test bed at once (with ${approval.conflicts.map((c) => `${c.start}–${c.end}`).join(', ')})`;
          await this.record(tx, pilot.id, booking.id, step, approval.approved, reason);
          (approval.approved ? result.confirmed : result.refused).push(booking.id);
        } else {
          await this.ask(tx, pilot, booking);
          result.asked.push(booking.id);
        }
      }
      return result;
    });
  }

  /** The booking stays requested; the bed's coordinators are asked to decide it, as any request. */
  private async ask(tx: EntityManager, pilot: PilotFacts, booking: Candidate): Promise<void> {
    const city = programmeText(booking.bedCityName);
    await this.record(tx, pilot.id, booking.id, 'ask', false, `Awaits the decision of ${city}, whose test bed it is`);
    await this.audit.record(tx, {
      actorId: null,
      action: 'booking.confirmation_requested',
      entityType: 'booking',
      entityId: booking.id,
      organisationId: pilot.leadOrganisationId,
      cityId: booking.bedCityId,
      callId: pilot.callId,
      after: { pilotId: pilot.id, applicationId: pilot.applicationId, state: 'requested' },
    });
    const coordinators: { userId: string }[] = await tx.query(`SELECT user_id AS "userId" FROM role_grants WHERE role = 'coordinator' AND city_id = $1`, [booking.bedCityId]);
    await this.notifier.notify(tx, {
      userIds: coordinators.map((c) => c.userId),
      kind: 'booking.confirmation_requested',
      params: {
        testbedName: booking.bedName,
        organisationName: pilot.leadOrganisationName,
        applicationTitle: pilot.applicationTitle,
        callTitle: pilot.callTitle,
        start: booking.start,
        end: booking.end,
      },
      entity: { type: 'booking', id: booking.id },
    });
  }

  private async record(tx: EntityManager, pilotId: string, bookingId: string, step: PilotBookingStep, confirmed: boolean, reason: string | null): Promise<void> {
    await tx.query(
      `INSERT INTO pilot_booking_confirmations (pilot_id, booking_id, step, confirmed, reason) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (pilot_id, booking_id) DO UPDATE SET step = EXCLUDED.step, confirmed = EXCLUDED.confirmed, reason = EXCLUDED.reason, checked_at = now()`,
      [pilotId, bookingId, step, confirmed, reason],
    );
  }
}
