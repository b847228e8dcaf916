import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Me, Organisation } from '../../api/types';
import { Button } from '../../common/components/button/Button';
import { ErrorMessage } from '../../common/components/errorMessage/ErrorMessage';
import { PageTitle } from '../../common/components/pageTitle/PageTitle';
import { LoadingSpinner } from '../../common/components/spinner/LoadingSpinner';
import { useAnnounce } from '../app/a11y/Announcer';
import { formatDate } from '../app/i18n/format';
import { useLocale } from '../app/i18n/useLocale';
import { api, unwrap } from '../app/api/client';
import { ME_KEY } from '../account/session';
import { SignedIn } from '../account/SignedIn';
import { Invitations } from './Invitations';
import { Members } from './Members';
import { OrganisationForm, type OrganisationInput } from './OrganisationForm';
import { organisationKey, useOrganisation } from './queries';

/** An organisation's profile (owners edit it), its members and, for owners, its invitations. */
export function OrganisationPage() {
  const { id = '' } = useParams();
  return <SignedIn>{(me) => <OrganisationView id={id} me={me} />}</SignedIn>;
}

function OrganisationView({ id, me }: { id: string; me: Me }) {
  const { t } = useTranslation();
  const { data: org, error, isPending, refetch } = useOrganisation(id);
  const owner = me.memberships.some((m) => m.organisationId === id && m.role === 'owner') || me.roles.some((r) => r.role === 'admin');
  if (isPending) return <LoadingSpinner />;
  if (error || !org) {
    return (
      <div className="container">
        <PageTitle title={t('organisations.title')} />
        <h1>{t('organisations.title')}</h1>
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      </div>
    );
  }
  return (
    <div className="container">
      <PageTitle title={org.name} />
      <h1>{org.name}</h1>
      <Profile org={org} owner={owner} />
      <Members organisationId={id} me={me} owner={owner} />
      <Invitations organisationId={id} owner={owner} />
    </div>
  );
}

function Profile({ org, owner }: { org: Organisation; owner: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const update = useMutation({
    mutationFn: ({ input }: { input: OrganisationInput; showServerErrors: (error: unknown) => boolean }) =>
      unwrap(api.PATCH('/api/v1/organisations/{id}', { params: { path: { id: org.id } }, body: { ...input, version: org.version } })),
    onSuccess: async (saved) => {
      queryClient.setQueryData(organisationKey(org.id), saved);
      await queryClient.invalidateQueries({ queryKey: ME_KEY });
      setEditing(false);
      announce(t('organisations.saved'));
      document.getElementById('organisation-profile')?.focus();
    },
    onError: (error, { showServerErrors }) => showServerErrors(error),
  });
  return (
    <section aria-labelledby="organisation-profile">
      <h2 id="organisation-profile" tabIndex={-1}>
        {t('organisations.profile')}
      </h2>
      {editing ? (
        <div className="narrow">
          <OrganisationForm
            initial={org}
            submitLabel={t('common.save')}
            pending={update.isPending}
            error={update.error}
            onSubmit={(input, showServerErrors) => update.mutate({ input, showServerErrors })}
            onCancel={() => {
              update.reset();
              setEditing(false);
            }}
          />
        </div>
      ) : (
        <>
          <dl className="facts" data-testid="organisation-facts">
            <dt>{t('organisations.type')}</dt>
            <dd>{t(`organisations.types.${org.type}`)}</dd>
            <dt>{org.businessId ? t('organisations.businessId') : t('organisations.foreignRegistrationId')}</dt>
            <dd>{org.businessId ?? org.foreignRegistrationId}</dd>
            <dt>{t('organisations.country')}</dt>
            <dd>{org.country}</dd>
            <dt>{t('organisations.homeMunicipality')}</dt>
            <dd>{org.homeMunicipality}</dd>
            <dt>{t('organisations.sizeClass')}</dt>
            <dd>{t(`organisations.sizes.${org.sizeClass}`)}</dd>
            <dt>{t('organisations.emailDomain')}</dt>
            <dd>{org.emailDomain ?? t('common.noneGiven')}</dd>
            <dt>{t('organisations.identity')}</dt>
            <dd data-testid="organisation-identity">
              {t(`organisations.identityStates.${org.identity.state}`, { date: org.identity.verifiedAt ? formatDate(org.identity.verifiedAt, locale) : '' })}
            </dd>
          </dl>
          {owner && (
            <Button variant="secondary" onClick={() => setEditing(true)}>
              {t('organisations.edit')}
            </Button>
          )}
        </>
      )}
    </section>
  );
}
