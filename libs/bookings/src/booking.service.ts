import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, Policy } from '@kokeilu/access';
import { Notifier } from '@kokeilu/notifications';
import { Audit, DomainError, formatPeriod, localized, messageOf } from '@kokeilu/platform';
import { BOOKING_MESSAGES } from './domain/messages.js';
import { BookingAction, BookingState, capacityConflicts, isIsoDate, Period, periodProblem, transition, withinAvailability } from './domain/booking.js';

export interface BookingRequest {
  organisationId: string;
  start: string;
  end: string;
  purpose: string;
  participants: number;
}

export interface Booking {
  id: string;
  testbedId: string;
  cityId: string;
  organisationId: string;
  requestedBy: string;
  state: BookingState;
  start: string;
  end: string;
  purpose: string;
  participants: number;
  decisionReason: string | null;
  decidedBy: string | null;
  decidedAt: Date | null;
  cancelledBy: string | null;
  cancelledAt: Date | null;
  cancelReason: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A booking in a city's list, with the names a coordinator reads it by. */
export interface CityBooking extends Booking {
  testbedName: Record<string, string>;
  organisationName: string;
}

/** What a city's booking list is narrowed to; a period keeps the bookings that overlap it. */
export interface CityBookingFilter {
  state?: BookingState;
  testbedId?: string;
  cityId?: string;
  from?: string;
  to?: string;
}

interface BedRow {
  id: string;
  city_id: string;
  state: 'draft' | 'published' | 'archived';
  capacity: number;
  name: Record<string, string>;
  windows: Period[];
  today: string;
}

const BOOKING_SELECT = `
  SELECT b.id, b.testbed_id AS "testbedId", t.city_id AS "cityId", b.organisation_id AS "organisationId",
         b.requested_by AS "requestedBy", b.state, b.start_date::text AS start, b.end_date::text AS "end",
         b.purpose, b.participants, b.decision_reason AS "decisionReason", b.decided_by AS "decidedBy",
         b.decided_at AS "decidedAt", b.cancelled_by AS "cancelledBy", b.cancelled_at AS "cancelledAt",
         b.cancel_reason AS "cancelReason", b.created_at AS "createdAt", b.updated_at AS "updatedAt"
    FROM bookings b JOIN testbeds t ON t.id = b.testbed_id`;

async function findBooking(tx: EntityManager, id: string, lock = false): Promise<Booking> {
  const [booking]: Booking[] = await tx.query(`${BOOKING_SELECT} WHERE b.id = $1 ${lock ? 'FOR UPDATE OF b' : ''}`, [id]);
  if (!booking) throw DomainError.notFound('Booking');
  return booking;
}

/** The bed with its windows as inclusive periods; `lock` serialises approvals on this bed. */
async function bedOf(tx: EntityManager, id: string, lock: boolean): Promise<BedRow> {
  const [bed]: BedRow[] = await tx.query(
    `SELECT t.id, t.city_id, t.state, t.capacity, t.name,
            coalesce((SELECT json_agg(json_build_object('start', lower(r)::text, 'end', (upper(r) - 1)::text) ORDER BY lower(r))
                        FROM unnest(t.availability) r), '[]') AS windows,
            (now() AT TIME ZONE 'Europe/Helsinki')::date::text AS today
       FROM testbeds t WHERE t.id = $1 ${lock ? 'FOR UPDATE' : ''}`,
    [id],
  );
  if (!bed) throw DomainError.notFound('Test bed');
  return bed;
}

function nextState(state: BookingState, action: BookingAction): BookingState {
  const result = transition(state, action);
  if (!result.ok) throw DomainError.conflict(result.message, { state });
  return result.to;
}

async function setDecision(
  tx: EntityManager,
  audit: Audit,
  before: Booking,
  next: BookingState,
  actorId: string | null,
  reason: string | null,
  callId?: string,
): Promise<Booking> {
  await tx.query(`UPDATE bookings SET state = $2, decided_by = $3, decided_at = now(), decision_reason = $4, updated_at = now() WHERE id = $1`, [
    before.id,
    next,
    actorId,
    reason,
  ]);
  const after = await findBooking(tx, before.id);
  await audit.record(tx, {
    actorId,
    action: next === 'approved' ? 'booking.approved' : 'booking.declined',
    entityType: 'booking',
    entityId: after.id,
    organisationId: after.organisationId,
    cityId: after.cityId,
    ...(callId ? { callId } : {}),
    before,
    after,
  });
  return after;
}

/**
 * Approves a requested booking within its bed's capacity, in the caller's transaction: the bed's
 * row locked so approvals on it are judged one after another, the approved bookings counted, the
 * change audited and the requester told. When capacity would be exceeded nothing changes and the
 * conflicting bookings come back. A coordinator's approval and a funding decision confirming a
 * pilot's bookings both go through here.
 */
export async function approveWithinCapacity(
  tx: EntityManager,
  deps: { audit: Audit; notifier: Notifier },
  id: string,
  by: { actorId: string | null; reason: string | null; callId?: string },
): Promise<{ approved: true; booking: Booking } | { approved: false; capacity: number; conflicts: Period[] }> {
  const before = await findBooking(tx, id, true);
  const next = nextState(before.state, 'approve');
  const bed = await bedOf(tx, before.testbedId, true);
  const approved: Booking[] = await tx.query(
    `${BOOKING_SELECT} WHERE b.testbed_id = $1 AND b.state = 'approved' AND b.id <> $2
       AND b.start_date <= $4::date AND b.end_date >= $3::date`,
    [before.testbedId, id, before.start, before.end],
  );
  const conflicts = capacityConflicts(approved, before, bed.capacity);
  if (conflicts.length) return { approved: false, capacity: bed.capacity, conflicts };
  const after = await setDecision(tx, deps.audit, before, next, by.actorId, by.reason, by.callId);
  await deps.notifier.notify(tx, {
    userIds: [before.requestedBy],
    kind: 'booking.approved',
    params: { testbedName: bed.name, start: before.start, end: before.end },
    entity: { type: 'booking', id },
  });
  return { approved: true, booking: after };
}

/**
 * Booking requests on test beds. Approvals lock the bed's row, so concurrent approvals are judged
 * one after another against the bookings already approved, and capacity can never be exceeded.
 */
@Injectable()
export class BookingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: Policy,
    private readonly audit: Audit,
    private readonly notifier: Notifier,
  ) {}

  async request(actor: Actor, testbedId: string, input: BookingRequest): Promise<Booking> {
    return this.dataSource.transaction(async (tx) => {
      const bed = await bedOf(tx, testbedId, false);
      this.policy.authorize(actor, 'testbed.read', { kind: 'testbed', cityId: bed.city_id, state: bed.state }, 'Test bed');
      this.policy.authorize(actor, 'booking.request', { kind: 'organisation', id: input.organisationId }, 'Organisation');
      if (bed.state !== 'published') {
        throw new DomainError('rule_violation', messageOf(BOOKING_MESSAGES, bed.state === 'draft' ? 'booking.testbed_draft' : 'booking.testbed_archived'));
      }
      const problem = periodProblem(input, bed.today);
      if (problem) throw DomainError.invalid(problem.field, problem.message);
      if (!withinAvailability(bed.windows, input)) {
        throw new DomainError(
          'rule_violation',
          messageOf(BOOKING_MESSAGES, 'booking.outside_availability', { period: localized((locale) => formatPeriod(input.start, input.end, locale)) }),
          { fields: [{ field: 'start', message: 'the period must fall inside one availability window' }], availability: bed.windows },
        );
      }
      const [{ id }]: { id: string }[] = await tx.query(
        `INSERT INTO bookings (testbed_id, organisation_id, requested_by, start_date, end_date, purpose, participants)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [testbedId, input.organisationId, actor.userId, input.start, input.end, input.purpose, input.participants],
      );
      const booking = await findBooking(tx, id);
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'booking.requested',
        entityType: 'booking',
        entityId: id,
        organisationId: booking.organisationId,
        cityId: booking.cityId,
        after: booking,
      });
      const [org]: { name: string }[] = await tx.query(`SELECT name FROM organisations WHERE id = $1`, [input.organisationId]);
      await this.notifier.notify(tx, {
        userIds: await this.coordinators(tx, bed.city_id),
        kind: 'booking.requested',
        params: { testbedName: bed.name, organisationName: org?.name ?? '', start: booking.start, end: booking.end },
        entity: { type: 'booking', id },
      });
      return booking;
    });
  }

  async approve(actor: Actor, id: string): Promise<Booking> {
    return this.decide(actor, id, 'approve', null);
  }

  async decline(actor: Actor, id: string, reason: string): Promise<Booking> {
    return this.decide(actor, id, 'decline', reason);
  }

  /** Either side cancels; the other side is told. */
  async cancel(actor: Actor, id: string, reason: string | null): Promise<Booking> {
    return this.dataSource.transaction(async (tx) => {
      const before = await findBooking(tx, id, true);
      this.policy.authorize(actor, 'booking.cancel', this.resource(before), 'Booking');
      const next = nextState(before.state, 'cancel');
      await tx.query(
        `UPDATE bookings SET state = $2, cancelled_by = $3, cancelled_at = now(), cancel_reason = $4, updated_at = now() WHERE id = $1`,
        [id, next, actor.userId, reason],
      );
      const after = await findBooking(tx, id);
      await this.record(tx, actor, 'booking.cancelled', before, after);
      const byApplicant = actor.memberships.some((m) => m.organisationId === before.organisationId);
      const bed = await bedOf(tx, before.testbedId, false);
      const [city]: { name: Record<string, string> }[] = await tx.query(`SELECT name FROM cities WHERE id = $1`, [before.cityId]);
      const [org]: { name: string }[] = await tx.query(`SELECT name FROM organisations WHERE id = $1`, [before.organisationId]);
      await this.notifier.notify(tx, {
        userIds: byApplicant ? await this.coordinators(tx, before.cityId) : [before.requestedBy],
        kind: 'booking.cancelled',
        params: {
          testbedName: bed.name,
          start: before.start, end: before.end,
          cancelledBy: byApplicant ? (org?.name ?? '') : (city?.name ?? ''),
        },
        entity: { type: 'booking', id },
      });
      return after;
    });
  }

  async get(actor: Actor, id: string): Promise<Booking> {
    const booking = await findBooking(this.dataSource.manager, id);
    this.policy.authorize(actor, 'booking.read', this.resource(booking), 'Booking');
    return booking;
  }

  /**
   * Bookings of one bed: the city's coordinators see all of them; anyone else sees only their own
   * organisations' bookings (filtered in SQL).
   */
  /** One page of a bed's bookings by start date, with the total: all of them for its city's coordinators, else the caller's organisations' only. */
  async listForTestbed(actor: Actor, testbedId: string, state: BookingState | undefined, limit: number, offset: number): Promise<{ items: Booking[]; total: number }> {
    const bed = await bedOf(this.dataSource.manager, testbedId, false);
    this.policy.authorize(actor, 'testbed.read', { kind: 'testbed', cityId: bed.city_id, state: bed.state }, 'Test bed');
    const seesAll = actor.admin || actor.coordinatorCityIds.includes(bed.city_id);
    const where = `b.testbed_id = $1 AND ($2::uuid[] IS NULL OR b.organisation_id = ANY($2::uuid[])) AND ($3::text IS NULL OR b.state = $3)`;
    const params: unknown[] = [testbedId, seesAll ? null : actor.memberships.map((m) => m.organisationId), state ?? null];
    const [{ total }]: { total: number }[] = await this.dataSource.query(`SELECT count(*)::int AS total FROM bookings b WHERE ${where}`, params);
    const items: Booking[] = await this.dataSource.query(`${BOOKING_SELECT} WHERE ${where} ORDER BY b.start_date, b.created_at, b.id LIMIT $4 OFFSET $5`, [
      ...params,
      limit,
      offset,
    ]);
    return { items, total };
  }

  /**
   * One page of the bookings on the beds of the cities the caller coordinates (an admin: every
   * city), by start date, with the total; filtered in SQL by the caller's cities, so a coordinator
   * never sees another city's. `state=requested` gives the requests waiting for a decision.
   */
  async listForCities(actor: Actor, filter: CityBookingFilter, limit: number, offset: number): Promise<{ items: CityBooking[]; total: number }> {
    this.policy.authorize(actor, 'booking.city.list', { kind: 'platform' });
    for (const field of ['from', 'to'] as const) {
      const value = filter[field];
      if (value !== undefined && !isIsoDate(value)) throw DomainError.invalid(field, 'must be a date (YYYY-MM-DD)');
    }
    if (filter.from && filter.to && filter.to < filter.from) throw DomainError.invalid('to', 'must not be before from');
    const where = `($1::boolean OR t.city_id = ANY($2::uuid[]))
       AND ($3::text IS NULL OR b.state = $3) AND ($4::uuid IS NULL OR b.testbed_id = $4) AND ($5::uuid IS NULL OR t.city_id = $5)
       AND ($6::date IS NULL OR b.end_date >= $6::date) AND ($7::date IS NULL OR b.start_date <= $7::date)`;
    const params: unknown[] = [
      actor.admin,
      actor.coordinatorCityIds,
      filter.state ?? null,
      filter.testbedId ?? null,
      filter.cityId ?? null,
      filter.from ?? null,
      filter.to ?? null,
    ];
    const [{ total }]: { total: number }[] = await this.dataSource.query(`SELECT count(*)::int AS total FROM bookings b JOIN testbeds t ON t.id = b.testbed_id WHERE ${where}`, params);
    const items: CityBooking[] = await this.dataSource.query(
      `SELECT s.*, t.name AS "testbedName", o.name AS "organisationName"
         FROM (${BOOKING_SELECT} WHERE ${where} ORDER BY b.start_date, b.created_at, b.id LIMIT $8 OFFSET $9) s
         JOIN testbeds t ON t.id = s."testbedId" JOIN organisations o ON o.id = s."organisationId"
        ORDER BY s.start, s."createdAt", s.id`,
      [...params, limit, offset],
    );
    return { items, total };
  }

  /** One page of the bookings of the caller's organisations, newest first, with the total. */
  async listMine(actor: Actor, limit: number, offset: number): Promise<{ items: Booking[]; total: number }> {
    const orgs = actor.memberships.map((m) => m.organisationId);
    const [{ total }]: { total: number }[] = await this.dataSource.query(`SELECT count(*)::int AS total FROM bookings b WHERE b.organisation_id = ANY($1::uuid[])`, [orgs]);
    const items: Booking[] = await this.dataSource.query(`${BOOKING_SELECT} WHERE b.organisation_id = ANY($1::uuid[]) ORDER BY b.created_at DESC, b.id LIMIT $2 OFFSET $3`, [
      orgs,
      limit,
      offset,
    ]);
    return { items, total };
  }

  private async decide(actor: Actor, id: string, action: 'approve' | 'decline', reason: string | null): Promise<Booking> {
    return this.dataSource.transaction(async (tx) => {
      const before = await findBooking(tx, id, true);
      this.policy.authorize(actor, 'booking.decide', this.resource(before), 'Booking');
      if (action === 'approve') {
        const result = await approveWithinCapacity(tx, { audit: this.audit, notifier: this.notifier }, id, { actorId: actor.userId, reason });
        if (!result.approved) {
          throw DomainError.conflict(messageOf(BOOKING_MESSAGES, result.capacity === 1 ? 'booking.over_capacity_one' : 'booking.over_capacity', { capacity: result.capacity }), {
            capacity: result.capacity,
            conflicts: result.conflicts.map((c) => ({ bookingId: (c as Booking).id, start: c.start, end: c.end })),
          });
        }
        return result.booking;
      }
      const next = nextState(before.state, action);
      const bed = await bedOf(tx, before.testbedId, false);
      const after = await setDecision(tx, this.audit, before, next, actor.userId, reason);
      await this.notifier.notify(tx, {
        userIds: [before.requestedBy],
        kind: 'booking.declined',
        params: { testbedName: bed.name, start: before.start, end: before.end, reason: reason ?? '' },
        entity: { type: 'booking', id },
      });
      return after;
    });
  }

  private resource(booking: Booking) {
    return { kind: 'booking' as const, cityId: booking.cityId, organisationId: booking.organisationId };
  }

  private async record(tx: EntityManager, actor: Actor, action: string, before: Booking, after: Booking): Promise<void> {
    await this.audit.record(tx, {
      actorId: actor.userId,
      action,
      entityType: 'booking',
      entityId: after.id,
      organisationId: after.organisationId,
      cityId: after.cityId,
      before,
      after,
    });
  }

  private async coordinators(tx: EntityManager, cityId: string): Promise<string[]> {
    const rows: { user_id: string }[] = await tx.query(`SELECT user_id FROM role_grants WHERE role = 'coordinator' AND city_id = $1`, [cityId]);
    return rows.map((r) => r.user_id);
  }
}
