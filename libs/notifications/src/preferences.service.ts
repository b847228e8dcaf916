import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '@kokeilu/access';
import { APP_CONFIG, type AppConfig, Audit, DomainError, messageOf } from '@kokeilu/platform';
import { NOTIFICATION_MESSAGES } from './domain/messages.js';
import { NOTIFICATION_KINDS, type NotificationKind } from './domain/params.js';
import { DEFAULT_DELIVERY, type Delivery, mandatoryReason, type MandatoryReason, preferenceProblem } from './domain/preferences.js';
import { readUnsubscribeToken, type UnsubscribeScope } from './domain/unsubscribe.js';

export interface NotificationPreference {
  kind: NotificationKind;
  delivery: Delivery;
  /** Why this kind always goes out at once by e-mail; null when the user chooses. */
  mandatory: MandatoryReason | null;
}

export interface Unsubscribed {
  scope: UnsubscribeScope;
  /** The kinds that now reach the user in the app only (none when they did already). */
  kinds: NotificationKind[];
}

/** A user's own choices of how each kind of notification reaches them; every query is by the caller's id. */
@Injectable()
export class NotificationPreferencesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: Audit,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(actor: Actor): Promise<NotificationPreference[]> {
    return this.read(this.dataSource.manager, actor.userId);
  }

  /** Sets how `kind` reaches the caller; setting what is already set changes nothing and records nothing. */
  async set(actor: Actor, kind: string, delivery: Delivery): Promise<NotificationPreference> {
    if (!isKind(kind)) throw DomainError.notFound('Notification kind');
    const problem = preferenceProblem(kind, delivery);
    if (problem) throw DomainError.conflict(messageOf(NOTIFICATION_MESSAGES, `notification.mandatory.${problem.reason}`), { reason: problem.reason });
    return this.dataSource.transaction(async (tx) => {
      await this.change(tx, actor.userId, await this.read(tx, actor.userId), [kind], delivery, 'user.notification_preference_changed');
      return { kind, delivery, mandatory: null };
    });
  }

  /**
   * The one-click unsubscribe of an e-mail's link or List-Unsubscribe header, without signing in:
   * the token's kind goes in-app only, or for the digest every kind the user gathers into it.
   */
  async unsubscribe(token: string): Promise<Unsubscribed> {
    const target = readUnsubscribeToken(this.config.JWT_SECRET, token);
    const invalid = () => DomainError.invalid('token', messageOf(NOTIFICATION_MESSAGES, 'notification.unsubscribe.invalid'));
    if (!target) throw invalid();
    return this.dataSource.transaction(async (tx) => {
      const [user]: { id: string }[] = await tx.query(`SELECT id FROM users WHERE id = $1 FOR UPDATE`, [target.userId]);
      if (!user) throw invalid();
      const current = await this.read(tx, target.userId);
      const kinds =
        target.scope === 'digest'
          ? current.filter((p) => p.delivery === 'digest').map((p) => p.kind)
          : current.filter((p) => p.kind === target.scope && !p.mandatory && p.delivery !== 'in_app').map((p) => p.kind);
      await this.change(tx, target.userId, current, kinds, 'in_app', 'user.notification_unsubscribed');
      return { scope: target.scope, kinds };
    });
  }

  private async read(tx: EntityManager, userId: string): Promise<NotificationPreference[]> {
    const rows: { kind: string; delivery: Delivery }[] = await tx.query(`SELECT kind, delivery FROM notification_preferences WHERE user_id = $1`, [userId]);
    const chosen = new Map(rows.map((row) => [row.kind, row.delivery]));
    return NOTIFICATION_KINDS.map((kind) => {
      const mandatory = mandatoryReason(kind);
      return { kind, delivery: mandatory ? 'immediate' : (chosen.get(kind) ?? DEFAULT_DELIVERY), mandatory };
    });
  }

  /** Stores `delivery` for the kinds whose delivery it changes (from `current`), with one audit event per change. */
  private async change(tx: EntityManager, userId: string, current: NotificationPreference[], kinds: NotificationKind[], delivery: Delivery, action: string): Promise<void> {
    const before = new Map(current.map((p) => [p.kind, p.delivery]));
    const changed = kinds.filter((kind) => before.get(kind) !== delivery);
    if (!changed.length) return;
    await tx.query(
      `INSERT INTO notification_preferences (user_id, kind, delivery) SELECT $1, unnest($2::text[]), $3
       ON CONFLICT (user_id, kind) DO UPDATE SET delivery = EXCLUDED.delivery, updated_at = now()`,
      [userId, changed, delivery],
    );
    await this.audit.recordMany(
      tx,
      changed.map((kind) => ({ actorId: userId, action, entityType: 'user', entityId: userId, before: { kind, delivery: before.get(kind) }, after: { kind, delivery } })),
    );
  }
}

function isKind(kind: string): kind is NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(kind);
}
