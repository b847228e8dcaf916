import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { Button } from '../../common/components/button/Button';
import { Countdown } from '../../common/components/countdown/Countdown';
import { ErrorMessage } from '../../common/components/errorMessage/ErrorMessage';
import { Link } from '../../common/components/link/Link';
import { PageTitle } from '../../common/components/pageTitle/PageTitle';
import { Select } from '../../common/components/select/Select';
import { LoadingSpinner } from '../../common/components/spinner/LoadingSpinner';
import { TextInput } from '../../common/components/textInput/TextInput';
import { ApiError } from '../app/api/problems';
import { useLocale } from '../app/i18n/useLocale';
import { paths } from '../app/paths';
import { useCall } from '../calls/queries';
import { useCreateApplication } from './queries';
import { type Me, RequireSignIn } from './RequireSignIn';
import { STEPS } from './steps';

/** Starts an application to a call with one of the user's organisations as its lead, then opens the wizard. */
export function NewApplicationPage() {
  return <RequireSignIn>{(me) => <NewApplication me={me} />}</RequireSignIn>;
}

function NewApplication({ me }: { me: Me }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const [query] = useSearchParams();
  const callId = query.get('call') ?? '';
  const call = useCall(locale, callId);
  const create = useCreateApplication();
  const [organisationId, setOrganisationId] = useState(me.memberships[0]?.organisationId ?? '');
  const [title, setTitle] = useState('');
  const [titleError, setTitleError] = useState<string | undefined>();

  if (call.isPending) return <LoadingSpinner />;
  if (call.error || !call.data) {
    return (
      <div className="container">
        <PageTitle title={t('applications.newTitle')} />
        <h1>{t('applications.newTitle')}</h1>
        <ErrorMessage error={call.error} />
        <Link to={paths.calls(locale)}>{t('calls.backToList')}</Link>
      </div>
    );
  }
  const foreign = call.data.language !== locale ? call.data.language : undefined;
  // A first stage (it names its second stage) takes ideas.
  const idea = call.data.secondStageId !== null;
  const heading = idea ? t('applications.idea.newTitle') : t('applications.newTitle');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) {
      setTitleError(t('applications.required'));
      document.getElementById('new-title')?.focus();
      return;
    }
    setTitleError(undefined);
    create.mutate(
      { callId, organisationId, title: title.trim() },
      {
        onSuccess: (created) => navigate(paths.applicationStep(locale, created.id, STEPS[0])),
        onError: (error) => {
          const field = error instanceof ApiError ? error.fieldErrors.find((each) => each.field === 'title') : undefined;
          if (field) setTitleError(field.message);
        },
      },
    );
  };

  return (
    <div className="container narrow">
      <PageTitle title={heading} />
      <p className="back-link">
        <Link to={paths.call(locale, callId)}>{t('applications.backToCall')}</Link>
      </p>
      <h1>{heading}</h1>
      <p>
        {idea ? t('applications.idea.newIntro') : t('applications.newIntro')} <strong lang={foreign}>{call.data.title}</strong>
      </p>
      {call.data.state === 'open' && <Countdown deadline={String(call.data.closesAt)} />}
      {me.memberships.length === 0 ? (
        <p data-testid="no-organisation">{t('applications.noOrganisation')}</p>
      ) : (
        <form className="form" onSubmit={submit} noValidate>
          <Select
            id="new-organisation"
            label={t('applications.leadOrganisation')}
            value={organisationId}
            onChange={setOrganisationId}
            options={me.memberships.map((membership) => ({ value: membership.organisationId, label: membership.organisationName }))}
          />
          <TextInput id="new-title" label={t('applications.plan.title')} value={title} onChange={setTitle} errorText={titleError} required />
          {create.isError && <ErrorMessage error={create.error} />}
          <Button type="submit" disabled={create.isPending || call.data.state !== 'open'}>
            {idea ? t('applications.idea.start') : t('applications.start')}
          </Button>
        </form>
      )}
    </div>
  );
}
