import { defineMessages, type Sentence } from '@kokeilu/platform';
import type { ApplicationState } from './application.js';

/** An application's state as a sentence puts it after "it is" (`se on`, `den är`). */
export const APPLICATION_STATE_PHRASES: Record<ApplicationState, Sentence> = {
  draft: { fi: 'luonnos', sv: 'ett utkast', en: 'a draft' },
  submitted: { fi: 'lähetetty', sv: 'inlämnad', en: 'submitted' },
  eligible: { fi: 'todettu tukikelpoiseksi', sv: 'bedömd som stödberättigad', en: 'found eligible' },
  ineligible: { fi: 'todettu tukikelvottomaksi', sv: 'bedömd som inte stödberättigad', en: 'found ineligible' },
  in_review: { fi: 'arvioitavana', sv: 'under bedömning', en: 'in review' },
  reviewed: { fi: 'arvioitu', sv: 'bedömd', en: 'reviewed' },
  ranked: { fi: 'asetettu paremmuusjärjestykseen', sv: 'rangordnad', en: 'ranked' },
  proposed: { fi: 'ehdolla rahoitettavaksi', sv: 'föreslagen för finansiering', en: 'proposed for funding' },
  reserve: { fi: 'varalistalla', sv: 'på reservlistan', en: 'on the reserve list' },
  rejected: { fi: 'hylätty', sv: 'avslagen', en: 'rejected' },
  funded: { fi: 'rahoitettu', sv: 'beviljad finansiering', en: 'funded' },
  not_funded: { fi: 'jäänyt ilman rahoitusta', sv: 'utan finansiering', en: 'not funded' },
  withdrawn: { fi: 'peruttu', sv: 'återtagen', en: 'withdrawn' },
  invited: { fi: 'kutsuttu jättämään varsinainen hakemus', sv: 'inbjuden att lämna en fullständig ansökan', en: 'invited to send a full proposal' },
  not_invited: { fi: 'jäänyt ilman kutsua toiseen vaiheeseen', sv: 'inte inbjuden till det andra steget', en: 'not invited to the second stage' },
};

/** What applications tell their callers, by stable code, in every language. */
export const APPLICATION_MESSAGES = defineMessages({
  'application.submit_refused': {
    fi: 'Hakemusta ei voi enää lähettää: se on {state}.',
    sv: 'Ansökan kan inte längre lämnas in: den är {state}.',
    en: 'The application can no longer be submitted: it is {state}.',
  },
  'application.withdraw.funded': {
    fi: 'Rahoitettua hakemusta ei voi perua, mutta siitä voi luopua luopumalla myönnetystä tuesta.',
    sv: 'En finansierad ansökan kan inte tas tillbaka, men det beviljade stödet kan avböjas.',
    en: 'A funded application cannot be withdrawn, but its grant can be declined.',
  },
  'application.withdraw.not_funded': {
    fi: 'Hakemusta, joka jäi ilman rahoitusta, ei voi enää perua.',
    sv: 'En ansökan som blev utan finansiering kan inte längre tas tillbaka.',
    en: 'An application that was not funded can no longer be withdrawn.',
  },
  'application.withdraw.invited': {
    fi: 'Ideaa ei voi enää perua: se on kutsuttu toiseen vaiheeseen, ja varsinaisen hakemuksen voi perua.',
    sv: 'Idén kan inte längre tas tillbaka: den är inbjuden till det andra steget, och den fullständiga ansökan kan tas tillbaka.',
    en: 'The idea can no longer be withdrawn: it was invited to the second stage, whose full proposal can be withdrawn.',
  },
  'application.withdraw.not_invited': {
    fi: 'Ideaa, jota ei kutsuttu toiseen vaiheeseen, ei voi enää perua.',
    sv: 'En idé som inte bjöds in till det andra steget kan inte längre tas tillbaka.',
    en: 'An idea that was not invited to the second stage can no longer be withdrawn.',
  },
  'application.invitation_required': {
    fi: 'Tämän haun toiseen vaiheeseen hakevat vain ensimmäisestä vaiheesta kutsutut: varsinainen hakemus syntyy kutsusta, ideasta jatkaen.',
    sv: 'Till den här utlysningens andra steg ansöker bara de som bjudits in från det första steget: den fullständiga ansökan skapas av inbjudan, utgående från idén.',
    en: 'Only ideas invited from the first stage apply to this call’s second stage: the full proposal is created by the invitation, starting from the idea.',
  },
  'application.withdraw.withdrawn': {
    fi: 'Hakemus on jo peruttu.',
    sv: 'Ansökan är redan återtagen.',
    en: 'The application is already withdrawn.',
  },
  'application.not_editable': {
    fi: 'Hakemusta ei voi enää muokata: se on {state}.',
    sv: 'Ansökan kan inte längre ändras: den är {state}.',
    en: 'The application can no longer be edited: it is {state}.',
  },
  'application.no_new_partners': {
    fi: 'Hakemukseen ei voi enää lisätä kumppaneita: se on {state}.',
    sv: 'Ansökan tar inte längre emot nya partner: den är {state}.',
    en: 'The application takes no new partners: it is {state}.',
  },
  'application.consortium_fixed': {
    fi: 'Konsortiota ei voi enää muuttaa: hakemus on {state}.',
    sv: 'Konsortiet kan inte längre ändras: ansökan är {state}.',
    en: 'The consortium can no longer change: the application is {state}.',
  },
  'application.lead_not_partner': {
    fi: 'Päähakija ei voi olla myös kumppani.',
    sv: 'Den huvudsökande organisationen kan inte också vara partner.',
    en: 'The lead organisation cannot also be a partner.',
  },
  'application.partner_exists': {
    fi: 'Organisaatio on jo kutsuttu tai kumppani.',
    sv: 'Organisationen är redan inbjuden eller partner.',
    en: 'The organisation is already invited or a partner.',
  },
  'application.already_partner': {
    fi: 'Organisaatio on jo kumppani.',
    sv: 'Organisationen är redan partner.',
    en: 'The organisation is already a partner.',
  },
  'application.partner_removal': {
    fi: 'Vain päähakija tai organisaation omistaja voi poistaa organisaation konsortiosta.',
    sv: 'Endast den huvudsökande eller en ägare till organisationen får ta bort den ur konsortiet.',
    en: 'Only the lead or an owner of the organisation may remove it from the consortium.',
  },
  'application.call_not_open': {
    fi: 'Hakemuksia otetaan vastaan vain haun ollessa avoinna. {why}',
    sv: 'Ansökningar tas emot endast medan utlysningen är öppen. {why}',
    en: 'Applications are taken only while the call is open. {why}',
  },
  'application.invalid_input': {
    fi: 'Tarkista kentät {fields}.',
    sv: 'Kontrollera fälten {fields}.',
    en: 'Check the fields {fields}.',
  },
  'application.stale_version': {
    fi: 'Hakemusta on muutettu version {version} jälkeen; nykyinen versio on {current}.',
    sv: 'Ansökan har ändrats sedan version {version}; den nuvarande versionen är {current}.',
    en: 'The application has changed since version {version}; the current version is {current}.',
  },
  'submission.not_open': {
    fi: 'Haku ei ole vielä avoinna; se avautuu {time}.',
    sv: 'Utlysningen är inte öppen än; den öppnas {time}.',
    en: 'The call is not open yet; it opens on {time}.',
  },
  'submission.extension_ended': {
    fi: 'Pidennetty määräaikasi päättyi {time}.',
    sv: 'Din förlängda tidsfrist gick ut {time}.',
    en: 'Your extension ended on {time}.',
  },
  'submission.closed': {
    fi: 'Haku sulkeutui {time}.',
    sv: 'Utlysningen stängdes {time}.',
    en: 'The call closed on {time}.',
  },
  'extension.call_not_running': {
    fi: 'Määräajan pidennyksiä myönnetään vain avoimiin tai juuri sulkeutuneisiin hakuihin; tämä haku on {state}.',
    sv: 'Förlängda tidsfrister ges bara i öppna eller nyss stängda utlysningar; den här utlysningen är {state}.',
    en: 'Deadline extensions are granted only in open or just closed calls; this call is {state}.',
  },
  'extension.exists': {
    fi: 'Organisaatiolla on jo pidennetty määräaika {time} asti.',
    sv: 'Organisationen har redan en förlängd tidsfrist till {time}.',
    en: 'The organisation already has an extension until {time}.',
  },
});

export type ApplicationMessageCode = keyof typeof APPLICATION_MESSAGES;
