import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor, Policy } from '@kokeilu/access';
import { Notifier } from '@kokeilu/notifications';
import { Audit, DomainError, messageOf, Outbox, programmeText } from '@kokeilu/platform';
import { FUNDING_MESSAGES } from './domain/messages.js';
import type { CriterionResult } from './domain/aggregation.js';
import { applicationResource, callResource, loadApplicationsOfCall, loadCall, membersOf } from './funding-facts.js';
import { FundingProposalService, ProposalView } from './funding-proposal.service.js';
import { scoresText, startPilot } from './pilots.js';
import { promoteFromReserve, releaseWithdrawn } from './promote-reserve.job.js';
import { notifyIneligible } from './ineligible-outcomes.js';
import { overBudget } from './proposal-store.js';

/** Applications still in the running when the decision is made: each ends funded or not funded. */
const UNDECIDED = ['eligible', 'in_review', 'reviewed', 'ranked', 'proposed', 'reserve', 'rejected'];

/** Rule 8: the decider's approval, and an applicant giving a grant back. */
@Injectable()
export class FundingDecisionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: Policy,
    private readonly audit: Audit,
    private readonly outbox: Outbox,
    private readonly notifier: Notifier,
    private readonly proposals: FundingProposalService,
  ) {}

  async approve(actor: Actor, callId: string): Promise<ProposalView> {
    try {
      return await this.dataSource.transaction(async (tx) => {
        const call = await loadCall(tx, callId, true);
        this.policy.authorize(actor, 'call.funding.decide', callResource(call), 'Call');
        const [proposal]: { state: string }[] = await tx.query(`SELECT state FROM funding_proposals WHERE call_id = $1 FOR UPDATE`, [call.id]);
        if (call.state === 'decided' || proposal?.state === 'decided') throw DomainError.conflict(messageOf(FUNDING_MESSAGES, 'decision.already_decided'));
        if (call.state !== 'in_evaluation' || !proposal) throw DomainError.conflict(messageOf(FUNDING_MESSAGES, 'decision.no_proposal'));
        const deps = { audit: this.audit, outbox: this.outbox, notifier: this.notifier };
        // Withdrawn since the proposal: their budget goes down the reserve list before anything is final.
        // Otherwise the proposal stands as the decider left it, even with budget to spare.
        if ((await releaseWithdrawn(tx, this.audit, call)) > 0) await promoteFromReserve(tx, deps, call, false);

        const awarded: { id: string; applicationId: string; grantCents: number }[] = await tx.query(
          `WITH u AS (UPDATE grants SET state = 'awarded', awarded_at = now(), updated_at = now() WHERE call_id = $1 AND state = 'proposed'
                      RETURNING id, application_id AS "applicationId", grant_cents::float8 AS "grantCents")
           SELECT * FROM u`,
          [call.id],
        );
        const undecided: { id: string; state: string }[] = await tx.query(
          `SELECT id, state FROM applications WHERE call_id = $1 AND state = ANY($2::text[]) FOR UPDATE`,
          [call.id, UNDECIDED],
        );
        const funded = new Set(awarded.map((g) => g.applicationId));
        const before = await this.proposals.view(tx, call);
        const committed = awarded.reduce((sum, g) => sum + g.grantCents, 0);
        await tx.query(
          `INSERT INTO funding_decisions (call_id, decided_by, committed_cents, funded_count, summary) VALUES ($1, $2, $3, $4, $5)`,
          [call.id, actor.userId, committed, awarded.length, JSON.stringify({ lines: before.lines.map(({ shares: _s, ...l }) => l), reserve: before.reserve, rejected: before.rejected })],
        );
        await tx.query(`UPDATE funding_proposals SET state = 'decided', updated_at = now() WHERE call_id = $1`, [call.id]);
        await tx.query(`UPDATE calls SET state = 'decided', version = version + 1, updated_at = now() WHERE id = $1`, [call.id]);
        await this.audit.record(tx, {
          actorId: actor.userId,
          action: 'call.funding_decided',
          entityType: 'call',
          entityId: call.id,
          cityId: call.cityId,
          callId: call.id,
          before: { state: call.state },
          after: { state: 'decided', committedCents: committed, funded: [...funded] },
        });
        await tx.query(
          `UPDATE applications a SET state = CASE WHEN a.id = ANY($2::uuid[]) THEN 'funded' ELSE 'not_funded' END, updated_at = now()
            WHERE a.call_id = $1 AND a.state = ANY($3::text[])`,
          [call.id, [...funded], UNDECIDED],
        );

        const applications = await loadApplicationsOfCall(
          tx,
          call.id,
          undecided.map((a) => a.id),
        );
        const scores: { applicationId: string; criteria: CriterionResult[]; total: number }[] = await tx.query(
          `SELECT application_id AS "applicationId", criteria, total::float8 AS total FROM application_aggregates WHERE call_id = $1`,
          [call.id],
        );
        const reservePositions = new Map(before.reserve.map((r) => [r.applicationId, r.position]));
        for (const { id, state } of undecided) {
          const application = applications.get(id);
          if (!application) continue;
          const outcome = funded.has(id) ? 'funded' : 'not_funded';
          await this.audit.record(tx, {
            actorId: actor.userId,
            action: `application.${outcome}`,
            entityType: 'application',
            entityId: id,
            organisationId: application.leadOrganisationId,
            cityId: call.cityId,
            callId: call.id,
            before: { state },
            after: { state: outcome },
          });
          const grant = awarded.find((g) => g.applicationId === id);
          if (grant) await startPilot(tx, this.outbox, { ...grant, callId: call.id });
          const score = scores.find((s) => s.applicationId === id);
          const text = (locale: 'fi' | 'sv' | 'en') => (score ? scoresText(call.criteria, score.criteria, score.total, locale) : '–');
          await this.notifier.notify(tx, {
            userIds: await membersOf(tx, application.organisationIds),
            kind: 'funding.decided',
            params: {
              applicationTitle: application.title,
              callTitle: programmeText(call.title),
              outcome: grant ? 'funded' : reservePositions.has(id) ? 'reserve' : 'not_funded',
              grantCents: grant?.grantCents ?? null,
              reservePosition: reservePositions.get(id) ?? null,
              scoresFi: text('fi'),
              scoresSv: text('sv'),
              scoresEn: text('en'),
            },
            entity: { type: 'application', id, view: 'outcome' },
          });
        }
        await notifyIneligible(tx, this.notifier, call);
        return this.proposals.view(tx, { ...call, state: 'decided' });
      });
    } catch (error) {
      const sql = (error as { driverError?: { code?: string; constraint?: string } })?.driverError;
      if (sql?.code === '23505' && sql.constraint === 'funding_decisions_call_id_key') throw DomainError.conflict(messageOf(FUNDING_MESSAGES, 'decision.already_decided'));
      throw overBudget(error) ?? error;
    }
  }

  /** The lead gives a funded grant back; the freed budget goes down the reserve list by a job. */
  async declineGrant(actor: Actor, applicationId: string, reason: string): Promise<{ applicationId: string; state: 'not_funded'; releasedCents: number }> {
    return this.dataSource.transaction(async (tx) => {
      const resource = await applicationResource(tx, applicationId);
      this.policy.authorize(actor, 'application.update', resource, 'Application');
      if (!reason.trim()) throw DomainError.invalid('reason', 'say why the grant is declined');
      const call = await loadCall(tx, resource.callId, true);
      const [application]: { state: string; leadOrganisationId: string }[] = await tx.query(
        `SELECT state, lead_organisation_id AS "leadOrganisationId" FROM applications WHERE id = $1 FOR UPDATE`,
        [applicationId],
      );
      if (application!.state !== 'funded') throw DomainError.conflict(messageOf(FUNDING_MESSAGES, 'grant.not_funded'), { state: application!.state });
      const [grant]: { id: string; grantCents: number }[] = await tx.query(
        `WITH u AS (UPDATE grants SET state = 'declined', released_at = now(), release_reason = $2, updated_at = now()
                     WHERE application_id = $1 AND state = 'awarded' RETURNING id, grant_cents::float8 AS "grantCents")
         SELECT * FROM u`,
        [applicationId, reason.trim()],
      );
      if (!grant) throw DomainError.conflict(messageOf(FUNDING_MESSAGES, 'grant.none'));
      // The pilot ends here; what it reported and booked stays on record.
      await tx.query(`UPDATE pilots SET state = 'cancelled', cancelled_at = now(), cancel_reason = $2 WHERE application_id = $1 AND state = 'active'`, [
        applicationId,
        reason.trim(),
      ]);
      await tx.query(`UPDATE applications SET state = 'not_funded', updated_at = now() WHERE id = $1`, [applicationId]);
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'application.grant_declined',
        entityType: 'application',
        entityId: applicationId,
        organisationId: application!.leadOrganisationId,
        cityId: call.cityId,
        callId: call.id,
        before: { state: 'funded', grantCents: grant.grantCents },
        after: { state: 'not_funded', reason: reason.trim() },
      });
      await this.outbox.add(tx, 'funding.promote', { callId: call.id }, { jobId: `funding.promote.${grant.id}` });
      return { applicationId, state: 'not_funded' as const, releasedCents: grant.grantCents };
    });
  }
}
