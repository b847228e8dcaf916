import type { DateWindow } from '../domain/availability.js';
import type { Contact, DataSet } from '../domain/content.js';
import type { CostModel } from '../domain/cost.js';
import type { LocalizedText } from '@kokeilu/platform';
import type { Theme } from '../domain/themes.js';
import type { DemoCitySlug } from './demo-places.js';

/** One hand-written demo test bed, as written in demo-curated-*.ts. */
export interface Curated {
  key: string;
  city: DemoCitySlug;
  street: string;
  postalCode: string;
  at: [lon: number, lat: number];
  name: LocalizedText;
  summary: LocalizedText;
  description?: LocalizedText;
  terms?: LocalizedText;
  themes: Theme[];
  capabilities: string[];
  dataSets?: DataSet[];
  capacity: number;
  availability: DateWindow[];
  cost: CostModel;
  contact: Contact;
  publishedAt: string;
}

/** The terms most curated beds share. */
export const STANDARD_TERMS: LocalizedText = {
  fi: 'Kokeilija vastaa omista laitteistaan, vakuutuksistaan ja luvistaan. Kokeilun tulokset ja keskeiset havainnot jaetaan kaupungin kanssa.',
  en: 'Pilots are responsible for their own equipment, insurance and permits. Results and key findings are shared with the city.',
};
