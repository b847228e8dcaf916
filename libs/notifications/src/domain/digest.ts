import { formatDate, formatDateTime, type Locale } from '@kokeilu/platform';
import { NOTIFICATION_MESSAGES } from './messages.js';
import type { MandatoryReason } from './preferences.js';

/** `HH:MM`, a time of day in Finnish time (DIGEST_TIME). */
export const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** The cron pattern of a job that runs daily at `time` (`07:30` → `30 7 * * *`), read in Europe/Helsinki. */
export function dailyCron(time: string): string {
  const match = TIME_OF_DAY.exec(time);
  if (!match) throw new Error(`"${time}" is not a time of day (HH:MM)`);
  return `${Number(match[2])} ${Number(match[1])} * * *`;
}

export interface DigestItem {
  title: string;
  body: string;
  /** The web app's page of the notification, a whole URL. */
  url: string | null;
  createdAt: Date;
}

export interface DigestMail {
  subject: string;
  text: string;
}

const DIGEST_TEXTS: Record<Locale, { subject: (count: number, day: string) => string; intro: (count: number) => string }> = {
  fi: {
    subject: (count, day) => `Kokeilu: ${count} ${count === 1 ? 'ilmoitus' : 'ilmoitusta'} ${day}`,
    intro: (count) => `Tässä koosteessa ${count === 1 ? 'on yksi ilmoitus' : `on ${count} ilmoitusta`}, jotka olet valinnut saavasi kerran päivässä.`,
  },
  sv: {
    subject: (count, day) => `Kokeilu: ${count} ${count === 1 ? 'avisering' : 'aviseringar'} ${day}`,
    intro: (count) => `Den här sammanfattningen har ${count === 1 ? 'en avisering' : `${count} aviseringar`} som du har valt att få en gång om dagen.`,
  },
  en: {
    subject: (count, day) => `Kokeilu: ${count} ${count === 1 ? 'notification' : 'notifications'} of ${day}`,
    intro: (count) => `This digest holds ${count === 1 ? 'the notification' : `the ${count} notifications`} you chose to receive once a day.`,
  },
};

/** The day's digest in the recipient's language: every gathered notification, oldest first, with its time and link. */
export function renderDigest(locale: Locale, items: readonly DigestItem[], sentAt: Date): DigestMail {
  const texts = DIGEST_TEXTS[locale];
  const ordered = [...items].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const entries = ordered.map((item) => [`${formatDateTime(item.createdAt, locale)} · ${item.title}`, item.body, ...(item.url ? [item.url] : [])].join('\n'));
  return {
    subject: texts.subject(items.length, formatDate(sentAt, locale)),
    text: [texts.intro(items.length), ...entries].join('\n\n'),
  };
}

const FOOTER_TEXTS: Record<
  Locale,
  { unsubscribe: (url: string) => string; unsubscribeDigest: (url: string) => string; manage: (url: string) => string }
> = {
  fi: {
    unsubscribe: (url) => `Et halua enää tällaisia sähköposteja? Peru ne yhdellä napsautuksella: ${url}`,
    unsubscribeDigest: (url) => `Et halua enää päivän koostetta sähköpostiin? Peru se yhdellä napsautuksella: ${url}`,
    manage: (url) => `Kaikki ilmoitusasetuksesi: ${url}`,
  },
  sv: {
    unsubscribe: (url) => `Vill du inte längre få sådana e-postmeddelanden? Avbeställ dem med ett klick: ${url}`,
    unsubscribeDigest: (url) => `Vill du inte längre få dagens sammanfattning per e-post? Avbeställ den med ett klick: ${url}`,
    manage: (url) => `Alla dina aviseringsinställningar: ${url}`,
  },
  en: {
    unsubscribe: (url) => `No longer want e-mails like this? Unsubscribe with one click: ${url}`,
    unsubscribeDigest: (url) => `No longer want the daily digest by e-mail? Unsubscribe with one click: ${url}`,
    manage: (url) => `All your notification settings: ${url}`,
  },
};

export type FooterOf =
  | { mandatory: MandatoryReason; manageUrl: string }
  | { unsubscribeUrl: string; digest?: boolean; manageUrl: string };

/** The closing lines of a notification e-mail: why it cannot be turned off, or how to turn it off. */
export function mailFooter(locale: Locale, footer: FooterOf): string {
  const texts = FOOTER_TEXTS[locale];
  const first =
    'mandatory' in footer
      ? mandatoryText(locale, footer.mandatory)
      : footer.digest
        ? texts.unsubscribeDigest(footer.unsubscribeUrl)
        : texts.unsubscribe(footer.unsubscribeUrl);
  return `--\n${first}\n${texts.manage(footer.manageUrl)}`;
}

/** Why a kind of message cannot be turned off, as the settings page says it. */
export function mandatoryText(locale: Locale, reason: MandatoryReason): string {
  return NOTIFICATION_MESSAGES[`notification.mandatory.${reason}`][locale];
}
