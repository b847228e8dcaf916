import { Koros } from 'hds-react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../i18n/useLocale';
import { paths } from '../paths';
import { Link } from '../../../common/components/link/Link';

export function Footer() {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <footer className="site-footer">
      <Koros type="basic" className="site-footer__koros" />
      <div className="site-footer__content">
        <p className="site-footer__name">{t('app.name')}</p>
        <p>{t('app.footerText')}</p>
        <ul className="site-footer__links">
          <li>
            <Link to={paths.grants(locale)}>{t('app.openData')}</Link>
          </li>
          <li>
            <a href="/docs">{t('app.apiDocs')}</a>
          </li>
        </ul>
      </div>
    </footer>
  );
}
