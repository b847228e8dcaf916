import { useEffect, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button } from '../../../common/components/button/Button';
import { Countdown } from '../../../common/components/countdown/Countdown';
import { ErrorMessage } from '../../../common/components/errorMessage/ErrorMessage';
import { Notification } from '../../../common/components/notification/Notification';
import { LoadingSpinner } from '../../../common/components/spinner/LoadingSpinner';
import { useAnnounce } from '../../app/a11y/Announcer';
import { ApiError } from '../../app/api/problems';
import { formatDateTime, formatMoney } from '../../app/i18n/format';
import { useLocale } from '../../app/i18n/useLocale';
import { paths } from '../../app/paths';
import { checkBudget } from '../draft';
import { usePrecheck, useSubmitApplication } from '../queries';
import { closedDeadline } from '../steps';
import { Verdicts } from '../Verdicts';
import type { StepProps } from './ApplicationWizard';

/**
 * What will be submitted, the call's eligibility rules run on the saved draft (the pre-check),
 * the deadline, and the submission. A submission after the deadline is explained with the
 * deadline the server holds.
 */
export function ReviewStep({ form, application, call, flush }: StepProps & { flush: () => Promise<number | null> }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const values = useWatch({ control: form.control });
  const [checkedVersion, setCheckedVersion] = useState<number | null>(null);
  const [unsaved, setUnsaved] = useState(false);
  const precheck = usePrecheck(application.id, checkedVersion ?? 0, checkedVersion !== null);
  const submit = useSubmitApplication(application.id);
  const budget = checkBudget({ budgetLines: form.getValues('budgetLines'), requestedGrant: form.getValues('requestedGrant') }, call);

  const runCheck = async () => {
    const version = await flush();
    setUnsaved(version === null);
    if (version === null) return;
    if (version === checkedVersion) await precheck.refetch();
    else setCheckedVersion(version);
  };

  useEffect(() => {
    void runCheck();
    // Once on arrival: later checks are asked for.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (precheck.data) announce(precheck.data.eligible ? t('applications.precheck.passed') : t('applications.precheck.failed'));
  }, [precheck.data, announce, t]);

  const send = async () => {
    const version = await flush();
    setUnsaved(version === null);
    if (version === null) return;
    submit.mutate(version, {
      onSuccess: () => {
        announce(t('applications.submitted'));
        navigate(paths.application(locale, application.id));
      },
    });
  };

  const idea = call.secondStageId !== null;
  const deadline = submit.error instanceof ApiError ? closedDeadline(submit.error.problem) : null;

  return (
    <>
      <h2>{t('applications.review.summary')}</h2>
      <dl className="facts" data-testid="review-summary">
        <dt>{t('applications.plan.title')}</dt>
        <dd>{values.title}</dd>
        <dt>{t('applications.steps.consortium')}</dt>
        <dd>
          {[application.leadOrganisationName, ...application.partners.map((partner) => `${partner.name ?? t('applications.consortium.unnamed')} (${t(`partnerStates.${partner.state}`)})`)].join(', ')}
        </dd>
        <dt>{idea ? t('applications.idea.text') : t('applications.plan.summary')}</dt>
        <dd>{values.summary || '–'}</dd>
        {!idea && (
          <>
            <dt>{t('applications.steps.kpis')}</dt>
            <dd>{(values.kpis ?? []).map((kpi) => `${kpi?.name}: ${kpi?.baseline || '–'} → ${kpi?.target}`).join('; ') || '–'}</dd>
          </>
        )}
        <dt>{t('applications.budget.total')}</dt>
        <dd>{formatMoney(budget.totalCents, locale)}</dd>
        <dt>{t('applications.budget.eligibleTotal')}</dt>
        <dd>{formatMoney(budget.eligibleTotalCents, locale)}</dd>
        <dt>{t('applications.budget.requested')}</dt>
        <dd>{budget.requestedCents !== null ? formatMoney(budget.requestedCents, locale) : '–'}</dd>
        <dt>{t('applications.testbeds.period')}</dt>
        <dd>{values.pilotStart && values.pilotEnd ? `${values.pilotStart} – ${values.pilotEnd}` : '–'}</dd>
        <dt>{t('applications.testbeds.title')}</dt>
        <dd>{(values.testbedIds ?? []).length}</dd>
      </dl>

      <h2>{t('applications.precheck.title')}</h2>
      <p>{t('applications.precheck.intro')}</p>
      {unsaved && <Notification type="alert" label={t('applications.precheck.unsaved')} />}
      {precheck.isFetching && <LoadingSpinner small />}
      {precheck.isError && <ErrorMessage error={precheck.error} />}
      {precheck.data && !precheck.isFetching && (
        <div data-testid="precheck" data-eligible={precheck.data.eligible}>
          <Notification type={precheck.data.eligible ? 'success' : 'alert'} label={precheck.data.eligible ? t('applications.precheck.passed') : t('applications.precheck.failed')} />
          <Verdicts verdicts={precheck.data.verdicts} testId="precheck-verdicts" />
        </div>
      )}
      <Button variant="secondary" onClick={() => void runCheck()} disabled={precheck.isFetching}>
        {t('applications.precheck.again')}
      </Button>

      <h2>{t('applications.review.submitTitle')}</h2>
      <Countdown deadline={String(call.closesAt)} />
      <p>{application.revision > 0 ? t('applications.review.resubmitIntro') : idea ? t('applications.idea.submitIntro') : t('applications.review.submitIntro')}</p>
      {deadline ? (
        <div role="alert">
          <Notification type="error" label={t('applications.review.closedTitle')} data-testid="deadline-passed">
            {t('applications.review.closed', { deadline: formatDateTime(deadline, locale) })}
          </Notification>
        </div>
      ) : (
        submit.isError && <ErrorMessage error={submit.error} />
      )}
      <div className="actions">
        <Button onClick={() => void send()} disabled={submit.isPending}>
          {idea ? t('applications.idea.submit') : t('applications.review.submit')}
        </Button>
      </div>
    </>
  );
}
