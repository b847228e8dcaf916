import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, Policy } from '@kokeilu/access';
import { Notifier } from '@kokeilu/notifications';
import { Audit, auditInsert, DomainError, messageOf, programmeText } from '@kokeilu/platform';
import { APPLICATION_MESSAGES, APPLICATION_STATE_PHRASES } from './domain/messages.js';
import {
  ApplicationRecord,
  ApplicationView,
  contentOf,
  findApplication,
  queryApplications,
  resourceOf,
  revisionView,
  shownTo,
  workingCopyView,
} from './application-record.js';
import { callResource, databaseNow, findCall, membersOf } from './call-facts.js';
import { canEdit, EDITABLE } from './domain/application.js';
import { ApplicationContent, BudgetCategory, budgetTotals, contentProblems, Period } from './domain/content.js';
import { CONTENT_COLUMNS, contentColumnValues } from './content-columns.js';
import { checkSubmission } from './domain/deadline.js';
import { diffSnapshots, Json } from './domain/diff.js';
import type { RevisionSnapshot } from './domain/snapshot.js';

export interface KpiInput {
  id?: string;
  name: string;
  baseline: string;
  target: string;
}

export interface BudgetLineInput {
  id?: string;
  category: BudgetCategory;
  description: string;
  amountCents: number;
  eligible: boolean;
}

/** The fields a save may carry; a field left out stays as it is, null clears an optional one. */
export interface ContentPatch {
  title?: string;
  summary?: string | null;
  plan?: string | null;
  expectedImpact?: string | null;
  kpis?: KpiInput[];
  budgetLines?: BudgetLineInput[];
  requestedGrantCents?: number | null;
  pilotPeriod?: Period | null;
  testbedIds?: string[];
}

export interface CreateApplicationInput extends ContentPatch {
  callId: string;
  organisationId: string;
  title: string;
}

export type PartnerRef = { organisationId: string } | { businessId: string };

const EMPTY: ApplicationContent = {
  title: '',
  summary: null,
  plan: null,
  expectedImpact: null,
  kpis: [],
  budgetLines: [],
  requestedGrantCents: null,
  pilotPeriod: null,
  testbedIds: [],
};

/** The next working copy: the patch over the current one, list items given stable ids. */
function merge(current: ApplicationContent, patch: ContentPatch): ApplicationContent {
  const next: ApplicationContent = { ...current };
  if (patch.title !== undefined) next.title = patch.title.trim();
  if (patch.summary !== undefined) next.summary = patch.summary;
  if (patch.plan !== undefined) next.plan = patch.plan;
  if (patch.expectedImpact !== undefined) next.expectedImpact = patch.expectedImpact;
  if (patch.kpis !== undefined) next.kpis = patch.kpis.map((k) => ({ id: k.id ?? randomUUID(), name: k.name, baseline: k.baseline, target: k.target }));
  if (patch.budgetLines !== undefined) {
    next.budgetLines = patch.budgetLines.map((b) => ({
      id: b.id ?? randomUUID(),
      category: b.category,
      description: b.description,
      amountCents: b.amountCents,
      eligible: b.eligible,
    }));
  }
  if (patch.requestedGrantCents !== undefined) next.requestedGrantCents = patch.requestedGrantCents;
  if (patch.pilotPeriod !== undefined) next.pilotPeriod = patch.pilotPeriod ? { start: patch.pilotPeriod.start, end: patch.pilotPeriod.end } : null;
  if (patch.testbedIds !== undefined) next.testbedIds = patch.testbedIds.map((id) => id.toLowerCase());
  return next;
}

function assertWellFormed(content: ApplicationContent): void {
  const problems = contentProblems(content);
  if (problems.length) {
    throw new DomainError('validation_failed', messageOf(APPLICATION_MESSAGES, 'application.invalid_input', { fields: [...new Set(problems.map((p) => p.field))].join(', ') }), { fields: problems });
  }
}

/**
 * Drafting an application: the lead's members create and edit the working copy (optimistic
 * versions, every save audited), and build the consortium by inviting partner organisations,
 * whose owners accept. Submission lives in `SubmissionService`.
 */
@Injectable()
export class ApplicationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: Policy,
    private readonly audit: Audit,
    private readonly notifier: Notifier,
  ) {}

  async create(actor: Actor, input: CreateApplicationInput): Promise<ApplicationView> {
    return this.dataSource.transaction(async (tx) => {
      this.policy.authorize(actor, 'application.create', { kind: 'organisation', id: input.organisationId }, 'Organisation');
      const [org] = await tx.query(`SELECT 1 FROM organisations WHERE id = $1`, [input.organisationId]);
      if (!org) throw DomainError.notFound('Organisation');
      const call = await findCall(tx, input.callId);
      this.policy.authorize(actor, 'call.read', callResource(call), 'Call');
      if (call.hasFirstStage) throw DomainError.conflict(messageOf(APPLICATION_MESSAGES, 'application.invitation_required'), { callId: call.id });
      const [extension]: { deadline: Date }[] = await tx.query(
        `SELECT deadline FROM call_extensions WHERE call_id = $1 AND organisation_id = $2`,
        [call.id, input.organisationId],
      );
      const window = checkSubmission({ callState: call.state, opensAt: call.opensAt, closesAt: call.closesAt, extension: extension ?? null }, await databaseNow(tx));
      if (!window.ok) {
        throw DomainError.conflict(messageOf(APPLICATION_MESSAGES, 'application.call_not_open', { why: window.message.text }), { closesAt: call.closesAt, callState: call.state });
      }
      const { callId: _c, organisationId: _o, ...patch } = input;
      const content = merge(EMPTY, patch);
      assertWellFormed(content);
      const [{ id }]: { id: string }[] = await tx.query(
        `INSERT INTO applications (call_id, lead_organisation_id, created_by, ${CONTENT_COLUMNS})
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id`,
        [call.id, input.organisationId, actor.userId, ...contentColumnValues(content)],
      );
      const record = await findApplication(tx, id);
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'application.created',
        entityType: 'application',
        entityId: id,
        organisationId: input.organisationId,
        cityId: call.cityId,
        callId: call.id,
        after: content,
      });
      return workingCopyView(shownTo(actor, record));
    });
  }

  /** The consortium sees the working copy; the call's coordinators the latest submitted revision. */
  async get(actor: Actor, id: string): Promise<ApplicationView> {
    const record = await findApplication(this.dataSource.manager, id);
    this.policy.authorize(actor, 'application.read', resourceOf(record), 'Application');
    return this.viewFor(actor, record);
  }

  async viewFor(actor: Actor, record: ApplicationRecord, tx: EntityManager = this.dataSource.manager): Promise<ApplicationView> {
    const consortium = [record.leadOrganisationId, ...record.partners.filter((p) => p.state === 'accepted').map((p) => p.organisationId)];
    const inConsortium = actor.memberships.some((m) => consortium.includes(m.organisationId));
    const shown = shownTo(actor, record);
    if (inConsortium || record.revision === 0) return workingCopyView(shown);
    const [revision]: { snapshot: RevisionSnapshot }[] = await tx.query(
      `SELECT snapshot FROM application_revisions WHERE application_id = $1 AND number = $2`,
      [record.id, record.revision],
    );
    return revision ? revisionView(shown, revision.snapshot) : workingCopyView(shown);
  }

  /**
   * A save: only from the version the editor read; a stale one is refused with the current copy.
   * No row lock: the one statement that writes the change and its audit event changes the row only
   * while it still has the version and an editable state that were checked, so of two saves from
   * one version the later finds none and is refused as stale, as it would be after waiting for a lock.
   */
  async update(actor: Actor, id: string, version: number, patch: ContentPatch): Promise<ApplicationView> {
    const record = await findApplication(this.dataSource.manager, id);
    this.policy.authorize(actor, 'application.update', resourceOf(record), 'Application');
    this.assertEditable(actor, record, version);
    const before = contentOf(record);
    const after = merge(before, patch);
    assertWellFormed(after);
    const changes = diffSnapshots(before as unknown as Json, after as unknown as Json);
    if (!changes.length) return workingCopyView(shownTo(actor, record));
    const fields = [...new Set(changes.map((c) => c.path.split(/[.[]/)[0]))];
    const values = contentColumnValues(after);
    const audit = auditInsert(
      {
        actorId: actor.userId,
        action: 'application.updated',
        entityType: 'application',
        entityId: id,
        organisationId: record.leadOrganisationId,
        cityId: record.cityId,
        callId: record.callId,
        // Drafts are saved often: keep only the fields that changed, not the whole text each time.
        before: Object.fromEntries(fields.map((f) => [f, before[f as keyof ApplicationContent]])),
        after: { version: version + 1, ...Object.fromEntries(fields.map((f) => [f, after[f as keyof ApplicationContent]])) },
      },
      values.length + 4,
      'changed',
    );
    const [saved]: Pick<ApplicationRecord, 'version' | 'state' | 'revision' | 'submittedVersion' | 'submittedAt' | 'updatedAt'>[] = await this.dataSource.query(
      `WITH changed AS (
         UPDATE applications SET title = $2, summary = $3, plan = $4, expected_impact = $5, kpis = $6, budget_lines = $7,
                total_cents = $8, eligible_total_cents = $9, requested_grant_cents = $10, pilot_start = $11, pilot_end = $12,
                testbed_ids = $13, version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $14 AND state = ANY($15::text[])
          RETURNING version, state, revision, submitted_version AS "submittedVersion", submitted_at AS "submittedAt", updated_at AS "updatedAt"
       ), audited AS (${audit.sql})
       SELECT * FROM changed`,
      [id, ...values, version, EDITABLE, ...audit.params],
    );
    if (!saved) {
      // Someone else saved (or submitted, or review began) since the read: answer as the check above would have.
      const current = await findApplication(this.dataSource.manager, id);
      this.assertEditable(actor, current, version);
      throw new DomainError('stale_version', messageOf(APPLICATION_MESSAGES, 'application.stale_version', { version, current: current.version }), {
        currentVersion: current.version,
        current: workingCopyView(shownTo(actor, current)),
      });
    }
    return workingCopyView(shownTo(actor, { ...record, ...after, totals: budgetTotals(after.budgetLines), ...saved }));
  }

  /** The working copy may be changed from `version`: review has not begun and nobody has saved since. */
  private assertEditable(actor: Actor, record: ApplicationRecord, version: number): void {
    if (!canEdit(record.state)) throw DomainError.conflict(messageOf(APPLICATION_MESSAGES, 'application.not_editable', { state: APPLICATION_STATE_PHRASES[record.state] }), { state: record.state });
    if (record.version !== version) {
      throw new DomainError('stale_version', messageOf(APPLICATION_MESSAGES, 'application.stale_version', { version, current: record.version }), {
        currentVersion: record.version,
        current: workingCopyView(shownTo(actor, record)),
      });
    }
  }

  /** The caller's organisations' applications, as lead or partner (invited included), newest first. */
  async listMine(actor: Actor, limit: number, offset: number): Promise<{ items: ApplicationView[]; total: number }> {
    const orgs = actor.memberships.map((m) => m.organisationId);
    const where = `(a.lead_organisation_id = ANY($1::uuid[]) OR EXISTS (SELECT 1 FROM application_partners p WHERE p.application_id = a.id AND p.organisation_id = ANY($1::uuid[])))`;
    const [{ total }]: { total: number }[] = await this.dataSource.query(`SELECT count(*)::int AS total FROM applications a WHERE ${where}`, [orgs]);
    const records = await queryApplications(this.dataSource.manager, where, [orgs, limit, offset], 'ORDER BY a.created_at DESC, a.id LIMIT $2 OFFSET $3');
    return { items: records.map((r) => workingCopyView(shownTo(actor, r))), total };
  }

  /** The lead asks another organisation to join; its owners are told by e-mail and in the app. */
  async invitePartner(actor: Actor, id: string, partner: PartnerRef): Promise<ApplicationView> {
    return this.dataSource.transaction(async (tx) => {
      const record = await findApplication(tx, id, true);
      this.policy.authorize(actor, 'application.update', resourceOf(record), 'Application');
      if (!canEdit(record.state)) throw DomainError.conflict(messageOf(APPLICATION_MESSAGES, 'application.no_new_partners', { state: APPLICATION_STATE_PHRASES[record.state] }), { state: record.state });
      const [org]: { id: string; name: string }[] =
        'organisationId' in partner
          ? await tx.query(`SELECT id, name FROM organisations WHERE id = $1`, [partner.organisationId])
          : // A business ID names the organisation holding it, never one that only claims it.
            await tx.query(`SELECT id, name FROM organisations WHERE business_id = $1 AND holds_business_id`, [partner.businessId]);
      if (!org) throw DomainError.notFound('Organisation');
      if (org.id === record.leadOrganisationId) throw DomainError.conflict(messageOf(APPLICATION_MESSAGES, 'application.lead_not_partner'));
      const inserted = await tx.query(
        `INSERT INTO application_partners (application_id, organisation_id, invited_by) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING organisation_id`,
        [id, org.id, actor.userId],
      );
      // The inviter may not read the organisation it names by id or business ID: nothing here names it back.
      if (!inserted.length) throw DomainError.conflict(messageOf(APPLICATION_MESSAGES, 'application.partner_exists'));
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'application.partner_invited',
        entityType: 'application',
        entityId: id,
        organisationId: record.leadOrganisationId,
        cityId: record.cityId,
        callId: record.callId,
        after: { organisationId: org.id },
      });
      const call = await findCall(tx, record.callId);
      await this.notifier.notify(tx, {
        userIds: await membersOf(tx, [org.id], 'owner'),
        kind: 'application.partner_invited',
        params: {
          applicationTitle: record.title,
          callTitle: programmeText(call.title),
          leadOrganisationName: record.leadOrganisationName,
          partnerOrganisationName: org.name,
        },
        entity: { type: 'application', id },
      });
      return workingCopyView(shownTo(actor, await findApplication(tx, id)));
    });
  }

  /** An owner of the invited organisation joins the consortium; the lead is told. */
  async acceptPartner(actor: Actor, id: string, organisationId: string): Promise<ApplicationView> {
    return this.dataSource.transaction(async (tx) => {
      const record = await findApplication(tx, id, true);
      const resource = resourceOf(record);
      this.policy.authorize(actor, 'application.read', resource, 'Application');
      const partner = record.partners.find((p) => p.organisationId === organisationId);
      if (!partner) throw DomainError.notFound('Partner invitation');
      if (partner.state === 'accepted') throw DomainError.conflict(messageOf(APPLICATION_MESSAGES, 'application.already_partner'));
      // Only the invited organisation's own owners answer for it.
      this.policy.authorize(actor, 'application.partner.accept', { ...resource, invitedOrganisationIds: [organisationId] }, 'Application');
      if (!canEdit(record.state)) throw DomainError.conflict(messageOf(APPLICATION_MESSAGES, 'application.no_new_partners', { state: APPLICATION_STATE_PHRASES[record.state] }), { state: record.state });
      await tx.query(
        `UPDATE application_partners SET state = 'accepted', accepted_by = $3, accepted_at = now() WHERE application_id = $1 AND organisation_id = $2`,
        [id, organisationId, actor.userId],
      );
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'application.partner_accepted',
        entityType: 'application',
        entityId: id,
        organisationId,
        cityId: record.cityId,
        callId: record.callId,
        after: { organisationId, name: partner.name },
      });
      await this.notifier.notify(tx, {
        userIds: await membersOf(tx, [record.leadOrganisationId]),
        kind: 'application.partner_accepted',
        params: { applicationTitle: record.title, partnerOrganisationName: partner.name ?? '' },
        entity: { type: 'application', id },
      });
      return this.viewFor(actor, await findApplication(tx, id), tx);
    });
  }

  /** The lead drops a partner, or a partner's owner declines or leaves. */
  async removePartner(actor: Actor, id: string, organisationId: string): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      const record = await findApplication(tx, id, true);
      const resource = resourceOf(record);
      this.policy.authorize(actor, 'application.read', resource, 'Application');
      const partner = record.partners.find((p) => p.organisationId === organisationId);
      if (!partner) throw DomainError.notFound('Partner');
      const lead = this.policy.allows(actor, 'application.update', resource);
      if (!lead && !this.policy.allows(actor, 'application.partner.leave', { kind: 'organisation', id: organisationId })) {
        throw DomainError.forbidden(messageOf(APPLICATION_MESSAGES, 'application.partner_removal'));
      }
      if (!canEdit(record.state)) throw DomainError.conflict(messageOf(APPLICATION_MESSAGES, 'application.consortium_fixed', { state: APPLICATION_STATE_PHRASES[record.state] }), { state: record.state });
      await tx.query(`DELETE FROM application_partners WHERE application_id = $1 AND organisation_id = $2`, [id, organisationId]);
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'application.partner_removed',
        entityType: 'application',
        entityId: id,
        organisationId,
        cityId: record.cityId,
        callId: record.callId,
        // An invitation never accepted names no one in the consortium's record.
        before: { organisationId, ...(partner.state === 'accepted' ? { name: partner.name } : {}), state: partner.state },
      });
    });
  }
}
