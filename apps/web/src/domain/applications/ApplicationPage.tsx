import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router';
import { ErrorMessage } from '../../common/components/errorMessage/ErrorMessage';
import { Link } from '../../common/components/link/Link';
import { PageTitle } from '../../common/components/pageTitle/PageTitle';
import { LoadingSpinner } from '../../common/components/spinner/LoadingSpinner';
import { useLocale } from '../app/i18n/useLocale';
import { paths } from '../app/paths';
import { useCall } from '../calls/queries';
import { AcceptInvitation } from './AcceptInvitation';
import { ApplicationOverview } from './ApplicationOverview';
import { EDITABLE_STATES, isStep, stepsOf } from './steps';
import { ApplicationWizard } from './wizard/ApplicationWizard';
import { useApplication } from './queries';
import { type Me, RequireSignIn } from './RequireSignIn';

/**
 * An application as its reader may use it: the lead edits it in the wizard while it is editable,
 * an invited partner's owner accepts or declines, and everyone in the consortium follows its
 * submissions, eligibility and outcome on its overview.
 */
export function ApplicationPage() {
  return <RequireSignIn>{(me) => <ApplicationRoute me={me} />}</RequireSignIn>;
}

function ApplicationRoute({ me }: { me: Me }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { id = '', step } = useParams();
  const application = useApplication(id);
  const call = useCall(locale, application.data?.callId ?? '');

  if (application.isPending || (application.data && call.isPending)) return <LoadingSpinner />;
  if (application.error || !application.data || call.error || !call.data) {
    return (
      <div className="container">
        <PageTitle title={t('applications.title')} />
        <h1>{t('applications.title')}</h1>
        <ErrorMessage error={application.error ?? call.error} onRetry={() => void (application.error ? application.refetch() : call.refetch())} />
        <Link to={paths.applications(locale)}>{t('applications.backToList')}</Link>
      </div>
    );
  }
  const app = application.data;
  const mine = new Set(me.memberships.map((membership) => membership.organisationId));
  const owned = new Set(me.memberships.filter((membership) => membership.role === 'owner').map((membership) => membership.organisationId));
  const isLead = mine.has(app.leadOrganisationId);
  const editable = isLead && EDITABLE_STATES.includes(app.state);
  const invitation = app.partners.find((partner) => partner.state === 'invited' && owned.has(partner.organisationId));

  if (step !== undefined) {
    if (!editable || !isStep(step, stepsOf(call.data))) return <Navigate to={paths.application(locale, app.id)} replace />;
    return <ApplicationWizard key={app.id} application={app} call={call.data} step={step} />;
  }
  if (invitation) return <AcceptInvitation application={app} call={call.data} organisationId={invitation.organisationId} />;
  if (editable && app.state === 'draft') return <Navigate to={paths.applicationStep(locale, app.id, stepsOf(call.data)[0])} replace />;
  return <ApplicationOverview application={app} call={call.data} canEdit={editable} />;
}
