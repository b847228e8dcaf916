import type { Theme } from '../domain/themes.js';

/** The same phrase in the three languages. */
export interface Phrase {
  fi: string;
  en: string;
  sv: string;
}

/**
 * The words of one theme. Finnish kinds are compounds (liikennekokeilu, energiayhteisö,
 * terveysteknologialabra) on purpose: the search must find them by their first part, so bulk data
 * has to be full of them.
 */
export interface ThemeWords {
  theme: Theme;
  /** What the bed is, in the nominative: "liikennelabra". */
  kinds: readonly Phrase[];
  /** What pilots can do there, as a clause after "Täällä voi" / "Here you can" / "Här kan man". */
  purposes: readonly Phrase[];
  capabilities: readonly string[];
  /** Themes that often come with this one. */
  related: readonly Theme[];
}

export const THEME_WORDS: readonly ThemeWords[] = [
  {
    theme: 'mobility',
    kinds: [
      { fi: 'liikennekokeilu', en: 'traffic pilot', sv: 'trafikförsök' },
      { fi: 'liikennelabra', en: 'traffic lab', sv: 'trafiklabb' },
      { fi: 'älyliikennealusta', en: 'smart traffic platform', sv: 'plattform för smart trafik' },
      { fi: 'joukkoliikennekokeilu', en: 'public transport pilot', sv: 'kollektivtrafikförsök' },
      { fi: 'pyöräliikennereitti', en: 'cycling route', sv: 'cykelled' },
      { fi: 'robottibussilinja', en: 'robot bus line', sv: 'robotbusslinje' },
      { fi: 'latausasemaverkko', en: 'charging network', sv: 'laddnätverk' },
      { fi: 'liikkumispalvelualusta', en: 'mobility service platform', sv: 'plattform för mobilitetstjänster' },
    ],
    purposes: [
      {
        fi: 'testata älykkäitä liikennevaloja ja liikenteen ohjausta oikeassa katuliikenteessä',
        en: 'test smart traffic lights and traffic control in real street traffic',
        sv: 'testa smarta trafikljus och trafikstyrning i verklig gatutrafik',
      },
      {
        fi: 'kokeilla automaattibusseja ja kutsuliikennettä asukkaiden arkimatkoilla',
        en: 'try automated buses and on-demand transport on residents’ daily trips',
        sv: 'pröva automatiserade bussar och anropstrafik på invånarnas dagliga resor',
      },
      {
        fi: 'mitata pyöräliikenteen ja jalankulun määriä ja kehittää liikenneturvallisuutta',
        en: 'measure cycling and walking volumes and improve road safety',
        sv: 'mäta cykel- och gångtrafik och förbättra trafiksäkerheten',
      },
      {
        fi: 'kehittää sähköautojen latausta ja liikkumispalveluita yhdessä kaupungin kanssa',
        en: 'develop electric vehicle charging and mobility services together with the city',
        sv: 'utveckla laddning av elbilar och mobilitetstjänster tillsammans med staden',
      },
    ],
    capabilities: ['5g', 'lidar', 'traffic counters', 'ev charging', 'open api', 'test track', 'v2x', 'traffic light control'],
    related: ['safety', 'energy', 'data_and_ai'],
  },
  {
    theme: 'energy',
    kinds: [
      { fi: 'energiayhteisö', en: 'energy community', sv: 'energigemenskap' },
      { fi: 'aurinkovoimala', en: 'solar power plant', sv: 'solkraftverk' },
      { fi: 'energiavarasto', en: 'energy storage site', sv: 'energilager' },
      { fi: 'lämpöpumppukokeilu', en: 'heat pump pilot', sv: 'värmepumpsförsök' },
      { fi: 'älysähköverkko', en: 'smart grid', sv: 'smart elnät' },
      { fi: 'kaukolämpölabra', en: 'district heating lab', sv: 'fjärrvärmelabb' },
      { fi: 'vetyenergiakokeilu', en: 'hydrogen energy pilot', sv: 'vätgasförsök' },
    ],
    purposes: [
      {
        fi: 'kokeilla taloyhtiöiden yhteistä aurinkosähköä ja energiayhteisön hinnoittelua',
        en: 'pilot shared solar power and energy-community pricing for housing companies',
        sv: 'pröva gemensam solel och prissättning i energigemenskaper för bostadsbolag',
      },
      {
        fi: 'ohjata rakennusten lämmitystä kysyntäjouston avulla ja mitata säästöt',
        en: 'steer building heating with demand response and measure the savings',
        sv: 'styra uppvärmningen av byggnader med efterfrågeflexibilitet och mäta besparingarna',
      },
      {
        fi: 'testata akkuvarastoja ja energianhallintaa osana kaupungin sähköverkkoa',
        en: 'test battery storage and energy management as part of the city grid',
        sv: 'testa batterilager och energistyrning som en del av stadens elnät',
      },
    ],
    capabilities: ['smart meters', 'solar panels', 'battery storage', 'district heating data', 'open api', 'demand response'],
    related: ['built_environment', 'circular_economy', 'data_and_ai'],
  },
  {
    theme: 'health_and_wellbeing',
    kinds: [
      { fi: 'terveysteknologiakokeilu', en: 'health technology pilot', sv: 'hälsoteknikförsök' },
      { fi: 'terveysteknologialabra', en: 'health tech lab', sv: 'hälsoteknologilabb' },
      { fi: 'hyvinvointiteknologiakeskus', en: 'wellbeing technology centre', sv: 'välfärdsteknologicenter' },
      { fi: 'etävastaanotto', en: 'remote clinic', sv: 'distansmottagning' },
      { fi: 'kotihoitokokeilu', en: 'home care pilot', sv: 'hemvårdsförsök' },
      { fi: 'lähiliikuntapaikka', en: 'neighbourhood exercise park', sv: 'närmotionsplats' },
    ],
    purposes: [
      {
        fi: 'testata terveysteknologiaa yhdessä hoitajien ja asiakkaiden kanssa',
        en: 'test health technology together with nurses and clients',
        sv: 'testa hälsoteknik tillsammans med vårdare och klienter',
      },
      {
        fi: 'kokeilla etävastaanottoa, puettavia mittalaitteita ja kotihoidon palveluita',
        en: 'try remote appointments, wearable sensors and home care services',
        sv: 'pröva distansmottagning, bärbara mätare och hemvårdstjänster',
      },
      {
        fi: 'kehittää ikääntyneiden liikkumista ja hyvinvointia tukevia palveluita',
        en: 'develop services that keep older people active and well',
        sv: 'utveckla tjänster som stöder äldres rörlighet och välbefinnande',
      },
    ],
    capabilities: ['patient data sandbox', 'wearables', 'video consultation', 'ethics approval support', 'user panel'],
    related: ['data_and_ai', 'participation', 'education'],
  },
  {
    theme: 'education',
    kinds: [
      { fi: 'oppimisympäristö', en: 'learning environment', sv: 'lärmiljö' },
      { fi: 'koululabra', en: 'school lab', sv: 'skollabb' },
      { fi: 'etäopetuskokeilu', en: 'remote teaching pilot', sv: 'distansundervisningsförsök' },
      { fi: 'kirjastolabra', en: 'library lab', sv: 'bibliotekslabb' },
    ],
    purposes: [
      {
        fi: 'kokeilla uusia oppimisympäristöjä ja opetusteknologiaa oikeissa luokissa',
        en: 'try new learning environments and education technology in real classrooms',
        sv: 'pröva nya lärmiljöer och utbildningsteknik i riktiga klassrum',
      },
      {
        fi: 'testata virtuaalitodellisuutta ja oppimisanalytiikkaa yhdessä opettajien kanssa',
        en: 'test virtual reality and learning analytics together with teachers',
        sv: 'testa virtuell verklighet och inlärningsanalys tillsammans med lärare',
      },
    ],
    capabilities: ['classroom', 'vr equipment', 'learning analytics', 'teacher panel'],
    related: ['data_and_ai', 'participation', 'culture_and_tourism'],
  },
  {
    theme: 'built_environment',
    kinds: [
      { fi: 'rakennuslabra', en: 'construction lab', sv: 'byggnadslabb' },
      { fi: 'puurakentamiskohde', en: 'wood construction site', sv: 'träbyggnadsobjekt' },
      { fi: 'sisäilmakokeilu', en: 'indoor air pilot', sv: 'inomhusluftförsök' },
      { fi: 'katusuunnittelukokeilu', en: 'street design pilot', sv: 'gatuplaneringsförsök' },
      { fi: 'hulevesipuisto', en: 'stormwater park', sv: 'dagvattenpark' },
    ],
    purposes: [
      {
        fi: 'testata uusia rakennusmateriaaleja ja työmaan digitaalisia palveluita',
        en: 'test new building materials and digital construction-site services',
        sv: 'testa nya byggmaterial och digitala tjänster på byggplatsen',
      },
      {
        fi: 'mitata sisäilman laatua ja energiankulutusta julkisissa rakennuksissa',
        en: 'measure indoor air quality and energy use in public buildings',
        sv: 'mäta inomhusluftens kvalitet och energiförbrukningen i offentliga byggnader',
      },
      {
        fi: 'kokeilla hulevesien hallintaa ja viherrakentamista kaupunkiympäristössä',
        en: 'pilot stormwater management and green infrastructure in the cityscape',
        sv: 'pröva dagvattenhantering och grönbyggande i stadsmiljön',
      },
    ],
    capabilities: ['bim model', 'indoor air sensors', 'construction site', 'weather station', 'digital twin'],
    related: ['energy', 'circular_economy', 'safety'],
  },
  {
    theme: 'circular_economy',
    kinds: [
      { fi: 'kiertotalouskeskus', en: 'circular economy hub', sv: 'cirkulärekonomicenter' },
      { fi: 'kierrätyskokeilu', en: 'recycling pilot', sv: 'återvinningsförsök' },
      { fi: 'materiaalitori', en: 'materials marketplace', sv: 'materialtorg' },
      { fi: 'jätteenkeräyskokeilu', en: 'waste collection pilot', sv: 'avfallsinsamlingsförsök' },
      { fi: 'ruokahävikkilabra', en: 'food waste lab', sv: 'matsvinnslabb' },
    ],
    purposes: [
      {
        fi: 'kokeilla purkumateriaalien uudelleenkäyttöä ja kiertotalouden palveluita',
        en: 'pilot reuse of demolition materials and circular economy services',
        sv: 'pröva återanvändning av rivningsmaterial och tjänster inom cirkulär ekonomi',
      },
      {
        fi: 'testata älykkäitä jäteastioita ja jätteenkeräyksen reititystä',
        en: 'test smart waste bins and waste collection routing',
        sv: 'testa smarta avfallskärl och ruttplanering för avfallsinsamling',
      },
      {
        fi: 'vähentää ruokahävikkiä kouluissa ja ravintoloissa uusilla palveluilla',
        en: 'cut food waste in schools and restaurants with new services',
        sv: 'minska matsvinnet i skolor och restauranger med nya tjänster',
      },
    ],
    capabilities: ['waste data', 'sorting line', 'material flow data', 'fill level sensors'],
    related: ['built_environment', 'energy', 'participation'],
  },
  {
    theme: 'data_and_ai',
    kinds: [
      { fi: 'kaupunkidata-alusta', en: 'city data platform', sv: 'stadsdataplattform' },
      { fi: 'tekoälykokeilu', en: 'AI pilot', sv: 'AI-försök' },
      { fi: 'digikaksonen', en: 'digital twin', sv: 'digital tvilling' },
      { fi: 'sensoriverkko', en: 'sensor network', sv: 'sensornätverk' },
      { fi: '5G-testiverkko', en: '5G test network', sv: '5G-testnät' },
    ],
    purposes: [
      {
        fi: 'kehittää tekoälypalveluita kaupungin avoimen datan ja rajapintojen päälle',
        en: 'build AI services on the city’s open data and interfaces',
        sv: 'bygga AI-tjänster på stadens öppna data och gränssnitt',
      },
      {
        fi: 'testata anturiverkkoja, reunalaskentaa ja digitaalista kaksosta',
        en: 'test sensor networks, edge computing and a digital twin',
        sv: 'testa sensornätverk, kantberäkning och en digital tvilling',
      },
    ],
    capabilities: ['open api', 'digital twin', 'lorawan', 'iot network', 'gpu computing', 'edge computing', '5g'],
    related: ['mobility', 'built_environment', 'safety'],
  },
  {
    theme: 'participation',
    kinds: [
      { fi: 'asukasraati', en: 'citizens’ panel', sv: 'invånarpanel' },
      { fi: 'kaupunkilaisverstas', en: 'residents’ workshop', sv: 'invånarverkstad' },
      { fi: 'osallisuuskokeilu', en: 'participation pilot', sv: 'delaktighetsförsök' },
      { fi: 'asukaskokeilu', en: 'resident pilot', sv: 'invånarförsök' },
    ],
    purposes: [
      {
        fi: 'kehittää palveluita yhdessä asukkaiden kanssa työpajoissa ja kyselyissä',
        en: 'co-design services with residents in workshops and surveys',
        sv: 'utveckla tjänster tillsammans med invånarna i verkstäder och enkäter',
      },
      {
        fi: 'kokeilla osallistuvaa budjetointia ja digitaalisia osallistumisen välineitä',
        en: 'pilot participatory budgeting and digital participation tools',
        sv: 'pröva medborgarbudget och digitala verktyg för delaktighet',
      },
    ],
    capabilities: ['resident panel', 'event space', 'survey tools', 'translation support'],
    related: ['culture_and_tourism', 'education', 'health_and_wellbeing'],
  },
  {
    theme: 'safety',
    kinds: [
      { fi: 'turvallisuuskokeilu', en: 'safety pilot', sv: 'säkerhetsförsök' },
      { fi: 'pelastuslabra', en: 'rescue lab', sv: 'räddningslabb' },
      { fi: 'katuvalaistuskokeilu', en: 'street lighting pilot', sv: 'gatubelysningsförsök' },
      { fi: 'liikenneturvallisuuskokeilu', en: 'road safety pilot', sv: 'trafiksäkerhetsförsök' },
    ],
    purposes: [
      {
        fi: 'testata älykästä katuvalaistusta ja tilannekuvaa yhdessä pelastuslaitoksen kanssa',
        en: 'test smart street lighting and situational awareness with the rescue services',
        sv: 'testa smart gatubelysning och lägesbild tillsammans med räddningsverket',
      },
      {
        fi: 'kokeilla drooneja ja anturidataa turvallisuuden parantamiseen',
        en: 'try drones and sensor data to improve safety',
        sv: 'pröva drönare och sensordata för att förbättra säkerheten',
      },
    ],
    capabilities: ['incident data', 'drone airspace', 'smart lighting', 'camera analytics'],
    related: ['mobility', 'data_and_ai', 'built_environment'],
  },
  {
    theme: 'culture_and_tourism',
    kinds: [
      { fi: 'matkailupalvelukokeilu', en: 'tourism service pilot', sv: 'turisttjänstförsök' },
      { fi: 'museolabra', en: 'museum lab', sv: 'museilabb' },
      { fi: 'tapahtumakokeilu', en: 'event pilot', sv: 'evenemangsförsök' },
      { fi: 'kulttuurireitti', en: 'culture trail', sv: 'kulturled' },
    ],
    purposes: [
      {
        fi: 'kokeilla lisättyä todellisuutta ja uusia matkailupalveluita kävijöiden kanssa',
        en: 'try augmented reality and new tourism services with visitors',
        sv: 'pröva förstärkt verklighet och nya turisttjänster med besökarna',
      },
      {
        fi: 'testata kävijävirtojen mittausta ja tapahtumien palveluita',
        en: 'test visitor-flow counting and event services',
        sv: 'testa mätning av besökarflöden och evenemangstjänster',
      },
    ],
    capabilities: ['event space', 'visitor counters', 'ar content', 'ticketing api'],
    related: ['participation', 'education', 'data_and_ai'],
  },
];

/** Where the bed is, in a sentence each; some mention transport, as real listings do. */
export const SETTINGS: readonly Phrase[] = [
  { fi: 'Alue on hyvien joukkoliikenneyhteyksien päässä.', en: 'The site is well served by public transport.', sv: 'Området har goda kollektivtrafikförbindelser.' },
  { fi: 'Kohde sijaitsee yliopiston ja yritysten lähellä.', en: 'The site is close to the university and companies.', sv: 'Platsen ligger nära universitetet och företag.' },
  { fi: 'Kohteessa on arkisin paikalla kaupungin yhteyshenkilö.', en: 'A city contact person is on site on weekdays.', sv: 'En kontaktperson från staden finns på plats vardagar.' },
  { fi: 'Alueella asuu monenikäisiä asukkaita, jotka osallistuvat mielellään kokeiluihin.', en: 'Residents of all ages live in the area and like to take part in pilots.', sv: 'I området bor invånare i alla åldrar som gärna deltar i försök.' },
  { fi: 'Kohteeseen pääsee ympäri vuoden, myös talvella.', en: 'The site is accessible all year round, winter included.', sv: 'Platsen är tillgänglig året runt, även vintertid.' },
  { fi: 'Sähkö ja tietoliikenne ovat valmiina kohteessa.', en: 'Power and data connections are ready on site.', sv: 'El och datakommunikation finns på plats.' },
  { fi: 'Kokeilut voivat hyödyntää kaupungin avointa dataa.', en: 'Pilots can use the city’s open data.', sv: 'Försöken kan använda stadens öppna data.' },
  { fi: 'Kohteessa on tilat työpajoille ja esittelyille.', en: 'There are rooms for workshops and demonstrations on site.', sv: 'Det finns lokaler för verkstäder och presentationer på plats.' },
  { fi: 'Kaupunki auttaa tarvittavien lupien hakemisessa.', en: 'The city helps with the permits a pilot needs.', sv: 'Staden hjälper till med de tillstånd som behövs.' },
  { fi: 'Kokeilun tuloksia voidaan hyödyntää kaupungin hankinnoissa.', en: 'Pilot results can inform the city’s procurement.', sv: 'Försökens resultat kan användas i stadens upphandlingar.' },
];

export const FIRST_NAMES: readonly string[] = [
  'Aino', 'Eero', 'Helmi', 'Juho', 'Kaisa', 'Lauri', 'Maija', 'Mikko', 'Noora', 'Olli', 'Pirkko', 'Sanna', 'Tuomas', 'Ville', 'Anna-Liisa', 'Jussi', 'Linnea', 'Elias', 'Sofia', 'Matti',
];

export const LAST_NAMES: readonly string[] = [
  'Virtanen', 'Korhonen', 'Mäkinen', 'Nieminen', 'Hämäläinen', 'Laine', 'Heikkinen', 'Koskinen', 'Järvinen', 'Lehtonen', 'Saarinen', 'Lindholm', 'Niemi', 'Salo', 'Karjalainen', 'Öhman',
];
