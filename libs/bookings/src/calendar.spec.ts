import { BOOKED_SUMMARY, CalendarBookingRow, calendarEventOf, dayAfter, renderCalendar } from './calendar.js';

const links = { bedUrl: (id: string) => `https://kokeilu.example/api/v1/testbeds/${id}` };
const FI_FIRST = ['fi', 'en', 'sv'] as const;

function row(overrides: Partial<CalendarBookingRow> = {}): CalendarBookingRow {
  return {
    id: '6f1d2c0e-1111-4a4a-9b9b-000000000001',
    testbedId: '6f1d2c0e-2222-4a4a-9b9b-000000000002',
    start: '2027-03-01',
    end: '2027-03-31',
    approvedAt: new Date('2026-12-01T08:30:00Z'),
    bedName: { fi: 'Hervannan liikennelabra', en: 'Hervanta mobility lab' },
    address: { street: 'Hervannan valtaväylä 1', postalCode: '33720', municipality: 'Tampere' },
    lon: 23.85,
    lat: 61.45,
    ...overrides,
  };
}

describe('dayAfter', () => {
  it('crosses month, leap-day and year ends', () => {
    expect(dayAfter('2027-03-31')).toBe('2027-04-01');
    expect(dayAfter('2028-02-28')).toBe('2028-02-29');
    expect(dayAfter('2027-02-28')).toBe('2027-03-01');
    expect(dayAfter('2027-12-31')).toBe('2028-01-01');
  });
});

describe('calendarEventOf', () => {
  it('makes an all-day event whose exclusive end is the day after the inclusive last day', () => {
    const event = calendarEventOf(row(), FI_FIRST, links);
    expect(event).toEqual({
      uid: '6f1d2c0e-1111-4a4a-9b9b-000000000001@kokeilu',
      start: '2027-03-01',
      endExclusive: '2027-04-01',
      stamp: new Date('2026-12-01T08:30:00Z'),
      summary: `${BOOKED_SUMMARY} — Hervannan liikennelabra`,
      location: { title: 'Hervannan valtaväylä 1, 33720 Tampere', geo: { lat: 61.45, lon: 23.85 } },
      url: 'https://kokeilu.example/api/v1/testbeds/6f1d2c0e-2222-4a4a-9b9b-000000000002',
    });
  });

  it('names the bed in the preferred language, falling back to one it has', () => {
    expect(calendarEventOf(row(), ['en', 'fi', 'sv'], links).summary).toBe(`${BOOKED_SUMMARY} — Hervanta mobility lab`);
    expect(calendarEventOf(row({ bedName: { sv: 'Trafiklabbet' } }), FI_FIRST, links).summary).toBe(`${BOOKED_SUMMARY} — Trafiklabbet`);
  });

  it('places a bed without an address by its point, and one without either nowhere', () => {
    expect(calendarEventOf(row({ address: null }), FI_FIRST, links).location).toEqual({ geo: { lat: 61.45, lon: 23.85 } });
    expect(calendarEventOf(row({ address: null, lon: null, lat: null }), FI_FIRST, links).location).toBeNull();
  });
});

describe('renderCalendar', () => {
  const text = (rows: CalendarBookingRow[]) =>
    renderCalendar({
      name: 'Hervannan liikennelabra — varaukset / bookings',
      description: 'Hyväksytyt varaukset / Approved bookings',
      url: 'https://kokeilu.example/api/v1/calendar/testbeds/x.ics',
      events: rows.map((r) => calendarEventOf(r, FI_FIRST, links)),
    });

  it('writes date-only DTSTART and DTEND, the UID, the approval time as DTSTAMP and a refresh hint', () => {
    const ics = text([row(), row({ id: '6f1d2c0e-1111-4a4a-9b9b-000000000003', start: '2027-05-10', end: '2027-05-10' })]);
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toContain('X-WR-CALNAME:Hervannan liikennelabra — varaukset / bookings');
    expect(ics).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT1H');
    expect(ics).toContain('X-PUBLISHED-TTL:PT1H');
    expect(ics).toContain('UID:6f1d2c0e-1111-4a4a-9b9b-000000000001@kokeilu');
    expect(ics).toContain('DTSTART;VALUE=DATE:20270301');
    expect(ics).toContain('DTEND;VALUE=DATE:20270401');
    expect(ics).toContain('DTSTART;VALUE=DATE:20270510');
    expect(ics).toContain('DTEND;VALUE=DATE:20270511');
    expect(ics).toContain('DTSTAMP:20261201T083000Z');
    expect(ics).toContain('LOCATION:Hervannan valtaväylä 1\\, 33720 Tampere');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
  });

  it('writes only the fields of the event, whatever else the booking row carried', () => {
    // A row read with more columns than it should have (say by a careless query) must still leak nothing.
    const wide = { ...row(), organisationName: 'Salainen Pilotti Oy', purpose: 'Salainen tarkoitus', requestedBy: 'maija@yritys.fi', participants: 7 };
    const ics = text([wide]);
    for (const secret of ['Salainen', 'maija@yritys.fi', 'ORGANIZER', 'ATTENDEE', 'DESCRIPTION']) expect(ics).not.toContain(secret);
    expect(ics).toContain(`SUMMARY:${BOOKED_SUMMARY} — Hervannan liikennelabra`);
  });

  it('is a valid empty calendar without bookings', () => {
    const ics = text([]);
    expect(ics).toContain('END:VCALENDAR');
    expect(ics).not.toContain('BEGIN:VEVENT');
  });
});
