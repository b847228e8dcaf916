import { afterEligibility, APPLICATION_STATES, canEdit, repeatsLatestRevision, submit, withdraw, withdrawalFreesGrant } from './application.js';

describe('application states', () => {
  it('submits from draft and resubmits until review starts', () => {
    for (const state of ['draft', 'submitted', 'eligible', 'ineligible'] as const) {
      expect(submit(state)).toEqual({ ok: true, to: 'submitted' });
      expect(canEdit(state)).toBe(true);
    }
    expect(submit('in_review')).toEqual({
      ok: false,
      message: {
        code: 'application.submit_refused',
        text: {
          fi: 'Hakemusta ei voi enää lähettää: se on arvioitavana.',
          sv: 'Ansökan kan inte längre lämnas in: den är under bedömning.',
          en: 'The application can no longer be submitted: it is in review.',
        },
      },
    });
    expect(canEdit('withdrawn')).toBe(false);
  });

  it('withdraws from any state before a decision', () => {
    const allowed = APPLICATION_STATES.filter((s) => withdraw(s).ok);
    expect(allowed).toEqual(['draft', 'submitted', 'eligible', 'ineligible', 'in_review', 'reviewed', 'ranked', 'proposed', 'reserve', 'rejected']);
    expect(withdraw('funded')).toMatchObject({ ok: false, message: { code: 'application.withdraw.funded' } });
    expect(withdraw('withdrawn')).toMatchObject({ ok: false, message: { text: { en: 'The application is already withdrawn.' } } });
  });

  it('frees a grant for the reserve list only when a proposed application is withdrawn', () => {
    expect(APPLICATION_STATES.filter(withdrawalFreesGrant)).toEqual(['proposed']);
  });

  it('applies an eligibility result only to the revision still waiting for it', () => {
    expect(afterEligibility({ state: 'submitted', revision: 2 }, 2, true)).toBe('eligible');
    expect(afterEligibility({ state: 'submitted', revision: 2 }, 2, false)).toBe('ineligible');
    expect(afterEligibility({ state: 'submitted', revision: 3 }, 2, true)).toBeNull();
    expect(afterEligibility({ state: 'withdrawn', revision: 2 }, 2, true)).toBeNull();
  });
});

describe('repeatsLatestRevision', () => {
  const submitted = { state: 'submitted' as const, revision: 2, submittedVersion: 5 };

  it('takes a submit of the submitted version, with nothing changed, for a repeat', () => {
    expect(repeatsLatestRevision(submitted, 5, true)).toBe(true);
    expect(repeatsLatestRevision({ ...submitted, state: 'eligible' }, 5, true)).toBe(true);
    expect(repeatsLatestRevision({ ...submitted, state: 'ineligible' }, 5, true)).toBe(true);
  });

  it('makes a new revision of another version, or of the same one when the consortium changed', () => {
    expect(repeatsLatestRevision(submitted, 6, true)).toBe(false);
    expect(repeatsLatestRevision(submitted, 5, false)).toBe(false);
  });

  it('never takes a draft, or a revision no longer in force, for a repeat', () => {
    expect(repeatsLatestRevision({ state: 'draft', revision: 0, submittedVersion: null }, 1, true)).toBe(false);
    expect(repeatsLatestRevision({ ...submitted, state: 'withdrawn' }, 5, true)).toBe(false);
    expect(repeatsLatestRevision({ ...submitted, state: 'in_review' }, 5, true)).toBe(false);
  });
});
