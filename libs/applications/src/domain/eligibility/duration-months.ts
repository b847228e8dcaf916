import type { Period } from '../content.js';
import { decimal, Verdict, verdict } from './verdict.js';

export interface DurationLimits {
  min: number | null;
  max: number | null;
}

const DAY_MS = 86_400_000;

function parts(iso: string): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number);
  return [y, m, d];
}

/** The start day moved on by `k` months, kept inside the month (31.1. + 1 month is 28.2. or 29.2.). */
function monthsAfter([year, month, day]: [number, number, number], k: number): number {
  const lastDay = new Date(Date.UTC(year, month - 1 + k + 1, 0)).getUTCDate();
  return Date.UTC(year, month - 1 + k, Math.min(day, lastDay));
}

/**
 * How many months a pilot period lasts, both days included: the whole months from the start
 * day, then the remaining days as a share of the next month. 1.1.–30.6. is 6, 15.1.–14.7. is 6,
 * 1.1.–15.1. is 15/31.
 */
export function periodMonths(period: Period): number {
  const start = parts(period.start);
  const [ey, em, ed] = parts(period.end);
  const endExclusive = Date.UTC(ey, em - 1, ed) + DAY_MS;
  let whole = Math.max(0, (ey - start[0]) * 12 + (em - start[1]) - 2);
  while (monthsAfter(start, whole + 1) <= endExclusive) whole += 1;
  const from = monthsAfter(start, whole);
  return whole + (endExclusive - from) / (monthsAfter(start, whole + 1) - from);
}

/** Rule 2e: the pilot period lasts between the call's minimum and maximum number of months. */
export function durationMonths(limits: DurationLimits, period: Period | null): Verdict {
  const range = (locale: 'fi' | 'sv' | 'en') => {
    if (limits.min !== null && limits.max !== null) return `${limits.min}–${limits.max}`;
    if (limits.min !== null) return { fi: `vähintään ${limits.min}`, sv: `minst ${limits.min}`, en: `at least ${limits.min}` }[locale];
    if (limits.max !== null) return { fi: `enintään ${limits.max}`, sv: `högst ${limits.max}`, en: `at most ${limits.max}` }[locale];
    return { fi: 'vapaa', sv: 'fri', en: 'any' }[locale];
  };
  if (!period) {
    return verdict('durationMonths', false, {
      fi: `Kokeilujaksoa ei ole ilmoitettu; sallittu kesto ${range('fi')} kuukautta.`,
      sv: `Pilotperioden har inte angetts; tillåten längd ${range('sv')} månader.`,
      en: `No pilot period is given; the call allows ${range('en')} months.`,
    });
  }
  const months = periodMonths(period);
  const pass = (limits.min === null || months >= limits.min) && (limits.max === null || months <= limits.max);
  return verdict('durationMonths', pass, {
    fi: `Kokeilujakso ${period.start}–${period.end} kestää ${decimal(months, 'fi')} kuukautta; sallittu kesto ${range('fi')} kuukautta.`,
    sv: `Pilotperioden ${period.start}–${period.end} varar ${decimal(months, 'sv')} månader; tillåten längd ${range('sv')} månader.`,
    en: `The pilot period ${period.start} to ${period.end} lasts ${decimal(months, 'en')} months; the call allows ${range('en')} months.`,
  });
}
