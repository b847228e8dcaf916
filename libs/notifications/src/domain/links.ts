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
  review: 'reviews',
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
