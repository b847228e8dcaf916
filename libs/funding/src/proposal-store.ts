import type { EntityManager } from 'typeorm';
import { columnsOf, DomainError } from '@kokeilu/platform';
import type { AmendableProposal } from './domain/amendment.js';
import type { Rejection, ReserveEntry } from './domain/proposal.js';
import { splitGrant } from './domain/shares.js';
import type { FundingCall } from './funding-facts.js';

export type GrantState = 'proposed' | 'awarded' | 'declined' | 'withdrawn';

/** The row every writer of a call's grants goes through; created with the call's budget at the first proposal. */
export async function ensureBudget(tx: EntityManager, call: FundingCall): Promise<void> {
  await tx.query(`INSERT INTO call_budgets (call_id, budget_cents) VALUES ($1, $2) ON CONFLICT (call_id) DO NOTHING`, [call.id, call.budgetCents]);
}

/** The database refused a grant that would take the call over its budget: a rule, not a fault. */
export function overBudget(error: unknown): DomainError | null {
  const driver = (error as { driverError?: { code?: string; constraint?: string } })?.driverError ?? (error as { code?: string; constraint?: string });
  if (driver?.code === '23514' && driver.constraint === 'call_budgets_committed_within_budget') {
    return new DomainError('rule_violation', 'The grants would exceed the call budget', { fields: [{ field: 'grantCents', message: 'the grants would exceed the call budget' }] });
  }
  return null;
}

async function writeShares(tx: EntityManager, call: FundingCall, grantId: string, grantCents: number): Promise<void> {
  await tx.query(`DELETE FROM grant_shares WHERE grant_id = $1`, [grantId]);
  const parts = splitGrant(grantCents, call.fundingSources);
  await tx.query(
    `INSERT INTO grant_shares (grant_id, source, position, share_percent, cents)
     SELECT $1, p.source, p.position, p.share_percent, p.cents
       FROM jsonb_to_recordset($2::jsonb) AS p(source text, position int, share_percent int, cents bigint)`,
    [grantId, JSON.stringify(parts.map((p, i) => ({ source: p.source, position: i + 1, share_percent: p.sharePercent, cents: p.cents })))],
  );
}

export async function insertGrant(
  tx: EntityManager,
  call: FundingCall,
  line: { applicationId: string; rank: number; capCents: number; grantCents: number; state: 'proposed' | 'awarded'; fundedFrom?: 'budget' | 'redress_reserve' },
): Promise<string> {
  const [{ id }]: { id: string }[] = await tx.query(
    `INSERT INTO grants (call_id, application_id, rank, cap_cents, grant_cents, state, awarded_at, funded_from)
     VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $6 = 'awarded' THEN now() END, $7) RETURNING id`,
    [call.id, line.applicationId, line.rank, line.capCents, line.grantCents, line.state, line.fundedFrom ?? 'budget'],
  );
  await writeShares(tx, call, id, line.grantCents);
  return id;
}

/** Many grants and their shares in two statements, as a ranking proposes them (each column an array). */
export async function insertGrants(
  tx: EntityManager,
  call: FundingCall,
  lines: readonly { applicationId: string; rank: number; capCents: number; grantCents: number; state: 'proposed' | 'awarded' }[],
): Promise<void> {
  if (!lines.length) return;
  const rows: { id: string; applicationId: string }[] = await tx.query(
    `INSERT INTO grants (call_id, application_id, rank, cap_cents, grant_cents, state, awarded_at)
     SELECT $1, g.application_id, g.rank, g.cap_cents, g.grant_cents, g.state, CASE WHEN g.state = 'awarded' THEN now() END
       FROM unnest($2::uuid[], $3::int[], $4::bigint[], $5::bigint[], $6::text[]) AS g(application_id, rank, cap_cents, grant_cents, state)
     RETURNING id, application_id AS "applicationId"`,
    [call.id, ...columnsOf(lines, [(l) => l.applicationId, (l) => l.rank, (l) => l.capCents, (l) => l.grantCents, (l) => l.state])],
  );
  const ids = new Map(rows.map((r) => [r.applicationId, r.id]));
  const shares = lines.flatMap((line) =>
    splitGrant(line.grantCents, call.fundingSources).map((p, i) => ({ grantId: ids.get(line.applicationId)!, source: p.source, position: i + 1, sharePercent: p.sharePercent, cents: p.cents })),
  );
  if (!shares.length) return;
  await tx.query(
    `INSERT INTO grant_shares (grant_id, source, position, share_percent, cents)
     SELECT p.grant_id, p.source, p.position, p.share_percent, p.cents
       FROM unnest($1::uuid[], $2::text[], $3::int[], $4::int[], $5::bigint[]) AS p(grant_id, source, position, share_percent, cents)`,
    columnsOf(shares, [(p) => p.grantId, (p) => p.source, (p) => p.position, (p) => p.sharePercent, (p) => p.cents]),
  );
}

export async function changeGrant(tx: EntityManager, call: FundingCall, applicationId: string, grantCents: number): Promise<void> {
  const [row]: { id: string }[] = await tx.query(
    `WITH u AS (UPDATE grants SET grant_cents = $3, updated_at = now() WHERE call_id = $1 AND application_id = $2 RETURNING id) SELECT id FROM u`,
    [call.id, applicationId, grantCents],
  );
  if (row) await writeShares(tx, call, row.id, grantCents);
}

export async function writeReserve(tx: EntityManager, callId: string, reserve: ReserveEntry[]): Promise<void> {
  await tx.query(`DELETE FROM funding_reserve WHERE call_id = $1`, [callId]);
  if (!reserve.length) return;
  await tx.query(
    `INSERT INTO funding_reserve (application_id, call_id, position, rank, cap_cents)
     SELECT r.application_id, $1, r.position, r.rank, r.cap_cents FROM unnest($2::uuid[], $3::int[], $4::int[], $5::bigint[]) AS r(application_id, position, rank, cap_cents)`,
    [callId, ...columnsOf(reserve, [(r) => r.applicationId, (r) => r.position, (r) => r.rank, (r) => r.grantCents])],
  );
}

export async function writeRejections(tx: EntityManager, callId: string, rejected: Rejection[]): Promise<void> {
  await tx.query(`DELETE FROM funding_rejections WHERE call_id = $1`, [callId]);
  if (!rejected.length) return;
  await tx.query(
    `INSERT INTO funding_rejections (application_id, call_id, reason)
     SELECT r.application_id, $1, r.reason FROM unnest($2::uuid[], $3::text[]) AS r(application_id, reason)`,
    [callId, ...columnsOf(rejected, [(r) => r.applicationId, (r) => r.reason])],
  );
}

/** The live proposal: grants that count (proposed or awarded), the reserve in order, the rejections. */
export async function readProposal(tx: EntityManager, call: FundingCall): Promise<AmendableProposal & { caps: Map<string, number> }> {
  const lines: { applicationId: string; rank: number; grantCents: number; capCents: number }[] = await tx.query(
    `SELECT application_id AS "applicationId", rank, grant_cents::float8 AS "grantCents", cap_cents::float8 AS "capCents"
       FROM grants WHERE call_id = $1 AND state IN ('proposed', 'awarded') ORDER BY rank, application_id`,
    [call.id],
  );
  const reserve: ReserveEntry[] = await tx.query(
    `SELECT application_id AS "applicationId", rank, position, cap_cents::float8 AS "grantCents" FROM funding_reserve WHERE call_id = $1 ORDER BY position`,
    [call.id],
  );
  const rejected: Rejection[] = await tx.query(`SELECT application_id AS "applicationId", reason FROM funding_rejections WHERE call_id = $1 ORDER BY application_id`, [call.id]);
  const caps = new Map<string, number>([...lines.map((l) => [l.applicationId, l.capCents] as const), ...reserve.map((r) => [r.applicationId, r.grantCents] as const)]);
  return { budgetCents: call.budgetCents, lines: lines.map(({ capCents: _cap, ...line }) => line), reserve, rejected, caps };
}
