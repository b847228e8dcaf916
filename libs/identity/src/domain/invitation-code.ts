import { createHmac } from 'node:crypto';

/**
 * An invitation's code is derived from its id with the server's key, so that it is stored nowhere
 * in clear: the invitation keeps its hash, the outbox and the queue carry the id alone, and the
 * worker derives the code again to write the mail (a resent copy of the mail carries the same code).
 */
export function invitationCode(key: string, invitationId: string): string {
  return createHmac('sha256', key).update(`kokeilu:invitation-code:${invitationId}`).digest('base64url');
}
