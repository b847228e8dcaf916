export type MembershipRole = 'owner' | 'member';
export const MEMBERSHIP_ROLES: readonly MembershipRole[] = ['owner', 'member'];

export type RemovalVerdict = { ok: true } | { ok: false; reason: string };

/** An organisation always keeps at least one owner. */
export function canRemoveMember(members: { userId: string; role: MembershipRole }[], userId: string): RemovalVerdict {
  const target = members.find((m) => m.userId === userId);
  if (!target) return { ok: false, reason: 'not a member' };
  const owners = members.filter((m) => m.role === 'owner');
  if (target.role === 'owner' && owners.length === 1) return { ok: false, reason: 'the last owner cannot leave the organisation' };
  return { ok: true };
}

export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

/** An invitation is accepted only by the user it was sent to, once, before it expires. */
export function invitationProblem(
  invitation: { email: string; expiresAt: Date; acceptedAt: Date | null },
  user: { email: string },
  now: Date,
): string | null {
  if (invitation.acceptedAt) return 'the invitation has already been accepted';
  if (invitation.expiresAt.getTime() <= now.getTime()) return 'the invitation has expired';
  if (invitation.email.toLowerCase() !== user.email.toLowerCase()) return 'the invitation was sent to another e-mail address';
  return null;
}
