import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { switchLanguage } from '../i18n/i18n';
import { LANGUAGE_NAMES, LOCALES, pathInLocale, rememberLocale } from '../i18n/locales';
import { useLocale } from '../i18n/useLocale';

/**
 * The same page in the other languages: real links (they work without JavaScript and open in a
 * new tab), each named in its own language and marked with it for screen readers. A pick is
 * remembered for the next visit.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  const { pathname, search } = useLocation();
  const navigate = useNavigate();
  return (
    <nav className="language-switch" aria-label={t('app.languageSwitch')}>
      <ul>
        {LOCALES.map((other) => (
          <li key={other}>
            <a
              href={pathInLocale(pathname, search, other)}
              lang={other}
              hrefLang={other}
              aria-current={other === locale ? 'true' : undefined}
              onClick={(event) => {
                rememberLocale(other);
                if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
                event.preventDefault();
                void switchLanguage(i18n, other).then(() => navigate(pathInLocale(pathname, search, other)));
              }}
            >
              {LANGUAGE_NAMES[other]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
