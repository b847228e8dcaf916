import { LoadingSpinner as HdsLoadingSpinner } from 'hds-react';
import { useTranslation } from 'react-i18next';

/** HDS's spinner with a translated text for screen readers. */
export function LoadingSpinner({ small }: { small?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="loading">
      <HdsLoadingSpinner small={small} loadingText={t('common.loading')} loadingFinishedText="" />
    </div>
  );
}
