import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor, Policy } from '@kokeilu/access';
import { changeRankingBasis, type RankingBasis } from '@kokeilu/calls';
import { Audit, DomainError } from '@kokeilu/platform';
import { type ComparedEntry, compareRankings, type EvaluatorBias } from './domain/calibration.js';
import { rank } from './domain/ranking.js';
import { callResource, loadCall, loadCalibration } from './funding-facts.js';

export const CALIBRATION_METHOD = 'least_squares_additive';

export interface CalibrationView {
  callId: string;
  rankingBasis: RankingBasis;
  method: typeof CALIBRATION_METHOD;
  /** connected parts of the review graph; biases compare evaluators within one part only */
  components: number;
  evaluators: (EvaluatorBias & { name: string })[];
  applications: (ComparedEntry & { title: string; leadOrganisationName: string; reviewCount: number })[];
  /** passing applications whose rank calibration changes */
  rankChanges: number;
}

/** Calibrated scores for those who run the call, and the call's choice of ranking basis. */
@Injectable()
export class CalibrationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: Policy,
    private readonly audit: Audit,
  ) {}

  async view(actor: Actor, callId: string): Promise<CalibrationView> {
    const tx = this.dataSource.manager;
    const call = await loadCall(tx, callId);
    this.policy.authorize(actor, 'call.calibration.read', callResource(call), 'Call');
    const { calibration, reviews } = await loadCalibration(tx, call);
    const entries: { applicationId: string; title: string; leadOrganisationName: string; total: number; pass: boolean; criteria: { key: string; mean: number }[]; submittedAt: Date }[] =
      await tx.query(
        `SELECT a.id AS "applicationId", coalesce(r.snapshot->>'title', a.title) AS title, lo.name AS "leadOrganisationName",
                ag.total::float8 AS total, ag.pass, ag.criteria, a.submitted_at AS "submittedAt"
           FROM application_aggregates ag
           JOIN applications a ON a.id = ag.application_id
           JOIN organisations lo ON lo.id = a.lead_organisation_id
           LEFT JOIN application_revisions r ON r.application_id = a.id AND r.number = a.revision
          WHERE ag.call_id = $1 AND a.state <> 'withdrawn'`,
        [callId],
      );
    const compared = compareRankings(
      entries.map((e) => ({ ...e, means: Object.fromEntries(e.criteria.map((c) => [c.key, c.mean])), submittedAt: new Date(e.submittedAt) })),
      calibration.adjustments,
      call.tieBreaks,
      rank,
    );
    const names: { id: string; name: string }[] = await tx.query(`SELECT id, display_name AS name FROM users WHERE id = ANY($1::uuid[])`, [calibration.evaluators.map((e) => e.evaluatorId)]);
    const nameOf = new Map(names.map((n) => [n.id, n.name]));
    const byId = new Map(entries.map((e) => [e.applicationId, e]));
    const reviewCount = (id: string) => reviews.filter((r) => r.applicationId === id).length;
    return {
      callId,
      rankingBasis: call.rankingBasis,
      method: CALIBRATION_METHOD,
      components: calibration.components,
      evaluators: calibration.evaluators.map((e) => ({ ...e, name: nameOf.get(e.evaluatorId) ?? '' })),
      applications: compared.map((c) => ({
        ...c,
        title: byId.get(c.applicationId)!.title,
        leadOrganisationName: byId.get(c.applicationId)!.leadOrganisationName,
        reviewCount: reviewCount(c.applicationId),
      })),
      rankChanges: compared.filter((c) => c.rankChange !== null && c.rankChange !== 0).length,
    };
  }

  /** Raw or calibrated, until evaluation starts (the call closes); audited when it changes. Safe to repeat. */
  async setRankingBasis(actor: Actor, callId: string, basis: RankingBasis): Promise<{ callId: string; rankingBasis: RankingBasis }> {
    return this.dataSource.transaction(async (tx) => {
      const call = await loadCall(tx, callId, true);
      this.policy.authorize(actor, 'call.ranking_basis.set', callResource(call), 'Call');
      const outcome = changeRankingBasis(call, basis);
      if (!outcome.ok) throw DomainError.conflict(outcome.message, { state: call.state, rankingBasis: call.rankingBasis });
      if (outcome.changed) {
        await tx.query(`UPDATE calls SET ranking_basis = $2, updated_at = now() WHERE id = $1`, [callId, basis]);
        await this.audit.record(tx, {
          actorId: actor.userId,
          action: 'call.ranking_basis_set',
          entityType: 'call',
          entityId: callId,
          cityId: call.cityId,
          callId,
          before: { rankingBasis: call.rankingBasis },
          after: { rankingBasis: basis },
        });
      }
      return { callId, rankingBasis: basis };
    });
  }
}
