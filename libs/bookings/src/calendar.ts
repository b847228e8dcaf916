import { Inject, Injectable } from '@nestjs/common';
import ical, { ICalEventStatus, ICalEventTransparency, ICalLocation } from 'ical-generator';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig, DomainError, Locale, LocalizedText, oneLine, pickText } from '@kokeilu/platform';
import { Address } from '@kokeilu/testbeds';

/**
 * Public iCal feeds of approved bookings. A booking's organisation, purpose and people are private:
 * the rows read here carry none of them, and each event says only that the bed is booked.
 */

/** One approved booking with the few facts of its bed that a public calendar shows. */
export interface CalendarBookingRow {
  id: string;
  testbedId: string;
  /** First day, ISO date. */
  start: string;
  /** Last day (inclusive), ISO date. */
  end: string;
  approvedAt: Date;
  bedName: LocalizedText;
  address: Address | null;
  lon: number | null;
  lat: number | null;
}

export interface CalendarEvent {
  uid: string;
  start: string;
  /** iCal all-day events end on the day after the last one (DTEND is exclusive). */
  endExclusive: string;
  stamp: Date;
  summary: string;
  location: ICalLocation | null;
  url: string;
}

export interface CalendarFeed {
  name: string;
  description: string;
  url: string;
  events: CalendarEvent[];
}

export const BOOKED_SUMMARY = 'Varattu pilotille / Booked for a pilot';
/** How often calendar clients should fetch a feed again (REFRESH-INTERVAL and X-PUBLISHED-TTL). */
export const CALENDAR_REFRESH_SECONDS = 3600;
/** Bookings that ended longer ago drop out of the feeds, which would otherwise only ever grow. */
export const CALENDAR_HISTORY_DAYS = 365;

const DAY_MS = 86_400_000;

export function dayAfter(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

export function addressText(address: Address | null): string | null {
  if (!address) return null;
  return oneLine(`${address.street}, ${address.postalCode} ${address.municipality}`);
}

export interface CalendarLinks {
  /** The public page of a bed. */
  bedUrl(testbedId: string): string;
}

/** Builds the event field by field from the row, so nothing else a caller's object holds can reach the feed. */
export function calendarEventOf(row: CalendarBookingRow, languages: readonly Locale[], links: CalendarLinks): CalendarEvent {
  const name = oneLine(pickText(row.bedName, languages)?.text ?? '');
  const title = addressText(row.address);
  const geo = row.lat !== null && row.lon !== null ? { lat: row.lat, lon: row.lon } : null;
  return {
    uid: `${row.id}@kokeilu`,
    start: row.start,
    endExclusive: dayAfter(row.end),
    stamp: row.approvedAt,
    summary: name ? `${BOOKED_SUMMARY} — ${name}` : BOOKED_SUMMARY,
    location: title ? { title, ...(geo ? { geo } : {}) } : geo ? { geo } : null,
    url: links.bedUrl(row.testbedId),
  };
}

/**
 * The feed as iCalendar text (RFC 5545): all-day, confirmed, busy events. Every text is one line:
 * ical-generator escapes line breaks in event properties but writes the calendar's name and
 * description as they come, where a line break would start a property of its own.
 */
export function renderCalendar(feed: CalendarFeed): string {
  const calendar = ical({
    name: oneLine(feed.name),
    description: oneLine(feed.description),
    url: feed.url,
    ttl: CALENDAR_REFRESH_SECONDS,
    prodId: { company: 'Kokeilu', product: 'Test-bed bookings', language: 'EN' },
  });
  for (const event of feed.events) {
    calendar.createEvent({
      id: event.uid,
      // Date-only strings are read as UTC midnight and written as VALUE=DATE without a zone.
      start: event.start,
      end: event.endExclusive,
      allDay: true,
      stamp: event.stamp,
      summary: oneLine(event.summary),
      location: event.location,
      url: event.url,
      status: ICalEventStatus.CONFIRMED,
      transparency: ICalEventTransparency.OPAQUE,
    });
  }
  return calendar.toString();
}

const CALENDAR_BOOKING_SELECT = `
  SELECT b.id, b.testbed_id AS "testbedId", b.start_date::text AS start, b.end_date::text AS "end",
         coalesce(b.decided_at, b.updated_at) AS "approvedAt", t.name AS "bedName", t.address, t.lon, t.lat
    FROM bookings b JOIN testbeds t ON t.id = b.testbed_id`;

const RECENT = `b.state = 'approved' AND b.end_date >= (now() AT TIME ZONE 'Europe/Helsinki')::date - $2::int`;

/** The public feeds; nothing here checks a caller, because nothing here is private. */
@Injectable()
export class BookingCalendar {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private readonly links: CalendarLinks = { bedUrl: (id) => this.url(`testbeds/${id}`) };

  /** A published or archived bed's approved bookings; a draft is not public, so it is "not found". */
  async testbedFeed(testbedId: string, languages: readonly Locale[]): Promise<CalendarFeed> {
    const [bed]: { name: LocalizedText; state: string }[] = await this.dataSource.query(`SELECT name, state FROM testbeds WHERE id = $1`, [testbedId]);
    if (!bed || bed.state === 'draft') throw DomainError.notFound('Test bed');
    const rows: CalendarBookingRow[] = await this.dataSource.query(
      `${CALENDAR_BOOKING_SELECT} WHERE b.testbed_id = $1 AND ${RECENT} ORDER BY b.start_date, b.id`,
      [testbedId, CALENDAR_HISTORY_DAYS],
    );
    const name = pickText(bed.name, languages)?.text ?? '';
    return {
      name: `${name} — varaukset / bookings`,
      description: `Hyväksytyt varaukset / Approved bookings: ${name}`,
      url: this.url(`calendar/testbeds/${testbedId}.ics`),
      events: rows.map((row) => calendarEventOf(row, languages, this.links)),
    };
  }

  /** Approved bookings of every published bed of the city. */
  async cityFeed(slug: string, languages: readonly Locale[]): Promise<CalendarFeed> {
    const [city]: { id: string; name: LocalizedText }[] = await this.dataSource.query(`SELECT id, name FROM cities WHERE slug = $1`, [slug]);
    if (!city) throw DomainError.notFound('City');
    const rows: CalendarBookingRow[] = await this.dataSource.query(
      `${CALENDAR_BOOKING_SELECT} WHERE t.city_id = $1 AND t.state = 'published' AND ${RECENT} ORDER BY b.start_date, b.id`,
      [city.id, CALENDAR_HISTORY_DAYS],
    );
    const name = pickText(city.name, languages)?.text ?? slug;
    return {
      name: `${name}: testialustojen varaukset / test-bed bookings`,
      description: `Hyväksytyt varaukset / Approved bookings: ${name}`,
      url: this.url(`calendar/cities/${slug}.ics`),
      events: rows.map((row) => calendarEventOf(row, languages, this.links)),
    };
  }

  private url(path: string): string {
    return `${this.config.PUBLIC_URL.replace(/\/+$/, '')}/api/v1/${path}`;
  }
}
