import { normaliseEmail, parkedAddress } from './email.js';

describe('normaliseEmail', () => {
  it('trims and lower-cases the address', () => {
    expect(normaliseEmail('  Anna.Virtanen@Firma.FI ')).toBe('anna.virtanen@firma.fi');
  });

  it('writes an internationalised domain in ASCII, so both spellings are one address', () => {
    expect(normaliseEmail('x@bücher.example')).toBe('x@xn--bcher-kva.example');
    expect(normaliseEmail('X@XN--BCHER-KVA.example')).toBe('x@xn--bcher-kva.example');
    expect(normaliseEmail('x@BÜCHER.example')).toBe('x@xn--bcher-kva.example');
  });

  it('composes Unicode, so a decomposed ä and a composed one are the same letter', () => {
    expect(normaliseEmail('a\u0308iti@example.fi')).toBe(normaliseEmail('äiti@example.fi'));
    expect(normaliseEmail('Äiti@example.fi')).toBe('äiti@example.fi');
  });

  it('keeps the last @ as the separator of the domain', () => {
    expect(normaliseEmail('"a@b"@example.fi')).toBe('"a@b"@example.fi');
  });

  it('answers null for an address without a usable domain', () => {
    for (const bad of ['anna', '@example.fi', 'anna@', 'anna@localhost', 'anna@.fi', 'anna@example..fi', 'anna@exa mple.fi']) {
      expect({ bad, normal: normaliseEmail(bad) }).toEqual({ bad, normal: null });
    }
  });
});

describe('parkedAddress', () => {
  it('is unique per account and never a usable address', () => {
    const parked = parkedAddress('0b6c1f0e-3d1a-4a59-9a39-1f0c7f1f5a11');
    expect(parked).toBe('parked.0b6c1f0e-3d1a-4a59-9a39-1f0c7f1f5a11@invalid');
    expect(normaliseEmail(parked)).toBeNull();
  });
});
