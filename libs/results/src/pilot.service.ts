import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, Policy } from '@kokeilu/access';
import { findApplication, resourceOf } from '@kokeilu/applications';
import { Notifier } from '@kokeilu/notifications';
import { Audit, DomainError } from '@kokeilu/platform';
import { assertCanFile, assertReportTimely, PilotPeriod, PilotState, ReportInput, ReportKind, ReportState, ReviewDecision, reviewReport, validateReport } from './domain/report.js';

export interface PilotReportView {
  id: string;
  kind: ReportKind;
  periodStart: string;
  periodEnd: string;
  text: string;
  kpiValues: Record<string, string>;
  state: ReportState;
  submittedAt: Date;
  reviewedAt: Date | null;
  reviewComment: string | null;
  returnReason: string | null;
}

export interface PilotKpiView {
  id: string;
  name: string;
  baseline: string;
  target: string;
  /** The value of the latest accepted report that gave one; null before any. */
  latestValue: string | null;
  /** The value of the accepted final report; null until then. */
  finalValue: string | null;
}

export interface PilotBookingView {
  bookingId: string;
  testbedId: string;
  testbedName: Record<string, string>;
  startDate: string;
  endDate: string;
  bookingState: string;
  /** What the booking is to the pilot now: see `PilotBookingStatus`. */
  status: 'confirmed' | 'awaiting_city' | 'over_capacity' | 'declined' | 'cancelled';
  /** Whether the booking is approved now. */
  confirmed: boolean;
  reason: string | null;
  checkedAt: Date;
}

export interface PilotSummary {
  id: string;
  applicationId: string;
  callId: string;
  title: string;
  leadOrganisationId: string;
  leadOrganisationName: string;
  state: PilotState;
  grantCents: number;
  pilotStart: string | null;
  pilotEnd: string | null;
  pendingReports: number;
  createdAt: Date;
  completedAt: Date | null;
}

export interface PilotView extends PilotSummary {
  grant: { id: string; grantCents: number; state: string; awardedAt: Date | null; shares: { source: string; sharePercent: number; cents: number }[] };
  kpis: PilotKpiView[];
  bookings: PilotBookingView[];
  reports: PilotReportView[];
}

interface PilotRow {
  id: string;
  applicationId: string;
  callId: string;
  cityId: string | null;
  state: PilotState;
  grantId: string;
}

interface Kpi {
  id: string;
  name: string;
  baseline: string;
  target: string;
}

const SUMMARY_SELECT = `
  SELECT p.id, p.application_id AS "applicationId", p.call_id AS "callId", coalesce(r.snapshot->>'title', a.title) AS title,
         a.lead_organisation_id AS "leadOrganisationId", lo.name AS "leadOrganisationName", p.state, p.grant_cents::float8 AS "grantCents",
         r.snapshot#>>'{pilotPeriod,start}' AS "pilotStart", r.snapshot#>>'{pilotPeriod,end}' AS "pilotEnd",
         (SELECT count(*)::int FROM pilot_reports pr WHERE pr.pilot_id = p.id AND pr.state = 'submitted') AS "pendingReports",
         p.created_at AS "createdAt", p.completed_at AS "completedAt"
    FROM pilots p
    JOIN applications a ON a.id = p.application_id
    JOIN calls c ON c.id = p.call_id
    JOIN organisations lo ON lo.id = a.lead_organisation_id
    LEFT JOIN application_revisions r ON r.application_id = a.id AND r.number = a.revision`;

const REPORT_SELECT = `
  SELECT id, kind, period_start::text AS "periodStart", period_end::text AS "periodEnd", text, kpi_values AS "kpiValues", state,
         submitted_at AS "submittedAt", reviewed_at AS "reviewedAt", review_comment AS "reviewComment", return_reason AS "returnReason"
    FROM pilot_reports`;

/** DOMAIN: a funded application's pilot, with its grant, bookings, KPIs and reports. */
@Injectable()
export class PilotService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: Policy,
    private readonly audit: Audit,
    private readonly notifier: Notifier,
  ) {}

  /** The caller's pilots: their organisations' (lead or partner), their cities' and the calls they decide; admins all. */
  async list(actor: Actor, limit: number, offset: number): Promise<{ items: PilotSummary[]; total: number }> {
    const organisationIds = actor.memberships.map((m) => m.organisationId);
    const where = `($1::boolean
        OR a.lead_organisation_id = ANY($2::uuid[])
        OR EXISTS (SELECT 1 FROM application_partners ap WHERE ap.application_id = a.id AND ap.state = 'accepted' AND ap.organisation_id = ANY($2::uuid[]))
        OR c.city_id = ANY($3::uuid[])
        OR $4::uuid = ANY(c.decider_ids))`;
    const params = [actor.admin, organisationIds, actor.coordinatorCityIds, actor.userId];
    const [items, [{ total }]] = await Promise.all([
      this.dataSource.query(`${SUMMARY_SELECT} WHERE ${where} ORDER BY p.created_at DESC, p.id LIMIT $5 OFFSET $6`, [...params, limit, offset]) as Promise<PilotSummary[]>,
      this.dataSource.query(
        `SELECT count(*)::int AS total FROM pilots p JOIN applications a ON a.id = p.application_id JOIN calls c ON c.id = p.call_id WHERE ${where}`,
        params,
      ) as Promise<{ total: number }[]>,
    ]);
    return { items, total };
  }

  async get(actor: Actor, pilotId: string): Promise<PilotView> {
    return this.dataSource.transaction('REPEATABLE READ', async (tx) => {
      const pilot = await this.load(tx, pilotId, false);
      // The pilot is the funded application's: whoever may read its outcome reads its pilot.
      await this.authorize(tx, actor, pilot, 'application.outcome.read');
      return this.view(tx, pilot.id);
    });
  }

  async file(actor: Actor, pilotId: string, input: ReportInput): Promise<PilotReportView> {
    return this.dataSource.transaction(async (tx) => {
      const pilot = await this.load(tx, pilotId, true);
      const record = await this.authorize(tx, actor, pilot, 'pilot.report');
      const kpis = await this.kpis(tx, pilot.applicationId);
      const report = validateReport(input, kpis.map((k) => k.id));
      const existing: { kind: ReportKind; state: ReportState }[] = await tx.query(`SELECT kind, state FROM pilot_reports WHERE pilot_id = $1`, [pilot.id]);
      assertCanFile(pilot, report, existing);
      const { period, today } = await this.periodOf(tx, pilot.applicationId);
      assertReportTimely(report, period, today);
      const [created]: PilotReportView[] = await tx.query(
        `INSERT INTO pilot_reports (pilot_id, kind, period_start, period_end, text, kpi_values, submitted_by) VALUES ($1, $2, $3, $4, $5, $6, $7)
         RETURNING id, kind, period_start::text AS "periodStart", period_end::text AS "periodEnd", text, kpi_values AS "kpiValues", state,
                   submitted_at AS "submittedAt", reviewed_at AS "reviewedAt", review_comment AS "reviewComment", return_reason AS "returnReason"`,
        [pilot.id, report.kind, report.periodStart, report.periodEnd, report.text, JSON.stringify(report.kpiValues), actor.userId],
      );
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'pilot_report.filed',
        entityType: 'pilot_report',
        entityId: created!.id,
        organisationId: record.leadOrganisationId,
        cityId: pilot.cityId,
        callId: pilot.callId,
        after: { pilotId: pilot.id, kind: report.kind, periodStart: report.periodStart, periodEnd: report.periodEnd, state: 'submitted' },
      });
      await this.notifier.notify(tx, {
        userIds: await this.reviewersOf(tx, pilot.cityId),
        kind: 'pilot.report_filed',
        params: { applicationTitle: record.title, organisationName: record.leadOrganisationName, reportKind: report.kind, periodStart: report.periodStart, periodEnd: report.periodEnd },
        entity: { type: 'pilot', id: pilot.id },
      });
      return created!;
    });
  }

  async accept(actor: Actor, pilotId: string, reportId: string, comment: string | null): Promise<PilotView> {
    return this.review(actor, pilotId, reportId, { verdict: 'accept', comment: comment?.trim() || null });
  }

  async return(actor: Actor, pilotId: string, reportId: string, reason: string): Promise<PilotView> {
    return this.review(actor, pilotId, reportId, { verdict: 'return', reason });
  }

  private async review(actor: Actor, pilotId: string, reportId: string, decision: ReviewDecision): Promise<PilotView> {
    return this.dataSource.transaction(async (tx) => {
      const pilot = await this.load(tx, pilotId, true);
      const record = await this.authorize(tx, actor, pilot, 'pilot.review');
      const reports: PilotReportView[] = await tx.query(`${REPORT_SELECT} WHERE pilot_id = $1`, [pilot.id]);
      const report = reports.find((r) => r.id === reportId);
      if (!report) throw DomainError.notFound('Report');
      const result = reviewReport(pilot, report, reports, decision);
      await tx.query(
        `UPDATE pilot_reports SET state = $2, reviewed_by = $3, reviewed_at = now(), review_comment = $4, return_reason = $5, updated_at = now() WHERE id = $1`,
        [report.id, result.state, actor.userId, decision.verdict === 'accept' ? decision.comment : null, decision.verdict === 'return' ? decision.reason.trim() : null],
      );
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: `pilot_report.${result.state}`,
        entityType: 'pilot_report',
        entityId: report.id,
        organisationId: record.leadOrganisationId,
        cityId: pilot.cityId,
        callId: pilot.callId,
        before: { state: report.state },
        after: decision.verdict === 'accept' ? { state: 'accepted', comment: decision.comment } : { state: 'returned', reason: decision.reason.trim() },
      });
      if (result.completesPilot) {
        await tx.query(`UPDATE pilots SET state = 'completed', completed_at = now() WHERE id = $1`, [pilot.id]);
        await this.audit.record(tx, {
          actorId: actor.userId,
          action: 'pilot.completed',
          entityType: 'pilot',
          entityId: pilot.id,
          organisationId: record.leadOrganisationId,
          cityId: pilot.cityId,
          callId: pilot.callId,
          before: { state: 'active' },
          after: { state: 'completed', finalReportId: report.id },
        });
      }
      const consortium = [record.leadOrganisationId, ...resourceOf(record).partnerOrganisationIds];
      const members: { userId: string }[] = await tx.query(`SELECT DISTINCT user_id AS "userId" FROM memberships WHERE organisation_id = ANY($1::uuid[])`, [consortium]);
      const userIds = members.map((m) => m.userId);
      if (decision.verdict === 'accept') {
        await this.notifier.notify(tx, {
          userIds,
          kind: 'pilot.report_accepted',
          params: { applicationTitle: record.title, reportKind: report.kind, periodStart: report.periodStart, periodEnd: report.periodEnd, comment: decision.comment ?? '', completed: result.completesPilot ? 'yes' : 'no' },
          entity: { type: 'pilot', id: pilot.id },
        });
      } else {
        await this.notifier.notify(tx, {
          userIds,
          kind: 'pilot.report_returned',
          params: { applicationTitle: record.title, reportKind: report.kind, periodStart: report.periodStart, periodEnd: report.periodEnd, reason: decision.reason.trim() },
          entity: { type: 'pilot', id: pilot.id },
        });
      }
      return this.view(tx, pilot.id);
    });
  }

  /** The pilot with its call's city; `lock` serialises filing and reviewing of one pilot. */
  private async load(tx: EntityManager, pilotId: string, lock: boolean): Promise<PilotRow> {
    const [pilot]: PilotRow[] = await tx.query(
      `SELECT p.id, p.application_id AS "applicationId", p.call_id AS "callId", c.city_id AS "cityId", p.state, p.grant_id AS "grantId"
         FROM pilots p JOIN calls c ON c.id = p.call_id WHERE p.id = $1 ${lock ? 'FOR UPDATE OF p' : ''}`,
      [pilotId],
    );
    if (!pilot) throw DomainError.notFound('Pilot');
    return pilot;
  }

  private async authorize(tx: EntityManager, actor: Actor, pilot: PilotRow, action: 'application.outcome.read' | 'pilot.report' | 'pilot.review') {
    const record = await findApplication(tx, pilot.applicationId);
    this.policy.authorize(actor, action, resourceOf(record), 'Pilot');
    return record;
  }

  /** The KPIs of the submitted revision: what the consortium promised and reports against. */
  private async kpis(tx: EntityManager, applicationId: string): Promise<Kpi[]> {
    const [row]: { kpis: Kpi[] | null }[] = await tx.query(
      `SELECT r.snapshot->'kpis' AS kpis FROM applications a JOIN application_revisions r ON r.application_id = a.id AND r.number = a.revision WHERE a.id = $1`,
      [applicationId],
    );
    return row?.kpis ?? [];
  }

  /** The pilot's period from the submitted revision, and today's date in Finnish time by the database clock. */
  private async periodOf(tx: EntityManager, applicationId: string): Promise<{ period: PilotPeriod | null; today: string }> {
    const [row]: { period: PilotPeriod | null; today: string }[] = await tx.query(
      `SELECT r.snapshot->'pilotPeriod' AS period, (now() AT TIME ZONE 'Europe/Helsinki')::date::text AS today
         FROM applications a LEFT JOIN application_revisions r ON r.application_id = a.id AND r.number = a.revision WHERE a.id = $1`,
      [applicationId],
    );
    return { period: row?.period?.start && row.period.end ? row.period : null, today: row!.today };
  }

  /** Those who accept a pilot's reports: the city's coordinators; admins for a national call. */
  private async reviewersOf(tx: EntityManager, cityId: string | null): Promise<string[]> {
    const rows: { userId: string }[] = cityId
      ? await tx.query(`SELECT user_id AS "userId" FROM role_grants WHERE role = 'coordinator' AND city_id = $1`, [cityId])
      : await tx.query(`SELECT user_id AS "userId" FROM role_grants WHERE role = 'admin'`);
    return rows.map((r) => r.userId);
  }

  private async view(tx: EntityManager, pilotId: string): Promise<PilotView> {
    const [summary]: PilotSummary[] = await tx.query(`${SUMMARY_SELECT} WHERE p.id = $1`, [pilotId]);
    const [grant]: PilotView['grant'][] = await tx.query(
      `SELECT g.id, g.grant_cents::float8 AS "grantCents", g.state, g.awarded_at AS "awardedAt",
              coalesce((SELECT json_agg(json_build_object('source', s.source, 'sharePercent', s.share_percent, 'cents', s.cents) ORDER BY s.position)
                          FROM grant_shares s WHERE s.grant_id = g.id), '[]') AS shares
         FROM pilots p JOIN grants g ON g.id = p.grant_id WHERE p.id = $1`,
      [pilotId],
    );
    const bookings: PilotBookingView[] = await tx.query(
      // The booking's state now: a city that decides a booking after the decision changes what the pilot shows.
      `SELECT b.id AS "bookingId", b.testbed_id AS "testbedId", t.name AS "testbedName", b.start_date::text AS "startDate", b.end_date::text AS "endDate",
              b.state AS "bookingState", b.state = 'approved' AS confirmed,
              CASE b.state WHEN 'approved' THEN 'confirmed' WHEN 'declined' THEN 'declined' WHEN 'cancelled' THEN 'cancelled'
                           ELSE CASE pc.step WHEN 'ask' THEN 'awaiting_city' ELSE 'over_capacity' END END AS status,
              CASE b.state WHEN 'approved' THEN NULL WHEN 'requested' THEN pc.reason
                           WHEN 'declined' THEN coalesce(b.decision_reason, 'Declined by the test bed''s city') ELSE coalesce(b.cancel_reason, 'Cancelled') END AS reason,
              pc.checked_at AS "checkedAt"
         FROM pilot_booking_confirmations pc JOIN bookings b ON b.id = pc.booking_id JOIN testbeds t ON t.id = b.testbed_id
        WHERE pc.pilot_id = $1 ORDER BY b.start_date, b.id`,
      [pilotId],
    );
    const reports: PilotReportView[] = await tx.query(`${REPORT_SELECT} WHERE pilot_id = $1 ORDER BY submitted_at, id`, [pilotId]);
    const accepted = reports.filter((r) => r.state === 'accepted').sort((a, b) => a.periodEnd.localeCompare(b.periodEnd) || a.submittedAt.getTime() - b.submittedAt.getTime());
    const final = accepted.find((r) => r.kind === 'final');
    const kpis = (await this.kpis(tx, summary!.applicationId)).map((k) => ({
      id: k.id,
      name: k.name,
      baseline: k.baseline,
      target: k.target,
      latestValue: [...accepted].reverse().find((r) => r.kpiValues[k.id] !== undefined)?.kpiValues[k.id] ?? null,
      finalValue: final?.kpiValues[k.id] ?? null,
    }));
    return { ...summary!, grant: { ...grant!, shares: grant!.shares.map((s) => ({ ...s, cents: Number(s.cents) })) }, kpis, bookings, reports };
  }
}
