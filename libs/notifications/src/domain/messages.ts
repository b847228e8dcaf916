import { defineMessages } from '@kokeilu/platform';

/** What the notification settings tell their callers, by stable code, in every language. */
export const NOTIFICATION_MESSAGES = defineMessages({
  'notification.mandatory.receipt': {
    fi: 'Tämä viesti lähetetään aina, eikä sitä voi perua: se on kuitti siitä, että hakemuksesi saapui määräaikaan mennessä.',
    sv: 'Det här meddelandet skickas alltid och kan inte avbeställas: det är ett kvitto på att din ansökan kom in före tidsfristen.',
    en: 'This message is always sent and cannot be turned off: it is the receipt that your application arrived before the deadline.',
  },
  'notification.mandatory.decision': {
    fi: 'Tämä viesti lähetetään aina, eikä sitä voi perua: se kertoo päätöksestä, joka koskee sinua tai organisaatiotasi.',
    sv: 'Det här meddelandet skickas alltid och kan inte avbeställas: det gäller ett beslut som rör dig eller din organisation.',
    en: 'This message is always sent and cannot be turned off: it tells of a decision about you or your organisation.',
  },
  'notification.mandatory.deadline': {
    fi: 'Tämä viesti lähetetään aina, eikä sitä voi perua: se kertoo määräajasta, joka koskee hakemustasi.',
    sv: 'Det här meddelandet skickas alltid och kan inte avbeställas: det gäller en tidsfrist för din ansökan.',
    en: 'This message is always sent and cannot be turned off: it tells of a deadline of your application.',
  },
  'notification.unsubscribe.invalid': {
    fi: 'Peruutuslinkki ei ole voimassa. Muuta ilmoitusasetuksiasi kirjautumalla sisään.',
    sv: 'Avbeställningslänken är inte giltig. Ändra dina aviseringsinställningar genom att logga in.',
    en: 'The unsubscribe link is not valid. Sign in to change your notification settings.',
  },
});
