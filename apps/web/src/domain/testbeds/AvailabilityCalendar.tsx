import { useTranslation } from 'react-i18next';
import { formatPeriod } from '../app/i18n/format';
import type { Locale } from '../app/i18n/locales';
import { calendarMonths, type DateWindow, todayInHelsinki } from './availability';

const INTL: Record<Locale, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/**
 * The windows as a list of periods (what a screen reader reads) and as month calendars with the
 * available days marked (the same, for the eye; hidden from screen readers to avoid reading it twice).
 */
export function AvailabilityCalendar({ windows }: { windows: DateWindow[] }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  if (windows.length === 0) return <p>{t('testbeds.noAvailability')}</p>;
  const months = calendarMonths(windows, todayInHelsinki(), 6);
  const monthName = new Intl.DateTimeFormat(INTL[locale], { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const weekday = new Intl.DateTimeFormat(INTL[locale], { weekday: 'short', timeZone: 'UTC' });
  // 2024-01-01 was a Monday.
  const weekdays = Array.from({ length: 7 }, (_, i) => weekday.format(new Date(Date.UTC(2024, 0, 1 + i))));
  return (
    <div className="availability">
      <p>{t('testbeds.availabilityHelp')}</p>
      <ul className="availability__periods" data-testid="availability-periods">
        {windows.map((window) => (
          <li key={window.start}>{formatPeriod(window.start, window.end, locale)}</li>
        ))}
      </ul>
      {months.length > 0 && (
        <div className="availability__months" aria-hidden="true">
          {months.map((month) => (
            <div className="availability__month" key={`${month.year}-${month.month}`}>
              <p className="availability__month-name">{monthName.format(new Date(Date.UTC(month.year, month.month - 1, 1)))}</p>
              <div className="availability__grid">
                {weekdays.map((name) => (
                  <span key={name} className="availability__weekday">
                    {name}
                  </span>
                ))}
                {Array.from({ length: month.leadingBlanks }, (_, i) => (
                  <span key={`blank-${i}`} />
                ))}
                {month.days.map((day) => (
                  <span key={day.date} className={day.available ? 'availability__day availability__day--free' : 'availability__day'}>
                    {day.day}
                  </span>
                ))}
              </div>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
