import { useTranslation } from 'react-i18next';
import { Link } from '../../../common/components/link/Link';
import { PageTitle } from '../../../common/components/pageTitle/PageTitle';
import { useLocale } from '../i18n/useLocale';
import { paths } from '../paths';

export function NotFoundPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div className="container">
      <PageTitle title={t('common.notFoundTitle')} />
      <h1>{t('common.notFoundTitle')}</h1>
      <p>{t('common.notFoundText')}</p>
      <Link to={paths.home(locale)}>{t('common.backHome')}</Link>
    </div>
  );
}
