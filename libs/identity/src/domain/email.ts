import { domainToASCII } from 'node:url';

/**
 * The one spelling of an e-mail address that accounts, invitations and sign-in attempts are kept
 * under: surrounding space trimmed, Unicode composed (NFC), letters lower-cased, and an
 * internationalised domain written in ASCII (punycode), so that `X@Bücher.example` and
 * `x@xn--bcher-kva.example` are one address. Null when the address has no usable domain.
 */
export function normaliseEmail(input: string): string | null {
  const address = input.trim().normalize('NFC');
  const at = address.lastIndexOf('@');
  if (at <= 0 || at === address.length - 1) return null;
  const local = address.slice(0, at).toLowerCase();
  const domain = domainToASCII(address.slice(at + 1).toLowerCase());
  if (!domain || !domain.includes('.') || domain.startsWith('.') || domain.endsWith('.') || domain.includes('..')) return null;
  return `${local}@${domain}`;
}

/** The address a released or colliding account is moved to: unique, and never deliverable (RFC 2606 `.invalid`). */
export function parkedAddress(userId: string): string {
  return `parked.${userId}@invalid`;
}
