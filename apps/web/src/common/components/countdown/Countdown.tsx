import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, timeLeft } from '../../../domain/app/i18n/format';
import type { Locale } from '../../../domain/app/i18n/locales';

/**
 * The time left to a deadline in words, updated each minute, with the deadline in Finnish time;
 * `label` says what closes then (the call, by default).
 */
export function Countdown({ deadline, label }: { deadline: string; label?: string }) {
  const { t, i18n } = useTranslation();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  const left = timeLeft(deadline, now);
  const locale = i18n.language as Locale;
  let text = t('countdown.closed');
  if (left) {
    const parts =
      left.days > 0
        ? [t('countdown.days', { count: left.days }), t('countdown.hours', { count: left.hours })]
        : left.hours > 0
          ? [t('countdown.hours', { count: left.hours }), t('countdown.minutes', { count: left.minutes })]
          : [t('countdown.minutes', { count: left.minutes })];
    text = t('countdown.left', { time: parts.join(' ') });
  }
  return (
    <p className="countdown">
      <strong className="countdown__left">{text}</strong>{' '}
      <span className="countdown__deadline">
        {label ?? t('countdown.closes')}{' '}
        <time dateTime={deadline}>{formatDateTime(deadline, locale)}</time>
      </span>
    </p>
  );
}
