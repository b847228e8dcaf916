import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor, Policy } from '@kokeilu/access';
import { contentOf, findApplication, resourceOf } from './application-record.js';
import { findCall } from './call-facts.js';
import { loadConsortium } from './consortium.js';
import { isEligible } from './domain/eligibility/evaluate.js';
import type { Verdict } from './domain/eligibility/verdict.js';
import { snapshotOf } from './domain/snapshot.js';
import { judgeEligibility } from './eligibility-check.js';

export interface EligibilityPrecheck {
  /** The version of the working copy that was judged. */
  version: number;
  eligible: boolean;
  verdicts: Verdict[];
}

/**
 * The eligibility check on the working copy, before submitting: the copy is frozen as a
 * submission would freeze it (the lead and the partners that have accepted, the totals) and judged
 * by the same rules as the job judges revisions. It runs in a read-only transaction: nothing is
 * stored, audited or sent.
 */
@Injectable()
export class EligibilityPrecheckService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: Policy,
  ) {}

  async precheck(actor: Actor, id: string): Promise<EligibilityPrecheck> {
    return this.dataSource.transaction('REPEATABLE READ', async (tx) => {
      await tx.query('SET TRANSACTION READ ONLY');
      const record = await findApplication(tx, id);
      this.policy.authorize(actor, 'application.precheck', resourceOf(record), 'Application');
      const [consortium, call] = [await loadConsortium(tx, id, record.leadOrganisationId), await findCall(tx, record.callId)];
      const verdicts = await judgeEligibility(tx, call, snapshotOf(record.callId, contentOf(record), consortium.lead, consortium.partners));
      return { version: record.version, eligible: isEligible(verdicts), verdicts };
    });
  }
}
