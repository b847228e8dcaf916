import { messageIdOf } from './mail.js';

describe('messageIdOf', () => {
  it('gives one job one Message-ID at the sender domain, so that a resent copy is recognisable', () => {
    const id = messageIdOf('0b6c1f0e-3d1a-4a59-9a39-1f0c7f1f5a11', 'Kokeilu <no-reply@kokeilu.fi>');
    expect(id).toBe('<0b6c1f0e-3d1a-4a59-9a39-1f0c7f1f5a11@kokeilu.fi>');
    expect(messageIdOf('0b6c1f0e-3d1a-4a59-9a39-1f0c7f1f5a11', 'Kokeilu <no-reply@kokeilu.fi>')).toBe(id);
    expect(messageIdOf('application.aggregate.x', 'no-reply@kokeilu.fi')).not.toBe(id);
  });

  it('keeps only what the left part of a Message-ID may hold', () => {
    expect(messageIdOf('a b<c>@d', 'Kokeilu <no-reply@kokeilu.fi>')).toBe('<a-b-c--d@kokeilu.fi>');
    expect(messageIdOf('x', 'Kokeilu')).toBe('<x@kokeilu.local>');
  });
});
