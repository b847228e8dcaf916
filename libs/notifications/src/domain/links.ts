import type { Locale } from '@kokeilu/platform';

/** What a notification is about; `view` names a part of it (a call's ranking, an application's outcome). */
export interface LinkTarget {
  type: string;
  id: string;
  view?: string;
}

/** The collection of the web app that shows each kind of object. */
const COLLECTIONS: Record<string, string> = {
  application: 'applications',
  booking: 'bookings',
  call: 'calls',
  organisation: 'organisations',
  pilot: 'pilots',
  redress: 'desk/redress',
  review: 'desk/reviews',
  /** An application as those who run its call work on it (its clarifications). */
  'desk-application': 'desk/applications',
  testbed: 'testbeds',
};

/**
 * The one link scheme of notifications: the path the web app serves for the object, in the
 * recipient's language, e.g. `/fi/applications/<id>` or `/sv/calls/<id>/ranking`. Null for an
 * object the app has no page for.
 */
export function appPath(locale: Locale, target: LinkTarget | null | undefined): string | null {
  const collection = target ? COLLECTIONS[target.type] : undefined;
  if (!target || !collection) return null;
  const view = target.view ? `/${encodeURIComponent(target.view)}` : '';
  return `/${locale}/${collection}/${encodeURIComponent(target.id)}${view}`;
}

export interface MailLinks {
  /** The web page that confirms an unsubscribe, for a reader who follows the e-mail's link. */
  unsubscribePage: string;
  /** Where a mail program posts the one-click unsubscribe (RFC 8058): the API's address. */
  oneClick: string;
  /** The reader's notification settings. */
  settings: string;
}

/** The addresses an e-mail ends with, whole (from PUBLIC_URL), for an unsubscribe token. */
export function mailLinks(publicUrl: string, locale: Locale, token: string): MailLinks {
  const base = publicUrl.replace(/\/$/, '');
  const query = `token=${encodeURIComponent(token)}`;
  return {
    unsubscribePage: `${base}/${locale}/unsubscribe?${query}`,
    oneClick: `${base}/api/v1/notifications/unsubscribe?${query}`,
    settings: `${base}/${locale}/account#notifications`,
  };
}
