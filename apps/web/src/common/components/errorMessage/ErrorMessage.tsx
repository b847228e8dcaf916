import { useTranslation } from 'react-i18next';
import { problemMessageKey } from '../../../domain/app/api/problems';
import { Button } from '../button/Button';
import { Notification } from '../notification/Notification';

/** An API error in the reader's language, with a way to try again; announced when it appears. */
export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="error-message">
      <Notification type="error" label={t(problemMessageKey(error))} data-testid="error-message">
        {onRetry && (
          <Button variant="secondary" onClick={onRetry}>
            {t('common.tryAgain')}
          </Button>
        )}
      </Notification>
    </div>
  );
}
