import { readUnsubscribeToken, unsubscribeHeaders, unsubscribeToken } from './unsubscribe.js';

const KEY = 'k'.repeat(32);
const USER = '0b6c1f0e-3d1a-4a59-9a39-1f0c7f1f5a11';

describe('unsubscribe tokens', () => {
  it('name the user and the kind, or the digest, they were made for', () => {
    expect(readUnsubscribeToken(KEY, unsubscribeToken(KEY, USER, 'booking.approved'))).toEqual({ userId: USER, scope: 'booking.approved' });
    expect(readUnsubscribeToken(KEY, unsubscribeToken(KEY, USER, 'digest'))).toEqual({ userId: USER, scope: 'digest' });
  });

  it('are refused when made with another key, for another kind or user, or mangled', () => {
    const token = unsubscribeToken(KEY, USER, 'booking.approved');
    expect(readUnsubscribeToken('x'.repeat(32), token)).toBeNull();
    expect(readUnsubscribeToken(KEY, token.replace('booking.approved', 'booking.declined'))).toBeNull();
    expect(readUnsubscribeToken(KEY, token.replace(USER, '1b6c1f0e-3d1a-4a59-9a39-1f0c7f1f5a11'))).toBeNull();
    expect(readUnsubscribeToken(KEY, `${token}x`)).toBeNull();
    expect(readUnsubscribeToken(KEY, 'nonsense')).toBeNull();
    expect(readUnsubscribeToken(KEY, `${USER}.no.such.kind.${token.split('.').pop()}`)).toBeNull();
  });

  it('go in the one-click headers of RFC 8058', () => {
    expect(unsubscribeHeaders('https://x.example/u?t=1')).toEqual({
      'List-Unsubscribe': '<https://x.example/u?t=1>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
  });
});
