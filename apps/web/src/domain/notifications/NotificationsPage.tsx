import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppNotification } from '../../api/types';
import { Button } from '../../common/components/button/Button';
import { ErrorMessage } from '../../common/components/errorMessage/ErrorMessage';
import { Link } from '../../common/components/link/Link';
import { PageTitle } from '../../common/components/pageTitle/PageTitle';
import { LoadingSpinner } from '../../common/components/spinner/LoadingSpinner';
import { StatusLabel } from '../../common/components/statusLabel/StatusLabel';
import { useAnnounce } from '../app/a11y/Announcer';
import { api, unwrap } from '../app/api/client';
import { formatDateTime } from '../app/i18n/format';
import { useLocale } from '../app/i18n/useLocale';
import { SignedIn } from '../account/SignedIn';
import { NOTIFICATIONS_KEY, UNREAD_KEY, useNotifications } from './queries';
import './notifications.css';

/** A link of the app's own (`/fi/bookings/<id>`); anything else is not followed. */
function appLink(link: string | null): string | null {
  return link && /^\/(fi|sv|en)\//.test(link) ? link : null;
}

/** The signed-in user's notifications, newest first; each leads to what it is about and can be marked read, or all at once. */
export function NotificationsPage() {
  const { t } = useTranslation();
  return (
    <div className="container narrow">
      <PageTitle title={t('notifications.title')} />
      <h1>{t('notifications.title')}</h1>
      <SignedIn>{() => <Notifications />}</SignedIn>
    </div>
  );
}

function Notifications() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const list = useNotifications();
  const refresh = () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
  const markRead = useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/v1/notifications/{id}/read', { params: { path: { id } }, body: {} })),
    onSuccess: refresh,
  });
  const markAll = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/notifications/read-all', { body: {} })),
    onSuccess: async (result) => {
      await refresh();
      announce(t('notifications.markedAll', { count: result.marked }));
    },
  });
  // The header's count follows the list as it is read, rather than waiting for its next poll.
  const unread = list.data?.pages[0].unread;
  useEffect(() => {
    if (unread !== undefined) queryClient.setQueryData(UNREAD_KEY, unread);
  }, [unread, queryClient]);
  if (list.isPending) return <LoadingSpinner />;
  if (list.isError) return <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />;
  const first = list.data.pages[0];
  const items = list.data.pages.flatMap((page) => page.items);
  return (
    <>
      <p data-testid="notification-summary">{t('notifications.summary', { count: first.total, unread: first.unread })}</p>
      {(markRead.isError || markAll.isError) && <ErrorMessage error={markRead.error ?? markAll.error} />}
      {first.unread > 0 && (
        <Button variant="secondary" onClick={() => markAll.mutate()} disabled={markAll.isPending}>
          {t('notifications.markAll')}
        </Button>
      )}
      {items.length === 0 ? (
        <p>{t('notifications.none')}</p>
      ) : (
        <ul className="notification-list">
          {items.map((item) => (
            <NotificationItem key={item.id} item={item} onRead={() => markRead.mutate(item.id)} pending={markRead.isPending} />
          ))}
        </ul>
      )}
      {list.hasNextPage && (
        <Button variant="secondary" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
          {t('common.showMore')}
        </Button>
      )}
    </>
  );
}

function NotificationItem({ item, onRead, pending }: { item: AppNotification; onRead: () => void; pending: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const link = appLink(item.link);
  const unread = item.readAt === null;
  return (
    <li className={unread ? 'notification-item notification-item--unread' : 'notification-item'} data-testid="notification">
      <h2 className="notification-item__title">
        {link ? <Link to={link}>{item.title}</Link> : item.title} {unread && <StatusLabel type="info">{t('notifications.unread')}</StatusLabel>}
      </h2>
      <p>{item.body}</p>
      <p className="card__meta">{formatDateTime(item.createdAt, locale)}</p>
      {unread && (
        <Button variant="clear" onClick={onRead} disabled={pending} aria-label={t('notifications.markReadOne', { title: item.title })}>
          {t('notifications.markRead')}
        </Button>
      )}
    </li>
  );
}
