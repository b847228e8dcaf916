import { invitationCode } from './invitation-code.js';

describe('invitation codes', () => {
  const key = 'a-server-key-of-at-least-32-characters';
  const id = '0b7f3f58-7a1f-4c11-9c55-1a2b3c4d5e6f';

  it('derives the same code from the same invitation and key, a 43-character base64url text', () => {
    expect(invitationCode(key, id)).toBe(invitationCode(key, id));
    expect(invitationCode(key, id)).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('gives another invitation, or another key, another code; the id alone does not tell it', () => {
    expect(invitationCode(key, '0b7f3f58-7a1f-4c11-9c55-1a2b3c4d5e70')).not.toBe(invitationCode(key, id));
    expect(invitationCode(`${key}!`, id)).not.toBe(invitationCode(key, id));
    expect(invitationCode(key, id)).not.toContain(id);
  });
});
