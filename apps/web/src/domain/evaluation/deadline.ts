import type { TFunction } from 'i18next';

/** The review deadline with the days left to it, in words: today, passed, or so many days. */
export function deadlineText(t: TFunction, date: string, days: number): string {
  if (days < 0) return t('evaluation.deadlinePassed', { date });
  if (days === 0) return t('evaluation.deadlineToday', { date });
  return t('evaluation.deadline', { date, count: days });
}
