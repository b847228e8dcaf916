import type { Locale } from '@kokeilu/platform';
import { mailFooter } from './digest.js';
import { appPath, mailLinks } from './links.js';
import { deliveryOf, mandatoryReason, type Delivery } from './preferences.js';
import type { NotificationKind, NotificationParams } from './params.js';
import { renderNotification } from './templates.js';
import { unsubscribeHeaders, unsubscribeToken } from './unsubscribe.js';

/** One notification as its change asked for it (the payload of `notification.send`, its kind known). */
export interface NotificationRequestOf<K extends NotificationKind = NotificationKind> {
  userId: string;
  kind: K;
  params: Record<string, unknown>;
  entityType?: string;
  entityId?: string;
  view?: string;
  delivery?: 'immediate' | 'digest';
}

/** What a delivery needs to know of its recipient: the address, the language and the choice for the kind (none: the default). */
export interface Recipient {
  email: string;
  locale: Locale;
  chosen: Delivery | null;
}

export interface NotificationEntry {
  userId: string;
  kind: NotificationKind;
  title: string;
  body: string;
  link: string | null;
  entityType: string | null;
  entityId: string | null;
  delivery: Delivery;
}

export interface NotificationMail {
  to: string;
  subject: string;
  text: string;
  /** The one-click unsubscribe headers, for a kind the recipient may turn off. */
  headers?: Record<string, string>;
}

/**
 * What one notification becomes for its recipient, in the recipient's language: the in-app entry
 * always, and the e-mail when it goes out at once (as the recipient chose for its kind, or always
 * for a mandatory kind). The e-mail carries the entry's link whole (the web app is served where
 * the API is) and ends with why it cannot be turned off, or how to turn it off with one click.
 */
export function notificationDelivery(
  request: NotificationRequestOf,
  recipient: Recipient,
  site: { publicUrl: string; key: string },
): { entry: NotificationEntry; mail: NotificationMail | null } {
  const { kind } = request;
  const delivery = deliveryOf(kind, recipient.chosen, request.delivery);
  const text = renderNotification(kind, recipient.locale, request.params as unknown as NotificationParams[typeof kind]);
  const target = request.entityType && request.entityId ? { type: request.entityType, id: request.entityId, view: request.view } : null;
  const link = appPath(recipient.locale, target);
  const entry: NotificationEntry = {
    userId: request.userId,
    kind,
    title: text.title,
    body: text.body,
    link,
    entityType: request.entityType ?? null,
    entityId: request.entityId ?? null,
    delivery,
  };
  if (delivery !== 'immediate') return { entry, mail: null };
  const links = mailLinks(site.publicUrl, recipient.locale, unsubscribeToken(site.key, request.userId, kind));
  const reason = mandatoryReason(kind);
  const footer = mailFooter(recipient.locale, reason ? { mandatory: reason, manageUrl: links.settings } : { unsubscribeUrl: links.unsubscribePage, manageUrl: links.settings });
  const body = [text.body, ...(link ? [`${site.publicUrl}${link}`] : []), footer].join('\n\n');
  return { entry, mail: { to: recipient.email, subject: text.title, text: body, ...(reason ? {} : { headers: unsubscribeHeaders(links.oneClick) }) } };
}
