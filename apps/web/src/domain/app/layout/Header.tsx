import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { NavLink, useNavigate } from 'react-router';
import { useSession } from '../../auth/useSession';
import { useAnnounce } from '../a11y/Announcer';
import { signOut } from '../api/client';
import { useLocale } from '../i18n/useLocale';
import { paths } from '../paths';
import { LanguageSwitch } from './LanguageSwitch';

/** The site header: the name, the main menu with sign-in or sign-out, and the language switch. */
export function Header() {
  const { t } = useTranslation();
  const locale = useLocale();
  const session = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const leave = async () => {
    await signOut().catch(() => undefined);
    // Nothing read while signed in stays on the page.
    queryClient.clear();
    announce(t('nav.signedOut'));
    navigate(paths.home(locale));
  };
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
            {session === 'signedIn' ? (
              <button type="button" className="site-nav__link site-nav__button" onClick={() => void leave()}>
                {t('nav.signOut')}
              </button>
            ) : (
              <NavLink to={paths.signIn(locale)} className="site-nav__link">
                {t('nav.signIn')}
              </NavLink>
            )}
          </li>
        </ul>
      </nav>
    </header>
  );
}
