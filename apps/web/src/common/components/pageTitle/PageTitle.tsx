import { useTranslation } from 'react-i18next';

/** The document's title for a page (React puts <title> into the head). */
export function PageTitle({ title }: { title: string }) {
  const { t } = useTranslation();
  return <title>{t('app.pageTitle', { title })}</title>;
}
