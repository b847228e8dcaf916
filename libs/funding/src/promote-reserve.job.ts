import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Notifier } from '@kokeilu/notifications';
import { Audit, FundingPromotePayload, HandlesJob, JobHandler, Outbox, programmeText } from '@kokeilu/platform';
import { promote } from './domain/promotion.js';
import { FundingCall, loadApplicationsOfCall, loadCall, membersOf } from './funding-facts.js';
import { startPilot } from './pilots.js';
import { ensureBudget, insertGrant, readProposal, writeReserve } from './proposal-store.js';

/**
 * Releases the grants of applications withdrawn since the proposal, and drops withdrawn ones
 * from the reserve. Returns how many grants were released.
 */
export async function releaseWithdrawn(tx: EntityManager, audit: Audit, call: FundingCall): Promise<number> {
  const released: { applicationId: string; grantCents: number }[] = await tx.query(
    `WITH u AS (
       UPDATE grants g SET state = 'withdrawn', released_at = now(), release_reason = 'application withdrawn', updated_at = now()
         FROM applications a
        WHERE a.id = g.application_id AND g.call_id = $1 AND a.state = 'withdrawn' AND g.state IN ('proposed', 'awarded')
        RETURNING g.application_id AS "applicationId", g.grant_cents::float8 AS "grantCents")
     SELECT * FROM u`,
    [call.id],
  );
  await tx.query(`DELETE FROM funding_reserve r USING applications a WHERE a.id = r.application_id AND r.call_id = $1 AND a.state = 'withdrawn'`, [call.id]);
  for (const grant of released) {
    await audit.record(tx, {
      actorId: null,
      action: 'grant.released',
      entityType: 'application',
      entityId: grant.applicationId,
      cityId: call.cityId,
      callId: call.id,
      after: { state: 'withdrawn', grantCents: grant.grantCents },
    });
  }
  return released.length;
}

/**
 * Rule 8: moves reserve applications up into the budget that is free, in reserve order, passing
 * over any that does not fit. Before the decision they join the proposal; after it they are
 * funded at once, become pilots and are told. Running it again finds nothing more that fits.
 */
export async function promoteFromReserve(
  tx: EntityManager,
  deps: { audit: Audit; outbox: Outbox; notifier: Notifier },
  call: FundingCall,
  decided: boolean,
): Promise<string[]> {
  await ensureBudget(tx, call);
  await releaseWithdrawn(tx, deps.audit, call);
  const proposal = await readProposal(tx, call);
  // The budget row's sum: grants paid from the redress reserve take nothing from the budget.
  const [{ committed }]: { committed: number }[] = await tx.query(`SELECT committed_cents::float8 AS committed FROM call_budgets WHERE call_id = $1`, [call.id]);
  const result = promote({ budgetCents: call.budgetCents, committedCents: committed, reserve: proposal.reserve });
  if (!result.promoted.length) return [];
  const applications = await loadApplicationsOfCall(
    tx,
    call.id,
    result.promoted.map((p) => p.applicationId),
  );
  for (const promoted of result.promoted) {
    const entry = proposal.reserve.find((r) => r.applicationId === promoted.applicationId)!;
    const application = applications.get(promoted.applicationId)!;
    const grantId = await insertGrant(tx, call, {
      applicationId: promoted.applicationId,
      rank: entry.rank,
      capCents: entry.grantCents,
      grantCents: promoted.grantCents,
      state: decided ? 'awarded' : 'proposed',
    });
    const state = decided ? 'funded' : 'proposed';
    await tx.query(`UPDATE applications SET state = $2, updated_at = now() WHERE id = $1`, [promoted.applicationId, state]);
    await deps.audit.record(tx, {
      actorId: null,
      action: 'application.promoted_from_reserve',
      entityType: 'application',
      entityId: promoted.applicationId,
      organisationId: application.leadOrganisationId,
      cityId: call.cityId,
      callId: call.id,
      before: { state: application.state, reservePosition: entry.position },
      after: { state, grantCents: promoted.grantCents },
    });
    if (decided) {
      await startPilot(tx, deps.outbox, { id: grantId, applicationId: promoted.applicationId, callId: call.id, grantCents: promoted.grantCents });
      await deps.notifier.notify(tx, {
        userIds: await membersOf(tx, application.organisationIds),
        kind: 'funding.promoted',
        params: { applicationTitle: application.title, callTitle: programmeText(call.title), grantCents: promoted.grantCents },
        entity: { type: 'application', id: promoted.applicationId, view: 'outcome' },
      });
    }
  }
  await writeReserve(tx, call.id, result.reserve);
  return result.promoted.map((p) => p.applicationId);
}

/** After a funded applicant declines or withdraws: the freed budget goes down the reserve list. */
@Injectable()
@HandlesJob('funding.promote')
export class PromoteReserveJob implements JobHandler<'funding.promote'> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: Audit,
    private readonly outbox: Outbox,
    private readonly notifier: Notifier,
  ) {}

  async handle(payload: FundingPromotePayload): Promise<{ promoted: string[] }> {
    return this.dataSource.transaction(async (tx) => {
      const call = await loadCall(tx, payload.callId, true);
      const [proposal]: { state: string }[] = await tx.query(`SELECT state FROM funding_proposals WHERE call_id = $1 FOR UPDATE`, [call.id]);
      if (!proposal) return { promoted: [] };
      const promoted = await promoteFromReserve(tx, { audit: this.audit, outbox: this.outbox, notifier: this.notifier }, call, proposal.state === 'decided');
      return { promoted };
    });
  }
}
