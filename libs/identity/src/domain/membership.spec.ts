import { canRemoveMember, emailDomain, invitationProblem } from './membership.js';

describe('membership rules', () => {
  const members = [
    { userId: 'a', role: 'owner' as const },
    { userId: 'b', role: 'member' as const },
  ];

  it('keeps the last owner', () => {
    expect(canRemoveMember(members, 'a')).toEqual({ ok: false, reason: expect.stringMatching(/last owner/) });
  });
  it('lets a member leave', () => {
    expect(canRemoveMember(members, 'b')).toEqual({ ok: true });
  });
  it('lets an owner leave when another owner remains', () => {
    expect(canRemoveMember([...members, { userId: 'c', role: 'owner' }], 'a')).toEqual({ ok: true });
  });
  it('refuses a non-member', () => {
    expect(canRemoveMember(members, 'z').ok).toBe(false);
  });
  it('reads the e-mail domain in lower case', () => {
    expect(emailDomain('Anna@Firma.FI')).toBe('firma.fi');
  });

  describe('invitations', () => {
    const now = new Date('2026-11-23T10:00:00Z');
    const open = { email: 'Ville@firma.fi', expiresAt: new Date('2026-11-30T00:00:00Z'), acceptedAt: null };
    it('accepts the invited address in any case', () => {
      expect(invitationProblem(open, { email: 'ville@FIRMA.fi' }, now)).toBeNull();
    });
    it('refuses another address', () => {
      expect(invitationProblem(open, { email: 'eve@firma.fi' }, now)).toMatch(/another e-mail/);
    });
    it('refuses an expired one', () => {
      expect(invitationProblem({ ...open, expiresAt: now }, { email: 'ville@firma.fi' }, now)).toMatch(/expired/);
    });
    it('refuses a used one', () => {
      expect(invitationProblem({ ...open, acceptedAt: now }, { email: 'ville@firma.fi' }, now)).toMatch(/already/);
    });
  });
});
