import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '../../common/components/button/Button';
import { ErrorMessage } from '../../common/components/errorMessage/ErrorMessage';
import { LoadingSpinner } from '../../common/components/spinner/LoadingSpinner';
import { Table } from '../../common/components/table/Table';
import { SelectField } from '../../common/formFields/SelectField';
import { TextInputField } from '../../common/formFields/TextInputField';
import { useAnnounce } from '../app/a11y/Announcer';
import { api, unwrap } from '../app/api/client';
import { useServerErrors } from '../app/api/useServerErrors';
import { formatDateTime } from '../app/i18n/format';
import { useLocale } from '../app/i18n/useLocale';
import { organisationKey, useInvitations } from './queries';

interface InviteValues {
  email: string;
  role: 'member' | 'owner';
}
const FIELDS = ['email', 'role'] as const;

/** The invitations not accepted yet; owners invite by e-mail (the code goes by e-mail only) and revoke. */
export function Invitations({ organisationId, owner }: { organisationId: string; owner: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const { data: invitations, error, isPending, refetch } = useInvitations(organisationId);
  const { control, handleSubmit, setError, reset } = useForm<InviteValues>({ defaultValues: { email: '', role: 'member' } });
  const showServerErrors = useServerErrors(setError, FIELDS);
  const refresh = () => queryClient.invalidateQueries({ queryKey: [...organisationKey(organisationId), 'invitations'] });
  const invite = useMutation({
    mutationFn: (values: InviteValues) => unwrap(api.POST('/api/v1/organisations/{id}/invitations', { params: { path: { id: organisationId } }, body: { email: values.email.trim(), role: values.role } })),
    onSuccess: async (invitation) => {
      reset();
      await refresh();
      announce(t('invitations.sent', { email: invitation.email }));
    },
    onError: (failure) => showServerErrors(failure),
  });
  const revoke = useMutation({
    mutationFn: (invitationId: string) => unwrap(api.DELETE('/api/v1/organisations/{id}/invitations/{invitationId}', { params: { path: { id: organisationId, invitationId } }, body: {} })),
    onSuccess: async () => {
      await refresh();
      announce(t('invitations.revoked'));
      document.getElementById('organisation-invitations')?.focus();
    },
  });
  const now = Date.now();
  return (
    <section aria-labelledby="organisation-invitations">
      <h2 id="organisation-invitations" tabIndex={-1}>
        {t('invitations.title')}
      </h2>
      {revoke.isError && <ErrorMessage error={revoke.error} />}
      {isPending ? (
        <LoadingSpinner small />
      ) : error || !invitations ? (
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      ) : invitations.length === 0 ? (
        <p>{t('invitations.none')}</p>
      ) : (
        <Table
          caption={t('invitations.title')}
          hideCaption
          rowKey={(invitation) => invitation.id}
          rows={invitations}
          columns={[
            { key: 'email', header: t('organisations.memberEmail'), render: (invitation) => invitation.email },
            { key: 'role', header: t('organisations.memberRole'), render: (invitation) => t(`roles.${invitation.role}`) },
            {
              key: 'expires',
              header: t('invitations.validUntil'),
              render: (invitation) => (new Date(invitation.expiresAt).getTime() < now ? t('invitations.expired') : formatDateTime(invitation.expiresAt, locale)),
            },
            ...(owner
              ? [
                  {
                    key: 'revoke',
                    header: t('invitations.actions'),
                    render: (invitation: { id: string; email: string }) => (
                      <Button variant="secondary" onClick={() => revoke.mutate(invitation.id)} disabled={revoke.isPending} aria-label={t('invitations.revokeOne', { email: invitation.email })}>
                        {t('invitations.revoke')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
      {owner && (
        <>
          <h3>{t('invitations.invite')}</h3>
          {invite.isError && <ErrorMessage error={invite.error} />}
          <form className="form narrow" onSubmit={handleSubmit((values) => invite.mutate(values))} noValidate>
            <TextInputField
              control={control}
              name="email"
              id="invite-email"
              type="email"
              label={t('invitations.email')}
              helperText={t('invitations.emailHelp')}
              required
              rules={{ required: { value: true, message: t('forms.required') }, pattern: { value: /^[^\s@]+@[^\s@]+\.[^\s@]+$/, message: t('fieldErrors.email') } }}
            />
            <SelectField
              control={control}
              name="role"
              id="invite-role"
              label={t('organisations.memberRole')}
              options={[
                { value: 'member', label: t('roles.member') },
                { value: 'owner', label: t('roles.owner') },
              ]}
            />
            <Button type="submit" disabled={invite.isPending}>
              {t('invitations.send')}
            </Button>
          </form>
        </>
      )}
    </section>
  );
}
