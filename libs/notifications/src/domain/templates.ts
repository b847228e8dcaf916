import type { Locale } from '@kokeilu/platform';
import type { NotificationKind, NotificationParams } from './params.js';
import { formatFor, RenderedNotification, TextsOf } from './render.js';
import { ALERT_TEXTS } from './texts/alerts.js';
import { APPLICATION_TEXTS } from './texts/applications.js';
import { BOOKING_TEXTS } from './texts/bookings.js';
import { CLARIFICATION_TEXTS } from './texts/clarifications.js';
import { EVALUATION_TEXTS } from './texts/evaluation.js';
import { FUNDING_TEXTS } from './texts/funding.js';
import { ORGANISATION_TEXTS } from './texts/organisations.js';
import { PILOT_TEXTS } from './texts/pilots.js';
import { REDRESS_TEXTS } from './texts/redress.js';

export * from './params.js';
export type { Format, RenderedNotification } from './render.js';

const TEXTS: TextsOf<NotificationKind> = { ...BOOKING_TEXTS, ...APPLICATION_TEXTS, ...EVALUATION_TEXTS, ...FUNDING_TEXTS, ...PILOT_TEXTS, ...ORGANISATION_TEXTS, ...CLARIFICATION_TEXTS, ...REDRESS_TEXTS, ...ALERT_TEXTS };

/** The notification's text in the recipient's language, its amounts and times written as that language does. */
export function renderNotification<K extends NotificationKind>(kind: K, locale: Locale, params: NotificationParams[K]): RenderedNotification {
  const byLocale = TEXTS[kind] as TextsOf<K>[K];
  return (byLocale[locale] ?? byLocale.en)(params, formatFor(locale));
}
