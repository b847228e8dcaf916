import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { APPLICATION_FIELDS, FOCUS_AREAS, LEAD_ORGANISATION_TYPES, PUBLIC_STATES } from '@kokeilu/calls';
import { ERROR_CODES } from '@kokeilu/platform';
import { COST_KINDS, FEE_UNITS, THEMES } from '@kokeilu/testbeds';
import { PROBLEM_CODES } from '../../../web/src/domain/app/api/problems.js';
import * as callVocabulary from '../../../web/src/domain/calls/vocabulary.js';
import * as testbedVocabulary from '../../../web/src/domain/testbeds/vocabulary.js';

/*
 * The web app shows the API's codes in words: every value of a vocabulary it shows and every
 * problem code the API answers needs a message in each language, and the filters offer exactly
 * the API's values. A value added to the API without its words fails here.
 */
type Messages = { [key: string]: string | Messages };
const MESSAGES = join(__dirname, '../../../web/src/domain/app/i18n/messages');
const files = Object.fromEntries(['fi', 'sv', 'en'].map((locale) => [locale, JSON.parse(readFileSync(join(MESSAGES, `${locale}.json`), 'utf8')) as Messages]));

/** Whether `key` (dotted) has a text; the base key of a plural (`results` for `results_one`) counts. */
function has(messages: Messages, key: string): boolean {
  const path = key.split('.');
  const last = path.pop() ?? '';
  let node: Messages | string | undefined = messages;
  for (const part of path) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'object' && (typeof node[last] === 'string' || typeof node[`${last}_other`] === 'string');
}

describe('the web app’s words for the API’s codes', () => {
  const vocabularies: Record<string, readonly string[]> = {
    themes: THEMES,
    cost: COST_KINDS,
    'cost.units': FEE_UNITS,
    focusAreas: FOCUS_AREAS,
    callStates: PUBLIC_STATES,
    organisationTypes: LEAD_ORGANISATION_TYPES,
    applicationFields: APPLICATION_FIELDS,
  };

  it.each(Object.keys(files))('name every value of the vocabularies the pages show (%s)', (locale) => {
    for (const [group, values] of Object.entries(vocabularies)) {
      expect({ group, missing: values.filter((value) => !has(files[locale], `${group}.${value}`)) }).toEqual({ group, missing: [] });
    }
  });

  it.each(Object.keys(files))('have a message for every problem code the API answers (%s)', (locale) => {
    for (const code of ERROR_CODES) expect(PROBLEM_CODES).toContain(code);
    expect([...PROBLEM_CODES, 'unknown'].filter((code) => !has(files[locale], `problems.${code}`))).toEqual([]);
  });

  it('offer exactly the API’s values in the filters', () => {
    expect([...testbedVocabulary.THEMES]).toEqual([...THEMES]);
    expect([...testbedVocabulary.COST_KINDS]).toEqual([...COST_KINDS]);
    expect([...callVocabulary.FOCUS_AREAS]).toEqual([...FOCUS_AREAS]);
    expect([...callVocabulary.PUBLIC_STATES]).toEqual([...PUBLIC_STATES]);
  });
});
