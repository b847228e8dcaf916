import { Sql, StageFacts, stageProblems, unauditedStateChanges } from './invariants.js';

type Event = { entity_id: string; action: string; before: string | null; after: string };

/** Answers the two queries of the audit-chain check from fixed rows, so the check itself can be tried on broken trails. */
function trail(applications: { id: string; state: string }[], events: Event[]): Sql {
  return {
    async query(text: string) {
      if (/FROM applications/.test(text)) return applications;
      if (/FROM audit_events/.test(text)) return events;
      throw new Error(`unexpected query ${text}`);
    },
  };
}

const ev = (action: string, before: string | null, after: string): Event => ({ entity_id: 'a', action, before, after });
const fullTrail = [
  ev('application.submitted', 'draft', 'submitted'),
  ev('application.eligibility_checked', 'submitted', 'eligible'),
  ev('application.review_started', 'eligible', 'in_review'),
  ev('application.aggregated', 'in_review', 'reviewed'),
  ev('application.proposed', 'reviewed', 'proposed'),
  ev('application.funded', 'proposed', 'funded'),
];

describe('the audit chain of state changes', () => {
  it('accepts an unbroken trail ending in the current state', async () => {
    expect(await unauditedStateChanges(trail([{ id: 'a', state: 'funded' }], fullTrail), 'call')).toEqual([]);
  });

  it('finds a change made without its event', async () => {
    const missing = fullTrail.filter((e) => e.action !== 'application.review_started');
    expect(await unauditedStateChanges(trail([{ id: 'a', state: 'funded' }], missing), 'call')).toEqual([
      { application: 'a', problem: 'application.aggregated from in_review, but it was eligible' },
    ]);
  });

  it('finds a change audited twice (a job that ran twice)', async () => {
    const twice = [...fullTrail.slice(0, 3), ev('application.review_started', 'eligible', 'in_review'), ...fullTrail.slice(3)];
    expect(await unauditedStateChanges(trail([{ id: 'a', state: 'funded' }], twice), 'call')).toHaveLength(1);
  });

  it('finds a state the trail does not reach, and an application without any trail', async () => {
    const problems = await unauditedStateChanges(
      trail(
        [
          { id: 'a', state: 'not_funded' },
          { id: 'b', state: 'submitted' },
        ],
        fullTrail,
      ),
      'call',
    );
    expect(problems).toEqual([
      { application: 'a', problem: 'audited up to funded, but it is not_funded' },
      { application: 'b', problem: 'audited up to draft, but it is submitted' },
    ]);
  });
});

describe('the invariants of a two-stage call', () => {
  const idea = (id: string, state: string, rank: number | null, pass: boolean | null, partnerIds = ['p']) => ({ id, state, rank, pass, leadOrganisationId: `lead-${id}`, partnerIds });
  const proposal = (id: string, ideaId: string | null, carriedOver = 1, carriedPartnerIds: string[] | null = ['p']) => ({ id, ideaId, leadOrganisationId: `lead-${ideaId}`, carriedOver, carriedPartnerIds });
  /** Four ideas, the best two invited by count, one below the cut and one below a threshold, each invited one carried over once. */
  const decided = (): StageFacts => ({
    state: 'decided',
    rule: { count: 2 },
    invitationEvents: 1,
    ideas: [idea('i1', 'invited', 1, true), idea('i2', 'invited', 2, true), idea('i3', 'not_invited', 3, true), idea('i4', 'not_invited', null, false)],
    proposals: [proposal('f1', 'i1'), proposal('f2', 'i2')],
  });

  it('accept a first stage decided by its rule whose invited ideas were each carried over once', () => {
    expect(stageProblems(decided())).toEqual([]);
    expect(stageProblems({ ...decided(), rule: { sharePercent: 50 } })).toEqual([]);
  });

  it('find an idea invited against the rule, and an invitation audited twice', () => {
    const facts = decided();
    facts.ideas[2].state = 'invited';
    facts.proposals.push(proposal('f3', 'i3'));
    facts.invitationEvents = 2;
    expect(stageProblems(facts)).toEqual([
      '2 invitations of the ideas audited, not 1',
      'ideas whose invitation does not follow the rule: [{"id":"i3","state":"invited","rank":3,"pass":true,"expected":"not_invited"}]',
    ]);
  });

  it('find an invited idea without its proposal, or with two, and a proposal of a not-invited idea or of none', () => {
    expect(stageProblems({ ...decided(), proposals: [proposal('f1', 'i1')] })).toEqual(['invited ideas without exactly one full proposal: [{"idea":"i2","proposals":0}]']);
    expect(stageProblems({ ...decided(), proposals: [...decided().proposals, proposal('f1b', 'i1')] })).toEqual([
      'invited ideas without exactly one full proposal: [{"idea":"i1","proposals":2}]',
    ]);
    expect(stageProblems({ ...decided(), proposals: [...decided().proposals, proposal('f3', 'i3'), proposal('x', null)] })).toEqual([
      'second-stage applications not started from an invited idea: [{"id":"f3","idea":"i3"},{"id":"x","idea":null}]',
    ]);
  });

  it('find a proposal carried over twice, without the idea’s partners, or under another lead', () => {
    const facts = decided();
    facts.proposals = [proposal('f1', 'i1', 2), proposal('f2', 'i2', 1, [])];
    expect(stageProblems(facts)).toHaveLength(1);
    expect(stageProblems(facts)[0]).toMatch(/^full proposals not carried over once with the idea’s lead and partners: .*"f1".*"f2"/);
    const other = decided();
    other.proposals[0].leadOrganisationId = 'someone-else';
    expect(stageProblems(other)).toEqual([expect.stringContaining('"id":"f1"')]);
  });

  it('find ideas invited before the first stage is decided', () => {
    expect(stageProblems({ ...decided(), state: 'in_evaluation', invitationEvents: 0 })).toEqual(['ideas invited while the first stage is in_evaluation']);
    expect(stageProblems({ ...decided(), state: 'in_evaluation', invitationEvents: 0, ideas: decided().ideas.map((i) => ({ ...i, state: 'reviewed' })), proposals: [] })).toEqual([]);
  });
});
