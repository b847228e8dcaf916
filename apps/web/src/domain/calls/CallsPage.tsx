import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Button } from '../../common/components/button/Button';
import { ErrorMessage } from '../../common/components/errorMessage/ErrorMessage';
import { PageTitle } from '../../common/components/pageTitle/PageTitle';
import { Select } from '../../common/components/select/Select';
import { LoadingSpinner } from '../../common/components/spinner/LoadingSpinner';
import { useLocale } from '../app/i18n/useLocale';
import { cityName, useCities } from '../cities/queries';
import { CallCard } from './CallCard';
import { useCalls } from './queries';
import { FOCUS_AREAS, PUBLIC_STATES } from './vocabulary';
import './call.css';

const SaveSearch = lazy(() => import('../alerts/SaveSearch').then((m) => ({ default: m.SaveSearch })));
const CITY = /^[a-z0-9-]{1,60}$/;

/** The published calls by deadline, filtered by state, city and focus area (kept in the address); the city and focus area can be saved as a search. */
export function CallsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [query, setQuery] = useSearchParams();
  const filter = useMemo(
    () => ({
      state: (PUBLIC_STATES as readonly string[]).includes(query.get('state') ?? '') ? (query.get('state') as string) : '',
      focusArea: (FOCUS_AREAS as readonly string[]).includes(query.get('focusArea') ?? '') ? (query.get('focusArea') as string) : '',
      city: CITY.test(query.get('city') ?? '') ? (query.get('city') as string) : '',
    }),
    [query],
  );
  const { data: cities } = useCities();
  const cityLabel = (slug: string) => (slug === 'national' ? t('calls.national') : cityName(cities, slug, locale));
  const calls = useCalls(locale, filter);
  const items = calls.data?.pages.flatMap((page) => page.items) ?? [];
  const total = calls.data?.pages[0]?.total ?? 0;
  const change = (name: 'state' | 'focusArea' | 'city', value: string) => {
    const next = new URLSearchParams(query);
    if (value) next.set(name, value);
    else next.delete(name);
    setQuery(next);
  };

  return (
    <div className="container">
      <PageTitle title={t('calls.listTitle')} />
      <h1>{t('calls.listTitle')}</h1>
      <p>{t('calls.listIntro')}</p>
      <div className="filters-row">
        <Select
          id="calls-state"
          label={t('calls.state')}
          value={filter.state}
          onChange={(value) => change('state', value)}
          options={[{ value: '', label: t('calls.anyState') }, ...PUBLIC_STATES.map((state) => ({ value: state, label: t(`callStates.${state}`) }))]}
        />
        <Select
          id="calls-focus"
          label={t('calls.focusArea')}
          value={filter.focusArea}
          onChange={(value) => change('focusArea', value)}
          options={[{ value: '', label: t('calls.anyFocusArea') }, ...FOCUS_AREAS.map((area) => ({ value: area, label: t(`focusAreas.${area}`) }))]}
        />
        <Select
          id="calls-city"
          label={t('common.city')}
          value={filter.city}
          onChange={(value) => change('city', value)}
          options={[
            { value: '', label: t('calls.anyCity') },
            { value: 'national', label: t('calls.national') },
            ...(cities ?? []).map((city) => ({ value: city.slug, label: cityName(cities, city.slug, locale) })),
          ]}
        />
      </div>
      <Suspense fallback={null}>
        <SaveSearch
          kind="calls"
          params={{ ...(filter.city ? { city: filter.city } : {}), ...(filter.focusArea ? { focusArea: filter.focusArea } : {}) }}
          suggestedName={[filter.focusArea ? t(`focusAreas.${filter.focusArea}`) : '', filter.city ? cityLabel(filter.city) : ''].filter(Boolean).join(', ') || t('calls.listTitle')}
        />
      </Suspense>
      {calls.isPending ? (
        <LoadingSpinner />
      ) : calls.isError && !calls.data ? (
        <ErrorMessage error={calls.error} onRetry={() => void calls.refetch()} />
      ) : items.length === 0 ? (
        <p>{t('calls.noCalls')}</p>
      ) : (
        <>
          <ul className="card-list" aria-busy={calls.isFetching}>
            {items.map((call) => (
              <li key={call.id}>
                <CallCard call={call} headingLevel={2} />
              </li>
            ))}
          </ul>
          {calls.hasNextPage && (
            <div className="search-results__more">
              <p>{t('common.shownOfTotal', { shown: items.length, total })}</p>
              <Button variant="secondary" disabled={calls.isFetchingNextPage} onClick={() => void calls.fetchNextPage()}>
                {t('common.showMore')}
              </Button>
            </div>
          )}
        </>
      )}
    </div>
  );
}
