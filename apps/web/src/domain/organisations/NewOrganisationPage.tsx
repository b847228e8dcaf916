import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageTitle } from '../../common/components/pageTitle/PageTitle';
import { api, unwrap } from '../app/api/client';
import { useLocale } from '../app/i18n/useLocale';
import { paths } from '../app/paths';
import { ME_KEY } from '../account/session';
import { SignedIn } from '../account/SignedIn';
import { OrganisationForm, type OrganisationInput } from './OrganisationForm';

/** A new organisation, owned by the signed-in user, who then lands on its page. */
export function NewOrganisationPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: ({ input }: { input: OrganisationInput; showServerErrors: (error: unknown) => boolean }) => unwrap(api.POST('/api/v1/organisations', { body: input })),
    onSuccess: async (org) => {
      await queryClient.invalidateQueries({ queryKey: ME_KEY });
      navigate(paths.organisation(locale, org.id));
    },
    onError: (error, { showServerErrors }) => showServerErrors(error),
  });
  return (
    <div className="container narrow">
      <PageTitle title={t('organisations.createTitle')} />
      <h1>{t('organisations.createTitle')}</h1>
      <SignedIn>
        {() => (
          <>
            <p>{t('organisations.createIntro')}</p>
            <OrganisationForm
              submitLabel={t('organisations.create')}
              pending={create.isPending}
              error={create.error}
              onSubmit={(input, showServerErrors) => create.mutate({ input, showServerErrors })}
            />
          </>
        )}
      </SignedIn>
    </div>
  );
}
