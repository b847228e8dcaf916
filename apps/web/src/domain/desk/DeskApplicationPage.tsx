import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorMessage } from '../../common/components/errorMessage/ErrorMessage';
import { Link } from '../../common/components/link/Link';
import { PageTitle } from '../../common/components/pageTitle/PageTitle';
import { LoadingSpinner } from '../../common/components/spinner/LoadingSpinner';
import { api, unwrap } from '../app/api/client';
import { useFeatureMessages } from '../app/i18n/featureMessages';
import { formatDateTime } from '../app/i18n/format';
import { useLocale } from '../app/i18n/useLocale';
import { paths } from '../app/paths';
import { useApplication } from '../applications/queries';
import { RequireSignIn } from '../applications/RequireSignIn';
import { CoordinatorClarifications } from '../clarifications/Clarifications';
import { EVALUATION_MESSAGES } from '../evaluation/messages';
import { RevisionView } from '../evaluation/RevisionView';
import { DESK_MESSAGES } from './deskMessages';
import '../evaluation/evaluation.css';
import './desk.css';

/** One application as those who run its call work on it: the latest submitted revision beside its clarifications. */
export function DeskApplicationPage() {
  useFeatureMessages(DESK_MESSAGES);
  useFeatureMessages(EVALUATION_MESSAGES);
  const { id = '' } = useParams();
  return <RequireSignIn>{() => <DeskApplication key={id} id={id} />}</RequireSignIn>;
}

function DeskApplication({ id }: { id: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const application = useApplication(id);
  const number = application.data?.revision ?? 0;
  const revision = useQuery({
    enabled: number > 0,
    queryKey: ['applications', 'revision', id, number],
    queryFn: () => unwrap(api.GET('/api/v1/applications/{id}/revisions/{number}', { params: { path: { id, number } } })),
  });
  if (application.isPending) return <LoadingSpinner />;
  if (application.error) {
    return (
      <div className="container">
        <ErrorMessage error={application.error} onRetry={() => void application.refetch()} />
      </div>
    );
  }
  const app = application.data;
  return (
    <div className="container bench-page">
      <PageTitle title={t('deskApplication.title', { title: app.title })} />
      <p className="back-link">
        <Link to={paths.deskCallApplications(locale, app.callId)}>{t('deskApplication.back')}</Link>
      </p>
      <h1>{t('deskApplication.title', { title: app.title })}</h1>
      <p className="card__meta">
        {t('deskApplication.lead', { name: app.leadOrganisationName })} · {t(`applicationStates.${app.state}`)}
      </p>
      {number === 0 ? (
        <p>{t('deskApplication.notSubmitted')}</p>
      ) : (
        <div className="bench">
          <div className="bench__application">
            {revision.isPending ? (
              <LoadingSpinner />
            ) : revision.error ? (
              <ErrorMessage error={revision.error} onRetry={() => void revision.refetch()} />
            ) : (
              <RevisionView
                revision={{ ...revision.data, id: `${app.id}-${revision.data.number}` }}
                caption={t('deskApplication.revision', { number: revision.data.number, at: formatDateTime(revision.data.submittedAt, locale) })}
              />
            )}
          </div>
          <div className="bench__sheet">
            <CoordinatorClarifications applicationId={app.id} applicationState={app.state} />
          </div>
        </div>
      )}
    </div>
  );
}
