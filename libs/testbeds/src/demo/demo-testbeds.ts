import type { DateWindow } from '../domain/availability.js';
import type { Contact, DataSet, TestbedContent } from '../domain/content.js';
import { CostModel, FEE_UNITS } from '../domain/cost.js';
import type { LocalizedText } from '@kokeilu/platform';
import type { Theme } from '../domain/themes.js';
import { FIRST_NAMES, LAST_NAMES, Phrase, SETTINGS, THEME_WORDS } from './demo-lexicon.js';
import { DEMO_CITIES, DemoCity, DemoCitySlug, DemoDistrict } from './demo-places.js';

/** A published test bed ready to insert: its id is fixed so that inserting it twice changes nothing. */
export interface DemoTestbed {
  id: string;
  citySlug: DemoCitySlug;
  content: TestbedContent;
  publishedAt: Date;
}

/** mulberry32: small, fast and the same on every platform, which is all test data needs. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

class Dice {
  constructor(readonly random: () => number) {}

  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.random() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)];
  }

  /** `count` different items, in the order drawn. */
  some<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const picked: T[] = [];
    while (picked.length < count && pool.length) picked.push(pool.splice(Math.floor(this.random() * pool.length), 1)[0]);
    return picked;
  }

  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.random() * total;
    for (const [value, weight] of choices) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return choices[choices.length - 1][0];
  }

  /** A version 4 UUID drawn from the seeded stream rather than from the system. */
  uuid(): string {
    const hex = Array.from({ length: 4 }, () => Math.floor(this.random() * 4_294_967_296).toString(16).padStart(8, '0')).join('');
    const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }
}

/** Roughly how the catalogue splits between the cities: the capital region lists the most. */
const CITY_WEIGHTS: readonly (readonly [DemoCitySlug, number])[] = [
  ['helsinki', 25],
  ['espoo', 18],
  ['vantaa', 14],
  ['tampere', 18],
  ['turku', 13],
  ['oulu', 12],
];

const DAY_MS = 86_400_000;
const YEAR_START = Date.UTC(2027, 0, 1);
const YEAR_END = Date.UTC(2027, 11, 31);
/** Publication dates spread over 2026, so that "newest" has something to sort. */
const PUBLISHED_FROM = Date.UTC(2026, 0, 5, 8);
const PUBLISHED_SPAN_MINUTES = 300 * 24 * 60;

const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);
const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('fi') + text.slice(1);

/** E-mail local parts are ASCII in practice: "Öhman" becomes "ohman". */
function mailbox(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9-]/g, '');
}

/**
 * One to three windows in 2027, each two weeks to four months long, with at least a week between
 * them (windows that touch would be merged when saved, so they never would be stored as drawn).
 */
function availability(dice: Dice): DateWindow[] {
  const windows: DateWindow[] = [];
  let start = YEAR_START + dice.int(0, 150) * DAY_MS;
  const count = dice.weighted([
    [1, 5],
    [2, 3],
    [3, 2],
  ] as const);
  for (let i = 0; i < count && start <= YEAR_END; i++) {
    const end = Math.min(start + dice.int(14, 120) * DAY_MS, YEAR_END);
    windows.push({ start: isoDay(start), end: isoDay(end) });
    start = end + dice.int(7, 60) * DAY_MS;
  }
  return windows;
}

function cost(dice: Dice): CostModel {
  const kind = dice.weighted([
    ['free', 35],
    ['fee', 40],
    ['negotiable', 25],
  ] as const);
  if (kind !== 'fee') return { kind };
  return { kind, amountCents: dice.int(10, 600) * 500, unit: dice.pick(FEE_UNITS) };
}

function contact(dice: Dice, city: DemoCity): Contact {
  const first = dice.pick(FIRST_NAMES);
  const last = dice.pick(LAST_NAMES);
  const mobile = () => `+358 ${dice.pick(['40', '44', '50'])} ${dice.int(100, 999)} ${dice.int(1000, 9999)}`;
  const landline = () => `+358 ${city.areaCode} ${dice.int(100, 999)} ${dice.int(10000, 99999)}`;
  const phone = dice.weighted([
    [mobile, 5],
    [landline, 2],
    [null, 3],
  ] as const);
  return { name: `${first} ${last}`, email: `${mailbox(first)}.${mailbox(last)}@${city.domain}`, phone: phone ? phone() : null };
}

/** The languages of one bed: always Finnish or English, Swedish mostly in bilingual cities. */
function languagesOf(dice: Dice, city: DemoCity): { fi: boolean; en: boolean; sv: boolean } {
  const englishOnly = dice.chance(0.04);
  return {
    fi: !englishOnly,
    en: englishOnly || dice.chance(0.75),
    sv: dice.chance(city.bilingual ? 0.35 : 0.05),
  };
}

function localized(languages: { fi: boolean; en: boolean; sv: boolean }, texts: Phrase): LocalizedText {
  const text: LocalizedText = {};
  if (languages.fi) text.fi = texts.fi;
  if (languages.sv) text.sv = texts.sv;
  if (languages.en) text.en = texts.en;
  return text;
}

function generateOne(dice: Dice): DemoTestbed {
  const id = dice.uuid();
  const slug = dice.weighted(CITY_WEIGHTS);
  const city = DEMO_CITIES.find((c) => c.slug === slug) ?? DEMO_CITIES[0];
  const district: DemoDistrict = dice.pick(city.districts);
  const words = dice.pick(THEME_WORDS);
  const kind = dice.pick(words.kinds);
  const purpose = dice.pick(words.purposes);
  const languages = languagesOf(dice, city);
  const svDistrict = district.sv ?? district.fi;

  const themes: Theme[] = [words.theme];
  if (dice.chance(0.5)) themes.push(...dice.some(words.related, dice.chance(0.3) ? 2 : 1));

  const capabilities = dice.some(words.capabilities, dice.int(1, 4));
  const capacity = dice.weighted([
    [1, 50],
    [dice.int(2, 3), 35],
    [dice.int(4, 10), 15],
  ] as const);
  const settings = dice.some(SETTINGS, dice.chance(0.7) ? 1 : 2);
  const described = dice.chance(0.85);

  const name = localized(languages, {
    fi: capitalise(`${district.genitive} ${kind.fi}`),
    en: `${district.fi} ${kind.en}`,
    sv: `${capitalise(kind.sv)} i ${svDistrict}`,
  });
  const summary = localized(languages, {
    fi: `${capitalise(kind.fi)} ${district.locative}. Täällä voi ${purpose.fi}.`,
    en: `${capitalise(kind.en)} in ${district.fi}, ${city.municipality}. Here you can ${purpose.en}.`,
    sv: `${capitalise(kind.sv)} i ${svDistrict}. Här kan man ${purpose.sv}.`,
  });
  const tags = capabilities.join(', ');
  const capacityText: Phrase =
    capacity === 1
      ? { fi: 'Kohteessa voi olla käynnissä yksi kokeilu kerrallaan.', en: 'One pilot can run at a time.', sv: 'Ett försök i taget kan pågå.' }
      : { fi: `Samaan aikaan voi olla käynnissä ${capacity} kokeilua.`, en: `Up to ${capacity} pilots can run at once.`, sv: `Upp till ${capacity} försök kan pågå samtidigt.` };
  const description = described
    ? localized(languages, {
        fi: [`Kaupunki tarjoaa yrityksille ja tutkijoille mahdollisuuden ${purpose.fi}.`, `Käytettävissä: ${tags}.`, ...settings.map((s) => s.fi), capacityText.fi].join(' '),
        en: [`The city offers companies and researchers a chance to ${purpose.en}.`, `Available: ${tags}.`, ...settings.map((s) => s.en), capacityText.en].join(' '),
        sv: [`Staden ger företag och forskare möjlighet att ${purpose.sv}.`, `Tillgängligt: ${tags}.`, ...settings.map((s) => s.sv), capacityText.sv].join(' '),
      })
    : null;
  const terms = dice.chance(0.4)
    ? localized(languages, {
        fi: 'Kokeilija vastaa omista laitteistaan ja vakuutuksistaan. Tulokset jaetaan kaupungin kanssa.',
        en: 'Pilots bring and insure their own equipment. Results are shared with the city.',
        sv: 'Försökaren ansvarar för sin egen utrustning och försäkring. Resultaten delas med staden.',
      })
    : null;
  const dataSets: DataSet[] = dice.chance(0.3)
    ? [{ title: `${capitalise(kind.fi)}: mittausdata`, url: `https://avoindata.${city.slug}.fi/dataset/${mailbox(district.fi)}-${words.theme.replace(/_/g, '-')}-${dice.int(1, 99)}` }]
    : [];

  const content: TestbedContent = {
    name,
    summary,
    description,
    terms,
    address: { street: `${dice.pick(district.streets)} ${dice.int(1, 60)}`, postalCode: district.postalCode, municipality: city.municipality },
    location: {
      lon: Math.round((district.lon + (dice.random() - 0.5) * 0.032) * 1e6) / 1e6,
      lat: Math.round((district.lat + (dice.random() - 0.5) * 0.016) * 1e6) / 1e6,
    },
    themes,
    capabilities,
    dataSets,
    capacity,
    availability: availability(dice),
    cost: cost(dice),
    contact: dice.chance(0.9) ? contact(dice, city) : null,
    images: [],
  };
  const publishedAt = new Date(PUBLISHED_FROM + dice.int(0, PUBLISHED_SPAN_MINUTES) * 60_000);
  return { id, citySlug: city.slug, content, publishedAt };
}

/**
 * `count` published test beds in the six cities, the same for the same seed: bed `i` depends only
 * on the seed and `i`, so a longer list starts with the shorter one. Names and texts are built
 * from Finnish compound words (liikennekokeilu, energiayhteisö, terveysteknologialabra) with
 * English and some Swedish translations, so the text search meets what real listings hold.
 */
export function generateTestbeds(count: number, seed = 1): DemoTestbed[] {
  const dice = new Dice(seededRandom(seed));
  return Array.from({ length: count }, () => generateOne(dice));
}
