import { StatusLabel } from 'hds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../common/components/button/Button';
import { ErrorMessage } from '../../common/components/errorMessage/ErrorMessage';
import { Link } from '../../common/components/link/Link';
import { PageTitle } from '../../common/components/pageTitle/PageTitle';
import { LoadingSpinner } from '../../common/components/spinner/LoadingSpinner';
import { Table } from '../../common/components/table/Table';
import { TextInput } from '../../common/components/textInput/TextInput';
import { useAnnounce } from '../app/a11y/Announcer';
import { ApiError } from '../app/api/problems';
import { useFeatureMessages } from '../app/i18n/featureMessages';
import { formatDate, formatDateTime } from '../app/i18n/format';
import { useLocale } from '../app/i18n/useLocale';
import { paths } from '../app/paths';
import { RequireSignIn } from '../applications/RequireSignIn';
import { deadlineText } from './deadline';
import { EVALUATION_MESSAGES } from './messages';
import { type Assignment, useDeclareConflict, useDeclineReview, useMyAssignments, useMyConflicts } from './queries';
import { daysUntil, textIn } from './scoring';
import './evaluation.css';

/** The evaluator's assigned applications with their deadlines and states; a conflict or a decline, each with a reason. */
export function AssignmentsPage() {
  useFeatureMessages(EVALUATION_MESSAGES);
  return <RequireSignIn>{() => <Assignments />}</RequireSignIn>;
}

type Action = { kind: 'conflict' | 'decline'; assignment: Assignment };

function Assignments() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [page, setPage] = useState(1);
  const list = useMyAssignments(page);
  const conflicts = useMyConflicts();
  const [action, setAction] = useState<Action | null>(null);
  const now = new Date();

  return (
    <div className="container">
      <PageTitle title={t('evaluation.assignments.title')} />
      <h1>{t('evaluation.assignments.title')}</h1>
      <p>{t('evaluation.assignments.intro')}</p>
      {list.isPending ? (
        <LoadingSpinner />
      ) : list.error ? (
        <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <p>{t('evaluation.assignments.none')}</p>
      ) : (
        <>
          <p data-testid="assignment-progress">
            {t('evaluation.assignments.progress', {
              submitted: list.data.items.filter((item) => item.state === 'submitted').length,
              total: list.data.items.filter((item) => item.state !== 'declined').length,
            })}
          </p>
          <Table
            caption={t('evaluation.assignments.title')}
            hideCaption
            rowKey={(row) => row.id}
            rows={list.data.items}
            columns={[
              {
                key: 'application',
                header: t('evaluation.assignments.columns.application'),
                render: (row) => (row.state === 'declined' ? row.applicationTitle : <Link to={paths.review(locale, row.id)}>{row.applicationTitle}</Link>),
              },
              { key: 'call', header: t('evaluation.assignments.columns.call'), render: (row) => textIn(row.callTitle, locale) },
              {
                key: 'deadline',
                header: t('evaluation.assignments.columns.deadline'),
                render: (row) =>
                  row.state === 'assigned'
                    ? deadlineText(t, formatDate(row.reviewDeadline, locale), daysUntil(row.reviewDeadline, now))
                    : formatDate(row.reviewDeadline, locale),
              },
              {
                key: 'state',
                header: t('evaluation.assignments.columns.state'),
                render: (row) => (
                  <StatusLabel type={row.state === 'submitted' ? 'success' : row.state === 'declined' ? 'neutral' : 'info'}>
                    {row.submittedAt ? `${t(`evaluation.states.${row.state}`)} ${formatDateTime(row.submittedAt, locale)}` : t(`evaluation.states.${row.state}`)}
                  </StatusLabel>
                ),
              },
              {
                key: 'actions',
                header: t('evaluation.assignments.columns.actions'),
                render: (row) =>
                  row.state === 'assigned' ? (
                    <span className="row-actions">
                      <Button variant="secondary" onClick={() => setAction({ kind: 'conflict', assignment: row })} aria-label={t('evaluation.assignments.conflictFor', { title: row.applicationTitle })}>
                        {t('evaluation.assignments.conflict')}
                      </Button>
                      <Button variant="clear" onClick={() => setAction({ kind: 'decline', assignment: row })} aria-label={t('evaluation.assignments.declineFor', { title: row.applicationTitle })}>
                        {t('evaluation.assignments.decline')}
                      </Button>
                    </span>
                  ) : null,
              },
            ]}
          />
          {list.data.total > page * list.data.limit && (
            <Button variant="secondary" onClick={() => setPage(page + 1)}>
              {t('evaluation.assignments.nextPage')}
            </Button>
          )}
        </>
      )}
      {action && <ReasonForm key={`${action.kind}-${action.assignment.id}`} action={action} onDone={() => setAction(null)} />}
      <section aria-labelledby="conflicts-title">
        <h2 id="conflicts-title">{t('evaluation.assignments.conflictsTitle')}</h2>
        {conflicts.data && conflicts.data.length > 0 ? (
          <ul data-testid="my-conflicts">
            {conflicts.data.map((conflict) => (
              <li key={conflict.id}>
                {t('evaluation.assignments.conflictLine', {
                  what: conflict.organisationName ?? (conflict.applicationId ? t('evaluation.assignments.anApplication') : t('evaluation.assignments.anOrganisation')),
                  reason: conflict.reason,
                  at: formatDate(conflict.createdAt, locale),
                })}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('evaluation.assignments.noConflicts')}</p>
        )}
      </section>
    </div>
  );
}

/** Declares a conflict with an assigned application, or declines it; both need a reason and hand it to another evaluator. */
function ReasonForm({ action, onDone }: { action: Action; onDone: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const declare = useDeclareConflict();
  const decline = useDeclineReview();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const mutation = action.kind === 'conflict' ? declare : decline;
  const heading = t(action.kind === 'conflict' ? 'evaluation.assignments.conflictTitle' : 'evaluation.assignments.declineTitle', { title: action.assignment.applicationTitle });

  return (
    <form
      className="form reason-form"
      aria-labelledby="reason-title"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!reason.trim()) {
          setError(t('evaluation.assignments.reasonRequired'));
          document.getElementById('reason')?.focus();
          return;
        }
        setError(undefined);
        const done = () => {
          announce(t(action.kind === 'conflict' ? 'evaluation.assignments.conflictDone' : 'evaluation.assignments.declineDone'));
          onDone();
        };
        if (action.kind === 'conflict') declare.mutate({ applicationId: action.assignment.applicationId, reason: reason.trim() }, { onSuccess: done });
        else decline.mutate({ id: action.assignment.id, reason: reason.trim() }, { onSuccess: done });
      }}
    >
      <h2 id="reason-title" tabIndex={-1} ref={(node) => node?.focus()}>
        {heading}
      </h2>
      <p>{t(action.kind === 'conflict' ? 'evaluation.assignments.conflictHelp' : 'evaluation.assignments.declineHelp')}</p>
      <TextInput id="reason" label={t('evaluation.assignments.reason')} value={reason} onChange={setReason} multiline required errorText={error} maxLength={2000} />
      {mutation.error &&
        (mutation.error instanceof ApiError && mutation.error.problem.detail ? (
          <div role="alert" className="error-message">
            <p>{mutation.error.problem.detail}</p>
          </div>
        ) : (
          <ErrorMessage error={mutation.error} />
        ))}
      <div className="actions">
        <Button type="submit" disabled={mutation.isPending}>
          {action.kind === 'conflict' ? t('evaluation.assignments.conflictSend') : t('evaluation.assignments.declineSend')}
        </Button>
        <Button type="button" variant="secondary" onClick={onDone}>
          {t('evaluation.assignments.cancel')}
        </Button>
      </div>
    </form>
  );
}
