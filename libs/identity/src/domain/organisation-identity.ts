/**
 * Whose an organisation's identity is. An organisation says who it is (its business ID); a
 * coordinator or an admin checks that and verifies it. A business ID is held by one organisation:
 * a second one giving it opens a claim, which a coordinator or an admin resolves by awarding the ID
 * to one of the two, so that the real company is never locked out by whoever registered first.
 */
export const IDENTITY_STATES = ['unverified', 'verified', 'disputed', 'rejected'] as const;
export type IdentityState = (typeof IDENTITY_STATES)[number];

export const CLAIM_STATES = ['open', 'resolved', 'withdrawn'] as const;
export type ClaimState = (typeof CLAIM_STATES)[number];

/** Who keeps the business ID when a claim is resolved: the organisation that claimed it, or the one that held it. */
export const CLAIM_AWARDS = ['claimant', 'holder'] as const;
export type ClaimAward = (typeof CLAIM_AWARDS)[number];

export interface IdentityFacts {
  state: IdentityState;
  holdsBusinessId: boolean;
}

/**
 * The identity of an organisation that gives a business ID, when it registers or changes its
 * registration: held when no one holds it yet, otherwise a claim on it. A changed registration is
 * checked anew, so a verified or rejected organisation starts again.
 */
export function identityOnRegistration(businessIdHeldByAnother: boolean): IdentityFacts {
  return businessIdHeldByAnother ? { state: 'disputed', holdsBusinessId: false } : { state: 'unverified', holdsBusinessId: true };
}

/** The holder of a claimed business ID: a verified holder stays verified until the claim is resolved; any other is disputed. */
export function holderWhenClaimed(holder: IdentityFacts): IdentityFacts {
  return holder.state === 'verified' ? holder : { state: 'disputed', holdsBusinessId: true };
}

/** Why an organisation cannot be verified now (a code of the identity messages). */
export type IdentityVerificationProblem = 'verified_already' | 'claims_held_id' | 'lost_its_id' | 'id_claimed';

/**
 * Why an organisation cannot be verified now, or null. Only the holder of its business ID can be
 * (a claimant's claim is resolved instead), and not while others claim the same ID.
 */
export function identityVerificationProblem(org: IdentityFacts, openClaimsOnItsBusinessId: number): IdentityVerificationProblem | null {
  if (org.state === 'verified') return 'verified_already';
  if (!org.holdsBusinessId) return org.state === 'rejected' ? 'lost_its_id' : 'claims_held_id';
  if (openClaimsOnItsBusinessId > 0) return 'id_claimed';
  return null;
}

/**
 * A resolved claim: the organisation awarded the business ID holds it and is verified by the one
 * who resolved the claim (they checked who it belongs to); the other loses it and is rejected.
 */
export function resolveClaim(award: ClaimAward): { claimant: IdentityFacts; holder: IdentityFacts } {
  const winner: IdentityFacts = { state: 'verified', holdsBusinessId: true };
  const loser: IdentityFacts = { state: 'rejected', holdsBusinessId: false };
  return award === 'claimant' ? { claimant: winner, holder: loser } : { claimant: loser, holder: winner };
}
