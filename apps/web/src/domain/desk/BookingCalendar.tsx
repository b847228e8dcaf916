import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../common/components/button/Button';
import { useAnnounce } from '../app/a11y/Announcer';
import { formatPeriod } from '../app/i18n/format';
import type { Locale } from '../app/i18n/locales';
import { type CalendarBooking, type CalendarWindow, initialMonth, isGridKey, type MonthRef, monthGrid, monthOf, moveDay, sameDayIn, shiftMonth } from './bookingCalendar';
import { todayInHelsinki } from '../testbeds/availability';

const INTL: Record<Locale, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

type Booking = CalendarBooking & { participants: number; purpose: string };

/**
 * A bed's bookings as a month grid: a table with the weekdays as column headers, each booking
 * on every day it covers with its state, the availability windows marked. One day at a time takes
 * the focus (the arrow keys, Home and End move by day and week, Page Up and Page Down by month);
 * the buttons above change the month too, and the new month is announced.
 */
export function BookingCalendar({ bookings, windows, locale }: { bookings: Booking[]; windows: CalendarWindow[]; locale: Locale }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const today = todayInHelsinki();
  const [month, setMonth] = useState<MonthRef>(() => initialMonth(bookings, today));
  const [focused, setFocused] = useState(() => sameDayIn(month, today));
  const moved = useRef(false);
  const grid = useRef<HTMLTableElement>(null);
  const monthName = new Intl.DateTimeFormat(INTL[locale], { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const dayName = new Intl.DateTimeFormat(INTL[locale], { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
  const weekdayLong = new Intl.DateTimeFormat(INTL[locale], { weekday: 'long', timeZone: 'UTC' });
  const weekdayShort = new Intl.DateTimeFormat(INTL[locale], { weekday: 'short', timeZone: 'UTC' });
  // 1 January 2024 was a Monday.
  const weekdays = Array.from({ length: 7 }, (_, i) => new Date(Date.UTC(2024, 0, 1 + i)));
  const title = monthName.format(new Date(Date.UTC(month.year, month.month - 1, 1)));
  const weeks = monthGrid(month, bookings, windows);

  // Focus follows the keyboard only after a key moved it, never on the first render.
  useEffect(() => {
    if (!moved.current) return;
    grid.current?.querySelector<HTMLElement>(`[data-date="${focused}"]`)?.focus();
  }, [focused, month]);

  const show = (next: MonthRef, day: string) => {
    setMonth(next);
    setFocused(day);
    announce(t('deskTestbed.calendar.shown', { month: monthName.format(new Date(Date.UTC(next.year, next.month - 1, 1))) }));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    if (!isGridKey(event.key)) return;
    event.preventDefault();
    const next = moveDay(focused, event.key);
    moved.current = true;
    const nextMonth = monthOf(next);
    if (nextMonth.year !== month.year || nextMonth.month !== month.month) show(nextMonth, next);
    else setFocused(next);
  };

  return (
    <div className="booking-calendar">
      <div className="booking-calendar__nav">
        <Button variant="secondary" onClick={() => show(shiftMonth(month, -1), sameDayIn(shiftMonth(month, -1), focused))} data-testid="calendar-previous">
          {t('deskTestbed.calendar.previous')}
        </Button>
        <p className="booking-calendar__title" aria-hidden="true">
          {title}
        </p>
        <Button variant="secondary" onClick={() => show(shiftMonth(month, 1), sameDayIn(shiftMonth(month, 1), focused))} data-testid="calendar-next">
          {t('deskTestbed.calendar.next')}
        </Button>
      </div>
      <p className="card__meta" id="booking-calendar-help">
        {t('deskTestbed.calendar.help')}
      </p>
      <ul className="booking-calendar__legend" aria-label={t('deskTestbed.calendar.legend')}>
        <li>
          <span className="booking-calendar__swatch booking-calendar__swatch--available" aria-hidden="true" /> {t('deskTestbed.calendar.available')}
        </li>
        {(['requested', 'approved'] as const).map((state) => (
          <li key={state}>
            <span className={`booking-calendar__swatch booking-calendar__booking--${state}`} aria-hidden="true" /> {t(`deskBookings.states.${state}`)}
          </li>
        ))}
      </ul>
      <div className="table-scroll">
        <table className="booking-calendar__grid" role="grid" ref={grid} onKeyDown={onKeyDown} aria-describedby="booking-calendar-help" data-testid="booking-calendar">
          <caption>{t('deskTestbed.calendar.caption', { month: title })}</caption>
          <thead>
            <tr>
              {weekdays.map((day) => (
                <th scope="col" key={day.toISOString()} abbr={weekdayLong.format(day)}>
                  {weekdayShort.format(day)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week, w) => (
              <tr key={w}>
                {week.map((day, d) =>
                  day === null ? (
                    <td key={`blank-${d}`} className="booking-calendar__blank" />
                  ) : (
                    <td
                      key={day.date}
                      data-date={day.date}
                      tabIndex={day.date === focused ? 0 : -1}
                      aria-current={day.date === today ? 'date' : undefined}
                      className={['booking-calendar__day', day.available ? 'booking-calendar__day--available' : '', day.date === today ? 'booking-calendar__day--today' : ''].join(' ').trim()}
                      onFocus={() => setFocused(day.date)}
                    >
                      <span className="booking-calendar__date" aria-hidden="true">
                        {day.day}
                      </span>
                      <span className="visually-hidden">
                        {dayName.format(new Date(`${day.date}T00:00:00Z`))}. {day.available ? t('deskTestbed.calendar.available') : t('deskTestbed.calendar.unavailable')}.{' '}
                        {day.bookings.length === 0 ? t('deskTestbed.calendar.noBookings') : t('deskTestbed.calendar.bookingCount', { count: day.bookings.length })}
                      </span>
                      {day.bookings.length > 0 && (
                        <ul className="booking-calendar__bookings">
                          {day.bookings.map((booking) => (
                            <li key={booking.id} className={`booking-calendar__booking booking-calendar__booking--${booking.state}`}>
                              {t(`deskBookings.states.${booking.state}`)}
                              <span className="visually-hidden">
                                : {formatPeriod(booking.start, booking.end, locale)}, {t('deskTestbed.calendar.participants', { count: booking.participants })}, {booking.purpose}
                              </span>
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
