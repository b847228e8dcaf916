import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button } from '../../common/components/button/Button';
import { ErrorMessage } from '../../common/components/errorMessage/ErrorMessage';
import { Link } from '../../common/components/link/Link';
import { PageTitle } from '../../common/components/pageTitle/PageTitle';
import { TextInputField } from '../../common/formFields/TextInputField';
import { api, signIn, unwrap } from '../app/api/client';
import { useServerErrors } from '../app/api/useServerErrors';
import { useLocale } from '../app/i18n/useLocale';
import { paths } from '../app/paths';
import { ME_KEY } from './session';

interface Values {
  displayName: string;
  email: string;
  password: string;
}
const FIELDS = ['displayName', 'email', 'password'] as const;

/** The API's password rule, checked here first so that a short one is told at once. */
export const PASSWORD_MIN_LENGTH = 10;

/**
 * A company's account: name, e-mail and password. The account is signed in at once and goes to
 * the e-mail verification step (the API has sent the link and the code); a problem the API finds
 * is shown at its field.
 */
export function RegisterPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { control, handleSubmit, setError } = useForm<Values>({ defaultValues: { displayName: '', email: '', password: '' } });
  const showServerErrors = useServerErrors(setError, FIELDS);
  const register = useMutation({
    mutationFn: async (values: Values) => {
      await unwrap(api.POST('/api/v1/auth/register', { body: { ...values, locale } }));
      await signIn(values.email, values.password);
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ME_KEY });
      navigate(paths.verifyEmail(locale));
    },
    onError: (error) => showServerErrors(error),
  });
  const required = { value: true, message: t('forms.required') };

  return (
    <div className="container narrow">
      <PageTitle title={t('register.title')} />
      <h1>{t('register.title')}</h1>
      <p>{t('register.intro')}</p>
      {register.isError && <ErrorMessage error={register.error} />}
      <form className="form" onSubmit={handleSubmit((values) => register.mutate(values))} noValidate>
        <TextInputField control={control} name="displayName" id="register-name" label={t('register.displayName')} autoComplete="name" required rules={{ required }} />
        <TextInputField
          control={control}
          name="email"
          id="register-email"
          type="email"
          label={t('register.email')}
          autoComplete="email"
          required
          rules={{ required, pattern: { value: /^[^\s@]+@[^\s@]+\.[^\s@]+$/, message: t('fieldErrors.email') } }}
        />
        <TextInputField
          control={control}
          name="password"
          id="register-password"
          type="password"
          label={t('register.password')}
          helperText={t('register.passwordHelp', { count: PASSWORD_MIN_LENGTH })}
          autoComplete="new-password"
          required
          rules={{ required, minLength: { value: PASSWORD_MIN_LENGTH, message: t('register.passwordHelp', { count: PASSWORD_MIN_LENGTH }) } }}
        />
        <Button type="submit" disabled={register.isPending}>
          {t('register.submit')}
        </Button>
      </form>
      <p>
        {t('register.haveAccount')} <Link to={paths.signIn(locale)}>{t('nav.signIn')}</Link>
      </p>
    </div>
  );
}
