import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ErrorMessage } from '../../common/components/errorMessage/ErrorMessage';
import { Link } from '../../common/components/link/Link';
import { LazyPointMap } from '../../common/components/map/LazyPointMap';
import { PageTitle } from '../../common/components/pageTitle/PageTitle';
import { LoadingSpinner } from '../../common/components/spinner/LoadingSpinner';
import { Tag } from '../../common/components/tag/Tag';
import { Paragraphs } from '../../common/components/text/Paragraphs';
import { safeHttpUrl } from '../../common/utils/urls';
import { useMe } from '../account/session';
import { useLocale } from '../app/i18n/useLocale';
import { paths } from '../app/paths';
import { cityName, useCities } from '../cities/queries';
import { AvailabilityCalendar } from './AvailabilityCalendar';
import { CostText } from './CostText';
import { useTestbed } from './queries';
import './testbed.css';

/** A test bed's public page: what it offers, where, when, on what terms, whom to ask, and the way to book it. */
export function TestbedPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const { data: bed, error, isPending, refetch } = useTestbed(locale, id);
  const { data: cities } = useCities();
  const { data: me } = useMe();

  if (isPending) return <LoadingSpinner />;
  if (error || !bed) {
    return (
      <div className="container">
        <PageTitle title={t('common.notFoundTitle')} />
        <h1>{t('testbeds.searchTitle')}</h1>
        <ErrorMessage error={error} onRetry={() => void refetch()} />
        <Link to={paths.testbeds(locale)}>{t('testbeds.backToSearch')}</Link>
      </div>
    );
  }

  const foreign = bed.language !== locale ? bed.language : undefined;
  const here = paths.testbed(locale, bed.id);
  return (
    <div className="container testbed">
      <PageTitle title={bed.name} />
      <p className="back-link">
        <Link to={paths.testbeds(locale)}>{t('testbeds.backToSearch')}</Link>
      </p>
      <h1 lang={foreign}>{bed.name}</h1>
      <p className="card__meta">{cityName(cities, bed.citySlug, locale)}</p>
      {foreign && <p className="language-note">{t('testbeds.textLanguageNote')}</p>}
      {bed.summary && (
        <p className="lead" lang={foreign}>
          {bed.summary}
        </p>
      )}
      <ul className="tags" aria-label={t('testbeds.themes')}>
        {bed.themes.map((theme) => (
          <li key={theme}>
            <Tag>{t(`themes.${theme}`)}</Tag>
          </li>
        ))}
      </ul>

      <div className="actions">
        <Link to={me ? paths.requestBooking(locale, bed.id) : paths.signIn(locale, paths.requestBooking(locale, bed.id))} button aria-describedby="booking-help">
          {t('testbeds.requestBooking')}
        </Link>
        <span id="booking-help" className="card__meta">
          {me ? t('testbeds.requestBookingSignedIn') : t('testbeds.requestBookingHelp')}
        </span>
      </div>

      <div className="testbed__columns">
        <div>
          {bed.description && <Paragraphs text={bed.description} lang={foreign} />}
          <dl className="facts">
            <dt>{t('testbeds.cost')}</dt>
            <dd>
              <CostText cost={bed.cost} />
            </dd>
            <dt>{t('testbeds.capabilities')}</dt>
            <dd>{bed.capabilities.length ? bed.capabilities.join(', ') : t('common.noneGiven')}</dd>
            <dt>{t('testbeds.capacityLabel')}</dt>
            <dd>{t('testbeds.capacity', { count: bed.capacity })}</dd>
          </dl>

          <h2>{t('testbeds.dataSets')}</h2>
          {bed.dataSets.length === 0 ? (
            <p>{t('common.noneGiven')}</p>
          ) : (
            <ul>
              {bed.dataSets.map((dataSet) => {
                const url = safeHttpUrl(dataSet.url);
                return <li key={dataSet.url}>{url ? <Link to={url} external>{dataSet.title}</Link> : dataSet.title}</li>;
              })}
            </ul>
          )}

          <h2>{t('testbeds.availability')}</h2>
          <AvailabilityCalendar windows={bed.availability} />

          <h2>{t('testbeds.terms')}</h2>
          {bed.terms ? <Paragraphs text={bed.terms} lang={foreign} /> : <p>{t('common.noneGiven')}</p>}
        </div>

        <aside className="testbed__aside" aria-label={t('testbeds.location')}>
          <h2>{t('testbeds.location')}</h2>
          {bed.address && (
            <p>
              {bed.address.street}
              <br />
              {bed.address.postalCode} {bed.address.municipality}
            </p>
          )}
          {bed.location ? (
            <LazyPointMap
              className="testbed__map"
              points={[{ id: bed.id, name: bed.name, lat: bed.location.lat, lon: bed.location.lon, href: here }]}
              label={t('testbeds.location')}
              fitToPoints
              onNavigate={(href) => navigate(href)}
            />
          ) : (
            <p>{t('testbeds.noLocation')}</p>
          )}

          <h2>{t('testbeds.contact')}</h2>
          {bed.contact ? (
            <>
              <p>{bed.contact.name}</p>
              <dl className="facts">
                <dt>{t('testbeds.email')}</dt>
                <dd>
                  <a href={`mailto:${bed.contact.email}`}>{bed.contact.email}</a>
                </dd>
                {bed.contact.phone && (
                  <>
                    <dt>{t('testbeds.phone')}</dt>
                    <dd>
                      <a href={`tel:${bed.contact.phone.replace(/\s+/g, '')}`}>{bed.contact.phone}</a>
                    </dd>
                  </>
                )}
              </dl>
            </>
          ) : (
            <p>{t('common.noneGiven')}</p>
          )}
        </aside>
      </div>
    </div>
  );
}
