import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Button } from '../../common/components/button/Button';
import { ErrorMessage } from '../../common/components/errorMessage/ErrorMessage';
import { Link } from '../../common/components/link/Link';
import { PageTitle } from '../../common/components/pageTitle/PageTitle';
import { Select } from '../../common/components/select/Select';
import { LoadingSpinner } from '../../common/components/spinner/LoadingSpinner';
import { TextInput } from '../../common/components/textInput/TextInput';
import { SignedIn } from '../account/SignedIn';
import { useAnnounce } from '../app/a11y/Announcer';
import { useFeatureMessages } from '../app/i18n/featureMessages';
import { formatMoney } from '../app/i18n/format';
import { useLocale } from '../app/i18n/useLocale';
import { paths } from '../app/paths';
import { RedressFacts } from './RedressFacts';
import { type RedressDesk, type RedressView, useAppointReviewer, useAssignAgain, useRedressDesk, useReviewerCandidates, useSetRedressPolicy } from './queries';
import { REDRESS_MESSAGES } from './redressMessages';
import { centsOfEuros } from './rules';
import './redress.css';

/**
 * The coordinator's redress desk of one call: what an upheld redress above the budget line gets
 * and the reserve held back for it (until the decision), and every request with its grounds, its
 * reviewer (appointed here from the evaluators who may) and the progress of its re-evaluation.
 */
export function RedressDeskPage() {
  useFeatureMessages(REDRESS_MESSAGES);
  const { t } = useTranslation();
  const locale = useLocale();
  const { id = '' } = useParams();
  return (
    <div className="container redress">
      <PageTitle title={t('redress.desk.title')} />
      <p className="back-link">
        <Link to={paths.deskCall(locale, id)}>{t('redress.desk.toCall')}</Link>
      </p>
      <h1>{t('redress.desk.title')}</h1>
      <p>{t('redress.desk.intro')}</p>
      <SignedIn>{() => <Desk callId={id} />}</SignedIn>
    </div>
  );
}

function Desk({ callId }: { callId: string }) {
  const { t } = useTranslation();
  const desk = useRedressDesk(callId);
  if (desk.isPending) return <LoadingSpinner />;
  if (desk.isError) return <ErrorMessage error={desk.error} onRetry={() => void desk.refetch()} />;
  return (
    <>
      <PolicyForm callId={callId} desk={desk.data} />
      <h2>{t('redress.desk.requests')}</h2>
      {desk.data.requests.length === 0 ? (
        <p role="status">{t('redress.desk.none')}</p>
      ) : (
        desk.data.requests.map((request) => <RequestCard key={request.id} callId={callId} request={request} />)
      )}
    </>
  );
}

function PolicyForm({ callId, desk }: { callId: string; desk: RedressDesk }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const announce = useAnnounce();
  const save = useSetRedressPolicy(callId);
  const [remedy, setRemedy] = useState(desk.remedy as 'reserve_budget' | 'reserve_list');
  const [reserve, setReserve] = useState(String(Math.round(desk.reserveCents / 100)));
  const [invalid, setInvalid] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const reserveCents = centsOfEuros(reserve);
    setInvalid(reserveCents === null);
    if (reserveCents === null) {
      document.getElementById('redress-reserve')?.focus();
      return;
    }
    save.mutate({ remedy, reserveCents }, { onSuccess: () => announce(t('redress.desk.saved')) });
  };
  return (
    <form onSubmit={submit} noValidate className="redress-policy" data-testid="redress-policy">
      <fieldset>
        <legend>{t('redress.desk.policy')}</legend>
        {(['reserve_budget', 'reserve_list'] as const).map((value) => (
          <div key={value}>
            <input type="radio" id={`redress-remedy-${value}`} name="redress-remedy" value={value} checked={remedy === value} onChange={() => setRemedy(value)} />{' '}
            <label htmlFor={`redress-remedy-${value}`}>{t(`redress.desk.remedies.${value}`)}</label>
          </div>
        ))}
      </fieldset>
      <TextInput
        id="redress-reserve"
        label={t('redress.desk.reserve')}
        helperText={t('redress.desk.reserveHelp')}
        value={reserve}
        onChange={(value) => {
          setReserve(value);
          setInvalid(false);
        }}
        inputMode="numeric"
        errorText={invalid ? t('redress.desk.reserveInvalid') : undefined}
      />
      <p>{t('redress.desk.reserveUsed', { used: formatMoney(desk.reserveCommittedCents, locale), reserve: formatMoney(desk.reserveCents, locale) })}</p>
      <div className="actions">
        <Button type="submit" disabled={save.isPending}>
          {t('redress.desk.save')}
        </Button>
      </div>
      {save.isError && <ErrorMessage error={save.error} />}
    </form>
  );
}

function RequestCard({ callId, request }: { callId: string; request: RedressView }) {
  const { t } = useTranslation();
  const headingId = `redress-${request.id}`;
  const assignAgain = useAssignAgain(callId);
  const announce = useAnnounce();
  const appointable = request.state === 'requested' || request.state === 'in_review';
  return (
    <section className="redress-card" aria-labelledby={headingId} data-testid="redress-request">
      <h3 id={headingId}>{request.applicationTitle}</h3>
      <RedressFacts request={request}>
        <dt>{t('redress.desk.applicant')}</dt>
        <dd>{request.leadOrganisationName}</dd>
        <dt>{t('redress.desk.reviewer')}</dt>
        <dd data-testid="redress-reviewer">{request.reviewer?.name ?? t('redress.desk.noReviewer')}</dd>
      </RedressFacts>
      {appointable && <AppointForm callId={callId} request={request} />}
      {request.state === 're_evaluating' && (request.reEvaluation?.shortage ?? 0) > 0 && (
        <div className="actions">
          <Button variant="secondary" disabled={assignAgain.isPending} onClick={() => assignAgain.mutate(request.id, { onSuccess: () => announce(t('redress.desk.assignedAgain')) })}>
            {t('redress.desk.assignAgain')}
          </Button>
          {assignAgain.isError && <ErrorMessage error={assignAgain.error} />}
        </div>
      )}
    </section>
  );
}

function AppointForm({ callId, request }: { callId: string; request: RedressView }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const candidates = useReviewerCandidates(request.id, true);
  const appoint = useAppointReviewer(callId);
  const [reviewerId, setReviewerId] = useState(request.reviewer?.id ?? '');
  if (candidates.isPending) return <LoadingSpinner />;
  if (candidates.isError) return <ErrorMessage error={candidates.error} onRetry={() => void candidates.refetch()} />;
  const eligible = candidates.data.filter((c) => c.eligible);
  const ineligible = candidates.data.filter((c) => !c.eligible);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const chosen = candidates.data.find((c) => c.userId === reviewerId);
    if (!chosen) {
      document.getElementById(`appoint-${request.id}`)?.focus();
      return;
    }
    appoint.mutate({ id: request.id, reviewerId }, { onSuccess: () => announce(t('redress.desk.appointed', { name: chosen.name, application: request.applicationTitle })) });
  };
  return (
    <form onSubmit={submit} noValidate className="redress-appoint">
      <Select
        id={`appoint-${request.id}`}
        label={t('redress.desk.appointFor', { application: request.applicationTitle })}
        value={reviewerId}
        onChange={setReviewerId}
        options={[{ value: '', label: t('redress.desk.choose') }, ...eligible.map((c) => ({ value: c.userId, label: c.name }))]}
      />
      {ineligible.length > 0 && (
        <ul className="redress-ineligible">
          {ineligible.map((c) => (
            <li key={c.userId}>{t('redress.desk.ineligible', { name: c.name, reasons: c.reasons.map((r) => t(`redress.desk.reasons.${r}`)).join(', ') })}</li>
          ))}
        </ul>
      )}
      <div className="actions">
        <Button type="submit" disabled={appoint.isPending || !reviewerId}>
          {t('redress.desk.appointButton')}
        </Button>
      </div>
      {appoint.isError && <ErrorMessage error={appoint.error} />}
    </form>
  );
}
