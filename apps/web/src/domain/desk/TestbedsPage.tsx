import { useTranslation } from 'react-i18next';
import type { City, Testbed } from '../../api/types';
import { ErrorMessage } from '../../common/components/errorMessage/ErrorMessage';
import { Link } from '../../common/components/link/Link';
import { PageTitle } from '../../common/components/pageTitle/PageTitle';
import { LoadingSpinner } from '../../common/components/spinner/LoadingSpinner';
import { StatusLabel, type StatusType } from '../../common/components/statusLabel/StatusLabel';
import { Table } from '../../common/components/table/Table';
import { useFeatureMessages } from '../app/i18n/featureMessages';
import { formatDate } from '../app/i18n/format';
import { useLocale } from '../app/i18n/useLocale';
import { paths } from '../app/paths';
import { cityName, useCities } from '../cities/queries';
import { DeskCity } from './DeskCity';
import { DESK_MESSAGES } from './deskMessages';
import { useCityTestbeds } from './queries';
import { missingNameLanguages } from './testbedForm';
import './desk.css';

const STATES = ['draft', 'published', 'archived'] as const;
export const TESTBED_STATUS: Record<Testbed['state'], StatusType> = { draft: 'info', published: 'success', archived: 'neutral' };

/** The city's test beds, by state (drafts first), with the languages each name lacks. */
export function TestbedsPage() {
  useFeatureMessages(DESK_MESSAGES);
  const { t } = useTranslation();
  return (
    <div className="container">
      <PageTitle title={t('deskTestbeds.title')} />
      <h1>{t('deskTestbeds.title')}</h1>
      <DeskCity>{(city) => <Beds city={city} />}</DeskCity>
    </div>
  );
}

function Beds({ city }: { city: City }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { data: cities } = useCities();
  const beds = useCityTestbeds(city.id);
  return (
    <>
      <p>{t('deskTestbeds.intro', { city: cityName(cities, city.slug, locale) })}</p>
      <div className="actions">
        <Link button to={paths.deskNewTestbed(locale, city.id)}>
          {t('deskTestbeds.new')}
        </Link>
      </div>
      {beds.isPending ? (
        <LoadingSpinner />
      ) : beds.error || !beds.data ? (
        <ErrorMessage error={beds.error} onRetry={() => void beds.refetch()} />
      ) : (
        STATES.map((state) => {
          const rows = beds.data.items.filter((bed) => bed.state === state);
          return (
            <section key={state} aria-labelledby={`beds-${state}`}>
              <h2 id={`beds-${state}`}>{t(`deskTestbeds.states.${state}`)} ({rows.length})</h2>
              {rows.length === 0 ? (
                <p>{t('deskTestbeds.noneInState')}</p>
              ) : (
                <Table
                  caption={t(`deskTestbeds.states.${state}`)}
                  hideCaption
                  rowKey={(bed) => bed.id}
                  rows={rows}
                  columns={[
                    { key: 'name', header: t('deskTestbeds.name'), render: (bed) => <Link to={paths.deskTestbed(locale, bed.id)}>{bed.name}</Link> },
                    { key: 'state', header: t('deskTestbeds.state'), render: (bed) => <StatusLabel type={TESTBED_STATUS[bed.state]}>{t(`deskTestbeds.state_${bed.state}`)}</StatusLabel> },
                    {
                      key: 'languages',
                      header: t('deskTestbeds.missing'),
                      render: (bed) => {
                        const missing = missingNameLanguages(bed);
                        return missing.length ? missing.map((language) => t(`deskTestbeds.languages.${language}`)).join(', ') : t('deskTestbeds.allLanguages');
                      },
                    },
                    { key: 'capacity', header: t('deskTestbeds.capacity'), render: (bed) => bed.capacity },
                    { key: 'updated', header: t('deskTestbeds.updated'), render: (bed) => formatDate(bed.updatedAt, locale) },
                  ]}
                />
              )}
            </section>
          );
        })
      )}
    </>
  );
}
