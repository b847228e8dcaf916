import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, Policy } from '@kokeilu/access';
import { Audit, DomainError, messageOf, Outbox } from '@kokeilu/platform';
import { clarificationHoldOf } from './aggregate-application.job.js';
import { FUNDING_MESSAGES } from './domain/messages.js';
import { AmendableProposal, amend, Amendment, AmendmentError, committedCents } from './domain/amendment.js';
import { totalsBySource } from './domain/shares.js';
import { callResource, FundingCall, loadCall } from './funding-facts.js';
import { changeGrant, ensureBudget, insertGrant, overBudget, readProposal, writeRejections, writeReserve } from './proposal-store.js';

export interface ProposalLineView {
  applicationId: string;
  title: string;
  leadOrganisationName: string;
  state: string;
  rank: number;
  total: number | null;
  requestedCents: number | null;
  capCents: number;
  grantCents: number;
  grantState: string;
  shares: { source: string; sharePercent: number; cents: number }[];
}

export interface ProposalView {
  callId: string;
  state: 'proposed' | 'decided';
  policy: string;
  version: number;
  proposedAt: Date;
  budgetCents: number;
  committedCents: number;
  remainingCents: number;
  lines: ProposalLineView[];
  reserve: { position: number; applicationId: string; title: string; leadOrganisationName: string; rank: number; total: number | null; grantCents: number; state: string }[];
  rejected: { applicationId: string; title: string; leadOrganisationName: string; reason: string; total: number | null; state: string }[];
  /** the co-funding ledger of the call: the live grants summed per funding source */
  totalsBySource: { source: string; sharePercent: number; cents: number }[];
  /** grants given back or withdrawn after the decision */
  released: { applicationId: string; grantCents: number; state: string; reason: string | null }[];
  amendments: number;
  decision: { id: string; decidedBy: string; decidedAt: Date; committedCents: number } | null;
}

/** The funding proposal: read, asked for again, amended by a decider (rules 6–8). */
@Injectable()
export class FundingProposalService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: Policy,
    private readonly audit: Audit,
    private readonly outbox: Outbox,
  ) {}

  /** A coordinator asks for the ranking now, with what is aggregated. The job does the work. */
  async requestRanking(actor: Actor, callId: string): Promise<{ jobId: string }> {
    return this.dataSource.transaction(async (tx) => {
      const call = await loadCall(tx, callId, true);
      this.policy.authorize(actor, 'call.evaluators.manage', callResource(call), 'Call');
      if (call.state !== 'in_evaluation') throw DomainError.conflict(messageOf(FUNDING_MESSAGES, 'ranking.not_in_evaluation'), { state: call.state });
      const [proposal]: { state: string; amendments: number }[] = await tx.query(
        `SELECT state, (SELECT count(*)::int FROM funding_amendments m WHERE m.call_id = p.call_id) AS amendments FROM funding_proposals p WHERE call_id = $1`,
        [callId],
      );
      if (proposal?.amendments) throw DomainError.conflict(messageOf(FUNDING_MESSAGES, 'ranking.amended'));
      const [{ ready }]: { ready: number }[] = await tx.query(
        `SELECT count(*)::int AS ready FROM application_aggregates ag JOIN applications a ON a.id = ag.application_id
          WHERE ag.call_id = $1 AND NOT ag.needs_consensus AND a.state IN ('reviewed', 'proposed', 'reserve', 'rejected')`,
        [callId],
      );
      if (!ready) throw DomainError.conflict(messageOf(FUNDING_MESSAGES, 'ranking.nothing_aggregated'));
      const hold = await clarificationHoldOf(tx, callId);
      if (hold.hold) throw DomainError.conflict(messageOf(FUNDING_MESSAGES, 'ranking.clarifications_open'), { openClarifications: hold.open, until: hold.until.toISOString() });
      const jobId = `call.rank.${callId}.${randomUUID()}`;
      await this.outbox.add(tx, 'call.rank', { callId, requestedBy: actor.userId }, { jobId });
      await this.audit.record(tx, { actorId: actor.userId, action: 'call.ranking_requested', entityType: 'call', entityId: callId, cityId: call.cityId, callId, after: { jobId } });
      return { jobId };
    });
  }

  async get(actor: Actor, callId: string): Promise<ProposalView> {
    const call = await loadCall(this.dataSource.manager, callId);
    this.policy.authorize(actor, 'call.evaluation.read', callResource(call), 'Call');
    return this.view(this.dataSource.manager, call);
  }

  async amend(actor: Actor, callId: string, amendment: Amendment, reason: string): Promise<ProposalView> {
    try {
      return await this.dataSource.transaction(async (tx) => {
        const call = await loadCall(tx, callId, true);
        this.policy.authorize(actor, 'call.funding.decide', callResource(call), 'Call');
        const [proposal]: { state: string }[] = await tx.query(`SELECT state FROM funding_proposals WHERE call_id = $1 FOR UPDATE`, [callId]);
        if (!proposal) throw DomainError.conflict(messageOf(FUNDING_MESSAGES, 'proposal.missing'));
        if (proposal.state === 'decided') throw DomainError.conflict(messageOf(FUNDING_MESSAGES, 'proposal.decided'));
        const before = await readProposal(tx, call);
        let after;
        try {
          after = amend(before, amendment, before.caps, reason);
        } catch (error) {
          if (!(error instanceof AmendmentError)) throw error;
          if (error.kind === 'over_budget') throw new DomainError('rule_violation', error.message, { fields: [{ field: error.field, message: error.reason }] });
          throw DomainError.invalid(error.field, error.reason);
        }
        await this.persist(tx, call, before, after, amendment);
        const snapshot = (p: AmendableProposal) => ({ lines: p.lines, reserve: p.reserve, rejected: p.rejected, committedCents: committedCents(p) });
        await tx.query(
          `INSERT INTO funding_amendments (call_id, amended_by, amendment, reason, before, after) VALUES ($1, $2, $3, $4, $5, $6)`,
          [callId, actor.userId, JSON.stringify(amendment), reason.trim(), JSON.stringify(snapshot(before)), JSON.stringify(snapshot(after))],
        );
        await tx.query(`UPDATE funding_proposals SET version = version + 1, updated_at = now() WHERE call_id = $1`, [callId]);
        await this.audit.record(tx, {
          actorId: actor.userId,
          action: 'funding.proposal_amended',
          entityType: 'call',
          entityId: callId,
          cityId: call.cityId,
          callId,
          before: snapshot(before),
          after: { ...snapshot(after), amendment, reason: reason.trim() },
        });
        return this.view(tx, call);
      });
    } catch (error) {
      throw overBudget(error) ?? error;
    }
  }

  private async persist(tx: EntityManager, call: FundingCall, before: Awaited<ReturnType<typeof readProposal>>, after: AmendableProposal, amendment: Amendment): Promise<void> {
    await ensureBudget(tx, call);
    const id = amendment.applicationId;
    const stateOf = async (state: string) => tx.query(`UPDATE applications SET state = $2, updated_at = now() WHERE id = $1`, [id, state]);
    switch (amendment.op) {
      case 'set_grant':
        await changeGrant(tx, call, id, amendment.grantCents);
        break;
      case 'remove':
        await tx.query(`DELETE FROM grants WHERE call_id = $1 AND application_id = $2 AND state = 'proposed'`, [call.id, id]);
        await stateOf(amendment.to === 'reserve' ? 'reserve' : 'rejected');
        break;
      case 'fund': {
        const line = after.lines.find((l) => l.applicationId === id)!;
        await insertGrant(tx, call, { ...line, capCents: before.caps.get(id)!, state: 'proposed' });
        await stateOf('proposed');
        break;
      }
      case 'move':
        break;
    }
    await writeReserve(tx, call.id, after.reserve);
    await writeRejections(tx, call.id, after.rejected);
  }

  async view(tx: EntityManager, call: FundingCall): Promise<ProposalView> {
    const [proposal]: { state: 'proposed' | 'decided'; policy: string; version: number; proposedAt: Date; amendments: number }[] = await tx.query(
      `SELECT state, policy, version, proposed_at AS "proposedAt", (SELECT count(*)::int FROM funding_amendments m WHERE m.call_id = p.call_id) AS amendments
         FROM funding_proposals p WHERE call_id = $1`,
      [call.id],
    );
    if (!proposal) throw DomainError.notFound('Funding proposal');
    const base = `
      JOIN applications a ON a.id = x.application_id
      JOIN organisations lo ON lo.id = a.lead_organisation_id
      JOIN application_revisions r ON r.application_id = a.id AND r.number = a.revision
      LEFT JOIN application_aggregates ag ON ag.application_id = a.id`;
    const grants: (ProposalLineView & { released: boolean; releaseReason: string | null })[] = await tx.query(
      `SELECT x.application_id AS "applicationId", r.snapshot->>'title' AS title, lo.name AS "leadOrganisationName", a.state, x.rank,
              ag.total::float8 AS total, (r.snapshot->>'requestedGrantCents')::float8 AS "requestedCents", x.cap_cents::float8 AS "capCents",
              x.grant_cents::float8 AS "grantCents", x.state AS "grantState", x.state IN ('declined', 'withdrawn') AS released, x.release_reason AS "releaseReason",
              coalesce((SELECT json_agg(json_build_object('source', s.source, 'sharePercent', s.share_percent, 'cents', s.cents::float8) ORDER BY s.position)
                          FROM grant_shares s WHERE s.grant_id = x.id), '[]') AS shares
         FROM grants x ${base} WHERE x.call_id = $1 ORDER BY x.rank, x.application_id`,
      [call.id],
    );
    const reserve: ProposalView['reserve'] = await tx.query(
      `SELECT x.position, x.application_id AS "applicationId", r.snapshot->>'title' AS title, lo.name AS "leadOrganisationName", x.rank,
              ag.total::float8 AS total, x.cap_cents::float8 AS "grantCents", a.state
         FROM funding_reserve x ${base} WHERE x.call_id = $1 ORDER BY x.position`,
      [call.id],
    );
    const rejected: ProposalView['rejected'] = await tx.query(
      `SELECT x.application_id AS "applicationId", r.snapshot->>'title' AS title, lo.name AS "leadOrganisationName", x.reason, ag.total::float8 AS total, a.state
         FROM funding_rejections x ${base} WHERE x.call_id = $1 ORDER BY ag.total DESC NULLS LAST, x.application_id`,
      [call.id],
    );
    const [decision]: ProposalView['decision'][] = await tx.query(
      `SELECT id, decided_by AS "decidedBy", decided_at AS "decidedAt", committed_cents::float8 AS "committedCents" FROM funding_decisions WHERE call_id = $1`,
      [call.id],
    );
    const live = grants.filter((g) => !g.released);
    const committed = live.reduce((sum, g) => sum + g.grantCents, 0);
    const totals = totalsBySource(call.fundingSources, live.flatMap((g) => g.shares));
    return {
      callId: call.id,
      state: proposal.state,
      policy: proposal.policy,
      version: proposal.version,
      proposedAt: proposal.proposedAt,
      budgetCents: call.budgetCents,
      committedCents: committed,
      remainingCents: call.budgetCents - committed,
      lines: live.map(({ released: _r, releaseReason: _rr, ...line }) => line),
      reserve,
      rejected,
      totalsBySource: totals.map((t) => ({ ...t, sharePercent: call.fundingSources.find((s) => s.source === t.source)?.sharePercent ?? 0 })),
      released: grants.filter((g) => g.released).map((g) => ({ applicationId: g.applicationId, grantCents: g.grantCents, state: g.grantState, reason: g.releaseReason })),
      amendments: proposal.amendments,
      decision: decision ?? null,
    };
  }
}
