import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useLocale } from '../i18n/useLocale';
import { paths } from '../paths';
import { LanguageSwitch } from './LanguageSwitch';

/** The site header: the name, the main menu and the language switch. */
export function Header() {
  const { t } = useTranslation();
  const locale = useLocale();
  const items = [
    { to: paths.testbeds(locale), label: t('nav.testbeds') },
    { to: paths.calls(locale), label: t('nav.calls') },
    { to: paths.grants(locale), label: t('nav.grants') },
  ];
  return (
    <header className="site-header">
      <div className="site-header__top">
        <NavLink to={paths.home(locale)} className="site-header__brand" end>
          <span className="site-header__name">{t('app.name')}</span>
          <span className="site-header__tagline">{t('app.tagline')}</span>
        </NavLink>
        <LanguageSwitch />
      </div>
      <nav className="site-nav" aria-label={t('app.mainNavigation')}>
        <ul>
          {items.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} className="site-nav__link">
                {item.label}
              </NavLink>
            </li>
          ))}
          <li className="site-nav__end">
            <NavLink to={paths.signIn(locale)} className="site-nav__link">
              {t('nav.signIn')}
            </NavLink>
          </li>
        </ul>
      </nav>
    </header>
  );
}
