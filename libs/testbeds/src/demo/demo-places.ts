import type { SIX_CITIES } from '@kokeilu/platform';

export type DemoCitySlug = (typeof SIX_CITIES)[number]['slug'];

/** A district with the Finnish case forms that names and summaries need, and a point near its centre. */
export interface DemoDistrict {
  fi: string;
  /** Genitive: "Hervannan liikennelabra". */
  genitive: string;
  /** Where something is: "Hervannassa", "Linnanmaalla". */
  locative: string;
  /** Only where the district has a Swedish name in common use. */
  sv?: string;
  streets: readonly string[];
  postalCode: string;
  lon: number;
  lat: number;
}

export interface DemoCity {
  slug: DemoCitySlug;
  municipality: string;
  /** Bilingual municipalities get Swedish texts more often. */
  bilingual: boolean;
  /** Mail domain of the city's contacts. */
  domain: string;
  /** Area code for landline numbers. */
  areaCode: string;
  districts: readonly DemoDistrict[];
}

/** The six cities with districts whose coordinates (WGS84) lie inside each city. */
export const DEMO_CITIES: readonly DemoCity[] = [
  {
    slug: 'helsinki',
    municipality: 'Helsinki',
    bilingual: true,
    domain: 'hel.fi',
    areaCode: '9',
    districts: [
      { fi: 'Kalasatama', genitive: 'Kalasataman', locative: 'Kalasatamassa', sv: 'Fiskehamnen', streets: ['Työpajankatu', 'Capellan puistotie', 'Hermannin rantatie'], postalCode: '00580', lon: 24.9775, lat: 60.1873 },
      { fi: 'Jätkäsaari', genitive: 'Jätkäsaaren', locative: 'Jätkäsaaressa', sv: 'Busholmen', streets: ['Tyynenmerenkatu', 'Välimerenkatu', 'Atlantinkatu'], postalCode: '00220', lon: 24.9146, lat: 60.1581 },
      { fi: 'Pasila', genitive: 'Pasilan', locative: 'Pasilassa', sv: 'Böle', streets: ['Ratapihantie', 'Radiokatu', 'Opastinsilta'], postalCode: '00520', lon: 24.9332, lat: 60.1989 },
      { fi: 'Viikki', genitive: 'Viikin', locative: 'Viikissä', sv: 'Vik', streets: ['Viikinkaari', 'Latokartanontie', 'Agnes Sjöbergin katu'], postalCode: '00790', lon: 25.0153, lat: 60.2271 },
      { fi: 'Kamppi', genitive: 'Kampin', locative: 'Kampissa', sv: 'Kampen', streets: ['Urho Kekkosen katu', 'Salomonkatu', 'Fredrikinkatu'], postalCode: '00100', lon: 24.9316, lat: 60.1688 },
    ],
  },
  {
    slug: 'espoo',
    municipality: 'Espoo',
    bilingual: true,
    domain: 'espoo.fi',
    areaCode: '9',
    districts: [
      { fi: 'Otaniemi', genitive: 'Otaniemen', locative: 'Otaniemessä', sv: 'Otnäs', streets: ['Otakaari', 'Tekniikantie', 'Maarintie'], postalCode: '02150', lon: 24.8290, lat: 60.1865 },
      { fi: 'Kera', genitive: 'Keran', locative: 'Kerassa', streets: ['Karamalmintie', 'Kerantie', 'Kutojantie'], postalCode: '02630', lon: 24.7225, lat: 60.2170 },
      { fi: 'Tapiola', genitive: 'Tapiolan', locative: 'Tapiolassa', sv: 'Hagalund', streets: ['Tapionaukio', 'Itätuulenkuja', 'Länsituulentie'], postalCode: '02100', lon: 24.8050, lat: 60.1750 },
      { fi: 'Espoonlahti', genitive: 'Espoonlahden', locative: 'Espoonlahdessa', sv: 'Esboviken', streets: ['Ulappakatu', 'Espoonlahdenkatu', 'Merisaappaankuja'], postalCode: '02320', lon: 24.6610, lat: 60.1480 },
      { fi: 'Leppävaara', genitive: 'Leppävaaran', locative: 'Leppävaarassa', sv: 'Alberga', streets: ['Leppävaarankatu', 'Hevosenkenkä', 'Ratsukatu'], postalCode: '02600', lon: 24.8130, lat: 60.2190 },
    ],
  },
  {
    slug: 'vantaa',
    municipality: 'Vantaa',
    bilingual: true,
    domain: 'vantaa.fi',
    areaCode: '9',
    districts: [
      { fi: 'Aviapolis', genitive: 'Aviapoliksen', locative: 'Aviapoliksessa', streets: ['Veromiehentie', 'Lentoasemantie', 'Tietotie'], postalCode: '01510', lon: 24.9580, lat: 60.3020 },
      { fi: 'Tikkurila', genitive: 'Tikkurilan', locative: 'Tikkurilassa', sv: 'Dickursby', streets: ['Asematie', 'Ratatie', 'Kielotie'], postalCode: '01300', lon: 25.0440, lat: 60.2920 },
      { fi: 'Myyrmäki', genitive: 'Myyrmäen', locative: 'Myyrmäessä', sv: 'Myrbacka', streets: ['Myyrmäentie', 'Iskoskuja', 'Kilterinraitti'], postalCode: '01600', lon: 24.8540, lat: 60.2620 },
      { fi: 'Kivistö', genitive: 'Kivistön', locative: 'Kivistössä', streets: ['Ruusutorpantie', 'Kivistöntori', 'Kehäkaari'], postalCode: '01700', lon: 24.8490, lat: 60.3140 },
    ],
  },
  {
    slug: 'tampere',
    municipality: 'Tampere',
    bilingual: false,
    domain: 'tampere.fi',
    areaCode: '3',
    districts: [
      { fi: 'Hervanta', genitive: 'Hervannan', locative: 'Hervannassa', streets: ['Hervannan valtaväylä', 'Korkeakoulunkatu', 'Insinöörinkatu'], postalCode: '33720', lon: 23.8510, lat: 61.4500 },
      { fi: 'Hiedanranta', genitive: 'Hiedanrannan', locative: 'Hiedanrannassa', streets: ['Enqvistinkatu', 'Lielahdenkatu', 'Paperitehtaankatu'], postalCode: '33400', lon: 23.7160, lat: 61.5120 },
      { fi: 'Ratina', genitive: 'Ratinan', locative: 'Ratinassa', streets: ['Ratinan rantatie', 'Vuolteenkatu', 'Hatanpään valtatie'], postalCode: '33100', lon: 23.7660, lat: 61.4940 },
      { fi: 'Kauppi', genitive: 'Kaupin', locative: 'Kaupissa', streets: ['Teiskontie', 'Kauppi-Niihaman tie', 'Biokatu'], postalCode: '33520', lon: 23.8150, lat: 61.5060 },
      { fi: 'Tesoma', genitive: 'Tesoman', locative: 'Tesomalla', streets: ['Tesoman valtatie', 'Tesomankatu', 'Ikurinkatu'], postalCode: '33310', lon: 23.6490, lat: 61.4990 },
    ],
  },
  {
    slug: 'turku',
    municipality: 'Turku',
    bilingual: true,
    domain: 'turku.fi',
    areaCode: '2',
    districts: [
      { fi: 'Kupittaa', genitive: 'Kupittaan', locative: 'Kupittaalla', sv: 'Kuppis', streets: ['Tykistökatu', 'Joukahaisenkatu', 'Lemminkäisenkatu'], postalCode: '20520', lon: 22.2950, lat: 60.4490 },
      { fi: 'Linnakaupunki', genitive: 'Linnakaupungin', locative: 'Linnakaupungissa', sv: 'Slottsstaden', streets: ['Linnankatu', 'Ruukinkatu', 'Linnanfältinkatu'], postalCode: '20100', lon: 22.2330, lat: 60.4380 },
      { fi: 'Skanssi', genitive: 'Skanssin', locative: 'Skanssissa', sv: 'Skansen', streets: ['Skanssinkatu', 'Skanssinaukio', 'Uudenmaantie'], postalCode: '20730', lon: 22.3180, lat: 60.4300 },
      { fi: 'Itäharju', genitive: 'Itäharjun', locative: 'Itäharjulla', sv: 'Österås', streets: ['Kärsämäentie', 'Orikedonkatu', 'Kurjenmäenkatu'], postalCode: '20810', lon: 22.3200, lat: 60.4600 },
    ],
  },
  {
    slug: 'oulu',
    municipality: 'Oulu',
    bilingual: false,
    domain: 'ouka.fi',
    areaCode: '8',
    districts: [
      { fi: 'Linnanmaa', genitive: 'Linnanmaan', locative: 'Linnanmaalla', streets: ['Erkki Koiso-Kanttilan katu', 'Yliopistokatu', 'Kotkantie'], postalCode: '90570', lon: 25.4660, lat: 65.0590 },
      { fi: 'Hiukkavaara', genitive: 'Hiukkavaaran', locative: 'Hiukkavaarassa', streets: ['Hiukkavaarantie', 'Lentotukikohdantie', 'Kiviharjuntie'], postalCode: '90310', lon: 25.5600, lat: 65.0050 },
      { fi: 'Ritaharju', genitive: 'Ritaharjun', locative: 'Ritaharjussa', streets: ['Ritaharjuntie', 'Ukkohallantie', 'Kiulukankaantie'], postalCode: '90540', lon: 25.4360, lat: 65.0740 },
      { fi: 'Toppila', genitive: 'Toppilan', locative: 'Toppilassa', streets: ['Toppilansalmentie', 'Vihreäsaarentie', 'Satamatie'], postalCode: '90520', lon: 25.4470, lat: 65.0380 },
      { fi: 'Oulun keskusta', genitive: 'Oulun keskustan', locative: 'Oulun keskustassa', streets: ['Kirkkokatu', 'Isokatu', 'Rautatienkatu'], postalCode: '90100', lon: 25.4710, lat: 65.0120 },
    ],
  },
];

export function demoCity(slug: DemoCitySlug): DemoCity {
  const city = DEMO_CITIES.find((c) => c.slug === slug);
  if (!city) throw new Error(`no demo data for city ${slug}`);
  return city;
}
