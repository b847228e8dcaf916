import { useTranslation } from 'react-i18next';

/** The first thing a keyboard reaches: a jump past the header and menu to the page's content. */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a className="skip-link" href="#maincontent">
      {t('app.skipToContent')}
    </a>
  );
}
