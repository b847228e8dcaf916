import { Suspense, useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useParams } from 'react-router';
import { LoadingSpinner } from '../../../common/components/spinner/LoadingSpinner';
import { UnverifiedBanner } from '../../account/UnverifiedBanner';
import { RouteFocus } from '../a11y/RouteFocus';
import { SkipLink } from '../a11y/SkipLink';
import { setApiLanguage } from '../api/client';
import { ConnectionStatus } from '../api/ConnectionStatus';
import { switchLanguage } from '../i18n/i18n';
import { isLocale, LOCALES, pathInLocale } from '../i18n/locales';
import { NotFoundPage } from './NotFoundPage';
import { RouteErrorBoundary } from './RouteError';
import { Footer } from './Footer';
import { Header } from './Header';

/**
 * The frame of every page under /fi, /sv and /en: the page's language (UI texts, <html lang>, the
 * API's texts), links to the same page in the other languages (hreflang), the skip link, header,
 * connection notice, the main content and the footer; focus moves to a new page's heading.
 */
export function LocaleLayout() {
  const { locale } = useParams();
  const { pathname, search } = useLocation();
  const { i18n } = useTranslation();
  const valid = isLocale(locale);
  useLayoutEffect(() => {
    if (!isLocale(locale)) return;
    document.documentElement.lang = locale;
    setApiLanguage(locale);
    void switchLanguage(i18n, locale);
  }, [locale, i18n]);

  return (
    <>
      {valid &&
        LOCALES.map((other) => <link key={other} rel="alternate" hrefLang={other} href={`${window.location.origin}${pathInLocale(pathname, search, other)}`} />)}
      {valid && <link rel="alternate" hrefLang="x-default" href={`${window.location.origin}${pathInLocale(pathname, search, 'fi')}`} />}
      <SkipLink />
      <div className="page">
        <Header />
        <ConnectionStatus />
        {valid && <UnverifiedBanner />}
        <main id="maincontent" className="page__main" tabIndex={-1}>
          <RouteErrorBoundary path={pathname}>
            <Suspense fallback={<LoadingSpinner />}>{valid ? <Outlet /> : <NotFoundPage />}</Suspense>
          </RouteErrorBoundary>
        </main>
        <Footer />
      </div>
      <RouteFocus />
    </>
  );
}
