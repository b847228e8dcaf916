import type { Locale } from '../i18n/locales.js';
import type { MailSendPayload } from '../queue/registry.js';

export type TemplateName = MailSendPayload['template'];

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
};

export function renderMail(template: TemplateName, locale: Locale, params: Record<string, string>): Rendered {
  const byLocale = TEMPLATES[template];
  return (byLocale[locale] ?? byLocale.en)(params);
}
