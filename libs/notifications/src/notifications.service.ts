import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '@kokeilu/access';
import { decodeTimeCursor, DomainError, encodeCursor, Page } from '@kokeilu/platform';
import { Notification } from './notification.entity.js';

/** A user's own notifications; every query is filtered by the caller's id. */
@Injectable()
export class NotificationsService {
  constructor(private readonly dataSource: DataSource) {}

  async list(actor: Actor, options: { unread?: boolean; limit: number; cursor?: string }): Promise<Page<Notification> & { unread: number }> {
    const repo = this.dataSource.getRepository(Notification);
    const qb = repo.createQueryBuilder('n').where('n.user_id = :userId', { userId: actor.userId });
    if (options.unread) qb.andWhere('n.read_at IS NULL');
    const total = await qb.getCount();
    if (options.cursor) {
      const { at: createdAt, id } = decodeTimeCursor(options.cursor);
      qb.andWhere('(n.created_at, n.id) < (:createdAt, :id)', { createdAt, id });
    }
    const rows = await qb.orderBy('n.created_at', 'DESC').addOrderBy('n.id', 'DESC').take(options.limit + 1).getMany();
    const items = rows.slice(0, options.limit);
    const last = items[items.length - 1];
    const unread = await repo.createQueryBuilder('n').where('n.user_id = :userId AND n.read_at IS NULL', { userId: actor.userId }).getCount();
    return { items, total, unread, nextCursor: rows.length > options.limit && last ? encodeCursor(last.createdAt.toISOString(), last.id) : null };
  }

  async markRead(actor: Actor, id: string): Promise<Notification> {
    const rows: unknown[][] = await this.dataSource.query(
      `UPDATE notifications SET read_at = coalesce(read_at, now()) WHERE id = $1 AND user_id = $2 RETURNING id`,
      [id, actor.userId],
    );
    if (!rows[0]?.length) throw DomainError.notFound('Notification');
    return this.dataSource.getRepository(Notification).findOneByOrFail({ id });
  }

  async markAllRead(actor: Actor): Promise<number> {
    const [, count]: [unknown, number] = await this.dataSource.query(
      `UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL`,
      [actor.userId],
    );
    return count;
  }
}
