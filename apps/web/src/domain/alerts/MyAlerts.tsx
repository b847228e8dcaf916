import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { Button } from '../../common/components/button/Button';
import { Link } from '../../common/components/link/Link';
import { ProblemMessage } from '../../common/components/problemMessage/ProblemMessage';
import { Select } from '../../common/components/select/Select';
import { LoadingSpinner } from '../../common/components/spinner/LoadingSpinner';
import { useAnnounce } from '../app/a11y/Announcer';
import { useFeatureMessages } from '../app/i18n/featureMessages';
import { useLocale } from '../app/i18n/useLocale';
import { paths } from '../app/paths';
import { ALERTS_MESSAGES } from './alertsMessages';
import { alertQuery } from './params';
import { type Frequency, FREQUENCIES, type SavedSearch, useAlerts, useDeleteAlert, useUpdateAlert } from './queries';
import './alerts.css';

/**
 * The account's saved searches: each opens its search page, changes how it tells (saved as
 * picked), offers its feed's address to copy (shown too, for whoever cannot use the clipboard),
 * and is deleted with one button. A saved search's "see your saved searches" link lands here.
 */
export function MyAlerts() {
  useFeatureMessages(ALERTS_MESSAGES);
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { hash } = useLocation();
  const heading = useRef<HTMLHeadingElement>(null);
  const alerts = useAlerts();
  const update = useUpdateAlert();
  const remove = useDeleteAlert();
  const loaded = !!alerts.data;
  useEffect(() => {
    if (loaded && hash === '#alerts') heading.current?.focus();
  }, [loaded, hash]);

  const changeFrequency = (alert: SavedSearch, frequency: Frequency) =>
    update.mutate({ id: alert.id, frequency }, { onSuccess: () => announce(t('alerts.list.frequencySaved', { name: alert.name, frequency: t(`alerts.frequencies.${frequency}`) })) });
  // Where the clipboard is refused, the address is selected in its field for the user to copy.
  const copyFeed = async (alert: SavedSearch) => {
    try {
      await navigator.clipboard.writeText(alert.feedUrl);
      announce(t('alerts.list.copied', { name: alert.name }));
    } catch {
      const field = document.getElementById(`alert-feed-${alert.id}`) as HTMLInputElement | null;
      field?.focus();
      field?.select();
      announce(t('alerts.list.copyFailed'));
    }
  };
  const deleteAlert = (alert: SavedSearch) =>
    remove.mutate(alert.id, {
      onSuccess: () => {
        announce(t('alerts.list.deleted', { name: alert.name }));
        heading.current?.focus();
      },
    });

  return (
    <section id="alerts" className="my-alerts" aria-labelledby="my-alerts-title">
      <h2 id="my-alerts-title" ref={heading} tabIndex={-1}>
        {t('alerts.list.title')}
      </h2>
      <p>{t('alerts.list.intro')}</p>
      {alerts.error ? (
        <ProblemMessage error={alerts.error} />
      ) : !alerts.data ? (
        <LoadingSpinner />
      ) : alerts.data.length === 0 ? (
        <p>{t('alerts.list.none')}</p>
      ) : (
        <ul className="my-alerts__list" data-testid="my-alerts">
          {alerts.data.map((alert) => (
            <AlertItem key={alert.id} alert={alert} onFrequency={changeFrequency} onCopy={(a) => void copyFeed(a)} onDelete={deleteAlert} deleting={remove.isPending && remove.variables === alert.id} />
          ))}
        </ul>
      )}
      {(update.error || remove.error) && <ProblemMessage error={update.error ?? remove.error} />}
    </section>
  );
}

interface AlertItemProps {
  alert: SavedSearch;
  onFrequency: (alert: SavedSearch, frequency: Frequency) => void;
  onCopy: (alert: SavedSearch) => void;
  onDelete: (alert: SavedSearch) => void;
  deleting: boolean;
}

function AlertItem({ alert, onFrequency, onCopy, onDelete, deleting }: AlertItemProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const query = alertQuery(alert.kind, alert.params);
  const page = alert.kind === 'calls' ? `${paths.calls(locale)}${query ? `?${query}` : ''}` : paths.testbeds(locale, query);
  return (
    <li className="my-alerts__item" data-testid={`alert-${alert.id}`}>
      <h3 className="my-alerts__name">{alert.name}</h3>
      <p className="my-alerts__meta">
        {t(`alerts.kinds.${alert.kind}`)} · {t('alerts.list.matches', { count: alert.matches })}
      </p>
      <p>
        <Link to={page}>{t('alerts.list.open')}</Link>
      </p>
      <Select
        id={`alert-frequency-${alert.id}`}
        label={t('alerts.save.frequency')}
        value={alert.frequency}
        onChange={(value) => onFrequency(alert, value as Frequency)}
        options={FREQUENCIES.map((f) => ({ value: f, label: t(`alerts.frequencies.${f}`) }))}
      />
      <label htmlFor={`alert-feed-${alert.id}`}>{t('alerts.list.feed')}</label>
      <input id={`alert-feed-${alert.id}`} className="my-alerts__feed" readOnly value={alert.feedUrl} onFocus={(event) => event.target.select()} />
      <div className="actions">
        <Button variant="secondary" onClick={() => onCopy(alert)}>
          {t('alerts.list.copyFeed')}
        </Button>
        <Button variant="secondary" disabled={deleting} aria-label={t('alerts.list.deleteNamed', { name: alert.name })} onClick={() => onDelete(alert)}>
          {t('alerts.list.delete')}
        </Button>
      </div>
    </li>
  );
}
