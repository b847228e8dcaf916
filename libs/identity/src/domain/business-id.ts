const WEIGHTS = [7, 9, 10, 5, 8, 4, 2];

/** The check digit of a Finnish business ID (Y-tunnus) body of seven digits, or null when none exists. */
export function businessIdCheckDigit(body: string): number | null {
  if (!/^\d{7}$/.test(body)) return null;
  const sum = [...body].reduce((acc, digit, i) => acc + Number(digit) * WEIGHTS[i], 0);
  const remainder = sum % 11;
  if (remainder === 0) return 0;
  if (remainder === 1) return null; // no valid ID has this body
  return 11 - remainder;
}

/** `1234567-8` with a correct mod-11 check digit. */
export function isValidBusinessId(value: string): boolean {
  const match = /^(\d{7})-(\d)$/.exec(value);
  if (!match) return false;
  return businessIdCheckDigit(match[1]) === Number(match[2]);
}
