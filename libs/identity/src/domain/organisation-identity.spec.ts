import { messageTableProblems } from '@kokeilu/platform';
import { IDENTITY_MESSAGES } from './messages.js';
import { holderWhenClaimed, identityOnRegistration, resolveClaim, identityVerificationProblem } from './organisation-identity.js';

describe('organisation identity', () => {
  it('holds a free business ID, and claims one that another organisation holds', () => {
    expect(identityOnRegistration(false)).toEqual({ state: 'unverified', holdsBusinessId: true });
    expect(identityOnRegistration(true)).toEqual({ state: 'disputed', holdsBusinessId: false });
  });

  it('disputes a claimed holder unless it is verified already', () => {
    expect(holderWhenClaimed({ state: 'unverified', holdsBusinessId: true })).toEqual({ state: 'disputed', holdsBusinessId: true });
    expect(holderWhenClaimed({ state: 'verified', holdsBusinessId: true })).toEqual({ state: 'verified', holdsBusinessId: true });
  });

  it('verifies only the holder of a business ID nobody else claims', () => {
    expect(identityVerificationProblem({ state: 'unverified', holdsBusinessId: true }, 0)).toBeNull();
    expect(identityVerificationProblem({ state: 'disputed', holdsBusinessId: true }, 0)).toBeNull();
    expect(identityVerificationProblem({ state: 'disputed', holdsBusinessId: true }, 1)).toBe('id_claimed');
    expect(identityVerificationProblem({ state: 'disputed', holdsBusinessId: false }, 0)).toBe('claims_held_id');
    expect(identityVerificationProblem({ state: 'rejected', holdsBusinessId: false }, 0)).toBe('lost_its_id');
    expect(identityVerificationProblem({ state: 'verified', holdsBusinessId: true }, 0)).toBe('verified_already');
  });

  it('gives the business ID to the organisation awarded it, verified, and rejects the other', () => {
    expect(resolveClaim('claimant')).toEqual({ claimant: { state: 'verified', holdsBusinessId: true }, holder: { state: 'rejected', holdsBusinessId: false } });
    expect(resolveClaim('holder')).toEqual({ claimant: { state: 'rejected', holdsBusinessId: false }, holder: { state: 'verified', holdsBusinessId: true } });
  });

  it('says each refusal as a sentence in fi, sv and en', () => {
    expect(messageTableProblems(IDENTITY_MESSAGES)).toEqual([]);
    for (const problem of ['verified_already', 'claims_held_id', 'lost_its_id', 'id_claimed'] as const) expect(IDENTITY_MESSAGES[`organisation.${problem}`]).toBeDefined();
  });
});
