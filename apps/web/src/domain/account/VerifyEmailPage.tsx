import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Me } from '../../api/types';
import { Button } from '../../common/components/button/Button';
import { ErrorMessage } from '../../common/components/errorMessage/ErrorMessage';
import { Link } from '../../common/components/link/Link';
import { Notification } from '../../common/components/notification/Notification';
import { PageTitle } from '../../common/components/pageTitle/PageTitle';
import { LoadingSpinner } from '../../common/components/spinner/LoadingSpinner';
import { TextInputField } from '../../common/formFields/TextInputField';
import { useAnnounce } from '../app/a11y/Announcer';
import { api, unwrap } from '../app/api/client';
import { useLocale } from '../app/i18n/useLocale';
import { paths } from '../app/paths';
import { ME_KEY } from './session';
import { SignedIn } from './SignedIn';
import { secondsToWait, verificationProblemKey } from './verification';

/**
 * The e-mail verification step. Opened from the e-mail's link (`?token=`), it verifies at once,
 * signed in or not; otherwise the signed-in user types the six-digit code of the e-mail, or asks
 * for a new e-mail (at most one a minute: the wait is told).
 */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  const [query] = useSearchParams();
  const token = query.get('token');
  return (
    <div className="container narrow">
      <PageTitle title={t('verifyEmail.title')} />
      <h1>{t('verifyEmail.title')}</h1>
      {token ? <VerifyLink token={token} /> : <SignedIn>{(me) => <VerifyCode me={me} />}</SignedIn>}
    </div>
  );
}

function Problem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const key = verificationProblemKey(error);
  if (!key) return <ErrorMessage error={error} />;
  return (
    <div role="alert" className="error-message">
      <Notification type="error" label={t(key, { count: secondsToWait(error) ?? 60 })} data-testid="error-message" />
    </div>
  );
}

function Verified() {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div role="status">
      <Notification type="success" label={t('verifyEmail.verified')} data-testid="email-verified">
        <p>{t('verifyEmail.verifiedNext')}</p>
        <Link to={paths.account(locale)}>{t('account.title')}</Link>
      </Notification>
    </div>
  );
}

function VerifyLink({ token }: { token: string }) {
  const queryClient = useQueryClient();
  const verify = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/auth/verify-email', { body: { token } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ME_KEY }),
  });
  // The link is used once per visit (React runs effects twice in development).
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    verify.mutate();
  }, [verify]);
  if (verify.isSuccess) return <Verified />;
  if (verify.isError) return <Problem error={verify.error} />;
  return <LoadingSpinner />;
}

function VerifyCode({ me }: { me: Me }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const { control, handleSubmit } = useForm<{ code: string }>({ defaultValues: { code: '' } });
  const verify = useMutation({
    mutationFn: (code: string) => unwrap(api.POST('/api/v1/auth/verify-email', { body: { code: code.trim() } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ME_KEY }),
  });
  const resend = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/auth/verify-email/resend', { body: {} })),
    onSuccess: (sent) => announce(t('verifyEmail.sent', { email: sent.email })),
  });
  if (verify.isSuccess || me.emailVerified) return <Verified />;
  return (
    <>
      <p>{t('verifyEmail.intro', { email: me.email })}</p>
      {verify.isError && <Problem error={verify.error} />}
      <form className="form" onSubmit={handleSubmit(({ code }) => verify.mutate(code))} noValidate>
        <TextInputField
          control={control}
          name="code"
          id="verify-code"
          label={t('verifyEmail.code')}
          helperText={t('verifyEmail.codeHelp')}
          inputMode="numeric"
          autoComplete="one-time-code"
          required
          rules={{ required: { value: true, message: t('forms.required') }, pattern: { value: /^\s*[0-9]{3}[ -]?[0-9]{3}\s*$/, message: t('verifyEmail.codeHelp') } }}
        />
        <Button type="submit" disabled={verify.isPending}>
          {t('verifyEmail.submit')}
        </Button>
      </form>
      <h2>{t('verifyEmail.noMail')}</h2>
      {resend.isSuccess && (
        <div role="status">
          <Notification type="info" label={t('verifyEmail.sent', { email: resend.data.email })} data-testid="verification-sent" />
        </div>
      )}
      {resend.isError && <Problem error={resend.error} />}
      <Button variant="secondary" onClick={() => resend.mutate()} disabled={resend.isPending}>
        {t('verifyEmail.resend')}
      </Button>
    </>
  );
}
