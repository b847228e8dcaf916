import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Outbox, type OutboxJob } from '@kokeilu/platform';
import type { LinkTarget } from './domain/links.js';
import type { NotificationKind, NotificationParams } from './domain/templates.js';

export interface NotifyInput<K extends NotificationKind> {
  userIds: string[];
  kind: K;
  params: NotificationParams[K];
  /** What the notification is about: its link leads there (see `appPath`). */
  entity: LinkTarget;
  /** How this notification asks to be delivered (a saved search's frequency); the recipient's choice for the kind otherwise. */
  delivery?: 'immediate' | 'digest';
}

/**
 * Notifies users of a change, with the change's own transaction: one outbox job per recipient,
 * so nothing is sent for a change that rolls back and nothing is lost while the queue is down.
 */
@Injectable()
export class Notifier {
  constructor(private readonly outbox: Outbox) {}

  async notify<K extends NotificationKind>(tx: EntityManager, input: NotifyInput<K>): Promise<void> {
    await this.notifyEach(tx, [input]);
  }

  /** Several notifications (each its own kind and text) in one statement. */
  async notifyEach(tx: EntityManager, inputs: readonly NotifyInput<NotificationKind>[]): Promise<void> {
    await this.outbox.addMany(tx, notificationJobs(inputs));
  }
}

/** The outbox jobs of notifications, one per distinct recipient of each: for a statement that writes them with other rows. */
export function notificationJobs(inputs: readonly NotifyInput<NotificationKind>[]): OutboxJob[] {
  return inputs.flatMap((input) =>
    [...new Set(input.userIds)].map((userId) => ({
      name: 'notification.send' as const,
      payload: {
        userId,
        kind: input.kind,
        params: input.params as unknown as Record<string, unknown>,
        entityType: input.entity.type,
        entityId: input.entity.id,
        ...(input.entity.view ? { view: input.entity.view } : {}),
        ...(input.delivery ? { delivery: input.delivery } : {}),
      },
    })),
  );
}
