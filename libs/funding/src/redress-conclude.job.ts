import { Injectable } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { DataSource, EntityManager } from 'typeorm';
import { callRunnerIds, Notifier } from '@kokeilu/notifications';
import { Audit, HandlesJob, isUuid, JobHandler, Outbox, programmeText, RedressPayload } from '@kokeilu/platform';
import { aggregate, type SubmittedReview } from './domain/aggregation.js';
import { calibratedTotal } from './domain/calibration.js';
import { grantCapCents } from './domain/proposal.js';
import type { Rankable } from './domain/ranking.js';
import { placeAgainstLine, type Remedy, remedyOf } from './domain/redress.js';
import { aggregationRules, type FundingCall, loadApplication, loadCall, loadCalibration, membersOf } from './funding-facts.js';
import { startPilot } from './pilots.js';
import { ensureBudget, insertGrant, overBudget, readProposal, writeReserve } from './proposal-store.js';
import { findRedress, type ReEvaluation, type RedressRecord, redressSetting } from './redress-facts.js';

/**
 * Once every review of an upheld request's re-evaluation is in: the new evaluators' scores are
 * aggregated (rule 5, their means as given), the application is ranked again among the passing
 * applications as they stood at the decision, against the decision's budget line, and the call's
 * remedy applies (domain/redress.ts). The request row is locked and concluded in the same
 * transaction, so a repeat finds it concluded and changes nothing.
 */
@Injectable()
@HandlesJob('redress.conclude')
export class RedressConcludeJob implements JobHandler<'redress.conclude'> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: Audit,
    private readonly outbox: Outbox,
    private readonly notifier: Notifier,
  ) {}

  async handle(payload: RedressPayload): Promise<{ concluded: boolean; result?: string; reason?: string }> {
    if (!isUuid(payload?.requestId)) throw new UnrecoverableError(`bad payload ${JSON.stringify(payload)}`);
    try {
      return await this.dataSource.transaction((tx) => this.conclude(tx, payload.requestId));
    } catch (error) {
      throw overBudget(error) ?? error;
    }
  }

  private async conclude(tx: EntityManager, requestId: string): Promise<{ concluded: boolean; result?: string; reason?: string }> {
    // The call first, then the request: the order of every writer of a call's grants.
    const [{ callId }]: { callId: string }[] = await tx.query(`SELECT call_id AS "callId" FROM redress_requests WHERE id = $1`, [requestId]);
    const call = await loadCall(tx, callId, true);
    const record = await findRedress(tx, requestId, true);
    if (record.state !== 're_evaluating') return { concluded: false, reason: `request is ${record.state}` };
    const reviews: (SubmittedReview & { state: string })[] = await tx.query(
      `SELECT evaluator_id AS "evaluatorId", scores, state FROM reviews WHERE redress_request_id = $1 AND state <> 'declined' ORDER BY submitted_at, evaluator_id`,
      [requestId],
    );
    const submitted = reviews.filter((r) => r.state === 'submitted');
    if (submitted.length < call.reviewersPerApplication || submitted.length < reviews.length) {
      return { concluded: false, reason: `${submitted.length} of ${call.reviewersPerApplication} reviews in` };
    }
    const rules = aggregationRules(call);
    const result = aggregate(rules, submitted);
    const application = await loadApplication(tx, record.applicationId, true);

    // The passing applications as they stood at the decision, with the call's ranking basis.
    const others: { applicationId: string; total: number; criteria: { key: string; mean: number }[]; submittedAt: Date }[] = await tx.query(
      `SELECT ag.application_id AS "applicationId", ag.total::float8 AS total, ag.criteria, a.submitted_at AS "submittedAt"
         FROM application_aggregates ag JOIN applications a ON a.id = ag.application_id
        WHERE ag.call_id = $1 AND ag.rank IS NOT NULL AND ag.application_id <> $2`,
      [call.id, record.applicationId],
    );
    const adjustments = call.rankingBasis === 'calibrated' ? (await loadCalibration(tx, call)).calibration.adjustments : new Map<string, number>();
    const [decision]: { summary: { lines: { applicationId: string }[] } }[] = await tx.query(`SELECT summary FROM funding_decisions WHERE call_id = $1`, [call.id]);
    const meansOf = (criteria: { key: string; mean: number }[]) => Object.fromEntries(criteria.map((c) => [c.key, c.mean]));
    const placement = placeAgainstLine({
      application: { applicationId: record.applicationId, total: result.total, means: meansOf(result.criteria), submittedAt: new Date(application.submittedAt), pass: result.pass },
      others: others.map(
        (o): Rankable => ({ applicationId: o.applicationId, total: calibratedTotal(o.total, adjustments.get(o.applicationId)), means: meansOf(o.criteria), submittedAt: new Date(o.submittedAt) }),
      ),
      fundedIds: (decision?.summary.lines ?? []).map((l) => l.applicationId),
      tieBreaks: call.tieBreaks,
    });
    const setting = await redressSetting(tx, call.id);
    const capCents = grantCapCents({ maxGrantCents: call.maxGrantCents, fundingRatePercent: call.fundingRatePercent }, application);
    const remedy = remedyOf({ remedy: setting.remedy, aboveLine: placement.aboveLine, grantCents: capCents, reserveCents: setting.reserveCents, reserveUsedCents: setting.reserveCommittedCents });
    const applied = await this.apply(tx, call, record, remedy, placement.rank ?? 1, capCents);

    const reEvaluation: ReEvaluation = {
      ...(record.reEvaluation as ReEvaluation),
      total: result.total,
      pass: result.pass,
      criteria: result.criteria.map((c) => ({ key: c.key, mean: c.mean, threshold: c.threshold ?? null, pass: c.pass })),
      rank: placement.rank,
      aboveLine: placement.aboveLine,
    };
    await tx.query(
      `UPDATE redress_requests SET state = 'concluded', re_evaluation = $2, result = $3, result_grant_cents = $4, concluded_at = now(), updated_at = now() WHERE id = $1`,
      [requestId, JSON.stringify(reEvaluation), applied.kind, applied.kind === 'funded_from_reserve' ? applied.grantCents : null],
    );
    await this.audit.record(tx, {
      actorId: null,
      action: 'redress.concluded',
      entityType: 'application',
      entityId: record.applicationId,
      organisationId: record.leadOrganisationId,
      cityId: record.cityId,
      callId: record.callId,
      before: { redressId: requestId, state: application.state },
      after: {
        redressId: requestId,
        state: applied.kind === 'funded_from_reserve' ? 'funded' : application.state,
        total: result.total,
        pass: result.pass,
        rank: placement.rank,
        aboveLine: placement.aboveLine,
        result: applied.kind,
        grantCents: applied.kind === 'funded_from_reserve' ? applied.grantCents : null,
      },
    });
    const consortium = await membersOf(tx, application.organisationIds);
    const runners = await callRunnerIds(tx, record.cityId);
    const params = {
      applicationTitle: record.applicationTitle,
      callTitle: programmeText(record.callTitle),
      result: applied.kind,
      grantCents: applied.kind === 'funded_from_reserve' ? applied.grantCents : null,
    };
    await this.notifier.notifyEach(tx, [
      { userIds: consortium, kind: 'redress.concluded', params, entity: { type: 'application', id: record.applicationId, view: 'outcome' } },
      { userIds: runners.filter((u) => !consortium.includes(u)), kind: 'redress.concluded', params, entity: { type: 'call', id: record.callId, view: 'redress' } },
    ]);
    return { concluded: true, result: applied.kind };
  }

  private async apply(tx: EntityManager, call: FundingCall, record: RedressRecord, remedy: Remedy, rank: number, capCents: number): Promise<Remedy> {
    if (remedy.kind === 'unchanged') return remedy;
    const proposal = await readProposal(tx, call);
    const rest = proposal.reserve.filter((r) => r.applicationId !== record.applicationId);
    if (remedy.kind === 'first_on_reserve_list') {
      await writeReserve(tx, call.id, [{ applicationId: record.applicationId, rank, grantCents: capCents, position: 1 }, ...rest.map((r, i) => ({ ...r, position: i + 2 }))]);
      return remedy;
    }
    await ensureBudget(tx, call);
    const setting = await redressSetting(tx, call.id);
    await tx.query(`UPDATE call_budgets SET reserve_cents = $2, updated_at = now() WHERE call_id = $1`, [call.id, setting.reserveCents]);
    const [earlier]: { id: string }[] = await tx.query(`SELECT id FROM grants WHERE application_id = $1`, [record.applicationId]);
    // A grant this application gave back earlier stands on record: it goes first on the reserve list instead.
    if (earlier) return this.apply(tx, call, record, { kind: 'first_on_reserve_list' }, rank, capCents);
    const grantId = await insertGrant(tx, call, { applicationId: record.applicationId, rank, capCents, grantCents: remedy.grantCents, state: 'awarded', fundedFrom: 'redress_reserve' });
    if (rest.length !== proposal.reserve.length) await writeReserve(tx, call.id, rest.map((r, i) => ({ ...r, position: i + 1 })));
    await tx.query(`UPDATE applications SET state = 'funded', updated_at = now() WHERE id = $1`, [record.applicationId]);
    await this.audit.record(tx, {
      actorId: null,
      action: 'application.funded',
      entityType: 'application',
      entityId: record.applicationId,
      organisationId: record.leadOrganisationId,
      cityId: call.cityId,
      callId: call.id,
      before: { state: 'not_funded' },
      after: { state: 'funded', grantCents: remedy.grantCents, fundedFrom: 'redress_reserve' },
    });
    await startPilot(tx, this.outbox, { id: grantId, applicationId: record.applicationId, callId: call.id, grantCents: remedy.grantCents });
    return remedy;
  }
}
