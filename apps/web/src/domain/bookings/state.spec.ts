import { canCancel } from './state';

describe('canCancel', () => {
  it('offers cancelling a requested or approved booking only', () => {
    expect(canCancel('requested')).toBe(true);
    expect(canCancel('approved')).toBe(true);
    expect(canCancel('declined')).toBe(false);
    expect(canCancel('cancelled')).toBe(false);
    expect(canCancel('unknown')).toBe(false);
  });
});
