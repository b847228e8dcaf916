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
    expect(identityVerificationProblem({ state: 'disputed', holdsBusinessId: true }, 1)).toMatch(/resolve the claim first/);
    expect(identityVerificationProblem({ state: 'disputed', holdsBusinessId: false }, 0)).toMatch(/resolve the claim instead/);
    expect(identityVerificationProblem({ state: 'rejected', holdsBusinessId: false }, 0)).toMatch(/given to another organisation/);
    expect(identityVerificationProblem({ state: 'verified', holdsBusinessId: true }, 0)).toMatch(/verified already/);
  });

  it('gives the business ID to the organisation awarded it, verified, and rejects the other', () => {
    expect(resolveClaim('claimant')).toEqual({ claimant: { state: 'verified', holdsBusinessId: true }, holder: { state: 'rejected', holdsBusinessId: false } });
    expect(resolveClaim('holder')).toEqual({ claimant: { state: 'rejected', holdsBusinessId: false }, holder: { state: 'verified', holdsBusinessId: true } });
  });
});
