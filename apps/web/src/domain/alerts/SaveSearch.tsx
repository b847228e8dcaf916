import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { Button } from '../../common/components/button/Button';
import { Link } from '../../common/components/link/Link';
import { ProblemMessage } from '../../common/components/problemMessage/ProblemMessage';
import { Select } from '../../common/components/select/Select';
import { TextInput } from '../../common/components/textInput/TextInput';
import { useAnnounce } from '../app/a11y/Announcer';
import { useFeatureMessages } from '../app/i18n/featureMessages';
import { useLocale } from '../app/i18n/useLocale';
import { paths } from '../app/paths';
import { useSession } from '../auth/useSession';
import { ALERTS_MESSAGES } from './alertsMessages';
import type { AlertParams } from './params';
import { type Frequency, FREQUENCIES, useSaveAlert } from './queries';
import './alerts.css';

export interface SaveSearchProps {
  kind: 'testbeds' | 'calls';
  /** The page's search as the API's parameters. */
  params: AlertParams;
  /** A name to start from: the search's words, or its filters. */
  suggestedName: string;
}

/**
 * "Save this search" under a search page's filters: a name (prefilled) and how to be told, saved
 * for the signed-in user; anyone else is offered sign-in and comes back to the same search.
 */
export function SaveSearch({ kind, params, suggestedName }: SaveSearchProps) {
  useFeatureMessages(ALERTS_MESSAGES);
  const { t } = useTranslation();
  const locale = useLocale();
  const session = useSession();
  const announce = useAnnounce();
  const { pathname, search } = useLocation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [frequency, setFrequency] = useState<Frequency>('immediate');
  const [saved, setSaved] = useState<string | null>(null);
  const save = useSaveAlert();
  const opener = useRef<HTMLDivElement>(null);
  // Opening the form puts the focus in its name; closing it (saved or cancelled) gives the focus back to the button that opened it.
  const refocus = useRef(false);
  useEffect(() => {
    if (open && refocus.current) document.getElementById(`${id}-name`)?.focus();
    if (!open && refocus.current) opener.current?.querySelector('button')?.focus();
    refocus.current = false;
  }, [open, id]);

  if (session === 'signedOut') {
    return (
      <p className="save-search">
        <Link to={paths.signIn(locale, `${pathname}${search}`)}>{t('alerts.save.signIn')}</Link>
      </p>
    );
  }
  if (!open) {
    return (
      <div className="save-search" ref={opener}>
        <Button
          variant="secondary"
          onClick={() => {
            setName(suggestedName.slice(0, 100));
            setSaved(null);
            save.reset();
            refocus.current = true;
            setOpen(true);
          }}
        >
          {t('alerts.save.open')}
        </Button>
        {saved && (
          <p data-testid="search-saved">
            {t('alerts.save.saved', { name: saved })} <Link to={`${paths.account(locale)}#alerts`}>{t('alerts.save.toAccount')}</Link>
          </p>
        )}
      </div>
    );
  }
  const submit = () =>
    save.mutate(
      { kind, name: name.trim(), frequency, locale, params },
      {
        onSuccess: (alert) => {
          setSaved(alert.name);
          refocus.current = true;
          setOpen(false);
          announce(t('alerts.save.saved', { name: alert.name }));
        },
      },
    );
  return (
    <form
      className="save-search save-search--open"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <h2 id={`${id}-title`} className="save-search__title">
        {t('alerts.save.title')}
      </h2>
      <p>{t('alerts.save.intro')}</p>
      <TextInput id={`${id}-name`} label={t('alerts.save.name')} value={name} onChange={setName} required maxLength={100} />
      <Select
        id={`${id}-frequency`}
        label={t('alerts.save.frequency')}
        value={frequency}
        onChange={(value) => setFrequency(value as Frequency)}
        options={FREQUENCIES.map((f) => ({ value: f, label: t(`alerts.frequencies.${f}`) }))}
      />
      {save.error && <ProblemMessage error={save.error} />}
      <div className="actions">
        <Button type="submit" disabled={save.isPending || !name.trim()}>
          {t('alerts.save.submit')}
        </Button>
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            refocus.current = true;
            setOpen(false);
          }}
        >
          {t('alerts.save.cancel')}
        </Button>
      </div>
    </form>
  );
}
