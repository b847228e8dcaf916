import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { City } from '../../api/types';
import { Button } from '../../common/components/button/Button';
import { ErrorMessage } from '../../common/components/errorMessage/ErrorMessage';
import { PageTitle } from '../../common/components/pageTitle/PageTitle';
import { Select } from '../../common/components/select/Select';
import { LoadingSpinner } from '../../common/components/spinner/LoadingSpinner';
import { TextInput } from '../../common/components/textInput/TextInput';
import { api, unwrap } from '../app/api/client';
import { useFeatureMessages } from '../app/i18n/featureMessages';
import { formatDateTime } from '../app/i18n/format';
import { useLocale } from '../app/i18n/useLocale';
import { auditSentence, namesByEntity } from './auditSentence';
import { DeskCity } from './DeskCity';
import { fromHelsinkiLocal } from './helsinkiTime';
import { DESK_MESSAGES } from './deskMessages';
import { DESK_KEY } from './queries';
import './desk.css';

const KINDS = ['testbed', 'booking', 'call', 'application'] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The city's events, newest first, as sentences ("Anna approved the booking …"), filtered by kind and period. */
export function AuditPage() {
  useFeatureMessages(DESK_MESSAGES);
  const { t } = useTranslation();
  return (
    <div className="container">
      <PageTitle title={t('deskAudit.title')} />
      <h1>{t('deskAudit.title')}</h1>
      <DeskCity>{(city) => <Events city={city} />}</DeskCity>
    </div>
  );
}

function Events({ city }: { city: City }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [query, setQuery] = useSearchParams();
  const kind = (KINDS as readonly string[]).includes(query.get('kind') ?? '') ? (query.get('kind') as string) : '';
  const from = DAY.test(query.get('from') ?? '') ? (query.get('from') as string) : '';
  const to = DAY.test(query.get('to') ?? '') ? (query.get('to') as string) : '';
  const change = (key: string, value: string) => {
    const next = new URLSearchParams(query);
    if (value) next.set(key, value);
    else next.delete(key);
    setQuery(next, { replace: true });
  };
  // Days are Helsinki's: from its first moment to the next day's first.
  const fromAt = from ? fromHelsinkiLocal(`${from}T00:00`) : null;
  const toAt = to ? new Date(new Date(fromHelsinkiLocal(`${to}T00:00`) as string).getTime() + 86_400_000).toISOString() : null;
  const events = useInfiniteQuery({
    staleTime: 0,
    queryKey: [...DESK_KEY, 'audit', city.id, kind, from, to],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/audit', {
          params: {
            query: {
              cityId: city.id,
              limit: 50,
              ...(kind ? { entityType: kind } : {}),
              ...(fromAt ? { from: fromAt } : {}),
              ...(toAt ? { to: toAt } : {}),
              ...(pageParam ? { cursor: pageParam } : {}),
            },
          },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = events.data?.pages.flatMap((page) => page.items) ?? [];
  const names = namesByEntity(items, locale);
  return (
    <>
      <form className="desk-filters" aria-label={t('deskAudit.filters')} onSubmit={(event) => event.preventDefault()}>
        <Select
          id="audit-kind"
          label={t('deskAudit.kind')}
          value={kind}
          options={[{ value: '', label: t('deskAudit.allKinds') }, ...KINDS.map((value) => ({ value, label: t(`deskAudit.kinds.${value}`) }))]}
          onChange={(value) => change('kind', value)}
        />
        <TextInput id="audit-from" type="date" label={t('deskAudit.from')} value={from} onChange={(value) => change('from', value)} />
        <TextInput id="audit-to" type="date" label={t('deskAudit.to')} value={to} onChange={(value) => change('to', value)} />
      </form>
      {events.isPending ? (
        <LoadingSpinner />
      ) : events.error ? (
        <ErrorMessage error={events.error} onRetry={() => void events.refetch()} />
      ) : items.length === 0 ? (
        <p role="status">{t('deskAudit.none')}</p>
      ) : (
        <>
          <p role="status">{t('deskAudit.count', { count: events.data.pages[0].total })}</p>
          <ol className="desk-audit" data-testid="audit-events">
            {items.map((event) => {
              const sentence = auditSentence(event, locale, t('deskAudit.system'), names);
              return (
                <li key={event.id}>
                  <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt, locale)}</time>
                  <span>{t(sentence.key, sentence.values)}</span>
                </li>
              );
            })}
          </ol>
          {events.hasNextPage && (
            <Button variant="secondary" disabled={events.isFetchingNextPage} onClick={() => void events.fetchNextPage()}>
              {t('common.showMore')}
            </Button>
          )}
        </>
      )}
    </>
  );
}
