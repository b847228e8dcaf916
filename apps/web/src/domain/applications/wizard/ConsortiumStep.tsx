import { type KeyboardEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../common/components/button/Button';
import { ErrorMessage } from '../../../common/components/errorMessage/ErrorMessage';
import { Notification } from '../../../common/components/notification/Notification';
import { TextInput } from '../../../common/components/textInput/TextInput';
import { ApiError } from '../../app/api/problems';
import { formatDate } from '../../app/i18n/format';
import { useLocale } from '../../app/i18n/useLocale';
import { partnerReference } from '../partners';
import { useInvitePartner, useRemovePartner } from '../queries';
import type { StepProps } from './ApplicationWizard';

/**
 * The consortium: the lead and the partners, and invitations by business ID or organisation id.
 * The API says "invitation sent" and lists the invitation without a name until the organisation
 * accepts, so this page never learns (or shows) which organisation a business ID belongs to.
 */
export function ConsortiumStep({ application }: StepProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const invite = useInvitePartner(application.id);
  const remove = useRemovePartner(application.id);
  const [reference, setReference] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [sent, setSent] = useState(false);

  const submit = (event?: { preventDefault(): void }) => {
    event?.preventDefault();
    setSent(false);
    const body = partnerReference(reference);
    if (!body) {
      setFieldError(t('applications.consortium.referenceInvalid'));
      document.getElementById('partner-reference')?.focus();
      return;
    }
    setFieldError(undefined);
    invite.mutate(body, {
      onSuccess: () => {
        setSent(true);
        setReference('');
      },
      onError: (error) => {
        if (error instanceof ApiError && error.fieldErrors.length) {
          setFieldError(error.fieldErrors.map((field) => field.message).join(' '));
          document.getElementById('partner-reference')?.focus();
        }
      },
    });
  };

  return (
    <>
      <p>{t('applications.consortium.intro')}</p>
      <h2>{t('applications.consortium.members')}</h2>
      <ul className="consortium" data-testid="consortium">
        <li>
          <strong>{application.leadOrganisationName}</strong> <span className="card__meta">{t('applications.consortium.lead')}</span>
        </li>
        {application.partners.map((partner) => (
          <li key={partner.organisationId} data-testid="partner">
            <strong>{partner.name ?? t('applications.consortium.unnamed')}</strong>{' '}
            <span className="card__meta">
              {partner.state === 'accepted'
                ? t('applications.consortium.accepted', { date: partner.acceptedAt ? formatDate(partner.acceptedAt, locale) : '' })
                : t('applications.consortium.invited', { date: partner.invitedAt ? formatDate(partner.invitedAt, locale) : '' })}
            </span>{' '}
            <Button variant="clear" onClick={() => remove.mutate(partner.organisationId)} aria-label={t('applications.consortium.removeNamed', { name: partner.name ?? t('applications.consortium.unnamed') })}>
              {t('applications.consortium.remove')}
            </Button>
          </li>
        ))}
      </ul>
      {remove.isError && <ErrorMessage error={remove.error} />}

      <h2 id="invite-heading">{t('applications.consortium.inviteTitle')}</h2>
      <div
        className="form narrow invite-form"
        role="group"
        aria-labelledby="invite-heading"
        onKeyDown={(event: KeyboardEvent) => {
          if (event.key === 'Enter' && (event.target as HTMLElement).id === 'partner-reference') submit(event);
        }}
      >
        <TextInput
          id="partner-reference"
          label={t('applications.consortium.reference')}
          helperText={t('applications.consortium.referenceHelp')}
          value={reference}
          onChange={setReference}
          errorText={fieldError}
          required
        />
        <Button type="button" onClick={() => submit()} disabled={invite.isPending}>
          {t('applications.consortium.send')}
        </Button>
      </div>
      {sent && (
        <div role="status">
          <Notification type="success" label={t('applications.consortium.sent')} data-testid="invitation-sent">
            {t('applications.consortium.sentHelp')}
          </Notification>
        </div>
      )}
      {invite.isError && !(invite.error instanceof ApiError && invite.error.fieldErrors.length) && <ErrorMessage error={invite.error} />}
    </>
  );
}
