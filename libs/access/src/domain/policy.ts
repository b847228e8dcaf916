/**
 * Who may do what to which object: the permission matrix of DOMAIN.md as one pure function.
 * `hide` means the caller may not even learn that the object exists (answered 404); `forbid`
 * means it may see the object but not do this (403).
 */
export type MembershipRole = 'owner' | 'member';

export interface Actor {
  userId: string;
  email: string;
  admin: boolean;
  coordinatorCityIds: string[];
  evaluator: boolean;
  decider: boolean;
  memberships: { organisationId: string; role: MembershipRole }[];
}

export type TestbedStateName = 'draft' | 'published' | 'archived';
export type CallStateName = 'draft' | 'scheduled' | 'open' | 'closed' | 'in_evaluation' | 'decided';

/** An application's consortium and its call's city (null: a national call, run by admins). */
export interface ApplicationResource {
  kind: 'application';
  cityId: string | null;
  leadOrganisationId: string;
  /** Partners that accepted: they read the application but do not edit it. */
  partnerOrganisationIds: string[];
  /** Partners asked but not yet answered: their owners may read it to decide, and accept. */
  invitedOrganisationIds: string[];
  state: string;
  /** Submitted at least once: until then the draft is its consortium's own, unseen by the call's city and deciders. */
  submitted: boolean;
  /** Evaluators holding an assigned or submitted review of it (a conflicted evaluator is never assigned). */
  evaluatorIds: string[];
  /** The deciders of its call. */
  deciderIds: string[];
  /** Its call's funding decision is made and public. */
  callDecided: boolean;
}

export type ReviewStateName = 'assigned' | 'submitted' | 'declined';

/** One evaluator's review of one application, in a call of a city (null: national). */
export interface ReviewResource {
  kind: 'review';
  evaluatorId: string;
  cityId: string | null;
  state: ReviewStateName;
  /** The deciders of its call. */
  deciderIds: string[];
}

/** An applicant's redress request, with its application's consortium and the reviewer appointed to it. */
export interface RedressResource {
  kind: 'redress';
  /** The call's city (null: national). */
  cityId: string | null;
  leadOrganisationId: string;
  /** Partners that accepted. */
  partnerOrganisationIds: string[];
  reviewerId: string | null;
}

export type Resource =
  | { kind: 'platform' }
  | { kind: 'organisation'; id: string }
  | { kind: 'city'; id: string }
  | { kind: 'testbed'; cityId: string; state: TestbedStateName }
  | { kind: 'booking'; cityId: string; organisationId: string }
  /** An open call of a city, or national (cityId null, run by admins). Its deciders are listed on the call. */
  | { kind: 'call'; cityId: string | null; state: CallStateName; deciderIds: string[] }
  | ApplicationResource
  | ReviewResource
  | RedressResource
  /** A user's saved search (alert). */
  | { kind: 'saved_search'; ownerId: string }
  /** A user's personal data: the download of it, their request to be forgotten. */
  | { kind: 'personal_data'; userId: string };

export type Action =
  | 'organisation.create'
  | 'organisation.read'
  | 'organisation.update'
  | 'organisation.members.read'
  | 'organisation.members.manage'
  | 'organisation.verify'
  | 'organisation.claims.manage'
  | 'city.create'
  | 'role.manage'
  | 'user.list'
  | 'decider.list'
  | 'queues.inspect'
  | 'audit.read'
  | 'testbed.create'
  | 'testbed.read'
  | 'testbed.manage'
  | 'testbed.city.list'
  | 'booking.request'
  | 'booking.read'
  | 'booking.decide'
  | 'booking.cancel'
  | 'booking.city.list'
  | 'call.create'
  | 'call.read'
  | 'call.manage'
  | 'application.create'
  | 'application.read'
  | 'application.update'
  | 'application.precheck'
  | 'application.partner.accept'
  | 'application.partner.leave'
  | 'call.applications.read'
  | 'call.extension.grant'
  | 'call.evaluators.manage'
  | 'call.evaluators.search'
  | 'call.evaluation.read'
  | 'call.calibration.read'
  | 'call.ranking_basis.set'
  | 'call.funding.decide'
  | 'conflict.declare'
  | 'review.read'
  | 'review.write'
  | 'application.outcome.read'
  | 'pilot.report'
  | 'pilot.review'
  | 'call.dashboard.read'
  | 'city.dashboard.read'
  | 'call.results.read'
  | 'clarification.read'
  | 'clarification.ask'
  | 'clarification.answer'
  | 'clarification.suggest'
  | 'clarification.suggestions.read'
  | 'application.redress.read'
  | 'application.redress.request'
  | 'call.redress.manage'
  | 'redress.read'
  | 'redress.decide'
  | 'alert.create'
  | 'alert.manage'
  | 'personal_data.export'
  | 'personal_data.erase';

export type Decision = 'allow' | 'forbid' | 'hide';

type Rule = (actor: Actor | null, resource: Resource) => Decision;

const signedIn: Rule = (actor) => (actor ? 'allow' : 'forbid');
const adminOnly: Rule = (actor) => (actor?.admin ? 'allow' : 'forbid');

function membershipOf(actor: Actor | null, resource: Resource) {
  if (!actor || resource.kind !== 'organisation') return undefined;
  return actor.memberships.find((m) => m.organisationId === resource.id);
}

/** Members see their organisation; only owners change it; strangers do not learn it exists. */
const orgMember: Rule = (actor, resource) => (actor?.admin || membershipOf(actor, resource) ? 'allow' : 'hide');
const orgOwner: Rule = (actor, resource) => {
  if (actor?.admin) return 'allow';
  const membership = membershipOf(actor, resource);
  if (!membership) return 'hide';
  return membership.role === 'owner' ? 'allow' : 'forbid';
};

function coordinates(actor: Actor | null, cityId: string): boolean {
  return !!actor && (actor.admin || actor.coordinatorCityIds.includes(cityId));
}

/** Coordinators (of any city) and admins; others get 403 whatever the object, so that nothing leaks through the refusal. */
const coordinatorOfAny: Rule = (actor) => (actor && (actor.admin || actor.coordinatorCityIds.length > 0) ? 'allow' : 'forbid');

/** Creating a test bed is for the city's coordinators; cities are public, so others get 403. */
const cityCoordinator: Rule = (actor, resource) => (resource.kind === 'city' && coordinates(actor, resource.id) ? 'allow' : 'forbid');

/**
 * Published and archived beds are public (archived ones stay readable by id for the record, but
 * leave the search); a draft exists only for the owning city's coordinators and admins.
 */
const testbedReader: Rule = (actor, resource) => {
  if (resource.kind !== 'testbed') return 'forbid';
  if (resource.state !== 'draft' || coordinates(actor, resource.cityId)) return 'allow';
  return 'hide';
};

/** Only the owning city's coordinators (and admins) change a bed; a draft does not even show itself to others. */
const testbedManager: Rule = (actor, resource) => {
  if (resource.kind !== 'testbed') return 'forbid';
  if (coordinates(actor, resource.cityId)) return 'allow';
  return resource.state === 'draft' ? 'hide' : 'forbid';
};

function bookingParty(actor: Actor | null, resource: Resource): 'applicant' | 'city' | null {
  if (!actor || resource.kind !== 'booking') return null;
  if (coordinates(actor, resource.cityId)) return 'city';
  if (actor.memberships.some((m) => m.organisationId === resource.organisationId)) return 'applicant';
  return null;
}

/** A booking exists only for its organisation's members and the bed's city (and admins). */
const bookingParties: Rule = (actor, resource) => (bookingParty(actor, resource) ? 'allow' : 'hide');
/** Only the city approves or declines; the applicant sees the booking but may not decide it. */
const bookingCity: Rule = (actor, resource) => {
  const party = bookingParty(actor, resource);
  if (party === 'city') return 'allow';
  return party === 'applicant' ? 'forbid' : 'hide';
};

/** Coordinators of the call's city; a national call (no city) is run by admins only. */
function runsCall(actor: Actor | null, cityId: string | null): boolean {
  return !!actor && (actor.admin || (cityId !== null && actor.coordinatorCityIds.includes(cityId)));
}

/** A decider named on the call (holding the decider role is not enough: it is per call). */
function decidesCall(actor: Actor | null, deciderIds: readonly string[]): boolean {
  return !!actor && deciderIds.includes(actor.userId);
}

type ApplicationParty = 'lead' | 'partner' | 'invited' | 'city' | 'decider' | 'evaluator';

/** How the actor stands to an application; the closest tie wins (a coordinator may also be a partner). */
function applicationParty(actor: Actor | null, resource: Resource): ApplicationParty | null {
  if (!actor || resource.kind !== 'application') return null;
  const orgs = new Set(actor.memberships.map((m) => m.organisationId));
  if (actor.admin || orgs.has(resource.leadOrganisationId)) return 'lead';
  if (resource.partnerOrganisationIds.some((id) => orgs.has(id))) return 'partner';
  if (resource.submitted && runsCall(actor, resource.cityId)) return 'city';
  if (resource.submitted && decidesCall(actor, resource.deciderIds)) return 'decider';
  if (resource.evaluatorIds.includes(actor.userId)) return 'evaluator';
  if (resource.invitedOrganisationIds.some((id) => orgs.has(id))) return 'invited';
  return null;
}

/** The consortium, the invited and the call's city read; nobody else learns the application exists. */
const applicationReader: Rule = (actor, resource) => (applicationParty(actor, resource) ? 'allow' : 'hide');
/** Only the lead (and admins) change an application; those who may read it are refused with 403. */
const applicationLead: Rule = (actor, resource) => {
  const party = applicationParty(actor, resource);
  if (party === 'lead') return 'allow';
  return party ? 'forbid' : 'hide';
};
/**
 * The consortium (the lead and the partners that accepted, and admins) works on the application's
 * content; others who may read it (the call's city, deciders, evaluators, the invited) are refused
 * with 403, and nobody else learns it exists.
 */
const consortium: Rule = (actor, resource) => {
  const party = applicationParty(actor, resource);
  if (party === 'lead' || party === 'partner') return 'allow';
  return party ? 'forbid' : 'hide';
};
/** An owner of an invited organisation answers the invitation; its other members only read it. */
const invitedOwner: Rule = (actor, resource) => {
  if (!actor || resource.kind !== 'application') return 'hide';
  if (actor.admin) return 'allow';
  const owner = actor.memberships.some((m) => m.role === 'owner' && resource.invitedOrganisationIds.includes(m.organisationId));
  if (owner) return 'allow';
  return applicationParty(actor, resource) ? 'forbid' : 'hide';
};
/**
 * An application's outcome (eligibility, scores, rank, budget line, decision): those who run the
 * call and its deciders at any time; the consortium once its call's decision is public, whatever
 * became of the application; nobody else learns of it.
 */
const outcomeReader: Rule = (actor, resource) => {
  const party = applicationParty(actor, resource);
  if (actor?.admin || party === 'city' || party === 'decider') return 'allow';
  if (party === 'lead' || party === 'partner') return resource.kind === 'application' && resource.callDecided ? 'allow' : 'forbid';
  return party ? 'forbid' : 'hide';
};

/** States that tell how an application fared in review: its scores passed, its rank, its place in the proposal. */
const REVIEW_RESULT_STATES = ['reviewed', 'ranked', 'proposed', 'reserve', 'rejected'];

/**
 * The state of an application as this reader may see it: a state that tells how it fared in
 * review reads `in_review` to anyone who may not read its outcome (its consortium before the
 * decision is public, its evaluators), so that no route tells them more than the outcome would.
 */
export function visibleApplicationState(actor: Actor | null, resource: ApplicationResource): string {
  if (!REVIEW_RESULT_STATES.includes(resource.state) || decide(actor, 'application.outcome.read', resource) === 'allow') return resource.state;
  return 'in_review';
}

/** A pilot's consortium files its reports; the call's city and deciders see them. */
const pilotReporter: Rule = (actor, resource) => {
  const party = applicationParty(actor, resource);
  if (party === 'lead' || party === 'partner') return 'allow';
  return party ? 'forbid' : 'hide';
};
/** The call's city accepts a pilot's reports. */
const pilotReviewer: Rule = (actor, resource) => {
  const party = applicationParty(actor, resource);
  if (actor?.admin || party === 'city') return 'allow';
  return party ? 'forbid' : 'hide';
};

/**
 * A review is its evaluator's; once submitted, those who run the call and its deciders read it
 * too. Before then they know it exists (they see assignments) but may not read it.
 */
const reviewReader: Rule = (actor, resource) => {
  if (!actor || resource.kind !== 'review') return 'hide';
  if (resource.evaluatorId === actor.userId) return 'allow';
  if (runsCall(actor, resource.cityId) || decidesCall(actor, resource.deciderIds)) return resource.state === 'submitted' ? 'allow' : 'forbid';
  return 'hide';
};
/** Only the assigned evaluator writes a review, not even an admin. */
const reviewWriter: Rule = (actor, resource) => {
  if (!actor || resource.kind !== 'review') return 'hide';
  if (resource.evaluatorId === actor.userId) return 'allow';
  return runsCall(actor, resource.cityId) || decidesCall(actor, resource.deciderIds) ? 'forbid' : 'hide';
};

/** The ranking and the funding proposal: those who run the call and its deciders; a draft call hides itself. */
const evaluationReader: Rule = (actor, resource) => {
  if (resource.kind !== 'call') return 'forbid';
  if (runsCall(actor, resource.cityId) || decidesCall(actor, resource.deciderIds)) return 'allow';
  return resource.state === 'draft' ? 'hide' : 'forbid';
};
/** Approving or amending the funding proposal is for the call's deciders alone. */
const fundingDecider: Rule = (actor, resource) => {
  if (resource.kind !== 'call') return 'forbid';
  if (decidesCall(actor, resource.deciderIds)) return 'allow';
  return resource.state === 'draft' && !runsCall(actor, resource.cityId) ? 'hide' : 'forbid';
};
/** Evaluators declare their conflicts of interest. */
const evaluatorOnly: Rule = (actor) => (actor?.evaluator ? 'allow' : 'forbid');

/** Deadline extensions and the evaluator pool are for those who run the call; a draft call does not even show itself. */
const callRunner: Rule = (actor, resource) => {
  if (resource.kind !== 'call') return 'forbid';
  if (runsCall(actor, resource.cityId)) return 'allow';
  return resource.state === 'draft' ? 'hide' : 'forbid';
};

/** A city's coordinators create its calls; a national call is for admins. Others get 403. */
const callCreator: Rule = (actor, resource) => (resource.kind === 'call' && runsCall(actor, resource.cityId) ? 'allow' : 'forbid');
/** Published calls are public in every later state; a draft exists only for those who run the call. */
const callReader: Rule = (actor, resource) => {
  if (resource.kind !== 'call') return 'forbid';
  return resource.state !== 'draft' || runsCall(actor, resource.cityId) ? 'allow' : 'hide';
};
/** Those who run the call change it; others may see a published call but not change it. */
const callManager: Rule = (actor, resource) => {
  if (resource.kind !== 'call') return 'forbid';
  if (runsCall(actor, resource.cityId)) return 'allow';
  return resource.state === 'draft' ? 'hide' : 'forbid';
};

/**
 * A call's results page is public once its funding decision is: before that nobody, not even
 * those who run the call, learns of it through this page (they have the ranking and proposal).
 */
const decidedCall: Rule = (_actor, resource) => (resource.kind === 'call' && resource.state === 'decided' ? 'allow' : 'hide');

/** A member of the application's lead or of a partner that accepted (admins are not the consortium). */
function consortiumMember(actor: Actor | null, resource: Resource): boolean {
  if (!actor || resource.kind !== 'application') return false;
  const orgs = new Set(actor.memberships.map((m) => m.organisationId));
  return orgs.has(resource.leadOrganisationId) || resource.partnerOrganisationIds.some((id) => orgs.has(id));
}

function assignedTo(actor: Actor | null, resource: Resource): boolean {
  return !!actor && resource.kind === 'application' && resource.evaluatorIds.includes(actor.userId);
}

function runsSubmitted(actor: Actor | null, resource: Resource): boolean {
  return resource.kind === 'application' && resource.submitted && runsCall(actor, resource.cityId);
}

/**
 * An application's clarifications: the call's coordinators (and admins), its consortium and its
 * assigned evaluators. Its deciders and the invited know the application but not its questions;
 * nobody else learns it exists.
 */
const clarificationReader: Rule = (actor, resource) => {
  if (runsSubmitted(actor, resource) || consortiumMember(actor, resource) || assignedTo(actor, resource) || actor?.admin) return 'allow';
  return applicationParty(actor, resource) ? 'forbid' : 'hide';
};
/** Only the coordinators of the call's city (admins for a national call) ask the consortium. */
const clarificationAsker: Rule = (actor, resource) => {
  if (runsSubmitted(actor, resource)) return 'allow';
  return applicationParty(actor, resource) ? 'forbid' : 'hide';
};
/** The consortium answers: members of its organisations, not admins on their behalf. */
const clarificationAnswerer: Rule = (actor, resource) => {
  if (consortiumMember(actor, resource)) return 'allow';
  return applicationParty(actor, resource) ? 'forbid' : 'hide';
};
/** The application's assigned evaluators suggest questions to the coordinator. */
const clarificationSuggester: Rule = (actor, resource) => {
  if (assignedTo(actor, resource)) return 'allow';
  return applicationParty(actor, resource) ? 'forbid' : 'hide';
};
/** Suggestions are between the evaluators and the coordinators: the consortium never sees them. */
const suggestionReader: Rule = (actor, resource) => {
  if (runsSubmitted(actor, resource) || assignedTo(actor, resource)) return 'allow';
  return applicationParty(actor, resource) ? 'forbid' : 'hide';
};
/** A saved search is its owner's alone: nobody else, not even an admin, learns that it exists. */
const searchOwner: Rule = (actor, resource) => (actor && resource.kind === 'saved_search' && resource.ownerId === actor.userId ? 'allow' : 'hide');

/**
 * Redress of an application: its consortium reads its own request (and the days left) once the
 * decision is public; those who run the call read every request. Its evaluators, the deciders and
 * anyone else who may read the application are refused; nobody else learns of it.
 */
const redressOfApplicationReader: Rule = (actor, resource) => {
  const party = applicationParty(actor, resource);
  if (actor?.admin || party === 'city') return 'allow';
  if ((party === 'lead' || party === 'partner') && resource.kind === 'application') return resource.callDecided ? 'allow' : 'forbid';
  return party ? 'forbid' : 'hide';
};
/** A member of the lead organisation asks for redress (admins do not act for a company). */
const redressRequester: Rule = (actor, resource) => {
  if (!actor || resource.kind !== 'application') return 'hide';
  if (actor.memberships.some((m) => m.organisationId === resource.leadOrganisationId)) return 'allow';
  return applicationParty(actor, resource) ? 'forbid' : 'hide';
};

function redressParty(actor: Actor | null, resource: Resource): 'city' | 'reviewer' | 'consortium' | null {
  if (!actor || resource.kind !== 'redress') return null;
  if (runsCall(actor, resource.cityId)) return 'city';
  if (resource.reviewerId === actor.userId) return 'reviewer';
  const orgs = new Set(actor.memberships.map((m) => m.organisationId));
  if (orgs.has(resource.leadOrganisationId) || resource.partnerOrganisationIds.some((id) => orgs.has(id))) return 'consortium';
  return null;
}
/** A request and its grounds: its consortium, those who run the call and its appointed reviewer; nobody else learns of it. */
const redressReader: Rule = (actor, resource) => (redressParty(actor, resource) ? 'allow' : 'hide');
/** Only the appointed reviewer records the outcome, not even those who run the call. */
const redressDecider: Rule = (actor, resource) => {
  const party = redressParty(actor, resource);
  if (party === 'reviewer') return 'allow';
  return party ? 'forbid' : 'hide';
};
/**
 * A person's own data is theirs alone: only they ask for it, download it or ask to be forgotten.
 * Not even an admin reads another person's download, and nobody learns that it exists.
 */
const dataSubject: Rule = (actor, resource) => (actor && resource.kind === 'personal_data' && resource.userId === actor.userId ? 'allow' : 'hide');

const MATRIX: Record<Action, Rule> = {
  'organisation.create': signedIn,
  'organisation.read': orgMember,
  'organisation.update': orgOwner,
  'organisation.members.read': orgMember,
  'organisation.members.manage': orgOwner,
  // Checking who an organisation is, and which of two gets a business ID both gave, is for the
  // programme's coordinators (any city's) and admins; the organisation itself may not vouch for itself.
  'organisation.verify': coordinatorOfAny,
  'organisation.claims.manage': coordinatorOfAny,
  'city.create': adminOnly,
  'role.manage': adminOnly,
  'user.list': adminOnly,
  // Naming a call's deciders is for those who run calls: any city's coordinators and admins.
  'decider.list': coordinatorOfAny,
  'queues.inspect': adminOnly,
  'audit.read': signedIn,
  'testbed.create': cityCoordinator,
  'testbed.read': testbedReader,
  'testbed.manage': testbedManager,
  // Every bed of a city in every state (drafts too) is for those who manage the city's beds.
  'testbed.city.list': cityCoordinator,
  'booking.request': orgMember,
  'booking.read': bookingParties,
  'booking.decide': bookingCity,
  'booking.cancel': bookingParties,
  'booking.city.list': coordinatorOfAny,
  'call.create': callCreator,
  'call.read': callReader,
  'call.manage': callManager,
  'application.create': orgMember,
  'application.read': applicationReader,
  'application.update': applicationLead,
  // The eligibility pre-check judges the working copy, which is the consortium's own until submitted.
  'application.precheck': consortium,
  'application.partner.accept': invitedOwner,
  'application.partner.leave': orgOwner,
  // "Read applications of a call": its city's coordinators, its deciders and admins (the same as its ranking).
  'call.applications.read': evaluationReader,
  'call.extension.grant': callRunner,
  'call.evaluators.manage': callRunner,
  // Finding users with the evaluator role to add to a pool: for those who run that call only (not
  // any city's coordinator), and the answer names people, never their e-mail addresses.
  'call.evaluators.search': callRunner,
  'call.evaluation.read': evaluationReader,
  // Evaluators' biases are about the people who scored: for those who run the call, not its deciders.
  'call.calibration.read': callRunner,
  'call.ranking_basis.set': callRunner,
  'call.funding.decide': fundingDecider,
  'conflict.declare': evaluatorOnly,
  'review.read': reviewReader,
  'review.write': reviewWriter,
  'application.outcome.read': outcomeReader,
  'pilot.report': pilotReporter,
  'pilot.review': pilotReviewer,
  // The dashboards show each evaluator's scores: for those who run the call (its city's
  // coordinators, admins for a national call and every call), not for its deciders or evaluators.
  'call.dashboard.read': callRunner,
  'city.dashboard.read': cityCoordinator,
  'call.results.read': decidedCall,
  'clarification.read': clarificationReader,
  'clarification.ask': clarificationAsker,
  'clarification.answer': clarificationAnswerer,
  'clarification.suggest': clarificationSuggester,
  // The coordinators read every suggestion; an evaluator reads their own (filtered by the service).
  'clarification.suggestions.read': suggestionReader,
  'application.redress.read': redressOfApplicationReader,
  'application.redress.request': redressRequester,
  // The redress desk: the requests of a call, their reviewers and the call's redress setting.
  'call.redress.manage': callRunner,
  'redress.read': redressReader,
  'redress.decide': redressDecider,
  // Anyone signed in saves searches of the public test beds and calls, and manages their own.
  'alert.create': signedIn,
  'alert.manage': searchOwner,
  'personal_data.export': dataSubject,
  'personal_data.erase': dataSubject,
};

/** Every action of the policy. */
export const ACTIONS = Object.keys(MATRIX) as Action[];

export function decide(actor: Actor | null, action: Action, resource: Resource): Decision {
  return MATRIX[action](actor, resource);
}
