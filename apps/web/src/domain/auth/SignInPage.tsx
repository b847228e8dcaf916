import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { Button } from '../../common/components/button/Button';
import { ErrorMessage } from '../../common/components/errorMessage/ErrorMessage';
import { PageTitle } from '../../common/components/pageTitle/PageTitle';
import { TextInput } from '../../common/components/textInput/TextInput';
import { signIn as signInWith } from '../app/api/client';
import { useLocale } from '../app/i18n/useLocale';
import { safeNext } from '../app/paths';

/**
 * Sign-in with e-mail and password; the access token is kept in memory only (the refresh token in
 * the API's httpOnly cookie), and the user goes
 * back to where sign-in was asked for (`?next=`, an address of this app).
 */
export function SignInPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const [query] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<{ email?: boolean; password?: boolean }>({});
  const signIn = useMutation({
    mutationFn: () => signInWith(email, password),
    onSuccess: () => {
      navigate(safeNext(query.get('next'), locale));
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const empty = { email: !email.trim(), password: !password };
    setMissing(empty);
    if (empty.email || empty.password) {
      document.getElementById(empty.email ? 'signin-email' : 'signin-password')?.focus();
      return;
    }
    signIn.mutate();
  };

  return (
    <div className="container narrow">
      <PageTitle title={t('signIn.title')} />
      <h1>{t('signIn.title')}</h1>
      <p>{t('signIn.intro')}</p>
      {signIn.isError && <ErrorMessage error={signIn.error} />}
      <form className="form" onSubmit={submit} noValidate>
        <TextInput
          id="signin-email"
          type="email"
          label={t('signIn.email')}
          autoComplete="email"
          required
          value={email}
          onChange={setEmail}
          errorText={missing.email ? t('signIn.required') : undefined}
        />
        <TextInput
          id="signin-password"
          type="password"
          label={t('signIn.password')}
          autoComplete="current-password"
          required
          value={password}
          onChange={setPassword}
          errorText={missing.password ? t('signIn.required') : undefined}
        />
        <Button type="submit" disabled={signIn.isPending}>
          {t('signIn.submit')}
        </Button>
      </form>
    </div>
  );
}
