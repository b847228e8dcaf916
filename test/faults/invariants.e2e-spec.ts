import { Sql, unauditedStateChanges } from './invariants.js';

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
