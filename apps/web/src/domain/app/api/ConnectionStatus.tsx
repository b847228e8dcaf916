import { type Query, useQueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Notification } from '../../../common/components/notification/Notification';
import { ApiError, isTransient } from './problems';

type Status = 'ok' | 'lost' | 'unavailable' | 'offline';

/** What the requests in flight say about the connection: retrying after a lost connection or a 503, or waiting to be online. */
export function connectionStatus(queries: readonly Query[]): Status {
  let status: Status = 'ok';
  for (const query of queries) {
    const { fetchStatus, fetchFailureCount, fetchFailureReason } = query.state;
    if (fetchStatus === 'paused') return 'offline';
    if (fetchStatus === 'fetching' && fetchFailureCount > 0 && isTransient(fetchFailureReason)) {
      status = fetchFailureReason instanceof ApiError && fetchFailureReason.code === 'network' ? 'lost' : 'unavailable';
    }
  }
  return status;
}

/**
 * Tells the user, politely and without moving focus, that a request is being retried because the
 * connection was lost or the service answered 503; it goes away by itself when an answer comes.
 */
export function ConnectionStatus() {
  const { t } = useTranslation();
  const cache = useQueryClient().getQueryCache();
  const status = useSyncExternalStore(
    (onChange) => cache.subscribe(onChange),
    () => connectionStatus(cache.getAll()),
  );
  return (
    <div className="connection-status" role="status" aria-live="polite">
      {status !== 'ok' && (
        <Notification type="alert" label={t(`connection.${status}`)} data-testid="connection-status">
          {null}
        </Notification>
      )}
    </div>
  );
}
