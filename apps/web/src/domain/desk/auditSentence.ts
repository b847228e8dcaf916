import type { components } from '../../api/schema';
import { formatPeriod } from '../app/i18n/format';
import type { Locale } from '../app/i18n/locales';

type AuditEvent = components['schemas']['AuditEventDto'];

/** The actions the log words as a sentence of their own; any other reads "{{actor}}: {{action}}, {{object}}". */
export const WORDED_ACTIONS = [
  'testbed.created',
  'testbed.seeded',
  'testbed.updated',
  'testbed.published',
  'testbed.archived',
  'booking.requested',
  'booking.approved',
  'booking.declined',
  'booking.cancelled',
  'call.created',
  'call.updated',
  'call.published',
  'call.opened',
  'call.closed',
  'call.extension_granted',
  'call.evaluator_added',
  'call.evaluator_removed',
  'call.funding_decided',
  'call.ranking_basis_set',
  'application.submitted',
  'application.withdrawn',
  'application.eligibility_checked',
] as const;

type Snapshot = Record<string, unknown> | null;

/** A text of a snapshot in the reader's language: a plain string, or `{ fi, sv, en }` with a fallback. */
function textIn(value: unknown, locale: Locale): string | null {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const texts = value as Partial<Record<Locale, unknown>>;
    for (const language of [locale, 'fi', 'sv', 'en'] as const) if (typeof texts[language] === 'string' && texts[language]) return texts[language] as string;
  }
  return null;
}

/** What the event is about, named from its snapshots: a bed's name, a call's or application's title, a booking's period and purpose. */
export function objectName(event: Pick<AuditEvent, 'entityType' | 'before' | 'after'>, locale: Locale): string | null {
  const after = event.after as Snapshot;
  const before = event.before as Snapshot;
  const pick = (key: string) => textIn(after?.[key], locale) ?? textIn(before?.[key], locale);
  if (event.entityType === 'booking') {
    const start = pick('start');
    const end = pick('end');
    const purpose = pick('purpose');
    if (start && end) return purpose ? `${formatPeriod(start.slice(0, 10), end.slice(0, 10), locale)} (${purpose})` : formatPeriod(start.slice(0, 10), end.slice(0, 10), locale);
  }
  return pick('name') ?? pick('title');
}

/**
 * The names the events give their objects, by object: a publishing or archiving keeps only the
 * state, so its object is named by the other events of the same object (its creation, its edits).
 */
export function namesByEntity(events: readonly AuditEvent[], locale: Locale): Map<string, string> {
  const names = new Map<string, string>();
  for (const event of events) {
    const name = objectName(event, locale);
    if (name && !names.has(`${event.entityType}:${event.entityId}`)) names.set(`${event.entityType}:${event.entityId}`, name);
  }
  return names;
}

/** The message key and its values for one event: who did what to which (`system` names the programme's own work). */
export function auditSentence(event: AuditEvent, locale: Locale, system: string, names: Map<string, string> = new Map()): { key: string; values: Record<string, string> } {
  const actor = event.actorName ?? system;
  const object = objectName(event, locale) ?? names.get(`${event.entityType}:${event.entityId}`) ?? '';
  const worded = (WORDED_ACTIONS as readonly string[]).includes(event.action);
  const reason = textIn((event.after as Snapshot)?.decisionReason, locale) ?? textIn((event.after as Snapshot)?.reason, locale) ?? '';
  // The ranking basis reads by what was chosen: "… chose calibrated totals for the call …".
  const basis = event.action === 'call.ranking_basis_set' ? `_${(event.after as Snapshot)?.rankingBasis === 'calibrated' ? 'calibrated' : 'raw'}` : '';
  return {
    key: worded ? `deskAudit.sentences.${event.action.replace('.', '_')}${basis}` : 'deskAudit.sentences.other',
    values: { actor, object, action: event.action, reason },
  };
}
