import { Injectable } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { Notifier } from '@kokeilu/notifications';
import { ApplicationCarryOverPayload, Audit, HandlesJob, isUuid, JobHandler, programmeText } from '@kokeilu/platform';
import { loadConsortium } from './consortium.js';
import { CONTENT_COLUMNS, contentColumnValues } from './content-columns.js';
import { carryOver } from './domain/carry-over.js';
import type { RevisionSnapshot } from './domain/snapshot.js';

export interface CarryOverOutcome {
  started: boolean;
  reason?: string;
  applicationId?: string;
}

interface Idea {
  id: string;
  state: string;
  leadOrganisationId: string;
  createdBy: string;
  callTitle: Record<string, string>;
  secondStageId: string | null;
  snapshot: RevisionSnapshot;
}

/**
 * An idea invited to the second stage gets its full proposal, a draft in the second stage's call
 * started from the idea's submitted revision (see `carryOver`): the same lead, the partners that
 * had accepted, every text carried over. Its consortium is told, with a link to the proposal.
 * One proposal per idea, whatever the number of runs: the idea row is locked and the proposal's
 * `idea_application_id` is unique.
 */
@Injectable()
@HandlesJob('application.carry_over')
export class CarryOverIdeaJob implements JobHandler<'application.carry_over'> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: Audit,
    private readonly notifier: Notifier,
  ) {}

  async handle(payload: ApplicationCarryOverPayload): Promise<CarryOverOutcome> {
    if (!isUuid(payload.ideaApplicationId)) throw new UnrecoverableError(`bad payload ${JSON.stringify(payload)}`);
    return this.dataSource.transaction(async (tx) => {
      const [idea]: Idea[] = await tx.query(
        `SELECT a.id, a.state, a.lead_organisation_id AS "leadOrganisationId", a.created_by AS "createdBy", c.title AS "callTitle",
                c.second_stage_id AS "secondStageId", r.snapshot
           FROM applications a JOIN calls c ON c.id = a.call_id
           JOIN application_revisions r ON r.application_id = a.id AND r.number = a.revision
          WHERE a.id = $1 FOR UPDATE OF a`,
        [payload.ideaApplicationId],
      );
      if (!idea) return { started: false, reason: 'no such idea' };
      if (idea.state !== 'invited' || !idea.secondStageId) return { started: false, reason: `the idea is ${idea.state}` };
      const [existing]: { id: string }[] = await tx.query(`SELECT id FROM applications WHERE idea_application_id = $1`, [idea.id]);
      if (existing) return { started: false, reason: 'already started', applicationId: existing.id };

      const [second]: { id: string; cityId: string | null; testbedIds: string[]; closesAt: Date; title: Record<string, string> }[] = await tx.query(
        `SELECT id, city_id AS "cityId", testbed_ids::text[] AS "testbedIds", closes_at AS "closesAt", title FROM calls WHERE id = $1`,
        [idea.secondStageId],
      );
      const start = carryOver(
        {
          content: idea.snapshot,
          leadOrganisationId: idea.leadOrganisationId,
          partners: idea.snapshot.consortium.partners.map((p) => ({ organisationId: p.organisationId, state: 'accepted' as const })),
        },
        second.testbedIds,
      );
      const c = start.content;
      const [{ id }]: { id: string }[] = await tx.query(
        `INSERT INTO applications (call_id, lead_organisation_id, created_by, idea_application_id, ${CONTENT_COLUMNS})
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id`,
        [second.id, start.leadOrganisationId, idea.createdBy, idea.id, ...contentColumnValues(c)],
      );
      if (start.partnerIds.length) {
        // They accepted to be in the idea's consortium; the full proposal is the same project.
        await tx.query(
          `INSERT INTO application_partners (application_id, organisation_id, state, invited_by, accepted_by, accepted_at)
           SELECT $1, unnest($2::uuid[]), 'accepted', $3, $3, now()`,
          [id, start.partnerIds, idea.createdBy],
        );
      }
      await this.audit.record(tx, {
        actorId: null,
        action: 'application.carried_over',
        entityType: 'application',
        entityId: id,
        organisationId: start.leadOrganisationId,
        cityId: second.cityId,
        callId: second.id,
        after: { ideaApplicationId: idea.id, partnerIds: start.partnerIds, ...c },
      });
      const [{ rank }]: { rank: number | null }[] = await tx.query(`SELECT (SELECT rank FROM application_aggregates WHERE application_id = $1) AS rank`, [idea.id]);
      const [{ invited }]: { invited: number }[] = await tx.query(
        `SELECT count(*)::int AS invited FROM applications a JOIN calls c ON c.id = a.call_id WHERE c.second_stage_id = $1 AND a.state = 'invited'`,
        [second.id],
      );
      const consortium = await loadConsortium(tx, id, start.leadOrganisationId);
      await this.notifier.notify(tx, {
        userIds: consortium.memberIds,
        kind: 'funding.stage_outcome',
        params: {
          applicationTitle: c.title,
          callTitle: programmeText(second.title),
          outcome: 'invited',
          rank,
          invited,
          secondStageDeadline: new Date(second.closesAt).toISOString(),
        },
        entity: { type: 'application', id },
      });
      return { started: true, applicationId: id };
    });
  }
}
