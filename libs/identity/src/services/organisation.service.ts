import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, Policy } from '@kokeilu/access';
import { APP_CONFIG, type AppConfig, Audit, DomainError, Outbox } from '@kokeilu/platform';
import { isValidBusinessId } from '../domain/business-id.js';
import { normaliseEmail } from '../domain/email.js';
import { canRemoveMember, invitationProblem, MembershipRole } from '../domain/membership.js';
import type { OrganisationType, SizeClass } from '../domain/roles.js';
import { invitationCode } from '../domain/invitation-code.js';
import { Invitation } from '../entities/invitation.entity.js';
import { auditConsortiumDomainChange } from './consortium-domain-change.js';
import { Membership } from '../entities/membership.entity.js';
import { Organisation } from '../entities/organisation.entity.js';
import { identityOnRegistration } from '../domain/organisation-identity.js';
import { hashToken } from './auth.service.js';
import { OrganisationIdentityService, organisationView, type OrganisationView } from './organisation-identity.service.js';

export interface OrganisationInput {
  name: string;
  type: OrganisationType;
  businessId?: string;
  foreignRegistrationId?: string;
  country?: string;
  homeMunicipality: string;
  sizeClass: SizeClass;
  emailDomain?: string;
}

export interface MemberView {
  userId: string;
  email: string;
  displayName: string;
  role: MembershipRole;
  since: Date;
}

const INVITATION_DAYS = 14;

/** Identity rule on registration numbers: a Finnish business ID, or a foreign id, never both. */
function registrationProblem(input: Partial<OrganisationInput>): { field: string; message: string } | null {
  if (input.businessId && input.foreignRegistrationId) {
    return { field: 'foreignRegistrationId', message: 'give either businessId or foreignRegistrationId, not both' };
  }
  if (input.businessId !== undefined && !isValidBusinessId(input.businessId)) {
    return { field: 'businessId', message: 'is not a valid Finnish business ID (1234567-8 with a correct check digit)' };
  }
  if (!input.businessId && !input.foreignRegistrationId) {
    return { field: 'businessId', message: 'a Finnish business ID or a foreignRegistrationId is required' };
  }
  return null;
}

function snapshot(org: Organisation) {
  const { createdAt: _c, updatedAt: _u, ...rest } = org;
  return rest;
}

@Injectable()
export class OrganisationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: Policy,
    private readonly audit: Audit,
    private readonly outbox: Outbox,
    private readonly identity: OrganisationIdentityService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * A business ID that another organisation holds does not lock the newcomer out (it may be the
   * real company): the organisation is created as a claim on it, for a coordinator to resolve.
   */
  async create(actor: Actor, input: OrganisationInput): Promise<OrganisationView> {
    this.policy.authorize(actor, 'organisation.create', { kind: 'platform' });
    const problem = registrationProblem(input);
    if (problem) throw new DomainError('validation_failed', `${problem.field}: ${problem.message}`, { fields: [problem] });
    return this.withOneHolderPerBusinessId(() =>
      this.dataSource.transaction(async (tx) => {
        const holder = input.businessId ? await this.identity.holderOf(tx, input.businessId) : null;
        const identity = identityOnRegistration(!!holder);
        const repo = tx.getRepository(Organisation);
        const org = await repo.save(
          repo.create({
            ...input,
            businessId: input.businessId ?? null,
            foreignRegistrationId: input.foreignRegistrationId ?? null,
            country: input.country ?? (input.businessId ? 'FI' : 'XX'),
            emailDomain: input.emailDomain?.toLowerCase() ?? null,
            identityState: identity.state,
            holdsBusinessId: identity.holdsBusinessId,
            identityVerifiedBy: null,
            identityVerifiedAt: null,
          }),
        );
        await tx.getRepository(Membership).insert({ organisationId: org.id, userId: actor.userId, role: 'owner' });
        await this.audit.record(tx, {
          actorId: actor.userId,
          action: 'organisation.created',
          entityType: 'organisation',
          entityId: org.id,
          organisationId: org.id,
          after: snapshot(org),
        });
        if (holder) await this.identity.openClaim(tx, actor.userId, org, holder);
        return organisationView(org);
      }),
    );
  }

  /** Organisations the actor belongs to (admins: all), newest first. */
  async list(actor: Actor, limit: number, offset: number): Promise<{ items: OrganisationView[]; total: number }> {
    const qb = this.dataSource.getRepository(Organisation).createQueryBuilder('o').orderBy('o.created_at', 'DESC').addOrderBy('o.id');
    if (!actor.admin) {
      qb.innerJoin('memberships', 'm', 'm.organisation_id = o.id AND m.user_id = :userId', { userId: actor.userId });
    }
    const [items, total] = await qb.take(limit).skip(offset).getManyAndCount();
    return { items: items.map(organisationView), total };
  }

  async get(actor: Actor, id: string): Promise<OrganisationView> {
    const org = await this.find(this.dataSource.manager, id);
    this.policy.authorize(actor, 'organisation.read', { kind: 'organisation', id }, 'Organisation');
    return organisationView(org);
  }

  /** A changed registration is checked anew: unverified again, or a claim when another organisation holds the new business ID. */
  async update(actor: Actor, id: string, version: number, patch: Partial<OrganisationInput>): Promise<OrganisationView> {
    return this.withOneHolderPerBusinessId(() =>
      this.dataSource.transaction(async (tx) => {
        const org = await this.find(tx, id, true);
        this.policy.authorize(actor, 'organisation.update', { kind: 'organisation', id }, 'Organisation');
        if (org.version !== version) {
          throw new DomainError('stale_version', `The organisation has changed since version ${version}; current version is ${org.version}`, {
            current: org,
          });
        }
        const next = { ...org, ...patch };
        if (patch.businessId !== undefined) next.foreignRegistrationId = patch.foreignRegistrationId ?? null;
        if (patch.foreignRegistrationId !== undefined) next.businessId = patch.businessId ?? null;
        const problem = registrationProblem({ businessId: next.businessId ?? undefined, foreignRegistrationId: next.foreignRegistrationId ?? undefined });
        if (problem) throw new DomainError('validation_failed', `${problem.field}: ${problem.message}`, { fields: [problem] });
        if (next.emailDomain) next.emailDomain = next.emailDomain.toLowerCase();
        const registrationChanged = next.businessId !== org.businessId || next.foreignRegistrationId !== org.foreignRegistrationId;
        let holder: Organisation | null = null;
        if (registrationChanged) {
          await this.identity.withdrawClaimOf(tx, actor.userId, id);
          holder = next.businessId ? await this.identity.holderOf(tx, next.businessId, id) : null;
          const identity = identityOnRegistration(!!holder);
          Object.assign(next, { identityState: identity.state, holdsBusinessId: identity.holdsBusinessId, identityVerifiedBy: null, identityVerifiedAt: null });
        }
        const saved = await tx.getRepository(Organisation).save(next);
        await this.audit.record(tx, {
          actorId: actor.userId,
          action: 'organisation.updated',
          entityType: 'organisation',
          entityId: id,
          organisationId: id,
          before: snapshot(org),
          after: snapshot(saved),
        });
        await auditConsortiumDomainChange(tx, this.audit, { actorId: actor.userId, organisationId: id, before: org.emailDomain, after: saved.emailDomain });
        if (holder) await this.identity.openClaim(tx, actor.userId, saved, holder);
        return organisationView(saved);
      }),
    );
  }

  async members(actor: Actor, id: string): Promise<MemberView[]> {
    await this.find(this.dataSource.manager, id);
    this.policy.authorize(actor, 'organisation.members.read', { kind: 'organisation', id }, 'Organisation');
    return this.dataSource.query(
      `SELECT m.user_id AS "userId", u.email, u.display_name AS "displayName", m.role, m.created_at AS since
         FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE m.organisation_id = $1 ORDER BY m.created_at, u.email`,
      [id],
    );
  }

  /** An owner invites someone by e-mail; the mail goes out through the outbox after commit. */
  async invite(actor: Actor, organisationId: string, address: string, role: MembershipRole): Promise<Invitation> {
    const email = normaliseEmail(address);
    if (!email) throw DomainError.invalid('email', 'must be an e-mail address');
    return this.dataSource.transaction(async (tx) => {
      await this.find(tx, organisationId);
      this.policy.authorize(actor, 'organisation.members.manage', { kind: 'organisation', id: organisationId }, 'Organisation');
      const already = await tx.query(
        `SELECT 1 FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.organisation_id = $1 AND lower(u.email) = lower($2)`,
        [organisationId, email],
      );
      if (already.length) throw DomainError.conflict(`${email} is already a member`, { fields: [{ field: 'email', message: 'is already a member' }] });
      const open = await tx.query(`SELECT 1 FROM invitations WHERE organisation_id = $1 AND lower(email) = lower($2) AND accepted_at IS NULL AND expires_at > now()`, [organisationId, email]);
      if (open.length) throw DomainError.conflict(`${email} already has an open invitation`, { fields: [{ field: 'email', message: 'already invited' }] });
      // An expired, unaccepted invitation is replaced by the new one.
      await tx.query(`DELETE FROM invitations WHERE organisation_id = $1 AND lower(email) = lower($2) AND accepted_at IS NULL`, [organisationId, email]);
      // The code is derived from the id with the server key: stored as a hash, mailed by the worker from the id.
      const id = randomUUID();
      const repo = tx.getRepository(Invitation);
      const invitation = await repo.save(
        repo.create({
          id,
          organisationId,
          email,
          role,
          tokenHash: hashToken(invitationCode(this.config.JWT_SECRET, id)),
          invitedBy: actor.userId,
          expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
          acceptedAt: null,
          acceptedBy: null,
        }),
      );
      await this.outbox.add(tx, 'invitation.send', { invitationId: id }, { jobId: `invitation.send.${id}` });
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'invitation.created',
        entityType: 'invitation',
        entityId: invitation.id,
        organisationId,
        after: { email: invitation.email, role, expiresAt: invitation.expiresAt },
      });
      const { tokenHash: _, ...visible } = invitation;
      return visible as Invitation;
    });
  }

  /** The organisation's invitations not accepted yet (expired ones too, marked by their date), newest first. */
  async invitations(actor: Actor, organisationId: string): Promise<Invitation[]> {
    await this.find(this.dataSource.manager, organisationId);
    this.policy.authorize(actor, 'organisation.members.read', { kind: 'organisation', id: organisationId }, 'Organisation');
    return this.dataSource
      .getRepository(Invitation)
      .createQueryBuilder('i')
      .where('i.organisation_id = :organisationId AND i.accepted_at IS NULL', { organisationId })
      .orderBy('i.created_at', 'DESC')
      .addOrderBy('i.id')
      .getMany();
  }

  /** An owner withdraws an invitation not accepted yet: its code stops working (and a mail not sent yet is skipped). */
  async revokeInvitation(actor: Actor, organisationId: string, invitationId: string): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await this.find(tx, organisationId);
      this.policy.authorize(actor, 'organisation.members.manage', { kind: 'organisation', id: organisationId }, 'Organisation');
      const invitation = await tx
        .getRepository(Invitation)
        .createQueryBuilder('i')
        .setLock('pessimistic_write')
        .where('i.id = :invitationId AND i.organisation_id = :organisationId', { invitationId, organisationId })
        .getOne();
      if (!invitation) throw DomainError.notFound('Invitation');
      if (invitation.acceptedAt) throw DomainError.conflict('The invitation has been accepted: remove the member instead');
      await tx.getRepository(Invitation).delete({ id: invitationId });
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'invitation.revoked',
        entityType: 'invitation',
        entityId: invitationId,
        organisationId,
        before: { email: invitation.email, role: invitation.role, expiresAt: invitation.expiresAt },
      });
    });
  }

  /** The invited user, signed in, accepts with the code from the mail. */
  async acceptInvitation(actor: Actor, token: string): Promise<Membership> {
    return this.dataSource.transaction(async (tx) => {
      const invitation = await tx
        .getRepository(Invitation)
        .createQueryBuilder('i')
        .setLock('pessimistic_write')
        .where('i.token_hash = :hash', { hash: hashToken(token) })
        .getOne();
      if (!invitation) throw DomainError.notFound('Invitation');
      const problem = invitationProblem(invitation, actor, new Date());
      // An invitation meant for someone else must not reveal itself either.
      if (problem?.includes('another e-mail')) throw DomainError.notFound('Invitation');
      if (problem) throw DomainError.conflict(problem);
      const inserted = await tx.query(
        `INSERT INTO memberships (organisation_id, user_id, role) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING created_at`,
        [invitation.organisationId, actor.userId, invitation.role],
      );
      if (!inserted.length) throw DomainError.conflict('You are already a member of this organisation');
      await tx.query(`UPDATE invitations SET accepted_at = now(), accepted_by = $2 WHERE id = $1`, [invitation.id, actor.userId]);
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'membership.created',
        entityType: 'membership',
        entityId: `${invitation.organisationId}:${actor.userId}`,
        organisationId: invitation.organisationId,
        after: { userId: actor.userId, role: invitation.role, invitationId: invitation.id },
      });
      return { organisationId: invitation.organisationId, userId: actor.userId, role: invitation.role, createdAt: inserted[0].created_at };
    });
  }

  /** Owners remove members; anyone may leave; the last owner stays. */
  async removeMember(actor: Actor, organisationId: string, userId: string): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await this.find(tx, organisationId, true);
      if (userId !== actor.userId) {
        this.policy.authorize(actor, 'organisation.members.manage', { kind: 'organisation', id: organisationId }, 'Organisation');
      } else {
        this.policy.authorize(actor, 'organisation.members.read', { kind: 'organisation', id: organisationId }, 'Organisation');
      }
      const members: { userId: string; role: MembershipRole }[] = await tx.query(
        `SELECT user_id AS "userId", role FROM memberships WHERE organisation_id = $1`,
        [organisationId],
      );
      const verdict = canRemoveMember(members, userId);
      if (!verdict.ok) {
        if (verdict.reason === 'not a member') throw DomainError.notFound('Member');
        throw DomainError.conflict(verdict.reason);
      }
      const before = members.find((m) => m.userId === userId);
      await tx.query(`DELETE FROM memberships WHERE organisation_id = $1 AND user_id = $2`, [organisationId, userId]);
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'membership.removed',
        entityType: 'membership',
        entityId: `${organisationId}:${userId}`,
        organisationId,
        before,
      });
    });
  }

  private async find(tx: EntityManager, id: string, lock = false): Promise<Organisation> {
    const qb = tx.getRepository(Organisation).createQueryBuilder('o').where('o.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write');
    const org = await qb.getOne();
    if (!org) throw DomainError.notFound('Organisation');
    return org;
  }

  /**
   * Two organisations giving the same new business ID at once both find no holder; the database
   * lets one of them hold it, and the other is tried again, then to become a claim on it.
   */
  private async withOneHolderPerBusinessId<T>(fn: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await fn();
      } catch (error) {
        const driver = (error as { driverError?: { code?: string; constraint?: string } }).driverError;
        if (attempt < 3 && driver?.code === '23505' && driver.constraint === 'organisations_business_id_holder_key') continue;
        throw error;
      }
    }
  }
}
