import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, Policy } from '@kokeilu/access';
import { Notifier } from '@kokeilu/notifications';
import { Audit, DomainError, messageOf } from '@kokeilu/platform';
import { IDENTITY_MESSAGES } from '../domain/messages.js';
import { ClaimAward, ClaimState, holderWhenClaimed, IdentityFacts, IdentityState, resolveClaim, identityVerificationProblem } from '../domain/organisation-identity.js';
import { Organisation } from '../entities/organisation.entity.js';

/** An organisation as its readers see it: its identity says whether a coordinator or an admin checked it, and who. */
export interface OrganisationView extends Omit<Organisation, 'identityState' | 'identityVerifiedBy' | 'identityVerifiedAt' | 'holdsBusinessId'> {
  identity: { state: IdentityState; verifiedBy: string | null; verifiedAt: Date | null };
}

export function organisationView(org: Organisation): OrganisationView {
  const { identityState, identityVerifiedBy, identityVerifiedAt, holdsBusinessId: _held, ...rest } = org;
  return { ...rest, identity: { state: identityState, verifiedBy: identityVerifiedBy, verifiedAt: identityVerifiedAt } };
}

/** One side of a claim, as the coordinator resolving it sees it. */
export interface ClaimParty {
  id: string;
  name: string;
  type: string;
  businessId: string | null;
  homeMunicipality: string;
  emailDomain: string | null;
  identityState: IdentityState;
  createdAt: Date;
  ownerEmails: string[];
}

export interface ClaimView {
  id: string;
  businessId: string;
  state: ClaimState;
  claimant: ClaimParty;
  /** The organisation holding the business ID now (null only if it was deleted). */
  holder: ClaimParty | null;
  awardedOrganisationId: string | null;
  resolvedBy: string | null;
  resolvedAt: Date | null;
  reason: string | null;
  createdAt: Date;
}

const PARTY = (alias: string) => `json_build_object(
  'id', ${alias}.id, 'name', ${alias}.name, 'type', ${alias}.type, 'businessId', ${alias}.business_id,
  'homeMunicipality', ${alias}.home_municipality, 'emailDomain', ${alias}.email_domain, 'identityState', ${alias}.identity_state,
  'createdAt', ${alias}.created_at,
  'ownerEmails', coalesce((SELECT json_agg(u.email ORDER BY u.email) FROM memberships m JOIN users u ON u.id = m.user_id
                            WHERE m.organisation_id = ${alias}.id AND m.role = 'owner'), '[]'))`;

const CLAIMS_SQL = `
  SELECT c.id, c.business_id AS "businessId", c.state, c.awarded_organisation_id AS "awardedOrganisationId",
         c.resolved_by AS "resolvedBy", c.resolved_at AS "resolvedAt", c.reason, c.created_at AS "createdAt",
         ${PARTY('o')} AS claimant,
         (SELECT ${PARTY('h')} FROM organisations h WHERE h.business_id = c.business_id AND h.holds_business_id AND h.id <> c.organisation_id) AS holder
    FROM organisation_claims c JOIN organisations o ON o.id = c.organisation_id`;

function identityOf(org: Organisation) {
  return { state: org.identityState, verifiedBy: org.identityVerifiedBy, verifiedAt: org.identityVerifiedAt, holdsBusinessId: org.holdsBusinessId };
}

/**
 * Who an organisation is: coordinators and admins verify organisations and resolve business IDs
 * that two organisations gave. Every change is audited with it, and the people concerned hear of
 * it through the outbox.
 */
@Injectable()
export class OrganisationIdentityService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: Policy,
    private readonly audit: Audit,
    private readonly notifier: Notifier,
  ) {}

  /** The organisation holding `businessId`, other than `except`, locked for the claim that follows. */
  async holderOf(tx: EntityManager, businessId: string, except?: string): Promise<Organisation | null> {
    const qb = tx
      .getRepository(Organisation)
      .createQueryBuilder('o')
      .setLock('pessimistic_write')
      .where('o.business_id = :businessId AND o.holds_business_id', { businessId });
    if (except) qb.andWhere('o.id <> :except', { except });
    return qb.getOne();
  }

  /**
   * `claimant` gave the business ID `holder` holds: the claim goes to the coordinators and admins,
   * the holder's owners hear that another organisation gave their ID (not which one).
   */
  async openClaim(tx: EntityManager, actorId: string, claimant: Organisation, holder: Organisation): Promise<string> {
    const businessId = claimant.businessId as string;
    const [{ id: claimId }]: { id: string }[] = await tx.query(`INSERT INTO organisation_claims (business_id, organisation_id) VALUES ($1, $2) RETURNING id`, [businessId, claimant.id]);
    await this.audit.record(tx, {
      actorId,
      action: 'organisation.claimed',
      entityType: 'organisation',
      entityId: claimant.id,
      organisationId: claimant.id,
      after: { claimId, businessId, identity: identityOf(claimant) },
    });
    const next = holderWhenClaimed({ state: holder.identityState, holdsBusinessId: holder.holdsBusinessId });
    if (next.state !== holder.identityState) {
      await this.setIdentity(tx, holder.id, next, null);
      await this.audit.record(tx, {
        actorId,
        action: 'organisation.identity_disputed',
        entityType: 'organisation',
        entityId: holder.id,
        organisationId: holder.id,
        before: { identity: identityOf(holder) },
        after: { claimId, businessId, identity: { ...identityOf(holder), state: next.state } },
      });
    }
    const resolvers = await this.resolversFor(tx, claimant.homeMunicipality);
    const holderOwners = await this.ownersOf(tx, holder.id);
    await this.notifier.notifyEach(tx, [
      { userIds: resolvers, kind: 'organisation.claim_opened', params: { organisationName: claimant.name, businessId, holderName: holder.name }, entity: { type: 'organisation_claim', id: claimId } },
      { userIds: holderOwners, kind: 'organisation.identity_disputed', params: { organisationName: holder.name, businessId }, entity: { type: 'organisation', id: holder.id } },
    ]);
    return claimId;
  }

  /** The organisation gave another registration: its open claim, if any, is withdrawn. */
  async withdrawClaimOf(tx: EntityManager, actorId: string, organisationId: string): Promise<void> {
    const withdrawn: { id: string; businessId: string }[] = await tx.query(
      `UPDATE organisation_claims SET state = 'withdrawn' WHERE organisation_id = $1 AND state = 'open' RETURNING id, business_id AS "businessId"`,
      [organisationId],
    );
    for (const claim of withdrawn) {
      await this.audit.record(tx, {
        actorId,
        action: 'organisation.claim_withdrawn',
        entityType: 'organisation',
        entityId: organisationId,
        organisationId,
        after: { claimId: claim.id, businessId: claim.businessId },
      });
    }
  }

  /** A coordinator or an admin checked who the organisation is. */
  async verify(actor: Actor, id: string): Promise<OrganisationView> {
    this.policy.authorize(actor, 'organisation.verify', { kind: 'platform' });
    return this.dataSource.transaction(async (tx) => {
      const org = await tx.getRepository(Organisation).createQueryBuilder('o').setLock('pessimistic_write').where('o.id = :id', { id }).getOne();
      if (!org) throw DomainError.notFound('Organisation');
      const [{ n }]: { n: number }[] = org.businessId
        ? await tx.query(`SELECT count(*)::int AS n FROM organisation_claims WHERE business_id = $1 AND state = 'open' AND organisation_id <> $2`, [org.businessId, org.id])
        : [{ n: 0 }];
      const problem = identityVerificationProblem({ state: org.identityState, holdsBusinessId: org.holdsBusinessId }, n);
      if (problem) throw DomainError.conflict(messageOf(IDENTITY_MESSAGES, `organisation.${problem}`), { reason: problem });
      const saved = await this.setIdentity(tx, org.id, { state: 'verified', holdsBusinessId: true }, actor.userId);
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'organisation.verified',
        entityType: 'organisation',
        entityId: org.id,
        organisationId: org.id,
        before: { identity: identityOf(org) },
        after: { identity: identityOf(saved) },
      });
      return organisationView(saved);
    });
  }

  async listClaims(actor: Actor, state: ClaimState | undefined, limit: number, offset: number): Promise<{ items: ClaimView[]; total: number }> {
    this.policy.authorize(actor, 'organisation.claims.manage', { kind: 'platform' });
    const where = state ? `WHERE c.state = $3` : '';
    const params: unknown[] = [limit, offset, ...(state ? [state] : [])];
    const items: ClaimView[] = await this.dataSource.query(`${CLAIMS_SQL} ${where} ORDER BY c.created_at, c.id LIMIT $1 OFFSET $2`, params);
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM organisation_claims c ${state ? 'WHERE c.state = $1' : ''}`,
      state ? [state] : [],
    );
    return { items, total };
  }

  /** Gives the claimed business ID to one of the two organisations; the other loses it. */
  async resolve(actor: Actor, claimId: string, award: ClaimAward, reason: string): Promise<ClaimView> {
    this.policy.authorize(actor, 'organisation.claims.manage', { kind: 'platform' });
    await this.dataSource.transaction(async (tx) => {
      const [claim]: { id: string; businessId: string; organisationId: string; state: ClaimState }[] = await tx.query(
        `SELECT id, business_id AS "businessId", organisation_id AS "organisationId", state FROM organisation_claims WHERE id = $1 FOR UPDATE`,
        [claimId],
      );
      if (!claim) throw DomainError.notFound('Claim');
      if (claim.state !== 'open') throw DomainError.conflict(messageOf(IDENTITY_MESSAGES, 'claim.not_open'), { state: claim.state });
      const claimant = await tx.getRepository(Organisation).createQueryBuilder('o').setLock('pessimistic_write').where('o.id = :id', { id: claim.organisationId }).getOneOrFail();
      const holder = await this.holderOf(tx, claim.businessId, claimant.id);
      if (!holder && award === 'holder') throw DomainError.conflict(messageOf(IDENTITY_MESSAGES, 'claim.no_holder'));
      const next = resolveClaim(award);
      // The loser gives the ID up before the winner takes it: one holder at every moment.
      const sides = [
        { org: claimant, identity: next.claimant },
        ...(holder ? [{ org: holder, identity: next.holder }] : []),
      ].sort((a, b) => Number(a.identity.holdsBusinessId) - Number(b.identity.holdsBusinessId));
      const awardedId = award === 'claimant' ? claimant.id : (holder as Organisation).id;
      await tx.query(
        `UPDATE organisation_claims SET state = 'resolved', awarded_organisation_id = $2, resolved_by = $3, resolved_at = now(), reason = $4 WHERE id = $1`,
        [claim.id, awardedId, actor.userId, reason],
      );
      for (const side of sides) {
        const saved = await this.setIdentity(tx, side.org.id, side.identity, side.identity.state === 'verified' ? actor.userId : null);
        const holds = side.identity.holdsBusinessId;
        await this.audit.record(tx, {
          actorId: actor.userId,
          action: 'organisation.claim_resolved',
          entityType: 'organisation',
          entityId: side.org.id,
          organisationId: side.org.id,
          before: { identity: identityOf(side.org) },
          after: { claimId: claim.id, businessId: claim.businessId, holdsBusinessId: holds, reason, identity: identityOf(saved) },
        });
        await this.notifier.notify(tx, {
          userIds: await this.ownersOf(tx, side.org.id),
          kind: 'organisation.claim_resolved',
          params: { organisationName: side.org.name, businessId: claim.businessId, outcome: holds ? 'holds' : 'lost', reason },
          entity: { type: 'organisation', id: side.org.id },
        });
      }
    });
    const [view]: ClaimView[] = await this.dataSource.query(`${CLAIMS_SQL} WHERE c.id = $1`, [claimId]);
    return view;
  }

  private async setIdentity(tx: EntityManager, id: string, identity: IdentityFacts, verifiedBy: string | null): Promise<Organisation> {
    const verified = identity.state === 'verified';
    await tx.query(
      `UPDATE organisations
          SET identity_state = $2, holds_business_id = $3, identity_verified_by = $4, identity_verified_at = CASE WHEN $5 THEN now() END,
              version = version + 1, updated_at = now()
        WHERE id = $1`,
      [id, identity.state, identity.holdsBusinessId, verified ? verifiedBy : null, verified],
    );
    return tx.getRepository(Organisation).findOneByOrFail({ id });
  }

  private async ownersOf(tx: EntityManager, organisationId: string): Promise<string[]> {
    const rows: { userId: string }[] = await tx.query(`SELECT user_id AS "userId" FROM memberships WHERE organisation_id = $1 AND role = 'owner' ORDER BY 1`, [organisationId]);
    return rows.map((r) => r.userId);
  }

  /** Those who resolve a claim: the admins, and the coordinators of the claimant's home city when it is one of the platform's. */
  private async resolversFor(tx: EntityManager, homeMunicipality: string): Promise<string[]> {
    const rows: { userId: string }[] = await tx.query(
      `SELECT DISTINCT g.user_id AS "userId"
         FROM role_grants g LEFT JOIN cities c ON c.id = g.city_id
        WHERE g.role = 'admin'
           OR (g.role = 'coordinator' AND (lower(c.slug) = lower(trim($1))
                 OR EXISTS (SELECT 1 FROM jsonb_each_text(c.name) n WHERE lower(n.value) = lower(trim($1)))))
        ORDER BY 1`,
      [homeMunicipality],
    );
    return rows.map((r) => r.userId);
  }
}
