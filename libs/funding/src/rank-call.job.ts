import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { DataSource, type EntityManager } from 'typeorm';
import { callRunnerIds, Notifier } from '@kokeilu/notifications';
import { Audit, CallRankPayload, claimJobOnce, columnsOf, HandlesJob, jobIdOf, JobHandler, Outbox, programmeText } from '@kokeilu/platform';
import { Candidate, grantCapCents, propose } from './domain/proposal.js';
import { rank, Rankable, Ranked } from './domain/ranking.js';
import { selectInvitations } from './domain/invitation.js';
import { notifyIneligible } from './ineligible-outcomes.js';
import { calibratedTotal } from './domain/calibration.js';
import { clarificationHoldOf } from './aggregate-application.job.js';
import { FundingApplication, FundingCall, loadApplicationsOfCall, loadCall, loadCalibration, lockRankedApplications, membersOf } from './funding-facts.js';
import { ensureBudget, insertGrants, overBudget, writeRejections, writeReserve } from './proposal-store.js';

/** Applications that take part in a ranking: aggregated, and not yet decided. */
const RANKABLE = ['reviewed', 'ranked', 'proposed', 'reserve', 'rejected'];

export interface RankOutcome {
  ranked: boolean;
  reason?: string;
  lines?: number;
  reserve?: number;
  rejected?: number;
  committedCents?: number;
  invited?: number;
  notInvited?: number;
}

/**
 * Rules 6 and 7: ranks the call's aggregated applications (those waiting for a consensus are left
 * out) and replaces the undecided proposal. The call row is locked throughout; the grants go
 * through the budget row, whose CHECK refuses any sum over the budget even if something else
 * wrote grants meanwhile.
 */
@Injectable()
@HandlesJob('call.rank')
export class RankCallJob implements JobHandler<'call.rank'> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: Audit,
    private readonly notifier: Notifier,
    private readonly outbox: Outbox,
  ) {}

  async handle(payload: CallRankPayload, job: Job<CallRankPayload>): Promise<RankOutcome> {
    try {
      return await this.rank(payload, jobIdOf(job), job.name);
    } catch (error) {
      // Left to the retry: the next run sees the other writer's grants and proposes again.
      throw overBudget(error) ?? error;
    }
  }

  private rank(payload: CallRankPayload, jobId: string, jobName: string): Promise<RankOutcome> {
    return this.dataSource.transaction(async (tx) => {
      if (!(await claimJobOnce(tx, jobId, jobName))) return { ranked: false, reason: 'already processed' };
      const call = await loadCall(tx, payload.callId, true);
      if (call.state !== 'in_evaluation') return { ranked: false, reason: `call is ${call.state}` };
      const [existing]: { state: string; version: number; amendments: number }[] = await tx.query(
        `SELECT p.state, p.version, (SELECT count(*)::int FROM funding_amendments m WHERE m.call_id = p.call_id) AS amendments
           FROM funding_proposals p WHERE p.call_id = $1 FOR UPDATE`,
        [call.id],
      );
      if (existing?.state === 'decided') return { ranked: false, reason: 'decided' };
      if (existing && !payload.requestedBy) return { ranked: false, reason: 'already proposed' };
      if (existing && existing.amendments > 0) return { ranked: false, reason: 'amended by a decider' };
      // A question asked after this job was queued holds the ranking as well; its answer or deadline queues it again.
      if ((await clarificationHoldOf(tx, call.id)).hold) return { ranked: false, reason: 'clarifications are open' };

      const aggregates = await lockRankedApplications(tx, call.id, RANKABLE);
      const applications = new Map(aggregates.map((a) => [a.applicationId, a]));
      // A call that chose calibrated totals ranks by them; thresholds were judged on the scores as given.
      const adjustments = call.rankingBasis === 'calibrated' ? (await loadCalibration(tx, call)).calibration.adjustments : new Map<string, number>();
      const passing: Rankable[] = aggregates
        .filter((a) => a.pass)
        .map((a) => ({
          applicationId: a.applicationId,
          total: calibratedTotal(a.total, adjustments.get(a.applicationId)),
          means: Object.fromEntries(a.criteria.map((c) => [c.key, c.mean])),
          submittedAt: a.submittedAt,
        }));
      const failing = aggregates.filter((a) => !a.pass).map((a) => a.applicationId);
      const ranking = rank(passing, call.tieBreaks);
      if (call.secondStageId) {
        // Those not invited hear it with the idea's title: the first stage reads its ideas whole.
        const ideas = await loadApplicationsOfCall(tx, call.id, aggregates.map((a) => a.applicationId));
        return this.invite(tx, call, payload.requestedBy ?? null, ranking, failing, ideas);
      }
      const candidates: Candidate[] = ranking.map((r) => {
        const application = applications.get(r.applicationId)!;
        return { applicationId: r.applicationId, rank: r.rank, requestedCents: application.requestedCents, eligibleCostsCents: application.eligibleCostsCents };
      });
      const rules = { budgetCents: call.budgetCents, maxGrantCents: call.maxGrantCents, fundingRatePercent: call.fundingRatePercent, policy: call.fundingPolicy };
      const proposal = propose(rules, candidates, failing);

      await this.writeRanks(tx, call.id, ranking);
      await ensureBudget(tx, call);
      // Release the previous proposal first, so the budget row only ever sees what the new one adds.
      await tx.query(`DELETE FROM grants WHERE call_id = $1 AND state = 'proposed'`, [call.id]);
      await tx.query(
        `INSERT INTO funding_proposals (call_id, policy, budget_cents, proposed_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT (call_id) DO UPDATE SET policy = EXCLUDED.policy, budget_cents = EXCLUDED.budget_cents, proposed_by = EXCLUDED.proposed_by,
           proposed_at = now(), version = funding_proposals.version + 1, updated_at = now()`,
        [call.id, call.fundingPolicy, call.budgetCents, payload.requestedBy ?? null],
      );
      await insertGrants(
        tx,
        call,
        proposal.lines.map((line) => {
          const application = applications.get(line.applicationId)!;
          return { ...line, capCents: grantCapCents(rules, { requestedCents: application.requestedCents, eligibleCostsCents: application.eligibleCostsCents }), state: 'proposed' as const };
        }),
      );
      await writeReserve(tx, call.id, proposal.reserve);
      await writeRejections(tx, call.id, proposal.rejected);
      const rankOf = new Map(ranking.map((r) => [r.applicationId, r.rank]));
      await this.writeStates(
        tx,
        call,
        payload.requestedBy ?? null,
        [
          ...proposal.lines.map((l) => ({ id: l.applicationId, state: 'proposed' })),
          ...proposal.reserve.map((r) => ({ id: r.applicationId, state: 'reserve' })),
          ...proposal.rejected.map((r) => ({ id: r.applicationId, state: 'rejected' })),
        ].map(({ id, state }) => ({ id, state, before: applications.get(id)!.state, rank: rankOf.get(id) ?? null })),
      );
      await this.audit.record(tx, {
        actorId: payload.requestedBy ?? null,
        action: existing ? 'call.ranked_again' : 'call.ranked',
        entityType: 'call',
        entityId: call.id,
        cityId: call.cityId,
        callId: call.id,
        before: existing ? { version: existing.version } : null,
        after: {
          ranking: ranking.map((r) => ({ applicationId: r.applicationId, rank: r.rank, tieBreak: r.tieBreak?.rule ?? null })),
          lines: proposal.lines,
          reserve: proposal.reserve.map((r) => r.applicationId),
          rejected: proposal.rejected,
          committedCents: proposal.committedCents,
        },
      });
      // Those who run the call hear that the ranking is ready; the deciders, that the proposal waits for them.
      const callTitle = programmeText(call.title);
      await this.notifier.notifyEach(tx, [
        {
          userIds: await callRunnerIds(tx, call.cityId),
          kind: 'funding.ranking_ready',
          params: { callTitle, ranked: aggregates.length, passing: passing.length },
          entity: { type: 'call', id: call.id, view: 'ranking' },
        },
        {
          userIds: call.deciderIds,
          kind: 'funding.proposal_ready',
          params: { callTitle, funded: proposal.lines.length, committedCents: proposal.committedCents, budgetCents: call.budgetCents, reserve: proposal.reserve.length },
          entity: { type: 'call', id: call.id, view: 'funding-proposal' },
        },
      ]);
      return { ranked: true, lines: proposal.lines.length, reserve: proposal.reserve.length, rejected: proposal.rejected.length, committedCents: proposal.committedCents };
    });
  }

  /**
   * The first stage of a two-stage call ends here: the ideas are ranked (rule 6, with the first
   * stage's criteria and tie-breaks) and the best of them, up to the call's invitation rule, are
   * invited; the rest hear their outcome at once. Each invited idea's full proposal is started by
   * its own job (one per idea). The first stage is then decided, so a repeated ranking does nothing.
   */
  private async invite(
    tx: EntityManager,
    call: FundingCall,
    actorId: string | null,
    ranking: Ranked[],
    failing: string[],
    applications: Map<string, FundingApplication>,
  ): Promise<RankOutcome> {
    const selection = selectInvitations(ranking, failing, call.invitation!);
    await this.writeRanks(tx, call.id, ranking);
    const states = [
      ...selection.invited.map((i) => ({ id: i.applicationId, state: 'invited', rank: i.rank })),
      ...selection.notInvited.map((i) => ({ id: i.applicationId, state: 'not_invited', rank: i.rank })),
    ];
    await tx.query(`UPDATE calls SET state = 'decided', version = version + 1, updated_at = now() WHERE id = $1`, [call.id]);
    await this.writeStates(
      tx,
      call,
      actorId,
      states.map(({ id, state, rank: position }) => ({ id, state, before: applications.get(id)!.state, rank: position })),
    );
    await this.audit.record(tx, {
      actorId,
      action: 'call.ideas_invited',
      entityType: 'call',
      entityId: call.id,
      cityId: call.cityId,
      callId: call.id,
      before: { state: call.state },
      after: {
        state: 'decided',
        secondStageId: call.secondStageId,
        invitation: call.invitation,
        limit: selection.limit,
        invited: selection.invited,
        notInvited: selection.notInvited,
      },
    });
    for (const { applicationId } of selection.invited) {
      await this.outbox.add(tx, 'application.carry_over', { ideaApplicationId: applicationId }, { jobId: `application.carry_over.${applicationId}` });
    }
    // Those not invited hear it at once (their scores are on the outcome page); the invited hear it with their full proposal started.
    const [second]: { closesAt: Date }[] = await tx.query(`SELECT closes_at AS "closesAt" FROM calls WHERE id = $1`, [call.secondStageId]);
    const callTitle = programmeText(call.title);
    for (const { applicationId, rank: position } of selection.notInvited) {
      const application = applications.get(applicationId);
      if (!application) continue;
      await this.notifier.notify(tx, {
        userIds: await membersOf(tx, application.organisationIds),
        kind: 'funding.stage_outcome',
        params: {
          applicationTitle: application.title,
          callTitle,
          outcome: 'not_invited',
          rank: position,
          invited: selection.invited.length,
          secondStageDeadline: new Date(second.closesAt).toISOString(),
        },
        entity: { type: 'application', id: applicationId, view: 'outcome' },
      });
    }
    await notifyIneligible(tx, this.notifier, call);
    await this.notifier.notify(tx, {
      userIds: await callRunnerIds(tx, call.cityId),
      kind: 'funding.ranking_ready',
      params: { callTitle, ranked: ranking.length + failing.length, passing: ranking.length },
      entity: { type: 'call', id: call.id, view: 'ranking' },
    });
    return { ranked: true, invited: selection.invited.length, notInvited: selection.notInvited.length };
  }

  /**
   * The applications' new states with their audit events (`application.<state>`, in the given
   * order), in one statement: the events are built by the database from the changed rows.
   */
  private async writeStates(
    tx: EntityManager,
    call: FundingCall,
    actorId: string | null,
    states: readonly { id: string; state: string; before: string; rank: number | null }[],
  ): Promise<void> {
    if (!states.length) return;
    await this.audit.recordChanged(
      tx,
      `UPDATE applications a SET state = s.state, updated_at = now()
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::int[]) WITH ORDINALITY AS s(id, state, before, rank, position)
        WHERE a.id = s.id
       RETURNING a.id, a.lead_organisation_id, s.state, s.before, s.rank, s.position`,
      columnsOf(states, [(s) => s.id, (s) => s.state, (s) => s.before, (s) => s.rank]),
      {
        actorId,
        action: { sql: `'application.' || changed.state` },
        entityType: 'application',
        entityId: 'changed.id',
        organisationId: 'changed.lead_organisation_id',
        cityId: call.cityId,
        callId: call.id,
        before: `jsonb_build_object('state', changed.before)`,
        after: `jsonb_build_object('state', changed.state, 'rank', changed.rank)`,
        orderBy: 'changed.position',
      },
      'SELECT 1',
    );
  }

  /** The ranks of this ranking, and none for the call's other aggregates, in one statement that leaves unchanged rows alone. */
  private async writeRanks(tx: EntityManager, callId: string, ranking: Ranked[]): Promise<void> {
    await tx.query(
      `UPDATE application_aggregates ag
          SET rank = r.rank, tie_break_rule = r.rule, tie_break_above = r.above,
              ranked_at = CASE WHEN r.application_id IS NULL THEN NULL ELSE now() END,
              updated_at = CASE WHEN r.application_id IS NULL THEN ag.updated_at ELSE now() END
         FROM application_aggregates cur
         LEFT JOIN unnest($2::uuid[], $3::int[], $4::text[], $5::uuid[]) AS r(application_id, rank, rule, above) ON r.application_id = cur.application_id
        WHERE cur.call_id = $1 AND ag.application_id = cur.application_id
          AND (r.application_id IS NOT NULL OR ag.rank IS NOT NULL OR ag.tie_break_rule IS NOT NULL OR ag.tie_break_above IS NOT NULL OR ag.ranked_at IS NOT NULL)`,
      [callId, ...columnsOf(ranking, [(r) => r.applicationId, (r) => r.rank, (r) => r.tieBreak?.rule ?? null, (r) => r.tieBreak?.above ?? null])],
    );
  }
}
