import { createHash, createHmac } from 'node:crypto';

const DAY_MS = 86_400_000;

/** When a request to be forgotten, made at `requestedAt`, is carried out. */
export function erasureDueAt(requestedAt: Date, graceDays: number): Date {
  if (!Number.isInteger(graceDays) || graceDays < 0) throw new Error(`grace period must be a whole number of days ≥ 0, not ${graceDays}`);
  return new Date(requestedAt.getTime() + graceDays * DAY_MS);
}

export interface MembershipWithOwners {
  organisationId: string;
  name: string;
  role: 'owner' | 'member';
  /** Owners the organisation has now, this user among them when they are one. */
  owners: number;
}

/** The organisations that would be left without an owner if this user were forgotten: they must hand them over first. */
export function organisationsLeftOwnerless(memberships: readonly MembershipWithOwners[]): { organisationId: string; name: string }[] {
  return memberships.filter((m) => m.role === 'owner' && m.owners <= 1).map(({ organisationId, name }) => ({ organisationId, name }));
}

export interface ErasureRequestFacts {
  dueAt: Date;
  cancelledAt: Date | null;
  completedAt: Date | null;
}

/** Why the erasure job must leave a request alone now, or null when it is to be carried out. */
export function erasureNotDue(request: ErasureRequestFacts | null, now: Date): 'no_request' | 'cancelled' | 'completed' | 'not_due' | null {
  if (!request) return 'no_request';
  if (request.cancelledAt) return 'cancelled';
  if (request.completedAt) return 'completed';
  if (request.dueAt.getTime() > now.getTime()) return 'not_due';
  return null;
}

export interface Pseudonym {
  displayName: string;
  /** An address that can never receive mail (RFC 2606 `.invalid`), unique per user. */
  email: string;
}

/**
 * The name and address a forgotten user goes by from then on: derived from the account's id only,
 * so that the same user always gets the same pseudonym and nothing of the person is in it.
 */
export function pseudonymOf(userId: string): Pseudonym {
  const tag = createHash('sha256').update(userId).digest('hex').slice(0, 10);
  return { displayName: `Pseudonym ${tag}`, email: `erased-${tag}-${userId.slice(0, 8)}@erased.invalid` };
}

/**
 * A keyed hash of an e-mail address: what the platform keeps of a forgotten user's address, so
 * that earlier audit events naming it are read with the pseudonym, while the address itself
 * cannot be read back (nor found by hashing guessed addresses without the key).
 */
export function emailKey(secret: string, email: string): string {
  return createHmac('sha256', secret).update(`erased-email:${email.trim().toLowerCase()}`).digest('hex');
}

/** The fields of audit events' before/after that hold a person's name or address. */
export const PERSONAL_AUDIT_FIELDS = ['email', 'displayName'] as const;

export interface PseudonymMapping {
  /** Keyed hash of an address → the pseudonym of the forgotten user who had it. */
  byEmailKey: ReadonlyMap<string, Pseudonym>;
  /** The forgotten user the event is about (an event of entity `user`), if it is one. */
  subject?: Pseudonym;
  keyOf(email: string): string;
}

/**
 * An audit event's before or after as readers see it: every address of a forgotten user, and the
 * name in events about one, replaced by their pseudonym. The stored event is never changed.
 */
export function readThroughPseudonyms(value: unknown, mapping: PseudonymMapping): unknown {
  if (Array.isArray(value)) return value.map((item) => readThroughPseudonyms(item, mapping));
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value as Record<string, unknown>)) {
    if (key === 'email' && typeof field === 'string') {
      const pseudonym = mapping.byEmailKey.get(mapping.keyOf(field)) ?? mapping.subject;
      out[key] = pseudonym ? pseudonym.email : field;
    } else if (key === 'displayName' && typeof field === 'string' && mapping.subject) {
      out[key] = mapping.subject.displayName;
    } else {
      out[key] = readThroughPseudonyms(field, mapping);
    }
  }
  return out;
}
