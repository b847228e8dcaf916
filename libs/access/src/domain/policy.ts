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

export type Resource = { kind: 'platform' } | { kind: 'organisation'; id: string } | { kind: 'city'; id: string };

export type Action =
  | 'organisation.create'
  | 'organisation.read'
  | 'organisation.update'
  | 'organisation.members.read'
  | 'organisation.members.manage'
  | 'city.create'
  | 'role.manage'
  | 'user.list'
  | 'queues.inspect'
  | 'audit.read';

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

const MATRIX: Record<Action, Rule> = {
  'organisation.create': signedIn,
  'organisation.read': orgMember,
  'organisation.update': orgOwner,
  'organisation.members.read': orgMember,
  'organisation.members.manage': orgOwner,
  'city.create': adminOnly,
  'role.manage': adminOnly,
  'user.list': adminOnly,
  'queues.inspect': adminOnly,
  'audit.read': signedIn,
};

export function decide(actor: Actor | null, action: Action, resource: Resource): Decision {
  return MATRIX[action](actor, resource);
}

export type AuditScope = { all: true } | { all: false; organisationIds: string[]; cityIds: string[] };

/**
 * Which audit events an actor may read: admins all; members their organisations' events;
 * coordinators their cities' events.
 */
export function auditScope(actor: Actor): AuditScope {
  if (actor.admin) return { all: true };
  return {
    all: false,
    organisationIds: actor.memberships.map((m) => m.organisationId),
    cityIds: actor.coordinatorCityIds,
  };
}
