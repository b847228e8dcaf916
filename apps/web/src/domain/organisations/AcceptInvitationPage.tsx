import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Button } from '../../common/components/button/Button';
import { ErrorMessage } from '../../common/components/errorMessage/ErrorMessage';
import { Link } from '../../common/components/link/Link';
import { Notification } from '../../common/components/notification/Notification';
import { PageTitle } from '../../common/components/pageTitle/PageTitle';
import { TextInputField } from '../../common/formFields/TextInputField';
import { api, unwrap } from '../app/api/client';
import { ApiError } from '../app/api/problems';
import { useLocale } from '../app/i18n/useLocale';
import { paths } from '../app/paths';
import { ME_KEY, useMe } from '../account/session';
import { SignedIn } from '../account/SignedIn';

/** The message of a refused invitation: unknown (or meant for another address), or used or expired. */
function refusalKey(error: unknown): string | null {
  if (!(error instanceof ApiError)) return null;
  if (error.status === 404) return 'invitations.notFound';
  if (error.status === 409) return 'invitations.notOpen';
  return null;
}

/**
 * The page an invitation e-mail links to (`?code=`): the signed-in invitee accepts and joins the
 * organisation. Whoever is not signed in signs in first and comes back here.
 */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  return (
    <div className="container narrow">
      <PageTitle title={t('invitations.acceptTitle')} />
      <h1>{t('invitations.acceptTitle')}</h1>
      <SignedIn>{() => <Accept />}</SignedIn>
    </div>
  );
}

function Accept() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [query] = useSearchParams();
  const queryClient = useQueryClient();
  const { data: me } = useMe();
  const { control, handleSubmit } = useForm<{ code: string }>({ defaultValues: { code: query.get('code') ?? '' } });
  const accept = useMutation({
    mutationFn: (code: string) => unwrap(api.POST('/api/v1/invitations/accept', { body: { token: code.trim() } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ME_KEY }),
  });
  if (accept.isSuccess) {
    const name = me?.memberships.find((m) => m.organisationId === accept.data.organisationId)?.organisationName ?? '';
    return (
      <div role="status">
        <Notification type="success" label={t('invitations.joined', { name })} data-testid="invitation-accepted">
          <Link to={paths.organisation(locale, accept.data.organisationId)}>{t('invitations.openOrganisation')}</Link>
        </Notification>
      </div>
    );
  }
  const refusal = accept.isError ? refusalKey(accept.error) : null;
  return (
    <>
      <p>{t('invitations.acceptIntro', { email: me?.email ?? '' })}</p>
      {accept.isError &&
        (refusal ? (
          <div role="alert" className="error-message">
            <Notification type="error" label={t(refusal)} data-testid="error-message" />
          </div>
        ) : (
          <ErrorMessage error={accept.error} />
        ))}
      <form className="form" onSubmit={handleSubmit(({ code }) => accept.mutate(code))} noValidate>
        <TextInputField
          control={control}
          name="code"
          id="invitation-code"
          label={t('invitations.code')}
          helperText={t('invitations.codeHelp')}
          required
          rules={{ required: { value: true, message: t('forms.required') }, minLength: { value: 20, message: t('invitations.codeHelp') } }}
        />
        <Button type="submit" disabled={accept.isPending}>
          {t('invitations.accept')}
        </Button>
      </form>
    </>
  );
}
