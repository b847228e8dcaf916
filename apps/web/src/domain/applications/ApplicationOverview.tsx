import { StatusLabel } from 'hds-react';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Call } from '../../api/types';
import { ErrorMessage } from '../../common/components/errorMessage/ErrorMessage';
import { Link } from '../../common/components/link/Link';
import { PageTitle } from '../../common/components/pageTitle/PageTitle';
import { Select } from '../../common/components/select/Select';
import { LoadingSpinner } from '../../common/components/spinner/LoadingSpinner';
import { Notification } from '../../common/components/notification/Notification';
import { Countdown } from '../../common/components/countdown/Countdown';
import { formatDateTime, formatMoney } from '../app/i18n/format';
import { useLocale } from '../app/i18n/useLocale';
import { ConsortiumClarifications } from '../clarifications/Clarifications';
import { paths } from '../app/paths';
import type { Application } from './draft';
import { useEligibility, useRevisionDiff, useRevisions } from './queries';
import { STEPS } from './steps';
import { Verdicts } from './Verdicts';

/**
 * An application after submission: its state, its submitted revisions and what changed between
 * them, the eligibility verdicts of the latest (asked again until the check has run), and, once
 * the call is decided, the way to its outcome.
 */
export function ApplicationOverview({ application, call, canEdit }: { application: Application; call: Call; canEdit: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const submitted = application.revision > 0;
  const revisions = useRevisions(application.id, submitted);
  const eligibility = useEligibility(application.id, submitted);
  const foreign = call.language !== locale ? call.language : undefined;

  return (
    <div className="container application">
      <PageTitle title={application.title} />
      <p className="back-link">
        <Link to={paths.applications(locale)}>{t('applications.backToList')}</Link>
      </p>
      <h1>{application.title}</h1>
      <p>
        <StatusLabel type={application.state === 'funded' || application.state === 'invited' ? 'success' : application.state === 'ineligible' ? 'error' : 'info'} >
          {t(`applicationStates.${application.state}`)}
        </StatusLabel>{' '}
        <span className="card__meta">
          {application.stage && `${t(`applications.idea.stages.${application.stage}`)} · `}
          {application.leadOrganisationName} · <Link to={paths.call(locale, call.id)}><span lang={foreign}>{call.title}</span></Link>
        </span>
      </p>
      {call.state === 'open' && <Countdown deadline={String(call.closesAt)} />}
      <dl className="facts">
        {application.submittedAt && (
          <>
            <dt>{t('applications.overview.submittedAt')}</dt>
            <dd>{formatDateTime(application.submittedAt, locale)}</dd>
          </>
        )}
        <dt>{t('applications.budget.requested')}</dt>
        <dd>{application.requestedGrantCents !== null ? formatMoney(application.requestedGrantCents, locale) : '–'}</dd>
        <dt>{t('applications.steps.consortium')}</dt>
        <dd>{[application.leadOrganisationName, ...application.partners.map((partner) => partner.name ?? t('applications.consortium.unnamed'))].join(', ')}</dd>
      </dl>
      <StageNotice application={application} />
      {application.unsubmittedChanges && <p data-testid="unsubmitted">{t('applications.overview.unsubmitted')}</p>}
      <div className="actions">
        {canEdit && (
          <Link button to={paths.applicationStep(locale, application.id, STEPS[0])}>
            {submitted ? t('applications.overview.editAgain') : t('applications.overview.edit')}
          </Link>
        )}
        {call.state === 'decided' && (
          <Link button to={paths.outcome(locale, application.id)}>
            {t('applications.overview.outcome')}
          </Link>
        )}
      </div>

      {submitted && <ConsortiumClarifications applicationId={application.id} />}

      {submitted && (
        <>
          <h2>{t('applications.eligibility.title')}</h2>
          {eligibility.isPending ? (
            <LoadingSpinner small />
          ) : eligibility.error ? (
            <ErrorMessage error={eligibility.error} onRetry={() => void eligibility.refetch()} />
          ) : (
            <div data-testid="eligibility" data-status={eligibility.data.status}>
              <p role="status">
                <strong>{t(`applications.eligibility.${eligibility.data.status}`, { revision: eligibility.data.revision })}</strong>
                {eligibility.data.evaluatedAt && <span className="card__meta"> · {formatDateTime(eligibility.data.evaluatedAt, locale)}</span>}
              </p>
              {eligibility.data.verdicts.length > 0 && <Verdicts verdicts={eligibility.data.verdicts} testId="eligibility-verdicts" />}
            </div>
          )}

          <h2>{t('applications.revisions.title')}</h2>
          {revisions.isPending ? <LoadingSpinner small /> : revisions.error ? <ErrorMessage error={revisions.error} /> : <Revisions applicationId={application.id} revisions={revisions.data} />}
        </>
      )}
    </div>
  );
}

/**
 * What the two-stage call made of an idea: invited, with the way to the full proposal started
 * from it (once the worker has carried it over), or not invited; a full proposal names its idea.
 */
function StageNotice({ application }: { application: Application }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (application.state === 'invited') {
    return (
      <div data-testid="stage-notice" data-state="invited">
        <Notification type="success" label={t('applications.idea.invited')}>
          {application.fullProposalId ? (
            <>
              <p>{t('applications.idea.invitedHelp')}</p>
              <Link button to={paths.application(locale, application.fullProposalId)}>
                {t('applications.idea.toProposal')}
              </Link>
            </>
          ) : (
            <p>{t('applications.idea.proposalComing')}</p>
          )}
        </Notification>
      </div>
    );
  }
  if (application.state === 'not_invited') {
    return (
      <div data-testid="stage-notice" data-state="not_invited">
        <Notification type="info" label={t('applications.idea.notInvited')}>
          <p>{t('applications.idea.notInvitedHelp')}</p>
        </Notification>
      </div>
    );
  }
  if (application.ideaApplicationId) {
    return (
      <p data-testid="carried-over">
        {t('applications.idea.carriedOver')} <Link to={paths.application(locale, application.ideaApplicationId)}>{t('applications.idea.toIdea')}</Link>
      </p>
    );
  }
  return null;
}

type Revision = NonNullable<ReturnType<typeof useRevisions>['data']>[number];

function Revisions({ applicationId, revisions }: { applicationId: string; revisions: Revision[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const latest = revisions.length;
  // Until the reader picks, the latest two: a new submission moves them along.
  const [picked, setPicked] = useState<{ from?: number; to?: number }>({});
  const from = picked.from ?? Math.max(1, latest - 1);
  const to = picked.to ?? latest;
  const diff = useRevisionDiff(applicationId, from, to);
  const options = revisions.map((revision) => ({ value: String(revision.number), label: t('applications.revisions.option', { n: revision.number, time: formatDateTime(revision.submittedAt, locale) }) }));

  return (
    <>
      <ol className="revisions" data-testid="revisions">
        {revisions.map((revision) => (
          <li key={revision.number}>
            {t('applications.revisions.item', { n: revision.number, time: formatDateTime(revision.submittedAt, locale) })}
            {revision.late && ` · ${t('applications.revisions.late')}`}
            {revision.eligible !== null && ` · ${revision.eligible ? t('applicationStates.eligible') : t('applicationStates.ineligible')}`}
          </li>
        ))}
      </ol>
      {latest > 1 && (
        <>
          <h3>{t('applications.revisions.diffTitle')}</h3>
          <div className="filters-row">
            <Select id="diff-from" label={t('applications.revisions.from')} value={String(from)} options={options} onChange={(value) => setPicked({ from: Number(value), to })} />
            <Select id="diff-to" label={t('applications.revisions.to')} value={String(to)} options={options} onChange={(value) => setPicked({ from, to: Number(value) })} />
          </div>
          {to <= from ? (
            <p>{t('applications.revisions.pickOrder')}</p>
          ) : diff.isPending ? (
            <LoadingSpinner small />
          ) : diff.error ? (
            <ErrorMessage error={diff.error} />
          ) : diff.data.changes.length === 0 ? (
            <p>{t('applications.revisions.noChanges')}</p>
          ) : (
            <div className="table-scroll">
              <table className="diff" data-testid="diff">
                <caption>{t('applications.revisions.diffCaption', { from, to })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('applications.revisions.field')}</th>
                    <th scope="col">{t('applications.revisions.before')}</th>
                    <th scope="col">{t('applications.revisions.after')}</th>
                  </tr>
                </thead>
                <tbody>
                  {diff.data.changes.map((change) => (
                    <tr key={change.path}>
                      <th scope="row">
                        {fieldLabel(change.path, t)} <span className="card__meta">({t(`applications.revisions.${change.change}`)})</span>
                      </th>
                      <td>
                        <del>{show(change.before)}</del>
                      </td>
                      <td>
                        <ins>{show(change.after)}</ins>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </>
  );
}

/** A changed field's name from its path (`budgetLines[0b0f…]` is a budget line). */
function fieldLabel(path: string, t: TFunction): string {
  const root = path.split(/[.[]/)[0];
  return t(`applications.fields.${root}`, { defaultValue: path });
}

function show(value: unknown): string {
  if (value === undefined || value === null) return '–';
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    return Object.entries(record)
      .filter(([key]) => key !== 'id')
      .map(([key, each]) => `${key}: ${typeof each === 'object' ? JSON.stringify(each) : String(each)}`)
      .join(', ');
  }
  return JSON.stringify(value);
}
