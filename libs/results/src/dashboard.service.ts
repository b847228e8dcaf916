import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type Actor, type CallStateName, Policy } from '@kokeilu/access';
import { FOCUS_AREAS } from '@kokeilu/calls';
import { DomainError } from '@kokeilu/platform';
import {
  type AwardedGrant,
  bedUse,
  bookingsPerBed,
  budgetUse,
  cityWindow,
  type DashboardCriterion,
  type GrantMoney,
  helsinkiDay,
  publicResults,
  reviewerProgress,
  type ReviewStateRow,
  scoreDistributions,
  scoresByEvaluator,
  submissionsOverTime,
  type SubmittedScores,
  verdictsByRule,
} from './domain/dashboard.js';
import { type DecidedCallMoney, programmeResults } from './domain/programme.js';

interface DashboardCall {
  id: string;
  cityId: string | null;
  state: CallStateName;
  deciderIds: string[];
  title: Record<string, string>;
  focusArea: string;
  opensAt: Date;
  closesAt: Date;
  reviewDeadline: Date;
  budgetCents: number;
  criteria: (DashboardCriterion & { weight: number })[];
  fundingSources: { source: string; sharePercent: number }[];
  /** Set on the first stage (ideas) of a two-stage call: the call it leads to. */
  secondStageId: string | null;
}

const CALL_SELECT = `SELECT id, city_id AS "cityId", state, decider_ids::text[] AS "deciderIds", title, focus_area AS "focusArea",
  opens_at AS "opensAt", closes_at AS "closesAt", review_deadline AS "reviewDeadline", budget_cents::float8 AS "budgetCents",
  criteria, funding_sources AS "fundingSources", second_stage_id AS "secondStageId" FROM calls WHERE id = $1`;

const callResource = (call: DashboardCall) => ({ kind: 'call' as const, cityId: call.cityId, state: call.state, deciderIds: call.deciderIds });

/**
 * The figures behind the dashboards of a call and of a city, and the public results of a decided
 * call: counted in SQL, shaped by the pure functions of domain/dashboard.ts.
 */
@Injectable()
export class DashboardService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: Policy,
  ) {}

  async call(actor: Actor, id: string) {
    return this.dataSource.transaction('REPEATABLE READ', async (tx) => {
      const call = await this.findCall(tx, id);
      this.policy.authorize(actor, 'call.dashboard.read', callResource(call), 'Call');
      const submissions: { day: string; count: number }[] = await tx.query(
        `SELECT to_char(r.submitted_at AT TIME ZONE 'Europe/Helsinki', 'YYYY-MM-DD') AS day, count(*)::int AS count
           FROM application_revisions r JOIN applications a ON a.id = r.application_id
          WHERE a.call_id = $1 AND r.number = 1 GROUP BY 1 ORDER BY 1`,
        [id],
      );
      // The verdicts on each application's latest revision; a withdrawn application no longer counts.
      const verdicts: { rule: string; pass: boolean; count: number; position: number }[] = await tx.query(
        `SELECT e.rule, e.pass, count(*)::int AS count, min(e.position)::int AS position
           FROM eligibility_results e
           JOIN applications a ON a.id = e.application_id
           JOIN application_revisions r ON r.id = e.revision_id AND r.number = a.revision
          WHERE a.call_id = $1 AND a.state <> 'withdrawn'
          GROUP BY e.rule, e.pass`,
        [id],
      );
      const submitted: SubmittedScores[] = await tx.query(`SELECT evaluator_id AS "evaluatorId", scores FROM reviews WHERE call_id = $1 AND state = 'submitted'`, [id]);
      const states: ReviewStateRow[] = await tx.query(
        `SELECT evaluator_id AS "evaluatorId", state, count(*)::int AS count FROM reviews WHERE call_id = $1 GROUP BY evaluator_id, state`,
        [id],
      );
      const grants: GrantMoney[] = await tx.query(
        `SELECT g.state, g.grant_cents::float8 AS "grantCents",
                coalesce((SELECT json_agg(json_build_object('source', s.source, 'cents', s.cents::float8) ORDER BY s.position) FROM grant_shares s WHERE s.grant_id = g.id), '[]') AS shares
           FROM grants g WHERE g.call_id = $1`,
        [id],
      );
      const evaluatorIds = [...new Set(states.map((row) => row.evaluatorId))];
      const names: { id: string; name: string }[] = evaluatorIds.length
        ? await tx.query(`SELECT id, display_name AS name FROM users WHERE id = ANY($1::uuid[])`, [evaluatorIds])
        : [];
      const nameOf = new Map(names.map((user) => [user.id, user.name]));
      const named = <T extends { evaluatorId: string }>(row: T) => ({ ...row, evaluatorName: nameOf.get(row.evaluatorId) ?? '' });
      const order = [...verdicts].sort((a, b) => a.position - b.position).map((row) => row.rule);
      return {
        call: { id: call.id, title: call.title, state: call.state, cityId: call.cityId, opensAt: call.opensAt, closesAt: call.closesAt, reviewDeadline: call.reviewDeadline },
        submissions: submissionsOverTime(submissions, call.opensAt, call.closesAt, new Date()),
        eligibility: verdictsByRule(verdicts, order),
        scores: scoreDistributions(call.criteria, submitted),
        evaluators: scoresByEvaluator(call.criteria, submitted).map(named),
        progress: reviewerProgress(states).map(named),
        budget: budgetUse(call.budgetCents, call.fundingSources.map((s) => s.source), grants),
      };
    });
  }

  async city(actor: Actor, id: string) {
    return this.dataSource.transaction('REPEATABLE READ', async (tx) => {
      const [city]: { id: string; slug: string; name: Record<string, string> }[] = await tx.query(`SELECT id, slug, name FROM cities WHERE id = $1`, [id]);
      if (!city) throw DomainError.notFound('City');
      this.policy.authorize(actor, 'city.dashboard.read', { kind: 'city', id }, 'City');
      const window = cityWindow(helsinkiDay(new Date()));
      const beds: { id: string; name: Record<string, string>; capacity: number }[] = await tx.query(
        `SELECT id, name, capacity FROM testbeds WHERE city_id = $1 AND state = 'published' ORDER BY coalesce(name->>'fi', name->>'sv', name->>'en'), id`,
        [id],
      );
      const bookings: { testbedId: string; startDate: string; endDate: string }[] = await tx.query(
        `SELECT b.testbed_id AS "testbedId", b.start_date::text AS "startDate", b.end_date::text AS "endDate"
           FROM bookings b JOIN testbeds t ON t.id = b.testbed_id
          WHERE t.city_id = $1 AND t.state = 'published' AND b.state = 'approved' AND b.start_date <= $3::date AND b.end_date >= $2::date`,
        [id, window.start, window.end],
      );
      return {
        city,
        window: { start: window.start, end: window.end, months: window.months },
        bookings: bookingsPerBed(beds, bookings, window.months),
        use: bedUse(beds, bookings, window.start, window.end),
      };
    });
  }

  async results(actor: Actor | null, id: string) {
    return this.dataSource.transaction('REPEATABLE READ', async (tx) => {
      const call = await this.findCall(tx, id);
      this.policy.authorize(actor, 'call.results.read', callResource(call), 'Call');
      // A first stage funds nothing: its ideas' results are those of the call it leads to.
      if (call.secondStageId) {
        throw new DomainError('not_found', 'A first stage (ideas) has no results of its own: they are the results of the call it leads to.', { secondStageId: call.secondStageId });
      }
      const [decision]: { decidedAt: Date }[] = await tx.query(`SELECT decided_at AS "decidedAt" FROM funding_decisions WHERE call_id = $1`, [id]);
      const [city]: { id: string; slug: string; name: Record<string, string> }[] = call.cityId
        ? await tx.query(`SELECT id, slug, name FROM cities WHERE id = $1`, [call.cityId])
        : [];
      // Title as submitted (the revision the grant was decided on), the recipient as named now; grants given back leave.
      const grants: AwardedGrant[] = await tx.query(
        `SELECT g.application_id AS "applicationId", coalesce(r.snapshot->>'title', a.title) AS title, o.name AS recipient,
                o.home_municipality AS municipality, g.grant_cents::float8 AS "grantCents",
                coalesce((SELECT json_agg(json_build_object('source', s.source, 'cents', s.cents::float8) ORDER BY s.position) FROM grant_shares s WHERE s.grant_id = g.id), '[]') AS shares
           FROM grants g
           JOIN applications a ON a.id = g.application_id
           JOIN organisations o ON o.id = a.lead_organisation_id
           LEFT JOIN application_revisions r ON r.application_id = a.id AND r.number = a.revision
          WHERE g.call_id = $1 AND g.state = 'awarded'`,
        [id],
      );
      return {
        call: { id: call.id, title: call.title, focusArea: call.focusArea, budgetCents: call.budgetCents, city: city ?? null },
        decidedAt: decision?.decidedAt ?? null,
        ...publicResults(call.fundingSources.map((s) => s.source), grants),
      };
    });
  }

  /**
   * Where the programme's money goes across every decided call, by city and by focus area: the
   * awarded grants summed per call in SQL, each call read only if its results are public (the
   * policy's `call.results.read`), split by domain/programme.ts. The first stage of a two-stage
   * call is no call of its own here: it funds nothing, and its call counts once.
   */
  async programme() {
    return this.dataSource.transaction('REPEATABLE READ', async (tx) => {
      const rows: (DecidedCallMoney & { state: CallStateName; cityId: string | null; deciderIds: string[] })[] = await tx.query(
        `SELECT c.id AS "callId", c.state, c.city_id AS "cityId", c.decider_ids::text[] AS "deciderIds", c.focus_area AS "focusArea",
                CASE WHEN ci.id IS NULL THEN NULL ELSE json_build_object('id', ci.id, 'slug', ci.slug, 'name', ci.name) END AS city,
                count(g.id)::int AS projects, coalesce(sum(g.grant_cents), 0)::float8 AS cents
           FROM calls c
           LEFT JOIN cities ci ON ci.id = c.city_id
           LEFT JOIN grants g ON g.call_id = c.id AND g.state = 'awarded'
          WHERE c.state = 'decided' AND c.second_stage_id IS NULL
          GROUP BY c.id, ci.id`,
      );
      const decided = rows
        .filter((row) => this.policy.allows(null, 'call.results.read', { kind: 'call', cityId: row.cityId, state: row.state, deciderIds: row.deciderIds }))
        .map(({ callId, city, focusArea, projects, cents }) => ({ callId, city, focusArea, projects, cents }));
      return programmeResults(decided, FOCUS_AREAS);
    });
  }

  private async findCall(tx: EntityManager, id: string): Promise<DashboardCall> {
    const [call]: DashboardCall[] = await tx.query(CALL_SELECT, [id]);
    if (!call) throw DomainError.notFound('Call');
    return call;
  }
}
