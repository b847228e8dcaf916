import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Button } from '../../common/components/button/Button';
import { ErrorMessage } from '../../common/components/errorMessage/ErrorMessage';
import { PageTitle } from '../../common/components/pageTitle/PageTitle';
import { Select } from '../../common/components/select/Select';
import { LoadingSpinner } from '../../common/components/spinner/LoadingSpinner';
import { useLocale } from '../app/i18n/useLocale';
import { CallCard } from './CallCard';
import { useCalls } from './queries';
import { FOCUS_AREAS, PUBLIC_STATES } from './vocabulary';
import './call.css';

/** The published calls by deadline, filtered by state and focus area (kept in the address). */
export function CallsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [query, setQuery] = useSearchParams();
  const filter = useMemo(
    () => ({
      state: (PUBLIC_STATES as readonly string[]).includes(query.get('state') ?? '') ? (query.get('state') as string) : '',
      focusArea: (FOCUS_AREAS as readonly string[]).includes(query.get('focusArea') ?? '') ? (query.get('focusArea') as string) : '',
    }),
    [query],
  );
  const calls = useCalls(locale, filter);
  const items = calls.data?.pages.flatMap((page) => page.items) ?? [];
  const total = calls.data?.pages[0]?.total ?? 0;
  const change = (name: 'state' | 'focusArea', value: string) => {
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
      </div>
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
