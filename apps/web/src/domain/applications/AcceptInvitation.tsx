import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Call } from '../../api/types';
import { Button } from '../../common/components/button/Button';
import { ErrorMessage } from '../../common/components/errorMessage/ErrorMessage';
import { Link } from '../../common/components/link/Link';
import { PageTitle } from '../../common/components/pageTitle/PageTitle';
import { useAnnounce } from '../app/a11y/Announcer';
import { formatDateTime } from '../app/i18n/format';
import { useLocale } from '../app/i18n/useLocale';
import { paths } from '../app/paths';
import type { Application } from './draft';
import { useAcceptPartner, useRemovePartner } from './queries';

/** An owner of an invited organisation sees who invited it to what, and accepts or declines. */
export function AcceptInvitation({ application, call, organisationId }: { application: Application; call: Call; organisationId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const accept = useAcceptPartner(application.id);
  const decline = useRemovePartner(application.id);
  const foreign = call.language !== locale ? call.language : undefined;

  return (
    <div className="container narrow">
      <PageTitle title={t('applications.invitation.title')} />
      <h1>{t('applications.invitation.title')}</h1>
      <p>{t('applications.invitation.intro', { lead: application.leadOrganisationName })}</p>
      <dl className="facts" data-testid="invitation">
        <dt>{t('applications.invitation.application')}</dt>
        <dd>{application.title}</dd>
        <dt>{t('applications.invitation.lead')}</dt>
        <dd>{application.leadOrganisationName}</dd>
        <dt>{t('applications.invitation.call')}</dt>
        <dd>
          <Link to={paths.call(locale, call.id)}>
            <span lang={foreign}>{call.title}</span>
          </Link>
        </dd>
        <dt>{t('calls.closesAt')}</dt>
        <dd>{formatDateTime(call.closesAt, locale)}</dd>
      </dl>
      <p>{t('applications.invitation.help')}</p>
      {(accept.isError || decline.isError) && <ErrorMessage error={accept.error ?? decline.error} />}
      <div className="actions">
        <Button
          onClick={() =>
            accept.mutate(organisationId, {
              onSuccess: () => announce(t('applications.invitation.accepted')),
            })
          }
          disabled={accept.isPending}
        >
          {t('applications.invitation.accept')}
        </Button>
        <Button
          variant="secondary"
          onClick={() =>
            decline.mutate(organisationId, {
              onSuccess: () => {
                announce(t('applications.invitation.declined'));
                navigate(paths.applications(locale));
              },
            })
          }
          disabled={decline.isPending}
        >
          {t('applications.invitation.decline')}
        </Button>
      </div>
    </div>
  );
}
