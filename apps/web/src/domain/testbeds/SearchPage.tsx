import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { Button } from '../../common/components/button/Button';
import { ErrorMessage } from '../../common/components/errorMessage/ErrorMessage';
import { LazyPointMap } from '../../common/components/map/LazyPointMap';
import type { Bounds, MapPoint } from '../../common/components/map/PointMap';
import { PageTitle } from '../../common/components/pageTitle/PageTitle';
import { LoadingSpinner } from '../../common/components/spinner/LoadingSpinner';
import { useAnnounce } from '../app/a11y/Announcer';
import { useLocale } from '../app/i18n/useLocale';
import { paths } from '../app/paths';
import { useTestbedSearch } from './queries';
import { SearchForm } from './SearchForm';
import { bboxOf, readSearchParams, type SearchParams, writeSearchParams } from './searchParams';
import { TestbedCard } from './TestbedCard';
import './search.css';
import { testbedAlertParams } from '../alerts/params';

const SaveSearch = lazy(() => import('../alerts/SaveSearch').then((m) => ({ default: m.SaveSearch })));

/**
 * The public test-bed search: words and filters in the address, results as a list with a map
 * beside it. The map searches the area it shows on request, and every bed on the map is in the
 * list (the accessible way to the same beds).
 */
export function SearchPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const [query, setQuery] = useSearchParams();
  const search = useMemo(() => readSearchParams(query), [query]);
  const result = useTestbedSearch(locale, search);
  const [view, setView] = useState<Bounds | null>(null);
  const items = useMemo(() => result.data?.pages.flatMap((page) => page.items) ?? [], [result.data]);
  const total = result.data?.pages[0]?.total ?? 0;
  const points = useMemo<MapPoint[]>(
    () => items.flatMap((bed) => (bed.location ? [{ id: bed.id, name: bed.name, lat: bed.location.lat, lon: bed.location.lon, href: paths.testbed(locale, bed.id) }] : [])),
    [items, locale],
  );

  const announced = useRef('');
  useEffect(() => {
    if (result.isPending || result.isPlaceholderData || result.isError) return;
    const message = t('testbeds.results', { count: total });
    const key = `${query.toString()}|${message}`;
    if (announced.current !== key) announce(message);
    announced.current = key;
  }, [result.isPending, result.isPlaceholderData, result.isError, total, query, t, announce]);

  const apply = (next: SearchParams) => setQuery(writeSearchParams(next));

  return (
    <div className="container">
      <PageTitle title={t('testbeds.searchTitle')} />
      <h1>{t('testbeds.searchTitle')}</h1>
      <p>{t('testbeds.searchIntro')}</p>
      <SearchForm key={query.toString()} search={search} onSearch={apply} />
      <Suspense fallback={null}>
        <SaveSearch kind="testbeds" params={testbedAlertParams(search)} suggestedName={[search.q.trim(), search.city].filter(Boolean).join(', ') || t('testbeds.searchTitle')} />
      </Suspense>

      <div className="search-results">
        <section className="search-results__list" aria-labelledby="results-heading">
          <h2 id="results-heading">{t('testbeds.list')}</h2>
          {search.bbox && (
            <p className="search-results__area">
              {t('testbeds.areaActive')}{' '}
              <Button variant="secondary" onClick={() => apply({ ...search, bbox: '' })}>
                {t('testbeds.clearArea')}
              </Button>
            </p>
          )}
          {result.isPending ? (
            <LoadingSpinner />
          ) : result.isError && !result.data ? (
            <ErrorMessage error={result.error} onRetry={() => void result.refetch()} />
          ) : (
            <>
              <p className="search-results__count" data-testid="result-count">
                {t('testbeds.results', { count: total })}
              </p>
              {items.length === 0 ? (
                <p>{t('testbeds.noResults')}</p>
              ) : (
                <ol className="result-list" aria-busy={result.isFetching}>
                  {items.map((bed) => (
                    <li key={bed.id}>
                      <TestbedCard testbed={bed} />
                    </li>
                  ))}
                </ol>
              )}
              {result.hasNextPage && (
                <div className="search-results__more">
                  <p>{t('common.shownOfTotal', { shown: items.length, total })}</p>
                  <Button variant="secondary" disabled={result.isFetchingNextPage} onClick={() => void result.fetchNextPage()}>
                    {t('common.showMore')}
                  </Button>
                </div>
              )}
            </>
          )}
        </section>
        <section className="search-results__map" aria-labelledby="map-heading">
          <h2 id="map-heading">{t('testbeds.map')}</h2>
          <p id="map-help" className="search-results__help">
            {t('testbeds.mapHelp')}
          </p>
          <LazyPointMap points={points} label={t('testbeds.map')} fitToPoints={!search.bbox} onNavigate={(href) => navigate(href)} onViewChange={setView} />
          <div className="actions">
            <Button variant="secondary" disabled={!view} onClick={() => view && apply({ ...search, bbox: bboxOf(view) })} aria-describedby="map-help">
              {t('testbeds.searchArea')}
            </Button>
          </div>
        </section>
      </div>
    </div>
  );
}
