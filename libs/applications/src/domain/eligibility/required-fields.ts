import type { ApplicationContent } from '../content.js';
import { listOf, Localized, Verdict, verdict } from './verdict.js';

/** The fields a call can require, by their names in the application, with what readers call them. */
export const REQUIRABLE_FIELDS = {
  title: { fi: 'nimi', sv: 'namn', en: 'title' },
  summary: { fi: 'tiivistelmä', sv: 'sammanfattning', en: 'summary' },
  plan: { fi: 'suunnitelma', sv: 'plan', en: 'plan' },
  expectedImpact: { fi: 'odotetut vaikutukset', sv: 'förväntade effekter', en: 'expected impact' },
  kpis: { fi: 'mittarit', sv: 'nyckeltal', en: 'KPIs' },
  budgetLines: { fi: 'budjetti', sv: 'budget', en: 'budget' },
  requestedGrantCents: { fi: 'haettu avustus', sv: 'sökt stöd', en: 'requested grant' },
  pilotPeriod: { fi: 'kokeilujakso', sv: 'pilotperiod', en: 'pilot period' },
  testbedIds: { fi: 'testiympäristöt', sv: 'testmiljöer', en: 'test beds' },
} as const satisfies Record<string, Localized>;
export type RequirableField = keyof typeof REQUIRABLE_FIELDS;

/** Other spellings a call may use for the same field. */
const ALIASES: Record<string, RequirableField> = {
  requestedGrant: 'requestedGrantCents',
  budget: 'budgetLines',
  testbeds: 'testbedIds',
  testBeds: 'testbedIds',
  testBedIds: 'testbedIds',
  expected_impact: 'expectedImpact',
  requested_grant_cents: 'requestedGrantCents',
  pilot_period: 'pilotPeriod',
  budget_lines: 'budgetLines',
  testbed_ids: 'testbedIds',
};

export function requirableField(name: string): RequirableField | null {
  if (name in REQUIRABLE_FIELDS) return name as RequirableField;
  return ALIASES[name] ?? null;
}

function present(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim().length > 0;
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/**
 * Rule 2g: every field the call requires is filled in (text not blank, lists not empty). A name
 * the platform does not know cannot be satisfied, and is reported as such rather than ignored.
 */
export function requiredFields(required: string[], content: ApplicationContent): Verdict {
  const missing: Localized[] = [];
  const unknown: string[] = [];
  for (const name of required) {
    const field = requirableField(name);
    if (!field) unknown.push(name);
    else if (!present(content[field])) missing.push(REQUIRABLE_FIELDS[field]);
  }
  if (!missing.length && !unknown.length) {
    return verdict('requiredFields', true, {
      fi: required.length ? 'Kaikki vaaditut tiedot on annettu.' : 'Haku ei vaadi erityisiä tietoja.',
      sv: required.length ? 'Alla obligatoriska uppgifter har angetts.' : 'Utlysningen kräver inga särskilda uppgifter.',
      en: required.length ? 'Every required field is filled in.' : 'The call requires no particular fields.',
    });
  }
  const names = (locale: keyof Localized) => listOf([...missing.map((m) => m[locale]), ...unknown]);
  return verdict('requiredFields', false, {
    fi: `Vaadittuja tietoja puuttuu: ${names('fi')}.`,
    sv: `Obligatoriska uppgifter saknas: ${names('sv')}.`,
    en: `Required fields are missing: ${names('en')}.`,
  });
}
