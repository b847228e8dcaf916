import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor, Policy } from '@kokeilu/access';
import type { CallStateName } from '@kokeilu/access';
import { type Locale, pickText } from '@kokeilu/platform';
import { awaitsDecision, type ProposalStateName } from './domain/decider-desk.js';

/** A call on its decider's desk. */
export interface DeciderCall {
  id: string;
  title: string;
  state: CallStateName;
  closesAt: Date;
  reviewDeadline: Date;
  budgetCents: number;
  proposalState: ProposalStateName | null;
  /** A proposal waits for this decider's approval (or amendment). */
  awaitingDecision: boolean;
}

/** The calls that name the signed-in user as a decider: the decider's desk. */
@Injectable()
export class DeciderCallsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: Policy,
  ) {}

  /**
   * Published calls naming the actor as a decider, the latest deadline first. The query keeps to
   * the actor's own calls, and each row still passes the policy (deciders read a call's
   * evaluation), so that nothing else can show even if the query changed.
   */
  async list(actor: Actor, languages: readonly Locale[], limit: number, offset: number): Promise<{ items: DeciderCall[]; total: number }> {
    const rows: (Omit<DeciderCall, 'title' | 'awaitingDecision'> & { title: Record<string, string>; cityId: string | null; deciderIds: string[]; total: number })[] =
      await this.dataSource.query(
        `SELECT c.id, c.title, c.state, c.city_id AS "cityId", c.decider_ids::text[] AS "deciderIds", c.closes_at AS "closesAt",
                c.review_deadline AS "reviewDeadline", c.budget_cents::float8 AS "budgetCents", p.state AS "proposalState",
                count(*) OVER ()::int AS total
           FROM calls c
           LEFT JOIN funding_proposals p ON p.call_id = c.id
          WHERE $1::uuid = ANY (c.decider_ids) AND c.state <> 'draft'
          ORDER BY c.closes_at DESC, c.id
          LIMIT $2 OFFSET $3`,
        [actor.userId, limit, offset],
      );
    let total = rows[0]?.total;
    if (total === undefined) {
      const [counted]: { total: number }[] = await this.dataSource.query(
        `SELECT count(*)::int AS total FROM calls WHERE $1::uuid = ANY (decider_ids) AND state <> 'draft'`,
        [actor.userId],
      );
      total = counted.total;
    }
    const items = rows
      .filter((row) => this.policy.allows(actor, 'call.evaluation.read', { kind: 'call', cityId: row.cityId, state: row.state, deciderIds: row.deciderIds }))
      .map(({ title, cityId: _c, deciderIds: _d, total: _t, ...row }) => ({
        ...row,
        title: pickText(title, languages)?.text ?? '',
        awaitingDecision: awaitsDecision(row.state, row.proposalState),
      }));
    return { items, total };
  }
}
