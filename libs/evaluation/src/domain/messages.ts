import { defineMessages } from '@kokeilu/platform';

/** What evaluation tells its callers, by stable code, in every language. */
export const EVALUATION_MESSAGES = defineMessages({
  'review.submitted': {
    fi: 'Lähetettyä arviota ei voi enää muuttaa.',
    sv: 'En inlämnad bedömning kan inte längre ändras.',
    en: 'A submitted review can no longer be changed.',
  },
  'review.declined': {
    fi: 'Hylättyä arviointitehtävää ei voi enää muuttaa.',
    sv: 'Ett avböjt bedömningsuppdrag kan inte längre ändras.',
    en: 'A declined review can no longer be changed.',
  },
  'review.scores_missing': {
    fi: 'Jokainen arviointikriteeri tarvitsee pisteet ennen kuin arvion voi lähettää.',
    sv: 'Varje bedömningskriterium behöver poäng innan bedömningen kan lämnas in.',
    en: 'Every criterion needs a score before the review can be submitted.',
  },
  'review.decline.submitted': {
    fi: 'Lähetetystä arviosta ei voi enää kieltäytyä.',
    sv: 'En inlämnad bedömning kan inte längre avböjas.',
    en: 'A submitted review can no longer be declined.',
  },
  'review.decline.declined': {
    fi: 'Arviosta on jo kieltäydytty.',
    sv: 'Bedömningen är redan avböjd.',
    en: 'The review is already declined.',
  },
  'review.reason_required': {
    fi: 'Kerro, miksi kieltäydyt arvioinnista.',
    sv: 'Ange varför du avböjer bedömningen.',
    en: 'Say why you decline the review.',
  },
  'review.reason_too_long': {
    fi: 'Perustelu on liian pitkä: enintään {max} merkkiä.',
    sv: 'Motiveringen är för lång: högst {max} tecken.',
    en: 'The reason is too long: at most {max} characters.',
  },
  'review.invalid_scores': {
    fi: 'Tarkista pisteet: {fields}.',
    sv: 'Kontrollera poängen: {fields}.',
    en: 'Check the scores: {fields}.',
  },
  'review.stale_version': {
    fi: 'Arviota on muutettu version {version} jälkeen; nykyinen versio on {current}.',
    sv: 'Bedömningen har ändrats sedan version {version}; den nuvarande versionen är {current}.',
    en: 'The review has changed since version {version}; the current version is {current}.',
  },
  'review.not_readable': {
    fi: 'Sinulla ei ole oikeutta lukea tämän hakemuksen arvioita.',
    sv: 'Du får inte läsa bedömningarna av den här ansökan.',
    en: 'You may not read the reviews of this application.',
  },
  'pool.call_decided': {
    fi: 'Haku on ratkaistu, joten sen arvioijat eivät enää muutu.',
    sv: 'Utlysningen är avgjord, så dess bedömare ändras inte längre.',
    en: 'The call is decided, so its evaluators no longer change.',
  },
  'pool.not_evaluator': {
    fi: 'Käyttäjällä ei ole arvioijan roolia.',
    sv: 'Användaren har inte rollen som bedömare.',
    en: 'The user does not hold the evaluator role.',
  },
  'pool.already_in_pool': {
    fi: 'Arvioija on jo tämän haun arvioijana.',
    sv: 'Bedömaren finns redan bland utlysningens bedömare.',
    en: 'The evaluator is already in the pool of this call.',
  },
  'pool.not_closed': {
    fi: 'Arvioijat määrätään vasta, kun haku on sulkeutunut.',
    sv: 'Bedömare tilldelas först när utlysningen har stängts.',
    en: 'Reviewers are assigned once the call has closed.',
  },
  'pool.invalid_input': {
    fi: 'Tarkista kentät {fields}.',
    sv: 'Kontrollera fälten {fields}.',
    en: 'Check the fields {fields}.',
  },
  'conflict.already_declared': {
    fi: 'Olet jo ilmoittanut tämän esteellisyyden.',
    sv: 'Du har redan anmält det här jävet.',
    en: 'You have already declared this conflict of interest.',
  },
  'clarification.not_now': {
    fi: 'Hakemukselta voi pyytää täsmennystä vain sen kelpoisuuden tarkistuksen ja arvioinnin aikana, kun haku on sulkeutunut.',
    sv: 'Förtydliganden kan begäras bara medan ansökans behörighet prövas och den bedöms, efter att utlysningen har stängts.',
    en: 'Clarifications can be asked only while the application is checked for eligibility and evaluated, after its call has closed.',
  },
  'clarification.question_required': {
    fi: 'Kirjoita kysymys.',
    sv: 'Skriv frågan.',
    en: 'Write the question.',
  },
  'clarification.question_too_long': {
    fi: 'Kysymys on liian pitkä: enintään {max} merkkiä.',
    sv: 'Frågan är för lång: högst {max} tecken.',
    en: 'The question is too long: at most {max} characters.',
  },
  'clarification.due_in_past': {
    fi: 'Vastauksen määräajan on oltava tulevaisuudessa.',
    sv: 'Svarstiden måste ligga i framtiden.',
    en: 'The answer deadline must be in the future.',
  },
  'clarification.due_too_far': {
    fi: 'Vastauksen määräaika voi olla enintään {days} päivän päässä.',
    sv: 'Svarstiden får ligga högst {days} dagar framåt.',
    en: 'The answer deadline may be at most {days} days ahead.',
  },
  'clarification.answer_required': {
    fi: 'Kirjoita vastaus.',
    sv: 'Skriv svaret.',
    en: 'Write the answer.',
  },
  'clarification.answer_too_long': {
    fi: 'Vastaus on liian pitkä: enintään {max} merkkiä.',
    sv: 'Svaret är för långt: högst {max} tecken.',
    en: 'The answer is too long: at most {max} characters.',
  },
  'clarification.already_answered': {
    fi: 'Kysymykseen on jo vastattu, eikä vastausta voi muuttaa.',
    sv: 'Frågan är redan besvarad, och svaret kan inte ändras.',
    en: 'The question has already been answered, and the answer cannot be changed.',
  },
  'clarification.deadline_passed': {
    fi: 'Vastauksen määräaika on päättynyt.',
    sv: 'Svarstiden har gått ut.',
    en: 'The answer deadline has passed.',
  },
  'clarification.suggestion_decided': {
    fi: 'Ehdotus on jo käsitelty.',
    sv: 'Förslaget är redan behandlat.',
    en: 'The suggestion has already been dealt with.',
  },
  'clarification.reason_too_long': {
    fi: 'Perustelu on liian pitkä: enintään {max} merkkiä.',
    sv: 'Motiveringen är för lång: högst {max} tecken.',
    en: 'The reason is too long: at most {max} characters.',
  },
});

export type EvaluationMessageCode = keyof typeof EVALUATION_MESSAGES;
