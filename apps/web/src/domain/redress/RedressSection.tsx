import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../common/components/button/Button';
import { ErrorMessage } from '../../common/components/errorMessage/ErrorMessage';
import { Notification } from '../../common/components/notification/Notification';
import { TextInput } from '../../common/components/textInput/TextInput';
import { useAnnounce } from '../app/a11y/Announcer';
import { useFeatureMessages } from '../app/i18n/featureMessages';
import { formatDate } from '../app/i18n/format';
import { useLocale } from '../app/i18n/useLocale';
import { RedressFacts } from './RedressFacts';
import { GROUNDS_MIN } from './rules';
import { useApplicationRedress, useRequestRedress } from './queries';
import { REDRESS_MESSAGES } from './redressMessages';
import { useStoredText } from './storedText';

/**
 * The redress part of an application's outcome page: the 30 days after the decision with the days
 * left, the lead's request with its grounds (kept on the device as typed), and once asked the
 * request's state, outcome and what its re-evaluation changed.
 */
export function RedressSection({ applicationId, applicationState }: { applicationId: string; applicationState: string }) {
  useFeatureMessages(REDRESS_MESSAGES);
  const { t } = useTranslation();
  const locale = useLocale();
  const redress = useApplicationRedress(applicationId);
  if (redress.isPending) return null;
  if (redress.isError) return <ErrorMessage error={redress.error} onRetry={() => void redress.refetch()} />;
  const { window, request, canRequest } = redress.data;
  if (!window) return null;
  return (
    <section aria-labelledby="redress-title" className="redress" data-testid="redress">
      <h2 id="redress-title">{t('redress.title')}</h2>
      {request ? (
        <>
          <h3>{t('redress.request')}</h3>
          <RedressFacts request={request} />
        </>
      ) : (
        <>
          <p>{t('redress.intro')}</p>
          <p data-testid="redress-window">
            {window.open
              ? `${t('redress.lastDay', { day: formatDate(window.lastDay, locale) })} ${window.daysLeft === 0 ? t('redress.lastDayToday') : t('redress.daysLeft', { count: window.daysLeft })}`
              : t('redress.closed', { day: formatDate(window.lastDay, locale) })}
          </p>
          {window.open && applicationState !== 'not_funded' && <p>{t('redress.notRedressable')}</p>}
          {window.open && applicationState === 'not_funded' && !canRequest && <p>{t('redress.onlyLead')}</p>}
          {canRequest && <RequestForm applicationId={applicationId} />}
        </>
      )}
    </section>
  );
}

function RequestForm({ applicationId }: { applicationId: string }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const send = useRequestRedress(applicationId);
  const [grounds, setGrounds, clear] = useStoredText(`kokeilu.redress.${applicationId}`);
  const [short, setShort] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const tooShort = grounds.trim().length < GROUNDS_MIN;
    setShort(tooShort);
    if (tooShort) {
      document.getElementById('redress-grounds')?.focus();
      return;
    }
    send.mutate(grounds.trim(), {
      onSuccess: () => {
        clear();
        announce(t('redress.sent'));
      },
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <TextInput
        id="redress-grounds"
        label={t('redress.grounds')}
        helperText={t('redress.groundsHelp')}
        value={grounds}
        onChange={(value) => {
          setGrounds(value);
          setShort(false);
        }}
        multiline
        required
        maxLength={5000}
        errorText={short ? t('redress.groundsShort') : undefined}
      />
      <div className="actions">
        <Button type="submit" disabled={send.isPending}>
          {t('redress.send')}
        </Button>
      </div>
      {send.isError && <ErrorMessage error={send.error} />}
      {send.isSuccess && <Notification type="success" label={t('redress.sent')} />}
    </form>
  );
}
