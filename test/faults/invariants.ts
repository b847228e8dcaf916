import type { TestSmtpServer } from '../../libs/testing/src/index.js';
import { messageIdOf } from '../../libs/platform/src/mail/mail.js';
import { type InvitationRule, selectInvitations } from '../../libs/funding/src/domain/invitation.js';

/** Anything that runs SQL and returns rows: a TypeORM DataSource, or a wrapped pg client. */
export interface Sql {
  query(text: string, params?: unknown[]): Promise<any[]>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export interface InvariantOptions {
  /** States an application may end in; a workflow run to its end leaves only decided ones. */
  finalStates?: readonly string[];
  /** With the SMTP server the stack mails to: every in-app notification and mail job was e-mailed, once. */
  smtp?: TestSmtpServer;
  /**
   * Allow a copy of an e-mail under the same Message-ID. A job sends its e-mail inside its
   * transaction; when the commit is lost (a connection dropped, a worker killed), the retry sends
   * it again (SMTP cannot be rolled back), with the Message-ID derived from the job id.
   */
  mailAtLeastOnce?: boolean;
}

/**
 * Jobs whose handler claims the outbox row's job id in `processed_jobs`, in the same transaction as
 * its work. (`application.aggregate` claims too, but the relay merges waiting rows into one job
 * under another id; its work is checked through the aggregates.)
 */
const CLAIMING_JOBS = ['mail.send', 'invitation.send', 'notification.send', 'application.eligibility', 'evaluation.assign', 'evaluation.reassign', 'call.rank', 'pilot.bookings', 'clarification.settle'];

/** Relayed jobs of claiming handlers, due by now, that no handler has done. */
export function relayedJobsNotRun(db: Sql): Promise<{ job_name: string; job_id: string }[]> {
  return db.query(
    `SELECT DISTINCT o.job_name, o.job_id FROM outbox o
      WHERE o.job_name = ANY($1) AND (o.delay_until IS NULL OR o.delay_until <= now())
        AND NOT EXISTS (SELECT 1 FROM processed_jobs p WHERE p.job_id = o.job_id)`,
    [CLAIMING_JOBS],
  );
}

/**
 * What must hold for a call once its workflow is over, however often a process, Redis or a
 * database connection died on the way. Returns one line per violation (empty when all hold), so
 * that a failing run says everything that is wrong at once.
 */
export async function checkInvariants(db: Sql, callId: string, options: InvariantOptions = {}): Promise<string[]> {
  const problems: string[] = [];
  const violation = (what: string, rows: unknown[]) => {
    if (rows.length) problems.push(`${what}: ${JSON.stringify(rows.slice(0, 5))}${rows.length > 5 ? ` and ${rows.length - 5} more` : ''}`);
  };
  const [call]: { reviewers: number; budget: number; state: string; secondStageId: string | null; firstStageId: string | null }[] = await db.query(
    `SELECT reviewers_per_application AS reviewers, budget_cents::float8 AS budget, state, second_stage_id AS "secondStageId",
            (SELECT f.id FROM calls f WHERE f.second_stage_id = c.id) AS "firstStageId"
       FROM calls c WHERE id = $1`,
    [callId],
  );
  if (!call) return [`call ${callId} does not exist`];
  // The first stage of a two-stage call ends with its ideas invited or not; it funds nothing.
  const firstStage = call.secondStageId !== null;
  const finalStates = options.finalStates ?? (firstStage ? ['invited', 'not_invited'] : ['funded', 'not_funded']);

  // Every application in a final state.
  violation('applications not in a final state', await db.query(`SELECT id, state FROM applications WHERE call_id = $1 AND NOT (state = ANY($2))`, [callId, finalStates]));
  if (call.state !== 'decided') problems.push(`the call is ${call.state}, not decided`);

  // Submission and eligibility: one revision per submit, and every judged application judged on its current revision, all rules agreeing with its state.
  violation(
    'applications whose revisions or eligibility verdicts do not match their state',
    await db.query(
      `SELECT a.id, a.state, a.revision, (SELECT count(*)::int FROM application_revisions r WHERE r.application_id = a.id) AS revisions, v.verdicts, v.passed
         FROM applications a
         LEFT JOIN application_revisions cur ON cur.application_id = a.id AND cur.number = a.revision
         LEFT JOIN LATERAL (SELECT count(*)::int AS verdicts, bool_and(e.pass) AS passed FROM eligibility_results e WHERE e.revision_id = cur.id) v ON true
        WHERE a.call_id = $1 AND a.state NOT IN ('draft', 'withdrawn')
          AND ((SELECT count(*) FROM application_revisions r WHERE r.application_id = a.id) <> a.revision
               OR (a.state <> 'submitted' AND (v.verdicts = 0 OR v.passed IS DISTINCT FROM (a.state <> 'ineligible'))))`,
      [callId],
    ),
  );

  // Assignment: exactly the call's number of live reviews per reviewed application, each by a distinct evaluator, all submitted.
  violation(
    'applications without exactly their reviewers (distinct, all submitted)',
    await db.query(
      `SELECT a.id, count(r.id)::int AS reviews, count(DISTINCT r.evaluator_id)::int AS evaluators, count(r.id) FILTER (WHERE r.state = 'submitted')::int AS submitted
         FROM applications a LEFT JOIN reviews r ON r.application_id = a.id AND r.state <> 'declined'
        WHERE a.call_id = $1 AND a.state NOT IN ('draft', 'submitted', 'eligible', 'ineligible', 'withdrawn')
        GROUP BY a.id
       HAVING count(r.id) <> $2 OR count(DISTINCT r.evaluator_id) <> $2 OR count(r.id) FILTER (WHERE r.state = 'submitted') <> $2`,
      [callId, call.reviewers],
    ),
  );
  // Aggregation: one aggregate per reviewed application, over exactly its submitted reviews.
  violation(
    'aggregates missing or not over the submitted reviews',
    await db.query(
      `SELECT a.id, g.review_count, (SELECT count(*)::int FROM reviews r WHERE r.application_id = a.id AND r.state = 'submitted') AS submitted
         FROM applications a LEFT JOIN application_aggregates g ON g.application_id = a.id
        WHERE a.call_id = $1 AND a.state NOT IN ('draft', 'submitted', 'eligible', 'ineligible', 'withdrawn', 'in_review')
          AND g.review_count IS DISTINCT FROM (SELECT count(*)::int FROM reviews r WHERE r.application_id = a.id AND r.state = 'submitted')`,
      [callId],
    ),
  );

  // One decision per call; none for a first stage, which has no grants and no pilots either.
  const [{ decisions }] = await db.query(`SELECT count(*)::int AS decisions FROM funding_decisions WHERE call_id = $1`, [callId]);
  if (firstStage) {
    if (decisions !== 0) problems.push(`${decisions} funding decisions for a first stage, not 0`);
    const [{ grants, pilots }] = await db.query(
      `SELECT (SELECT count(*)::int FROM grants WHERE call_id = $1) AS grants, (SELECT count(*)::int FROM pilots WHERE call_id = $1) AS pilots`,
      [callId],
    );
    if (grants || pilots) problems.push(`a first stage with ${grants} grants and ${pilots} pilots, not none`);
    problems.push(...stageProblems(await stageFacts(db, callId, call.secondStageId as string)));
  } else if (call.state === 'decided' && decisions !== 1) problems.push(`${decisions} funding decisions for the call, not 1`);
  if (call.firstStageId) problems.push(...stageProblems(await stageFacts(db, call.firstStageId, callId)));

  // Money: what is committed is the sum of live grants and within the budget; each funded application has one awarded grant and one active pilot.
  if (!firstStage) {
    const [{ live, committed }] = await db.query(
      `SELECT coalesce((SELECT sum(grant_cents) FROM grants WHERE call_id = $1 AND state IN ('proposed', 'awarded')), 0)::float8 AS live,
              (SELECT committed_cents::float8 FROM call_budgets WHERE call_id = $1) AS committed`,
      [callId],
    );
    if (live > call.budget) problems.push(`grants of ${live} cents exceed the budget of ${call.budget}`);
    if (committed !== live) problems.push(`the budget row commits ${committed} cents, the live grants sum to ${live}`);
    violation(
      'funded applications without exactly one awarded grant and one active pilot, or the reverse',
      await db.query(
        `SELECT a.id, a.state, g.state AS grant_state, (SELECT count(*)::int FROM pilots p WHERE p.application_id = a.id AND p.state = 'active') AS pilots
           FROM applications a LEFT JOIN grants g ON g.application_id = a.id
          WHERE a.call_id = $1
            AND ((a.state = 'funded') <> (g.state IS NOT DISTINCT FROM 'awarded')
                 OR (a.state = 'funded') <> EXISTS (SELECT 1 FROM pilots p WHERE p.application_id = a.id AND p.state = 'active'))`,
        [callId],
      ),
    );
  }

  // The outbox: every row relayed, and every job of a claiming handler done exactly once.
  violation('outbox rows never relayed', await db.query(`SELECT id, job_name, attempts, last_error FROM outbox WHERE sent_at IS NULL`));
  violation('relayed jobs that never ran', await relayedJobsNotRun(db));
  // Notifications: one in-app entry per notification job, and none twice for one user, kind and thing.
  const [{ jobs, delivered }] = await db.query(
    `SELECT (SELECT count(DISTINCT job_id)::int FROM outbox WHERE job_name = 'notification.send') AS jobs, (SELECT count(*)::int FROM notifications) AS delivered`,
  );
  if (jobs !== delivered) problems.push(`${jobs} notification jobs delivered ${delivered} in-app notifications`);
  violation('notifications delivered twice', await db.query(`SELECT user_id, kind, entity_id, count(*)::int AS n FROM notifications GROUP BY user_id, kind, entity_id HAVING count(*) > 1`));
  if (options.smtp) {
    const tally = await mailTally(db, options.smtp);
    violation('e-mails lost', tally.filter((t) => t.messages < t.expected));
    // A resent copy keeps its Message-ID; a message of its own beyond the expected ones is a job run twice.
    violation('e-mails sent twice as different messages', tally.filter((t) => t.messages > t.expected));
    if (!options.mailAtLeastOnce) violation('e-mails sent twice', tally.filter((t) => t.received > t.expected));
  }

  violation('application state changes not audited once each', await unauditedStateChanges(db, callId));
  return problems;
}

/** What the invariants of a two-stage call read of its first stage and of the second stage's applications. */
export interface StageFacts {
  /** The first stage's state and invitation rule. */
  state: string;
  rule: InvitationRule;
  /** `call.ideas_invited` events of the first stage. */
  invitationEvents: number;
  /** Ideas past their draft: state, aggregate (rank, pass) and the consortium of the revision judged. */
  ideas: { id: string; state: string; rank: number | null; pass: boolean | null; leadOrganisationId: string; partnerIds: string[] }[];
  /** Applications of the second stage: the idea each was started from and what its carry-over wrote. */
  proposals: { id: string; ideaId: string | null; leadOrganisationId: string; carriedOver: number; carriedPartnerIds: string[] | null }[];
}

export async function stageFacts(db: Sql, firstStageId: string, secondStageId: string): Promise<StageFacts> {
  const [stage]: { state: string; rule: InvitationRule; invitationEvents: number }[] = await db.query(
    `SELECT state, invitation AS rule, (SELECT count(*)::int FROM audit_events WHERE call_id = $1 AND action = 'call.ideas_invited') AS "invitationEvents" FROM calls WHERE id = $1`,
    [firstStageId],
  );
  const ideas: StageFacts['ideas'] = await db.query(
    `SELECT a.id::text, a.state, g.rank, g.pass, a.lead_organisation_id::text AS "leadOrganisationId",
            array(SELECT p->>'organisationId' FROM jsonb_array_elements(coalesce(r.snapshot->'consortium'->'partners', '[]')) p ORDER BY 1) AS "partnerIds"
       FROM applications a
       LEFT JOIN application_aggregates g ON g.application_id = a.id
       LEFT JOIN application_revisions r ON r.application_id = a.id AND r.number = a.revision
      WHERE a.call_id = $1 AND a.state NOT IN ('draft', 'withdrawn')`,
    [firstStageId],
  );
  const proposals: StageFacts['proposals'] = await db.query(
    `SELECT a.id::text, a.idea_application_id::text AS "ideaId", a.lead_organisation_id::text AS "leadOrganisationId",
            (SELECT count(*)::int FROM audit_events e WHERE e.entity_type = 'application' AND e.entity_id = a.id::text AND e.action = 'application.carried_over') AS "carriedOver",
            (SELECT array(SELECT jsonb_array_elements_text(e.after->'partnerIds') ORDER BY 1) FROM audit_events e
              WHERE e.entity_type = 'application' AND e.entity_id = a.id::text AND e.action = 'application.carried_over' ORDER BY e.id LIMIT 1) AS "carriedPartnerIds"
       FROM applications a
      WHERE a.call_id = $1`,
    [secondStageId],
  );
  return { ...stage, ideas, proposals };
}

/**
 * A two-stage call's own invariants: once the first stage is decided, exactly the best passing
 * ideas by the invitation rule are invited (audited once) and the rest are not; every invited idea
 * has exactly one full proposal in the second stage, led by its lead, carried over once with the
 * idea's partners; and nothing else applies to the second stage.
 */
export function stageProblems(facts: StageFacts): string[] {
  const problems: string[] = [];
  const violation = (what: string, rows: unknown[]) => {
    if (rows.length) problems.push(`${what}: ${JSON.stringify(rows.slice(0, 5))}${rows.length > 5 ? ` and ${rows.length - 5} more` : ''}`);
  };
  const invitedIds = new Set(facts.ideas.filter((i) => i.state === 'invited').map((i) => i.id));
  if (facts.state === 'decided') {
    if (facts.invitationEvents !== 1) problems.push(`${facts.invitationEvents} invitations of the ideas audited, not 1`);
    const ranking = facts.ideas.filter((i) => i.pass === true && i.rank !== null).map((i) => ({ applicationId: i.id, rank: i.rank! }));
    const failing = facts.ideas.filter((i) => i.pass === false).map((i) => i.id);
    const expected = new Set(selectInvitations(ranking, failing, facts.rule).invited.map((i) => i.applicationId));
    const evaluated = new Set([...ranking.map((r) => r.applicationId), ...failing]);
    violation(
      'ideas whose invitation does not follow the rule',
      facts.ideas
        .filter((i) => evaluated.has(i.id) && (expected.has(i.id) ? i.state !== 'invited' : i.state !== 'not_invited'))
        .map((i) => ({ id: i.id, state: i.state, rank: i.rank, pass: i.pass, expected: expected.has(i.id) ? 'invited' : 'not_invited' })),
    );
  } else if (invitedIds.size || facts.invitationEvents) {
    problems.push(`ideas invited while the first stage is ${facts.state}`);
  }
  const byIdea = new Map<string, StageFacts['proposals']>();
  for (const proposal of facts.proposals) if (proposal.ideaId) byIdea.set(proposal.ideaId, [...(byIdea.get(proposal.ideaId) ?? []), proposal]);
  violation(
    'invited ideas without exactly one full proposal',
    [...invitedIds].filter((id) => byIdea.get(id)?.length !== 1).map((id) => ({ idea: id, proposals: byIdea.get(id)?.length ?? 0 })),
  );
  violation(
    'second-stage applications not started from an invited idea',
    facts.proposals.filter((p) => !p.ideaId || !invitedIds.has(p.ideaId)).map((p) => ({ id: p.id, idea: p.ideaId })),
  );
  const ideaOf = new Map(facts.ideas.map((i) => [i.id, i]));
  violation(
    'full proposals not carried over once with the idea’s lead and partners',
    facts.proposals
      .filter((p) => p.ideaId && invitedIds.has(p.ideaId))
      .filter((p) => {
        const idea = ideaOf.get(p.ideaId!)!;
        return p.carriedOver !== 1 || p.leadOrganisationId !== idea.leadOrganisationId || JSON.stringify([...(p.carriedPartnerIds ?? [])].sort()) !== JSON.stringify([...idea.partnerIds].sort());
      })
      .map((p) => ({ id: p.id, idea: p.ideaId, carriedOver: p.carriedOver, lead: p.leadOrganisationId, partners: p.carriedPartnerIds })),
  );
  return problems;
}

export interface MailCount {
  to: string;
  expected: number;
  /** Every copy the SMTP server received. */
  received: number;
  /** Distinct messages among them, by Message-ID. */
  messages: number;
}

/** Per recipient: the e-mails the database says were sent (notifications and mail jobs) against those the SMTP server received. */
export async function mailTally(db: Sql, smtp: TestSmtpServer): Promise<MailCount[]> {
  const expected: { email: string; n: number }[] = await db.query(
    `SELECT email, sum(n)::int AS n FROM (
       SELECT u.email, count(*) AS n FROM notifications n JOIN users u ON u.id = n.user_id GROUP BY u.email
       UNION ALL
       SELECT o.payload->>'to', count(DISTINCT o.job_id) FROM outbox o WHERE o.job_name = 'mail.send' GROUP BY 1
       UNION ALL
       SELECT i.email, count(DISTINCT o.job_id) FROM outbox o JOIN invitations i ON i.id = (o.payload->>'invitationId')::uuid WHERE o.job_name = 'invitation.send' GROUP BY 1
     ) e GROUP BY email`,
  );
  const received = new Map<string, string[]>();
  for (const message of smtp.messages) {
    const id = /^Message-ID:\s*(\S+)/im.exec(message.raw)?.[1] ?? message.raw;
    for (const to of message.to) received.set(to.toLowerCase(), [...(received.get(to.toLowerCase()) ?? []), id]);
  }
  // A verification e-mail is skipped when the address was verified before its job ran, so it is
  // expected only when it came: once per verification job, under that job's Message-ID.
  const verificationJobs: { email: string; jobId: string }[] = await db.query(
    `SELECT v.email, o.job_id AS "jobId" FROM outbox o JOIN email_verifications v ON v.id = (o.payload->>'verificationId')::uuid WHERE o.job_name = 'email.verification'`,
  );
  const verified = new Map<string, number>();
  for (const { email, jobId } of verificationJobs) {
    const to = email.toLowerCase();
    const ids = new Set(received.get(to));
    if ([...ids].some((id) => id === messageIdOf(jobId, `mail@${id.slice(id.lastIndexOf('@') + 1, -1)}`))) verified.set(to, (verified.get(to) ?? 0) + 1);
  }
  const count = (to: string) => ({ received: received.get(to)?.length ?? 0, messages: new Set(received.get(to)).size });
  const tally: MailCount[] = expected.map((e) => ({ to: e.email.toLowerCase(), expected: e.n + (verified.get(e.email.toLowerCase()) ?? 0), ...count(e.email.toLowerCase()) }));
  for (const [to, n] of verified) if (!tally.some((t) => t.to === to)) tally.push({ to, expected: n, ...count(to) });
  // Mail to someone the database never meant to write to counts as sent twice.
  for (const to of received.keys()) if (!tally.some((t) => t.to === to)) tally.push({ to, expected: 0, ...count(to) });
  return tally;
}

interface StateEvent {
  entity_id: string;
  action: string;
  before: string | null;
  after: string;
}

/**
 * Each application's audit events that name a state, in the order they were written, must form
 * one unbroken chain: the first leaves `draft`, each starts where the one before ended, and the
 * last ends in the application's state. A change made without its event breaks the chain; a
 * change audited twice (or a job that ran twice) breaks it too.
 */
export async function unauditedStateChanges(db: Sql, callId: string): Promise<{ application: string; problem: string }[]> {
  const applications: { id: string; state: string }[] = await db.query(`SELECT id::text, state FROM applications WHERE call_id = $1`, [callId]);
  const events: StateEvent[] = await db.query(
    `SELECT entity_id, action, before->>'state' AS before, after->>'state' AS after FROM audit_events
      WHERE entity_type = 'application' AND entity_id = ANY($1) AND after ? 'state'
      ORDER BY id`,
    [applications.map((a) => a.id)],
  );
  const byApplication = new Map<string, StateEvent[]>();
  for (const event of events) byApplication.set(event.entity_id, [...(byApplication.get(event.entity_id) ?? []), event]);
  const problems: { application: string; problem: string }[] = [];
  for (const application of applications) {
    let state = 'draft';
    for (const event of byApplication.get(application.id) ?? []) {
      // An event without a before state (a released grant) cannot be placed by it; its after state still must follow on.
      if (event.before !== null && event.before !== state) problems.push({ application: application.id, problem: `${event.action} from ${event.before}, but it was ${state}` });
      state = event.after;
    }
    if (state !== application.state) problems.push({ application: application.id, problem: `audited up to ${state}, but it is ${application.state}` });
  }
  return problems;
}
