import { defineMessages } from '@kokeilu/platform';

/** What redress tells its callers, by stable code, in every language. */
export const REDRESS_MESSAGES = defineMessages({
  'redress.not_decided': {
    fi: 'Oikaisua voi pyytää vasta, kun haun rahoituspäätös on tehty.',
    sv: 'Omprövning kan begäras först när utlysningens finansieringsbeslut har fattats.',
    en: 'A redress can be requested only once the call’s funding decision is made.',
  },
  'redress.not_redressable': {
    fi: 'Oikaisua voi pyytää vain hakemukselle, joka jäi päätöksessä ilman rahoitusta.',
    sv: 'Omprövning kan begäras endast för en ansökan som inte beviljades finansiering i beslutet.',
    en: 'A redress can be requested only for an application the decision left unfunded.',
  },
  'redress.window_closed': {
    fi: 'Oikaisupyynnön määräaika, 30 päivää päätöksestä, on päättynyt.',
    sv: 'Tidsfristen för en begäran om omprövning, 30 dagar från beslutet, har gått ut.',
    en: 'The time for a redress request, 30 days from the decision, has run out.',
  },
  'redress.grounds_short': {
    fi: 'Kerro perusteet vähintään 20 merkillä.',
    sv: 'Ange grunderna med minst 20 tecken.',
    en: 'State the grounds in at least 20 characters.',
  },
  'redress.grounds_long': {
    fi: 'Perusteet saavat olla enintään 5000 merkkiä.',
    sv: 'Grunderna får vara högst 5000 tecken.',
    en: 'The grounds may be at most 5000 characters.',
  },
  'redress.already_requested': {
    fi: 'Tälle hakemukselle on jo pyydetty oikaisua.',
    sv: 'Omprövning har redan begärts för denna ansökan.',
    en: 'A redress has already been requested for this application.',
  },
  'redress.closed_for_appointment': {
    fi: 'Käsittelijän voi nimetä vain ennen kuin oikaisupyynnön ratkaisu on kirjattu.',
    sv: 'En granskare kan utses endast innan avgörandet av begäran har registrerats.',
    en: 'A reviewer can be appointed only before the outcome of the request is recorded.',
  },
  'redress.reviewer_ineligible': {
    fi: 'Käsittelijä ei saa olla osallistunut haun arviointiin eikä olla esteellinen hakemukseen nähden.',
    sv: 'Granskaren får inte ha deltagit i utlysningens bedömning och får inte vara jävig i förhållande till ansökan.',
    en: 'The reviewer must have taken no part in the call’s evaluation and have no conflict with the application.',
  },
  'redress.not_in_review': {
    fi: 'Oikaisupyynnöllä ei ole vielä nimettyä käsittelijää.',
    sv: 'Begäran om omprövning har ännu ingen utsedd granskare.',
    en: 'The redress request has no appointed reviewer yet.',
  },
  'redress.outcome_recorded': {
    fi: 'Oikaisupyynnön ratkaisu on jo kirjattu toisin.',
    sv: 'Avgörandet av begäran om omprövning har redan registrerats på annat sätt.',
    en: 'The outcome of the redress request is already recorded otherwise.',
  },
  'redress.reasons_missing': {
    fi: 'Kirjaa ratkaisun perustelut.',
    sv: 'Ange motiveringen till avgörandet.',
    en: 'Give the reasons for the outcome.',
  },
  'redress.reasons_long': {
    fi: 'Perustelut saavat olla enintään 5000 merkkiä.',
    sv: 'Motiveringen får vara högst 5000 tecken.',
    en: 'The reasons may be at most 5000 characters.',
  },
  'redress.not_re_evaluating': {
    fi: 'Uusia arvioijia voi pyytää vain hyväksytyn oikaisupyynnön uudelleenarviointiin.',
    sv: 'Nya bedömare kan begäras endast för den nya bedömningen av en bifallen begäran om omprövning.',
    en: 'New evaluators can be asked for only for the re-evaluation of an upheld redress request.',
  },
  'redress.policy_fixed': {
    fi: 'Oikaisujen varabudjetti ja korjaustapa on lukittu, kun haun rahoituspäätös on tehty.',
    sv: 'Omprövningarnas reservbudget och åtgärd är låsta när utlysningens finansieringsbeslut har fattats.',
    en: 'The redress reserve and remedy are fixed once the call’s funding decision is made.',
  },
});
