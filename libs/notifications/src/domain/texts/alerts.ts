import type { TextsOf } from '../render.js';

const quoted = (names: string[], open: string, close: string) => names.map((n) => `${open}${n}${close}`).join(', ');

/** Notifications of saved searches: a new test bed or call that fits them. */
export const ALERT_TEXTS: TextsOf<'alert.testbed' | 'alert.call'> = {
  'alert.testbed': {
    fi: (p, f) => ({ title: `Uusi testiympäristö: ${f.name(p.testbedName)}`, body: `Uusi testiympäristö ${f.name(p.testbedName)} vastaa tallennettua hakuasi ${quoted(p.searches, '”', '”')}.` }),
    sv: (p, f) => ({ title: `Ny testmiljö: ${f.name(p.testbedName)}`, body: `Den nya testmiljön ${f.name(p.testbedName)} motsvarar din sparade sökning ${quoted(p.searches, '”', '”')}.` }),
    en: (p, f) => ({ title: `New test bed: ${f.name(p.testbedName)}`, body: `The new test bed ${f.name(p.testbedName)} matches your saved search ${quoted(p.searches, '“', '”')}.` }),
  },
  'alert.call': {
    fi: (p, f) => ({ title: `Uusi haku: ${f.name(p.callTitle)}`, body: `Uusi haku ${f.name(p.callTitle)} vastaa tallennettua hakuasi ${quoted(p.searches, '”', '”')}.` }),
    sv: (p, f) => ({ title: `Ny utlysning: ${f.name(p.callTitle)}`, body: `Den nya utlysningen ${f.name(p.callTitle)} motsvarar din sparade sökning ${quoted(p.searches, '”', '”')}.` }),
    en: (p, f) => ({ title: `New call: ${f.name(p.callTitle)}`, body: `The new call ${f.name(p.callTitle)} matches your saved search ${quoted(p.searches, '“', '”')}.` }),
  },
};
