import en from './messages/en.json';
import fi from './messages/fi.json';
import sv from './messages/sv.json';

type Messages = { [key: string]: string | Messages };
const FILES: Record<string, Messages> = { fi, sv, en };

/** Every key of a message file with its text: `testbeds.results_one` → '{{count}} test bed found'. */
function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === 'string') keys.set(`${prefix}${key}`, value);
    else for (const [inner, text] of flatten(value, `${prefix}${key}.`)) keys.set(inner, text);
  }
  return keys;
}

const flat = Object.fromEntries(Object.entries(FILES).map(([locale, messages]) => [locale, flatten(messages)]));
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('the message files', () => {
  it('have the same keys in fi, sv and en', () => {
    const [first, ...others] = Object.keys(flat);
    for (const other of others) {
      const missing = [...flat[first].keys()].filter((key) => !flat[other].has(key));
      const extra = [...flat[other].keys()].filter((key) => !flat[first].has(key));
      expect({ locale: other, missing, extra }).toEqual({ locale: other, missing: [], extra: [] });
    }
  });

  it('have a text for every key, with the same placeholders in every language', () => {
    for (const [key, text] of flat.en) {
      for (const locale of Object.keys(flat)) {
        const translated = flat[locale].get(key) ?? '';
        expect({ key, locale, blank: translated.trim() === '' }).toEqual({ key, locale, blank: false });
        expect({ key, locale, placeholders: placeholders(translated) }).toEqual({ key, locale, placeholders: placeholders(text) });
      }
    }
  });
});
