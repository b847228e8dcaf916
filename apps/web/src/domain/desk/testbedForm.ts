import type { components } from '../../api/schema';
import type { Testbed } from '../../api/types';
import { LOCALES, type Locale } from '../app/i18n/locales';

type Update = components['schemas']['UpdateTestbedDto'];
export type TestbedInput = Omit<Update, 'version'>;
type Theme = NonNullable<Update['themes']>[number];
type Cost = components['schemas']['CostDto'];

/** The texts a bed has in each language, edited side by side. */
export const TEXT_FIELDS = ['name', 'summary', 'description', 'terms'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];
export type Texts = Record<Locale, string>;

export interface TestbedValues {
  name: Texts;
  summary: Texts;
  description: Texts;
  terms: Texts;
  street: string;
  postalCode: string;
  municipality: string;
  lat: string;
  lon: string;
  themes: Theme[];
  /** Capability tags, separated by commas. */
  capabilities: string;
  dataSets: { title: string; url: string }[];
  capacity: string;
  availability: { start: string; end: string }[];
  costKind: '' | Cost['kind'];
  /** Euros, as typed (a comma or a point before the cents). */
  costAmount: string;
  costUnit: NonNullable<Cost['unit']>;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
}

const blank = (): Texts => ({ fi: '', sv: '', en: '' });

function textsOf(value: Partial<Record<Locale, string>> | null | undefined): Texts {
  return { fi: value?.fi ?? '', sv: value?.sv ?? '', en: value?.en ?? '' };
}

/** The form's values for a bed (every language from its `translations`), or an empty form. */
export function valuesOf(bed?: Testbed): TestbedValues {
  const tr = bed?.translations;
  return {
    name: bed ? textsOf(tr?.name ?? { [bed.language]: bed.name }) : blank(),
    summary: textsOf(tr?.summary),
    description: textsOf(tr?.description),
    terms: textsOf(tr?.terms),
    street: bed?.address?.street ?? '',
    postalCode: bed?.address?.postalCode ?? '',
    municipality: bed?.address?.municipality ?? '',
    lat: bed?.location ? String(bed.location.lat) : '',
    lon: bed?.location ? String(bed.location.lon) : '',
    themes: (bed?.themes ?? []) as Theme[],
    capabilities: (bed?.capabilities ?? []).join(', '),
    dataSets: (bed?.dataSets ?? []).map(({ title, url }) => ({ title, url })),
    capacity: String(bed?.capacity ?? 1),
    availability: (bed?.availability ?? []).map(({ start, end }) => ({ start, end })),
    costKind: (bed?.cost?.kind as Cost['kind'] | undefined) ?? '',
    costAmount: bed?.cost?.amountCents != null ? (bed.cost.amountCents / 100).toFixed(2) : '',
    costUnit: (bed?.cost?.unit as Cost['unit']) ?? 'month',
    contactName: bed?.contact?.name ?? '',
    contactEmail: bed?.contact?.email ?? '',
    contactPhone: bed?.contact?.phone ?? '',
  };
}

/** Only the languages written in; null when none is (the API clears the text). */
function localized(texts: Texts): Partial<Texts> | null {
  const written = Object.fromEntries(LOCALES.filter((locale) => texts[locale].trim()).map((locale) => [locale, texts[locale].trim()]));
  return Object.keys(written).length ? written : null;
}

/** Euros as typed ("1 200,50") in cents, or NaN. */
export function centsOf(euros: string): number {
  const normal = euros.replace(/\s/g, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(normal)) return Number.NaN;
  return Math.round(Number(normal) * 100);
}

function numberOf(text: string): number {
  const normal = text.trim().replace(',', '.');
  return normal === '' ? Number.NaN : Number(normal);
}

/**
 * The body the API takes from the form: every field sent (an empty one as null or []), so that
 * what the form shows is what is saved. Numbers typed wrongly go as they are, for the API to name.
 */
export function inputOf(values: TestbedValues): TestbedInput {
  const lat = numberOf(values.lat);
  const lon = numberOf(values.lon);
  const address = [values.street, values.postalCode, values.municipality].some((part) => part.trim())
    ? { street: values.street.trim(), postalCode: values.postalCode.trim(), municipality: values.municipality.trim() }
    : null;
  const cost: Cost | null =
    values.costKind === ''
      ? null
      : values.costKind === 'fee'
        ? { kind: 'fee', amountCents: centsOf(values.costAmount), unit: values.costUnit }
        : { kind: values.costKind };
  return {
    name: localized(values.name) ?? {},
    summary: localized(values.summary),
    description: localized(values.description),
    terms: localized(values.terms),
    address,
    location: Number.isFinite(lat) && Number.isFinite(lon) ? { lat, lon } : null,
    themes: values.themes,
    capabilities: values.capabilities
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean),
    dataSets: values.dataSets.filter((set) => set.title.trim() || set.url.trim()).map((set) => ({ title: set.title.trim(), url: set.url.trim() })),
    capacity: Number(values.capacity),
    availability: values.availability.filter((window) => window.start || window.end),
    cost,
    contact: values.contactName.trim() || values.contactEmail.trim() ? { name: values.contactName.trim(), email: values.contactEmail.trim(), phone: values.contactPhone.trim() || null } : null,
  };
}

/**
 * The languages a text field lacks, of those the bed is written in at all: a language counts as
 * used once any text has it; a field with no text is not flagged (it is optional or its own
 * problem).
 */
export function missingLanguages(values: Pick<TestbedValues, TextField>): Record<TextField, Locale[]> {
  const used = LOCALES.filter((locale) => TEXT_FIELDS.some((field) => values[field][locale].trim()));
  const wanted = used.length ? LOCALES : [];
  return Object.fromEntries(
    TEXT_FIELDS.map((field) => {
      const written = LOCALES.filter((locale) => values[field][locale].trim());
      return [field, written.length ? wanted.filter((locale) => !written.includes(locale)) : []];
    }),
  ) as Record<TextField, Locale[]>;
}

/** The languages a bed's name lacks (for the list of the city's beds). */
export function missingNameLanguages(bed: Pick<Testbed, 'translations' | 'name' | 'language'>): Locale[] {
  const names = bed.translations?.name ?? { [bed.language]: bed.name };
  return LOCALES.filter((locale) => !(names as Partial<Texts>)[locale]?.trim());
}
