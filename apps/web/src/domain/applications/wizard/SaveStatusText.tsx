import { useTranslation } from 'react-i18next';
import { problemMessageKey } from '../../app/api/problems';
import type { SaveStatus } from '../useAutosave';

/** Whether the draft is saved, in words; a polite live region, so a screen reader hears "saved" without losing its place. */
export function SaveStatusText({ status, error }: { status: SaveStatus; error: unknown }) {
  const { t } = useTranslation();
  const text = status === 'error' ? `${t('applications.save.error')} ${t(problemMessageKey(error))}` : t(`applications.save.${status}`);
  return (
    <p className={`save-status save-status--${status}`} role="status" aria-live="polite" data-testid="save-status">
      {text}
    </p>
  );
}
