import { defineMessages, type Sentence } from '@kokeilu/platform';
import type { CallState } from './call.js';

/** A call's state as a sentence puts it after "it is" (`se on`, `den är`). */
export const CALL_STATE_WORDS: Record<CallState, Sentence> = {
  draft: { fi: 'luonnos', sv: 'ett utkast', en: 'a draft' },
  scheduled: { fi: 'ajastettu avautumaan', sv: 'schemalagd att öppnas', en: 'scheduled to open' },
  open: { fi: 'avoinna', sv: 'öppen', en: 'open' },
  closed: { fi: 'sulkeutunut', sv: 'stängd', en: 'closed' },
  in_evaluation: { fi: 'arvioitavana', sv: 'under bedömning', en: 'in evaluation' },
  decided: { fi: 'ratkaistu', sv: 'avgjord', en: 'decided' },
};

/** What calls tell their callers, by stable code, in every language. */
export const CALL_MESSAGES = defineMessages({
  'call.publish.not_draft': {
    fi: 'Vain luonnoksen voi julkaista; tämä haku on {state}.',
    sv: 'Endast ett utkast kan publiceras; den här utlysningen är {state}.',
    en: 'Only a draft can be published; this call is {state}.',
  },
  'call.publish.too_late': {
    fi: 'Haun päättymisaika (closesAt) on jo mennyt: siirrä se tulevaisuuteen ennen julkaisua.',
    sv: 'Utlysningens sluttid (closesAt) har redan passerat: flytta fram den innan du publicerar.',
    en: 'The closing time (closesAt) has passed: move it into the future before publishing.',
  },
  'call.locked_fields': {
    fi: 'Julkaisun jälkeen vain tekstit ja tulevat päivämäärät voivat muuttua; nämä eivät voi: {fields}.',
    sv: 'Efter publiceringen får bara texterna och kommande datum ändras; de här får inte det: {fields}.',
    en: 'After publishing only the texts and the dates still ahead may change; these cannot: {fields}.',
  },
  'call.deadlines_past': {
    fi: 'Julkaistun haun määräaikoja ei voi siirtää menneisyyteen: {fields}.',
    sv: 'En publicerad utlysnings tidsfrister kan inte flyttas bakåt i tiden: {fields}.',
    en: "A published call's deadlines cannot move into the past: {fields}.",
  },
  'call.unconsented_beds': {
    fi: 'Haku tarjoaa vain testiympäristöjä, joiden kaupunki suostuu siihen: toisen kaupungin testiympäristön liittää hakuun sen kaupungin koordinaattori.',
    sv: 'En utlysning erbjuder bara testmiljöer vars stad samtycker: en annan stads testmiljö länkas av en koordinator i den staden.',
    en: "A call offers only test beds whose city consents: another city's test bed is linked by a coordinator of that city.",
  },
  'call.drafts_listed': {
    fi: 'Hakuluonnokset näkyvät vain niiden kaupungin koordinaattoreille ja ylläpitäjille.',
    sv: 'Utkast till utlysningar visas bara för deras stads koordinatorer och för administratörer.',
    en: 'Draft calls are listed only for the coordinators of their city and for admins.',
  },
  'call.invalid_input': {
    fi: 'Tarkista kentät {fields}.',
    sv: 'Kontrollera fälten {fields}.',
    en: 'Check the fields {fields}.',
  },
  'call.no_such_city': {
    fi: 'Tällaista kaupunkia ei ole.',
    sv: 'Det finns ingen sådan stad.',
    en: 'There is no such city.',
  },
  'call.stale_version': {
    fi: 'Hakua on muutettu version {version} jälkeen; nykyinen versio on {current}.',
    sv: 'Utlysningen har ändrats sedan version {version}; den nuvarande versionen är {current}.',
    en: 'The call has changed since version {version}; the current version is {current}.',
  },
  'call.first_stage.not_draft': {
    fi: 'Ensimmäisen vaiheen (ideat) voi lisätä tai muuttaa vain hakuluonnokseen; tämä haku on {state}.',
    sv: 'Det första steget (idéer) kan läggas till eller ändras bara i ett utkast; den här utlysningen är {state}.',
    en: 'The first stage (ideas) can be added or changed only in a draft; this call is {state}.',
  },
  'call.first_stage.is_first_stage': {
    fi: 'Tämä on jo toisen haun ensimmäinen vaihe: sille ei voi lisätä omaa ensimmäistä vaihetta.',
    sv: 'Det här är redan det första steget i en annan utlysning: det kan inte få ett eget första steg.',
    en: 'This is already the first stage of another call: it cannot have a first stage of its own.',
  },
  'call.first_stage.publish_with_call': {
    fi: 'Ensimmäinen vaihe julkaistaan yhdessä haun kanssa: julkaise haku.',
    sv: 'Det första steget publiceras tillsammans med utlysningen: publicera utlysningen.',
    en: 'The first stage is published with its call: publish the call.',
  },
  'call.stage_schedule': {
    fi: 'Vaiheiden aikataulu ei sovi yhteen: {fields}.',
    sv: 'Stegens tidtabeller passar inte ihop: {fields}.',
    en: 'The schedules of the two stages do not fit together: {fields}.',
  },
  'call.ranking_basis.evaluation_started': {
    fi: 'Sijoituksen perusteen (raaka- vai kalibroidut pisteet) voi valita vain ennen arvioinnin alkua; tämä haku on {state}.',
    sv: 'Grunden för rangordningen (råa eller kalibrerade poäng) kan väljas bara innan bedömningen börjar; den här utlysningen är {state}.',
    en: 'The ranking basis (raw or calibrated totals) can be chosen only before evaluation starts; this call is {state}.',
  },
});
