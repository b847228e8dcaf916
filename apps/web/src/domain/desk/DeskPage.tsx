import { useTranslation } from 'react-i18next';
import type { Me } from '../../api/types';
import { Link } from '../../common/components/link/Link';
import { PageTitle } from '../../common/components/pageTitle/PageTitle';
import { SignedIn } from '../account/SignedIn';
import { useFeatureMessages } from '../app/i18n/featureMessages';
import { useLocale } from '../app/i18n/useLocale';
import { cityName, useCities } from '../cities/queries';
import { isStaff, openAreas } from './areas';
import { DESK_AREAS } from './deskAreas';
import { DESK_MESSAGES } from './deskMessages';
import './desk.css';

/** The desk's home: a section for each area the user's roles open, with its links. */
export function DeskPage() {
  useFeatureMessages(DESK_MESSAGES);
  const { t } = useTranslation();
  return (
    <div className="container">
      <PageTitle title={t('desk.title')} />
      <h1>{t('desk.title')}</h1>
      <SignedIn>{(me) => <Areas me={me} />}</SignedIn>
    </div>
  );
}

function Areas({ me }: { me: Me }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { data: cities } = useCities();
  if (!isStaff(me)) return <p>{t('desk.noRoles')}</p>;
  const opened = openAreas(DESK_AREAS, me.roles);
  return (
    <div className="desk-areas">
      {opened.map(({ area, cityId }) => {
        const city = cityId ? cities?.find((candidate) => candidate.id === cityId) : undefined;
        const title = t(`desk.areas.${area.key}`, { city: city ? cityName(cities, city.slug, locale) : '' });
        const headingId = `desk-area-${area.key}${cityId ? `-${cityId}` : ''}`;
        return (
          <section key={headingId} className="desk-area" aria-labelledby={headingId}>
            <h2 id={headingId}>{title}</h2>
            <ul>
              {area.links(locale, cityId).map((link) => (
                <li key={link.key}>
                  <Link to={link.to}>{t(`desk.links.${link.key}`)}</Link>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
