import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import { Button } from '../../common/components/button/Button';
import { Checkbox } from '../../common/components/checkbox/Checkbox';
import { ProblemMessage } from '../../common/components/problemMessage/ProblemMessage';
import { LoadingSpinner } from '../../common/components/spinner/LoadingSpinner';
import { StatusLabel } from '../../common/components/statusLabel/StatusLabel';
import { useAnnounce } from '../app/a11y/Announcer';
import { useFeatureMessages } from '../app/i18n/featureMessages';
import { formatDateTime } from '../app/i18n/format';
import { useLocale } from '../app/i18n/useLocale';
import { type DataExport, downloadExport, useCancelErasure, useDataExports, useErasure, useRequestErasure, useRequestExport } from './personalDataQueries';
import { YOUR_DATA_MESSAGES } from './yourDataMessages';
import './yourData.css';

/** Bytes as a reader says them: kB below a megabyte, MB above. */
function size(bytes: number | null, locale: string): string {
  const value = bytes ?? 0;
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return value < 1_000_000 ? `${format.format(Math.max(value / 1000, 0.1))} kB` : `${format.format(value / 1_000_000)} MB`;
}

/**
 * The account's "your data" section: a download of everything the service holds about the user
 * (asked for, its progress while it is prepared, the ZIP until it expires), and a request to be
 * forgotten with its consequences spelt out, cancellable until it is carried out.
 */
export function YourData() {
  useFeatureMessages(YOUR_DATA_MESSAGES);
  const { t } = useTranslation();
  return (
    <section id="your-data" className="your-data" aria-labelledby="your-data-title">
      <h2 id="your-data-title">{t('yourData.title')}</h2>
      <p>{t('yourData.intro')}</p>
      <DataDownloads />
      <Erasure />
    </section>
  );
}

function DataDownloads() {
  const { t } = useTranslation();
  const locale = useLocale();
  const announce = useAnnounce();
  const exports = useDataExports();
  const request = useRequestExport();
  const fetchFile = useMutation({ mutationFn: (item: DataExport) => downloadExport(item) });
  const items = exports.data ?? [];
  const latest = items[0];
  const wasBuilding = useRef(false);
  const inProgress = latest?.state === 'queued' || latest?.state === 'building';
  useEffect(() => {
    if (wasBuilding.current && latest?.state === 'ready') announce(t('yourData.readyNow'));
    wasBuilding.current = inProgress;
  }, [inProgress, latest?.state, announce, t]);

  return (
    <div className="your-data__part" data-testid="data-downloads">
      <h3>{t('yourData.exportTitle')}</h3>
      <p>{t('yourData.exportIntro')}</p>
      {exports.error ? (
        <ProblemMessage error={exports.error} />
      ) : !exports.data ? (
        <LoadingSpinner />
      ) : items.length === 0 ? (
        <p>{t('yourData.noExports')}</p>
      ) : (
        <ul className="your-data__list">
          {items.map((item) => (
            <li key={item.id} data-testid="data-export">
              <span>{t('yourData.requestedAt', { date: formatDateTime(item.requestedAt, locale) })}</span>{' '}
              <StatusLabel type={item.state === 'ready' ? (item.downloadable ? 'success' : 'neutral') : item.state === 'failed' ? 'error' : 'info'}>
                {item.state === 'ready' && !item.downloadable ? t('yourData.expired') : t(`yourData.state.${item.state}`)}
              </StatusLabel>
              {(item.state === 'queued' || item.state === 'building') && (
                <progress
                  className="your-data__progress"
                  max={100}
                  value={item.progress}
                  aria-label={t('yourData.progressLabel', { date: formatDateTime(item.requestedAt, locale) })}
                >{`${item.progress} %`}</progress>
              )}
              {item.downloadable && item.expiresAt && (
                <div className="your-data__download">
                  <Button variant="secondary" onClick={() => fetchFile.mutate(item)} disabled={fetchFile.isPending}>
                    {t('yourData.download', { size: size(item.sizeBytes, locale) })}
                  </Button>
                  <span className="card__meta">{t('yourData.expiresAt', { date: formatDateTime(item.expiresAt, locale) })}</span>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="actions">
        <Button onClick={() => request.mutate(undefined, { onSuccess: () => announce(t('yourData.started')) })} disabled={request.isPending || inProgress}>
          {t('yourData.requestExport')}
        </Button>
      </div>
      {request.error && <ProblemMessage error={request.error} />}
      {fetchFile.error && <ProblemMessage error={fetchFile.error} />}
    </div>
  );
}

function Erasure() {
  const { t } = useTranslation();
  const locale = useLocale();
  const announce = useAnnounce();
  const erasure = useErasure();
  const request = useRequestErasure();
  const cancel = useCancelErasure();
  const [understood, setUnderstood] = useState(false);
  const status = useRef<HTMLParagraphElement>(null);
  const state = erasure.data?.state;
  useEffect(() => {
    // After asking or cancelling, focus goes to what now stands in place of the button pressed.
    if (request.isSuccess || cancel.isSuccess) status.current?.focus();
  }, [state, request.isSuccess, cancel.isSuccess]);

  if (erasure.error) return <ProblemMessage error={erasure.error} />;
  if (!erasure.data) return <LoadingSpinner />;
  const { graceDays, dueAt, blockedBy } = erasure.data;
  return (
    <div className="your-data__part" data-testid="erasure">
      <h3>{t('yourData.erasureTitle')}</h3>
      {state === 'none' ? (
        <>
          <p ref={status} tabIndex={-1}>
            {t('yourData.consequencesIntro')}
          </p>
          <ul className="your-data__consequences">
            <li>{t('yourData.consequences.grace', { days: graceDays })}</li>
            <li>{t('yourData.consequences.pseudonym')}</li>
            <li>{t('yourData.consequences.removed')}</li>
            <li>{t('yourData.consequences.kept')}</li>
            <li>{t('yourData.consequences.owner')}</li>
          </ul>
          <Checkbox id="erasure-understood" label={t('yourData.understand')} checked={understood} onChange={setUnderstood} />
          <div className="actions">
            <Button
              variant="secondary"
              disabled={!understood || request.isPending}
              onClick={() =>
                request.mutate(undefined, {
                  onSuccess: () => {
                    setUnderstood(false);
                    cancel.reset();
                    announce(t('yourData.requested'));
                  },
                })
              }
            >
              {t('yourData.requestErasure')}
            </Button>
          </div>
        </>
      ) : (
        <>
          <p ref={status} tabIndex={-1} data-testid="erasure-status">
            {state === 'blocked'
              ? t('yourData.blocked', { organisations: blockedBy.map((o) => o.name).join(', ') })
              : t('yourData.scheduled', { date: dueAt ? formatDateTime(dueAt, locale) : '' })}
          </p>
          <div className="actions">
            <Button
              onClick={() =>
                cancel.mutate(undefined, {
                  onSuccess: () => {
                    request.reset();
                    announce(t('yourData.cancelled'));
                  },
                })
              }
              disabled={cancel.isPending}
            >
              {t('yourData.cancelErasure')}
            </Button>
          </div>
        </>
      )}
      {request.error && <ProblemMessage error={request.error} />}
      {cancel.error && <ProblemMessage error={cancel.error} />}
    </div>
  );
}
