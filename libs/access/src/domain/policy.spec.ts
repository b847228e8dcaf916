import { Actor, decide, visibleApplicationState } from './policy.js';

const base: Actor = {
  userId: 'u1',
  email: 'u1@firma.fi',
  admin: false,
  coordinatorCityIds: [],
  evaluator: false,
  decider: false,
  memberships: [],
};
const owner: Actor = { ...base, memberships: [{ organisationId: 'org1', role: 'owner' }] };
const member: Actor = { ...base, userId: 'u2', memberships: [{ organisationId: 'org1', role: 'member' }] };
const stranger: Actor = { ...base, userId: 'u3', memberships: [{ organisationId: 'org2', role: 'owner' }] };
const admin: Actor = { ...base, userId: 'a', admin: true };
const coordinator: Actor = { ...base, userId: 'c', coordinatorCityIds: ['helsinki'] };
const org1 = { kind: 'organisation' as const, id: 'org1' };

describe('policy', () => {
  it('hides an organisation from users of another organisation', () => {
    expect(decide(stranger, 'organisation.read', org1)).toBe('hide');
    expect(decide(stranger, 'organisation.update', org1)).toBe('hide');
    expect(decide(stranger, 'organisation.members.manage', org1)).toBe('hide');
  });

  it('hides an organisation from a coordinator who is not a member', () => {
    expect(decide(coordinator, 'organisation.read', org1)).toBe('hide');
  });

  it('lets members read but only owners change', () => {
    expect(decide(member, 'organisation.read', org1)).toBe('allow');
    expect(decide(member, 'organisation.update', org1)).toBe('forbid');
    expect(decide(member, 'organisation.members.manage', org1)).toBe('forbid');
    expect(decide(owner, 'organisation.update', org1)).toBe('allow');
    expect(decide(owner, 'organisation.members.manage', org1)).toBe('allow');
  });

  it('lets admins do everything', () => {
    expect(decide(admin, 'organisation.update', org1)).toBe('allow');
    expect(decide(admin, 'role.manage', { kind: 'platform' })).toBe('allow');
    expect(decide(admin, 'queues.inspect', { kind: 'platform' })).toBe('allow');
  });

  it('keeps platform administration from everyone else', () => {
    for (const actor of [owner, coordinator, null]) {
      expect(decide(actor, 'role.manage', { kind: 'platform' })).toBe('forbid');
      expect(decide(actor, 'city.create', { kind: 'platform' })).toBe('forbid');
      expect(decide(actor, 'queues.inspect', { kind: 'platform' })).toBe('forbid');
    }
  });

  it('needs a signed-in user to create an organisation', () => {
    expect(decide(null, 'organisation.create', { kind: 'platform' })).toBe('forbid');
    expect(decide(base, 'organisation.create', { kind: 'platform' })).toBe('allow');
  });

  it("lets coordinators and admins verify organisations and resolve business ID claims, never the organisation's own people", () => {
    for (const action of ['organisation.verify', 'organisation.claims.manage'] as const) {
      expect(decide(coordinator, action, org1)).toBe('allow');
      expect(decide(admin, action, org1)).toBe('allow');
      expect(decide(owner, action, org1)).toBe('forbid');
      expect(decide(member, action, org1)).toBe('forbid');
      expect(decide(stranger, action, org1)).toBe('forbid');
      expect(decide(null, action, org1)).toBe('forbid');
    }
  });

  describe('test beds', () => {
    const otherCoordinator: Actor = { ...base, userId: 'c2', coordinatorCityIds: ['espoo'] };
    const bed = (state: 'draft' | 'published' | 'archived') => ({ kind: 'testbed' as const, cityId: 'helsinki', state });

    it('lets the city coordinators and admins create beds in the city, and nobody else', () => {
      const helsinki = { kind: 'city' as const, id: 'helsinki' };
      expect(decide(coordinator, 'testbed.create', helsinki)).toBe('allow');
      expect(decide(admin, 'testbed.create', helsinki)).toBe('allow');
      expect(decide(otherCoordinator, 'testbed.create', helsinki)).toBe('forbid');
      expect(decide(owner, 'testbed.create', helsinki)).toBe('forbid');
      expect(decide(null, 'testbed.create', helsinki)).toBe('forbid');
    });

    it('lets any coordinator and admins list the deciders, and nobody else', () => {
      expect(decide(coordinator, 'decider.list', { kind: 'platform' })).toBe('allow');
      expect(decide(otherCoordinator, 'decider.list', { kind: 'platform' })).toBe('allow');
      expect(decide(admin, 'decider.list', { kind: 'platform' })).toBe('allow');
      for (const actor of [owner, null]) expect(decide(actor, 'decider.list', { kind: 'platform' })).toBe('forbid');
    });

    it('lets the city coordinators and admins list every bed of the city, drafts too, and nobody else', () => {
      const helsinki = { kind: 'city' as const, id: 'helsinki' };
      expect(decide(coordinator, 'testbed.city.list', helsinki)).toBe('allow');
      expect(decide(admin, 'testbed.city.list', helsinki)).toBe('allow');
      for (const actor of [otherCoordinator, owner, null]) expect(decide(actor, 'testbed.city.list', helsinki)).toBe('forbid');
    });

    it('shows published and archived beds to everyone', () => {
      for (const actor of [null, owner, otherCoordinator, coordinator, admin]) {
        expect(decide(actor, 'testbed.read', bed('published'))).toBe('allow');
        expect(decide(actor, 'testbed.read', bed('archived'))).toBe('allow');
      }
    });

    it('hides drafts from everyone but the owning city and admins', () => {
      expect(decide(coordinator, 'testbed.read', bed('draft'))).toBe('allow');
      expect(decide(admin, 'testbed.read', bed('draft'))).toBe('allow');
      for (const actor of [null, owner, otherCoordinator]) expect(decide(actor, 'testbed.read', bed('draft'))).toBe('hide');
    });

    it('lets only the owning city and admins manage a bed', () => {
      for (const state of ['draft', 'published', 'archived'] as const) {
        expect(decide(coordinator, 'testbed.manage', bed(state))).toBe('allow');
        expect(decide(admin, 'testbed.manage', bed(state))).toBe('allow');
      }
    });

    it('answers others 404 on a draft and 403 on a visible bed', () => {
      for (const actor of [null, owner, otherCoordinator]) {
        expect(decide(actor, 'testbed.manage', bed('draft'))).toBe('hide');
        expect(decide(actor, 'testbed.manage', bed('published'))).toBe('forbid');
        expect(decide(actor, 'testbed.manage', bed('archived'))).toBe('forbid');
      }
    });

    it("lists the bookings of their cities to coordinators and all bookings to admins; others get 403", () => {
      for (const actor of [coordinator, otherCoordinator, admin]) expect(decide(actor, 'booking.city.list', { kind: 'platform' })).toBe('allow');
      for (const actor of [null, owner]) expect(decide(actor, 'booking.city.list', { kind: 'platform' })).toBe('forbid');
    });

    it('refuses test-bed actions on resources of another kind', () => {
      expect(decide(admin, 'testbed.read', { kind: 'platform' })).toBe('forbid');
      expect(decide(admin, 'testbed.manage', org1)).toBe('forbid');
      expect(decide(admin, 'testbed.create', { kind: 'platform' })).toBe('forbid');
    });
  });

  describe('bookings', () => {
    const booking = { kind: 'booking' as const, cityId: 'helsinki', organisationId: 'org1' };

    it('shows a booking to its organisation, the city and admins only', () => {
      expect(decide(member, 'booking.read', booking)).toBe('allow');
      expect(decide(coordinator, 'booking.read', booking)).toBe('allow');
      expect(decide(admin, 'booking.read', booking)).toBe('allow');
      expect(decide(stranger, 'booking.read', booking)).toBe('hide');
      expect(decide({ ...coordinator, coordinatorCityIds: ['oulu'] }, 'booking.read', booking)).toBe('hide');
      expect(decide(null, 'booking.read', booking)).toBe('hide');
    });

    it('lets only the city decide', () => {
      expect(decide(coordinator, 'booking.decide', booking)).toBe('allow');
      expect(decide(owner, 'booking.decide', booking)).toBe('forbid');
      expect(decide({ ...coordinator, coordinatorCityIds: ['oulu'] }, 'booking.decide', booking)).toBe('hide');
    });

    it('lets either side cancel', () => {
      expect(decide(member, 'booking.cancel', booking)).toBe('allow');
      expect(decide(coordinator, 'booking.cancel', booking)).toBe('allow');
      expect(decide(stranger, 'booking.cancel', booking)).toBe('hide');
    });

    it('books only for an organisation the user belongs to', () => {
      expect(decide(member, 'booking.request', org1)).toBe('allow');
      expect(decide(stranger, 'booking.request', org1)).toBe('hide');
    });
  });

  describe('applications', () => {
    // org1 leads; org2 (stranger's) is an accepted partner; org3 is invited.
    const application = {
      kind: 'application' as const,
      cityId: 'helsinki',
      leadOrganisationId: 'org1',
      partnerOrganisationIds: ['org2'],
      invitedOrganisationIds: ['org3'],
      state: 'submitted',
      submitted: true,
      evaluatorIds: ['ev1'],
      deciderIds: ['d1'],
      callDecided: false,
    };
    const partner = stranger;
    const invitedOwner: Actor = { ...base, userId: 'i1', memberships: [{ organisationId: 'org3', role: 'owner' }] };
    const invitedMember: Actor = { ...base, userId: 'i2', memberships: [{ organisationId: 'org3', role: 'member' }] };
    const outsider: Actor = { ...base, userId: 'o', memberships: [{ organisationId: 'org9', role: 'owner' }] };
    const otherCity: Actor = { ...coordinator, coordinatorCityIds: ['oulu'] };

    it('shows an application to its consortium, the invited, the call city and admins, and hides it from everyone else', () => {
      for (const actor of [owner, member, partner, invitedOwner, invitedMember, coordinator, admin]) {
        expect(decide(actor, 'application.read', application)).toBe('allow');
      }
      for (const actor of [outsider, otherCity, null]) expect(decide(actor, 'application.read', application)).toBe('hide');
    });

    it("keeps a draft never submitted to its consortium: the call's city and deciders do not learn of it", () => {
      const draft = { ...application, state: 'draft', submitted: false, evaluatorIds: [] };
      const decider: Actor = { ...base, userId: 'd1', decider: true };
      for (const actor of [owner, member, partner, invitedOwner, admin]) expect(decide(actor, 'application.read', draft)).toBe('allow');
      for (const actor of [coordinator, decider, otherCity, outsider, null]) expect(decide(actor, 'application.read', draft)).toBe('hide');
      expect(decide(coordinator, 'application.update', draft)).toBe('hide');
      expect(decide(decider, 'application.read', application)).toBe('allow');
    });

    it('lets the lead edit and refuses readers with 403', () => {
      expect(decide(member, 'application.update', application)).toBe('allow');
      expect(decide(admin, 'application.update', application)).toBe('allow');
      for (const actor of [partner, coordinator, invitedOwner]) expect(decide(actor, 'application.update', application)).toBe('forbid');
      expect(decide(outsider, 'application.update', application)).toBe('hide');
    });

    it('lets the consortium pre-check eligibility and refuses other readers with 403', () => {
      const decider: Actor = { ...base, userId: 'd1', decider: true };
      const evaluator: Actor = { ...base, userId: 'ev1', evaluator: true };
      for (const actor of [owner, member, partner, admin]) expect(decide(actor, 'application.precheck', application)).toBe('allow');
      for (const actor of [coordinator, decider, evaluator, invitedOwner]) expect(decide(actor, 'application.precheck', application)).toBe('forbid');
      for (const actor of [outsider, otherCity, null]) expect(decide(actor, 'application.precheck', application)).toBe('hide');
      const draft = { ...application, state: 'draft', submitted: false, evaluatorIds: [] };
      expect(decide(coordinator, 'application.precheck', draft)).toBe('hide');
      expect(decide(partner, 'application.precheck', draft)).toBe('allow');
    });

    it('lets only an owner of an invited organisation accept', () => {
      expect(decide(invitedOwner, 'application.partner.accept', application)).toBe('allow');
      expect(decide(invitedMember, 'application.partner.accept', application)).toBe('forbid');
      expect(decide(owner, 'application.partner.accept', application)).toBe('forbid');
      expect(decide(outsider, 'application.partner.accept', application)).toBe('hide');
    });

    it('keeps a national call to admins', () => {
      const national = { ...application, cityId: null };
      expect(decide(coordinator, 'application.read', national)).toBe('hide');
      expect(decide(admin, 'application.read', national)).toBe('allow');
      expect(decide(coordinator, 'call.applications.read', { kind: 'call', cityId: null, state: 'open', deciderIds: [] })).toBe('forbid');
      expect(decide(admin, 'call.applications.read', { kind: 'call', cityId: null, state: 'open', deciderIds: [] })).toBe('allow');
    });

    it("lists and extends a call's applications for its city only", () => {
      const call = { kind: 'call' as const, cityId: 'helsinki', state: 'closed' as const, deciderIds: [] };
      expect(decide(coordinator, 'call.applications.read', call)).toBe('allow');
      expect(decide(coordinator, 'call.extension.grant', call)).toBe('allow');
      for (const actor of [otherCity, owner, null]) {
        expect(decide(actor, 'call.applications.read', call)).toBe('forbid');
        expect(decide(actor, 'call.extension.grant', call)).toBe('forbid');
        expect(decide(actor, 'call.applications.read', { ...call, state: 'draft' })).toBe('hide');
      }
    });

    it('creates applications for an organisation the user belongs to', () => {
      expect(decide(member, 'application.create', org1)).toBe('allow');
      expect(decide(stranger, 'application.create', org1)).toBe('hide');
    });
  });
});

describe('call policy', () => {
  type CallResource = Extract<Parameters<typeof decide>[2], { kind: 'call' }>;
  const helsinkiCoordinator: Actor = { ...base, userId: 'ch', coordinatorCityIds: ['helsinki'] };
  const ouluCoordinator: Actor = { ...base, userId: 'co', coordinatorCityIds: ['oulu'] };
  const applicant: Actor = { ...base, userId: 'ap', memberships: [{ organisationId: 'org1', role: 'owner' }] };
  const call = (state: CallResource['state'], cityId: string | null = 'helsinki') => ({ kind: 'call' as const, cityId, state, deciderIds: ['d1'] });

  it("lets a city's coordinators and admins create its calls; others get 403", () => {
    expect(decide(helsinkiCoordinator, 'call.create', call('draft'))).toBe('allow');
    expect(decide(admin, 'call.create', call('draft'))).toBe('allow');
    for (const actor of [ouluCoordinator, applicant, null]) expect(decide(actor, 'call.create', call('draft'))).toBe('forbid');
  });

  it('keeps national calls to admins', () => {
    expect(decide(admin, 'call.create', call('draft', null))).toBe('allow');
    expect(decide(helsinkiCoordinator, 'call.create', call('draft', null))).toBe('forbid');
    expect(decide(admin, 'call.manage', call('open', null))).toBe('allow');
    expect(decide(helsinkiCoordinator, 'call.manage', call('open', null))).toBe('forbid');
    expect(decide(helsinkiCoordinator, 'call.read', call('draft', null))).toBe('hide');
  });

  it('hides a draft from everyone but those who run the call', () => {
    expect(decide(helsinkiCoordinator, 'call.read', call('draft'))).toBe('allow');
    expect(decide(admin, 'call.read', call('draft'))).toBe('allow');
    for (const actor of [ouluCoordinator, applicant, null]) {
      expect(decide(actor, 'call.read', call('draft'))).toBe('hide');
      expect(decide(actor, 'call.manage', call('draft'))).toBe('hide');
    }
  });

  it('shows a published call to everyone and lets only those who run it change it', () => {
    for (const state of ['scheduled', 'open', 'closed', 'in_evaluation', 'decided'] as const) {
      for (const actor of [helsinkiCoordinator, ouluCoordinator, applicant, admin, null]) expect(decide(actor, 'call.read', call(state))).toBe('allow');
      expect(decide(helsinkiCoordinator, 'call.manage', call(state))).toBe('allow');
      expect(decide(admin, 'call.manage', call(state))).toBe('allow');
      for (const actor of [ouluCoordinator, applicant, null]) expect(decide(actor, 'call.manage', call(state))).toBe('forbid');
    }
  });
});

describe('evaluation and funding policy', () => {
  const helsinkiCoordinator: Actor = { ...base, userId: 'ch', coordinatorCityIds: ['helsinki'] };
  const ouluCoordinator: Actor = { ...base, userId: 'co', coordinatorCityIds: ['oulu'] };
  const evaluator: Actor = { ...base, userId: 'ev1', evaluator: true };
  const otherEvaluator: Actor = { ...base, userId: 'ev2', evaluator: true };
  const decider: Actor = { ...base, userId: 'd1', decider: true };
  const otherDecider: Actor = { ...base, userId: 'd2', decider: true };
  const lead: Actor = { ...base, userId: 'l', memberships: [{ organisationId: 'org1', role: 'member' }] };
  const partner: Actor = { ...base, userId: 'p', memberships: [{ organisationId: 'org2', role: 'owner' }] };
  const outsider: Actor = { ...base, userId: 'o', memberships: [{ organisationId: 'org9', role: 'owner' }] };
  const call = { kind: 'call' as const, cityId: 'helsinki', state: 'in_evaluation' as const, deciderIds: ['d1'] };
  const application = (state: string, callDecided = ['funded', 'not_funded'].includes(state)) => ({
    kind: 'application' as const,
    cityId: 'helsinki',
    leadOrganisationId: 'org1',
    partnerOrganisationIds: ['org2'],
    invitedOrganisationIds: [],
    state,
    submitted: true,
    evaluatorIds: ['ev1'],
    deciderIds: ['d1'],
    callDecided,
  });
  const review = (state: 'assigned' | 'submitted' | 'declined') => ({ kind: 'review' as const, evaluatorId: 'ev1', cityId: 'helsinki', state, deciderIds: ['d1'] });

  it('shows a redress request to its consortium, those who run the call and its reviewer only', () => {
    const leadPartner: Actor = { ...base, userId: 'lp', memberships: [{ organisationId: 'org2', role: 'owner' }] };
    const reviewer: Actor = { ...base, userId: 'rv', evaluator: true };
    const redress = { kind: 'redress' as const, cityId: 'helsinki', leadOrganisationId: 'org1', partnerOrganisationIds: ['org2'], reviewerId: 'rv' };
    for (const actor of [lead, leadPartner, helsinkiCoordinator, admin, reviewer]) expect(decide(actor, 'redress.read', redress)).toBe('allow');
    for (const actor of [outsider, evaluator, decider, ouluCoordinator, null]) expect(decide(actor, 'redress.read', redress)).toBe('hide');
    expect(decide(reviewer, 'redress.decide', redress)).toBe('allow');
    for (const actor of [lead, helsinkiCoordinator, admin]) expect(decide(actor, 'redress.decide', redress)).toBe('forbid');
    for (const actor of [outsider, evaluator, null]) expect(decide(actor, 'redress.decide', redress)).toBe('hide');
    expect(decide(reviewer, 'redress.decide', { ...redress, reviewerId: 'someone else' })).toBe('hide');
  });

  it('lets a member of the lead organisation ask for redress, and the consortium read it once decided', () => {
    expect(decide(lead, 'application.redress.request', application('not_funded'))).toBe('allow');
    for (const actor of [partner, admin, helsinkiCoordinator, evaluator, decider]) expect(decide(actor, 'application.redress.request', application('not_funded'))).toBe('forbid');
    for (const actor of [outsider, otherEvaluator, null]) expect(decide(actor, 'application.redress.request', application('not_funded'))).toBe('hide');
    for (const actor of [lead, partner, helsinkiCoordinator, admin]) expect(decide(actor, 'application.redress.read', application('not_funded'))).toBe('allow');
    expect(decide(lead, 'application.redress.read', application('reserve', false))).toBe('forbid');
    for (const actor of [evaluator, decider]) expect(decide(actor, 'application.redress.read', application('not_funded'))).toBe('forbid');
    for (const actor of [outsider, ouluCoordinator, otherEvaluator, null]) expect(decide(actor, 'application.redress.read', application('not_funded'))).toBe('hide');
    for (const actor of [helsinkiCoordinator, admin]) expect(decide(actor, 'call.redress.manage', call)).toBe('allow');
    for (const actor of [ouluCoordinator, decider, evaluator, lead, null]) expect(decide(actor, 'call.redress.manage', call)).toBe('forbid');
  });

  it("lets the call's deciders read its applications, but not run its pool or extensions", () => {
    expect(decide(decider, 'call.applications.read', call)).toBe('allow');
    expect(decide(otherDecider, 'call.applications.read', call)).toBe('forbid');
    expect(decide(otherDecider, 'call.applications.read', { ...call, state: 'draft' })).toBe('hide');
    expect(decide(decider, 'call.extension.grant', call)).toBe('forbid');
    expect(decide(decider, 'call.evaluators.manage', call)).toBe('forbid');
  });

  it('lets assigned evaluators and the call deciders read an application, and hides it from other evaluators and deciders', () => {
    expect(decide(evaluator, 'application.read', application('in_review'))).toBe('allow');
    expect(decide(decider, 'application.read', application('in_review'))).toBe('allow');
    expect(decide(otherEvaluator, 'application.read', application('in_review'))).toBe('hide');
    expect(decide(otherDecider, 'application.read', application('in_review'))).toBe('hide');
    expect(decide(evaluator, 'application.update', application('in_review'))).toBe('forbid');
  });

  describe('clarifications', () => {
    const inReview = application('in_review');

    it("shows an application's questions and answers to the call's city, the consortium and the assigned evaluators only", () => {
      for (const actor of [helsinkiCoordinator, admin, lead, partner, evaluator]) expect(decide(actor, 'clarification.read', inReview)).toBe('allow');
      expect(decide(decider, 'clarification.read', inReview)).toBe('forbid');
      for (const actor of [ouluCoordinator, otherEvaluator, otherDecider, outsider]) expect(decide(actor, 'clarification.read', inReview)).toBe('hide');
      expect(decide(null, 'clarification.read', inReview)).toBe('hide');
    });

    it("lets only the coordinators of the call's city (and admins) ask; readers get 403, others 404", () => {
      for (const actor of [helsinkiCoordinator, admin]) expect(decide(actor, 'clarification.ask', inReview)).toBe('allow');
      for (const actor of [lead, partner, evaluator, decider]) expect(decide(actor, 'clarification.ask', inReview)).toBe('forbid');
      for (const actor of [ouluCoordinator, otherEvaluator, outsider]) expect(decide(actor, 'clarification.ask', inReview)).toBe('hide');
    });

    it('lets the members of the consortium answer, not admins on their behalf', () => {
      for (const actor of [lead, partner]) expect(decide(actor, 'clarification.answer', inReview)).toBe('allow');
      for (const actor of [helsinkiCoordinator, admin, evaluator, decider]) expect(decide(actor, 'clarification.answer', inReview)).toBe('forbid');
      expect(decide(outsider, 'clarification.answer', inReview)).toBe('hide');
      // An invited partner that has not accepted is not yet in the consortium.
      const invited = { ...inReview, partnerOrganisationIds: [], invitedOrganisationIds: ['org2'] };
      expect(decide(partner, 'clarification.answer', invited)).toBe('forbid');
    });

    it('lets the assigned evaluators suggest questions, and keeps suggestions from the consortium', () => {
      expect(decide(evaluator, 'clarification.suggest', inReview)).toBe('allow');
      for (const actor of [helsinkiCoordinator, admin, lead, decider]) expect(decide(actor, 'clarification.suggest', inReview)).toBe('forbid');
      expect(decide(otherEvaluator, 'clarification.suggest', inReview)).toBe('hide');
      for (const actor of [helsinkiCoordinator, admin, evaluator]) expect(decide(actor, 'clarification.suggestions.read', inReview)).toBe('allow');
      for (const actor of [lead, partner, decider]) expect(decide(actor, 'clarification.suggestions.read', inReview)).toBe('forbid');
      expect(decide(ouluCoordinator, 'clarification.suggestions.read', inReview)).toBe('hide');
    });
  });

  it('lets those who run the call manage its pool; deciders and evaluators may not', () => {
    expect(decide(helsinkiCoordinator, 'call.evaluators.manage', call)).toBe('allow');
    expect(decide(admin, 'call.evaluators.manage', call)).toBe('allow');
    for (const actor of [ouluCoordinator, decider, evaluator, null]) expect(decide(actor, 'call.evaluators.manage', call)).toBe('forbid');
  });

  it("lets only those who run the call search for evaluators to add: not another city's coordinators, its deciders or evaluators", () => {
    expect(decide(helsinkiCoordinator, 'call.evaluators.search', call)).toBe('allow');
    expect(decide(admin, 'call.evaluators.search', call)).toBe('allow');
    for (const actor of [ouluCoordinator, decider, otherDecider, evaluator, lead, null]) expect(decide(actor, 'call.evaluators.search', call)).toBe('forbid');
    // A draft call does not even show itself to them.
    for (const actor of [ouluCoordinator, decider, evaluator]) expect(decide(actor, 'call.evaluators.search', { ...call, state: 'draft' })).toBe('hide');
    expect(decide(helsinkiCoordinator, 'call.evaluators.search', { ...call, state: 'draft' })).toBe('allow');
    // A national call is run by admins alone.
    expect(decide(helsinkiCoordinator, 'call.evaluators.search', { ...call, cityId: null })).toBe('forbid');
  });

  it("shows a call's dashboard to those who run it only: not to its deciders, evaluators or another city's coordinators", () => {
    for (const actor of [helsinkiCoordinator, admin]) expect(decide(actor, 'call.dashboard.read', call)).toBe('allow');
    for (const actor of [ouluCoordinator, decider, evaluator, lead, null]) expect(decide(actor, 'call.dashboard.read', call)).toBe('forbid');
    expect(decide(decider, 'call.dashboard.read', { ...call, state: 'draft' })).toBe('hide');
    expect(decide(helsinkiCoordinator, 'call.dashboard.read', { ...call, cityId: null })).toBe('forbid');
  });

  it("shows a city's dashboard to its coordinators and admins only", () => {
    const city = { kind: 'city' as const, id: 'helsinki' };
    for (const actor of [helsinkiCoordinator, admin]) expect(decide(actor, 'city.dashboard.read', city)).toBe('allow');
    for (const actor of [ouluCoordinator, decider, evaluator, null]) expect(decide(actor, 'city.dashboard.read', city)).toBe('forbid');
  });

  it("publishes a call's results to everyone once it is decided, and to nobody before", () => {
    for (const actor of [null, lead, ouluCoordinator, admin]) expect(decide(actor, 'call.results.read', { ...call, state: 'decided' })).toBe('allow');
    for (const actor of [null, helsinkiCoordinator, decider, admin]) expect(decide(actor, 'call.results.read', call)).toBe('hide');
  });

  it('lets anyone signed in save searches, and keeps each one its owner’s alone, hidden even from admins', () => {
    for (const actor of [lead, evaluator, helsinkiCoordinator, admin]) expect(decide(actor, 'alert.create', { kind: 'platform' })).toBe('allow');
    expect(decide(null, 'alert.create', { kind: 'platform' })).toBe('forbid');
    const search = { kind: 'saved_search' as const, ownerId: lead.userId };
    expect(decide(lead, 'alert.manage', search)).toBe('allow');
    for (const actor of [partner, outsider, helsinkiCoordinator, decider, admin, null]) expect(decide(actor, 'alert.manage', search)).toBe('hide');
    expect(decide(lead, 'alert.manage', call)).toBe('hide');
  });

  it('shows the ranking and proposal to those who run the call and its deciders only', () => {
    for (const actor of [helsinkiCoordinator, admin, decider]) expect(decide(actor, 'call.evaluation.read', call)).toBe('allow');
    for (const actor of [ouluCoordinator, otherDecider, evaluator, lead, null]) expect(decide(actor, 'call.evaluation.read', call)).toBe('forbid');
    expect(decide(otherDecider, 'call.evaluation.read', { ...call, state: 'draft' })).toBe('hide');
    for (const action of ['call.calibration.read', 'call.ranking_basis.set'] as const) {
      for (const actor of [helsinkiCoordinator, admin]) expect(decide(actor, action, call)).toBe('allow');
      for (const actor of [ouluCoordinator, decider, otherDecider, evaluator, lead, null]) expect(decide(actor, action, call)).toBe('forbid');
      expect(decide(ouluCoordinator, action, { ...call, state: 'draft' })).toBe('hide');
    }
  });

  it("lets only the call's deciders approve, not even admins or its coordinators", () => {
    expect(decide(decider, 'call.funding.decide', call)).toBe('allow');
    for (const actor of [otherDecider, admin, helsinkiCoordinator, evaluator, null]) expect(decide(actor, 'call.funding.decide', call)).toBe('forbid');
  });

  it('lets only evaluators declare conflicts', () => {
    expect(decide(evaluator, 'conflict.declare', { kind: 'platform' })).toBe('allow');
    for (const actor of [lead, decider, null]) expect(decide(actor, 'conflict.declare', { kind: 'platform' })).toBe('forbid');
  });

  it('keeps a review to its evaluator until it is submitted', () => {
    expect(decide(evaluator, 'review.read', review('assigned'))).toBe('allow');
    expect(decide(evaluator, 'review.write', review('assigned'))).toBe('allow');
    for (const actor of [helsinkiCoordinator, admin, decider]) {
      expect(decide(actor, 'review.read', review('assigned'))).toBe('forbid');
      expect(decide(actor, 'review.read', review('submitted'))).toBe('allow');
      expect(decide(actor, 'review.write', review('submitted'))).toBe('forbid');
    }
    for (const actor of [otherEvaluator, ouluCoordinator, otherDecider, lead, null]) {
      expect(decide(actor, 'review.read', review('submitted'))).toBe('hide');
      expect(decide(actor, 'review.write', review('assigned'))).toBe('hide');
    }
  });

  it('shows the outcome to the consortium once decided, to the city and deciders always', () => {
    for (const actor of [helsinkiCoordinator, decider, admin]) expect(decide(actor, 'application.outcome.read', application('ranked'))).toBe('allow');
    for (const actor of [lead, partner]) {
      expect(decide(actor, 'application.outcome.read', application('ranked'))).toBe('forbid');
      expect(decide(actor, 'application.outcome.read', application('funded'))).toBe('allow');
      expect(decide(actor, 'application.outcome.read', application('not_funded'))).toBe('allow');
    }
    expect(decide(evaluator, 'application.outcome.read', application('funded'))).toBe('forbid');
    for (const actor of [outsider, ouluCoordinator, otherDecider, null]) expect(decide(actor, 'application.outcome.read', application('funded'))).toBe('hide');
  });

  it('gives every consortium its outcome once the call is decided, an ineligible or withdrawn application too', () => {
    for (const state of ['ineligible', 'withdrawn', 'not_funded']) {
      expect(decide(lead, 'application.outcome.read', application(state, true))).toBe('allow');
      expect(decide(partner, 'application.outcome.read', application(state, true))).toBe('allow');
      expect(decide(lead, 'application.outcome.read', application(state, false))).toBe('forbid');
    }
  });

  it('tells the consortium no review result through the state before the decision', () => {
    for (const state of ['reviewed', 'ranked', 'proposed', 'reserve', 'rejected']) {
      for (const actor of [lead, partner, evaluator]) expect(visibleApplicationState(actor, application(state))).toBe('in_review');
      for (const actor of [helsinkiCoordinator, decider, admin]) expect(visibleApplicationState(actor, application(state))).toBe(state);
      expect(visibleApplicationState(lead, application(state, true))).toBe(state);
    }
    for (const state of ['submitted', 'eligible', 'ineligible', 'in_review', 'withdrawn']) expect(visibleApplicationState(lead, application(state))).toBe(state);
  });

  it("lets the consortium report on its pilot and the call's city accept the reports", () => {
    for (const actor of [lead, partner]) {
      expect(decide(actor, 'pilot.report', application('funded'))).toBe('allow');
      expect(decide(actor, 'pilot.review', application('funded'))).toBe('forbid');
    }
    expect(decide(helsinkiCoordinator, 'pilot.review', application('funded'))).toBe('allow');
    expect(decide(helsinkiCoordinator, 'pilot.report', application('funded'))).toBe('forbid');
    for (const actor of [outsider, ouluCoordinator]) {
      expect(decide(actor, 'pilot.report', application('funded'))).toBe('hide');
      expect(decide(actor, 'pilot.review', application('funded'))).toBe('hide');
    }
  });

  it('keeps a person’s data to that person: nobody else, not even an admin, asks for it, downloads it or forgets them', () => {
    const mine = { kind: 'personal_data' as const, userId: lead.userId };
    for (const action of ['personal_data.export', 'personal_data.erase'] as const) {
      expect(decide(lead, action, mine)).toBe('allow');
      for (const actor of [partner, outsider, helsinkiCoordinator, decider, admin, null]) expect(decide(actor, action, mine)).toBe('hide');
      expect(decide(lead, action, { kind: 'platform' })).toBe('hide');
    }
  });
});
