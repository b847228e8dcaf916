import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { NavLink, useNavigate } from 'react-router';
import { useMe } from '../../account/session';
import { useSession } from '../../auth/useSession';
import { isStaff } from '../../desk/areas';
import { useUnreadCount } from '../../notifications/queries';
import { useAnnounce } from '../a11y/Announcer';
import { signOut } from '../api/client';
import { useLocale } from '../i18n/useLocale';
import { paths } from '../paths';
import { LanguageSwitch } from './LanguageSwitch';

/**
 * The site header: the name, the main menu, and the language switch; signed in, the menu has the
 * notifications with their unread count, the account and sign-out, else sign-in and registration.
 */
export function Header() {
  const { t } = useTranslation();
  const locale = useLocale();
  const session = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const { data: unread } = useUnreadCount();
  const { data: me } = useMe();
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
    ...(session === 'signedIn' ? [{ to: paths.applications(locale), label: t('nav.applications') }] : []),
    ...(session === 'signedIn' && isStaff(me) ? [{ to: paths.desk(locale), label: t('nav.desk') }] : []),
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
          {session === 'signedIn' ? (
            <>
              <li className="site-nav__end">
                <NavLink to={paths.notifications(locale)} className="site-nav__link" data-testid="nav-notifications">
                  {t('nav.notifications')}
                  {unread ? (
                    <span className="site-nav__badge" data-testid="unread-count">
                      {unread}
                      <span className="visually-hidden"> {t('nav.unread', { count: unread })}</span>
                    </span>
                  ) : null}
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.account(locale)} className="site-nav__link">
                  {t('nav.account')}
                </NavLink>
              </li>
              <li>
                <button type="button" className="site-nav__link site-nav__button" onClick={() => void leave()}>
                  {t('nav.signOut')}
                </button>
              </li>
            </>
          ) : (
            <>
              <li className="site-nav__end">
                <NavLink to={paths.signIn(locale)} className="site-nav__link">
                  {t('nav.signIn')}
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.register(locale)} className="site-nav__link">
                  {t('nav.register')}
                </NavLink>
              </li>
            </>
          )}
        </ul>
      </nav>
    </header>
  );
}
