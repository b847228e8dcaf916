import type { Locale } from '../i18n/locales.js';
import type { MailSendPayload } from '../queue/registry.js';

/** The templated mails: those the generic mail job sends, and the e-mail verification. */
export type TemplateName = MailSendPayload['template'] | 'email_verification';

interface Rendered {
  subject: string;
  text: string;
}

type Template = (p: Record<string, string>) => Rendered;

/** Mail texts in fi/sv/en, chosen by the recipient's locale. */
const TEMPLATES: Record<TemplateName, Record<Locale, Template>> = {
  invitation: {
    fi: (p) => ({
      subject: `Kutsu organisaatioon ${p.organisationName} – Kokeilu`,
      text: `Hei,\n\n${p.inviterName} kutsui sinut organisaation ${p.organisationName} jäseneksi Kokeilu-palvelussa.\n\nHyväksy kutsu kirjautuneena: ${p.acceptUrl}\nKutsukoodi: ${p.token}\n\nKutsu on voimassa ${p.expiresAt} asti.`,
    }),
    sv: (p) => ({
      subject: `Inbjudan till ${p.organisationName} – Kokeilu`,
      text: `Hej,\n\n${p.inviterName} har bjudit in dig som medlem i ${p.organisationName} på Kokeilu.\n\nGodkänn inbjudan när du är inloggad: ${p.acceptUrl}\nInbjudningskod: ${p.token}\n\nInbjudan gäller till ${p.expiresAt}.`,
    }),
    en: (p) => ({
      subject: `Invitation to ${p.organisationName} – Kokeilu`,
      text: `Hello,\n\n${p.inviterName} invited you to join ${p.organisationName} on Kokeilu.\n\nAccept the invitation while signed in: ${p.acceptUrl}\nInvitation code: ${p.token}\n\nThe invitation is valid until ${p.expiresAt}.`,
    }),
  },
  email_verification: {
    fi: (p) => ({
      subject: 'Vahvista sähköpostiosoitteesi – Kokeilu',
      text: `Hei ${p.displayName},\n\nvahvista, että tämä osoite on sinun, avaamalla linkki:\n${p.link}\n\ntai kirjoita Kokeilu-palveluun kirjautuneena vahvistuskoodi: ${p.code}\n\nLinkki ja koodi ovat voimassa ${p.expiresAt} asti. Ennen vahvistusta voit kirjautua ja selata, mutta et tehdä muutoksia.\n\nJos et luonut tiliä Kokeilu-palveluun, voit jättää tämän viestin huomiotta.`,
    }),
    sv: (p) => ({
      subject: 'Bekräfta din e-postadress – Kokeilu',
      text: `Hej ${p.displayName},\n\nbekräfta att adressen är din genom att öppna länken:\n${p.link}\n\neller skriv in bekräftelsekoden när du är inloggad på Kokeilu: ${p.code}\n\nLänken och koden gäller till ${p.expiresAt}. Innan du har bekräftat adressen kan du logga in och läsa men inte göra ändringar.\n\nOm du inte har skapat något konto på Kokeilu kan du bortse från det här meddelandet.`,
    }),
    en: (p) => ({
      subject: 'Confirm your e-mail address – Kokeilu',
      text: `Hello ${p.displayName},\n\nconfirm that this address is yours by opening the link:\n${p.link}\n\nor enter this code while signed in to Kokeilu: ${p.code}\n\nThe link and the code are valid until ${p.expiresAt}. Until then you can sign in and read, but not change anything.\n\nIf you did not create an account on Kokeilu, you can ignore this message.`,
    }),
  },
};

export function renderMail(template: TemplateName, locale: Locale, params: Record<string, string>): Rendered {
  const byLocale = TEMPLATES[template];
  return (byLocale[locale] ?? byLocale.en)(params);
}
