import { ApplicationFacts, conflictDomain, detectConflicts, emailDomainChanges, emailDomainOf, EvaluatorFacts, sharesEmailDomain, withdrawnByDeclaration } from './conflicts.js';

const application: ApplicationFacts = {
  id: 'app-1',
  callId: 'call-1',
  organisations: [
    { id: 'acme', name: 'Acme Oy', emailDomain: 'acme.fi' },
    { id: 'beta', name: 'Beta Ab', emailDomain: null },
  ],
};

function evaluator(overrides: Partial<EvaluatorFacts> = {}): EvaluatorFacts {
  return { userId: 'u1', email: 'eva@university.fi', organisationIds: [], declared: [], ...overrides };
}

describe('conflicts of interest', () => {
  it('finds none for an outsider', () => {
    expect(detectConflicts(evaluator(), application)).toEqual([]);
  });

  it('sees a member of a consortium organisation', () => {
    expect(detectConflicts(evaluator({ organisationIds: ['beta', 'other'] }), application)).toEqual([
      { kind: 'membership', organisationId: 'beta', detail: 'member of Beta Ab' },
    ]);
  });

  it('compares e-mail domains without case, subdomains included', () => {
    expect(emailDomainOf('Matti@Acme.FI')).toBe('acme.fi');
    expect(emailDomainOf('nobody')).toBeNull();
    expect(sharesEmailDomain('x@lab.acme.fi', 'acme.fi')).toBe(true);
    expect(sharesEmailDomain('x@ACME.fi', '@Acme.fi')).toBe(true);
    expect(sharesEmailDomain('x@notacme.fi', 'acme.fi')).toBe(false);
    expect(sharesEmailDomain('x@acme.fi', null)).toBe(false);
    expect(sharesEmailDomain('x@acme.fi', '  ')).toBe(false);
    expect(detectConflicts(evaluator({ email: 'matti@Acme.fi' }), application)).toEqual([
      { kind: 'email_domain', organisationId: 'acme', detail: 'e-mail domain of Acme Oy (acme.fi)' },
    ]);
  });

  it('honours conflicts the evaluator declared, on an organisation or on the application', () => {
    const declared = [
      { organisationId: 'acme', applicationId: null, reason: 'former employer' },
      { organisationId: null, applicationId: 'app-1', reason: 'advised the team' },
      { organisationId: null, applicationId: 'app-2', reason: 'elsewhere' },
      { organisationId: 'gamma', applicationId: null, reason: 'not in this consortium' },
    ];
    expect(detectConflicts(evaluator({ declared }), application)).toEqual([
      { kind: 'declared_organisation', organisationId: 'acme', detail: 'declared conflict with Acme Oy: former employer' },
      { kind: 'declared_application', organisationId: null, detail: 'declared conflict with this application: advised the team' },
    ]);
  });

  it('sees an earlier consortium of the evaluator’s organisation with one of this consortium, in another call only', () => {
    const history = [
      { applicationId: 'old-1', callId: 'call-0', callTitle: 'Spring 2024', organisationIds: ['uni', 'acme'] },
      // the same call does not count: those are competitors, not past partners
      { applicationId: 'app-9', callId: 'call-1', callTitle: 'This call', organisationIds: ['uni', 'beta'] },
      // a consortium without the evaluator's organisation does not count
      { applicationId: 'old-2', callId: 'call-0', callTitle: 'Spring 2024', organisationIds: ['zeta', 'beta'] },
      // a second past consortium with the same organisation is reported once
      { applicationId: 'old-3', callId: 'call-x', callTitle: 'Autumn 2023', organisationIds: ['acme', 'uni'] },
    ];
    expect(detectConflicts(evaluator({ organisationIds: ['uni'] }), application, history)).toEqual([
      { kind: 'past_consortium', organisationId: 'acme', detail: 'was in a consortium with Acme Oy in the call "Spring 2024"' },
    ]);
  });

  it('reports every reason at once', () => {
    const reasons = detectConflicts(
      evaluator({ email: 'e@acme.fi', organisationIds: ['acme'], declared: [{ organisationId: 'beta', applicationId: null, reason: 'friend' }] }),
      application,
    );
    expect(reasons.map((r) => `${r.kind}:${r.organisationId}`)).toEqual(['membership:acme', 'email_domain:acme', 'declared_organisation:beta']);
  });

  it('withdraws at once the assigned reviews a declaration concerns, and no other', () => {
    const assigned = [
      { reviewId: 'r1', applicationId: 'app-1', organisationIds: ['acme', 'beta'] },
      { reviewId: 'r2', applicationId: 'app-2', organisationIds: ['gamma'] },
      { reviewId: 'r3', applicationId: 'app-3', organisationIds: ['delta', 'acme'] },
    ];
    expect(withdrawnByDeclaration({ organisationId: null, applicationId: 'app-2' }, assigned)).toEqual(['r2']);
    expect(withdrawnByDeclaration({ organisationId: 'acme', applicationId: null }, assigned)).toEqual(['r1', 'r3']);
    expect(withdrawnByDeclaration({ organisationId: 'omega', applicationId: null }, assigned)).toEqual([]);
  });

  it('judges an organisation by the e-mail domain its revision recorded at submission, not by what it says now', () => {
    const recorded = { acme: 'acme.fi', beta: null };
    expect(conflictDomain(recorded, 'acme', 'evaluators.fi')).toBe('acme.fi');
    expect(conflictDomain(recorded, 'beta', 'evaluators.fi')).toBeNull();
    // A partner who joined after the submission is not part of the revision.
    expect(conflictDomain(recorded, 'late', 'evaluators.fi')).toBeNull();
    // A revision from before domains were recorded: the current domain.
    expect(conflictDomain(null, 'acme', 'acme.fi')).toBe('acme.fi');
  });

  it('finds the organisations whose domain changed since the submission', () => {
    const recorded = { acme: 'acme.fi', beta: null, gamma: 'gamma.fi' };
    const now = [
      { id: 'acme', emailDomain: 'evaluators.fi' },
      { id: 'beta', emailDomain: 'beta.fi' },
      { id: 'gamma', emailDomain: 'GAMMA.fi' },
      { id: 'late', emailDomain: 'late.fi' },
    ];
    expect(emailDomainChanges(recorded, now)).toEqual([
      { organisationId: 'acme', atSubmission: 'acme.fi', now: 'evaluators.fi' },
      { organisationId: 'beta', atSubmission: null, now: 'beta.fi' },
    ]);
    expect(emailDomainChanges(null, now)).toEqual([]);
  });
});
