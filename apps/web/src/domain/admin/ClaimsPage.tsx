import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { components } from '../../api/schema';
import { Button } from '../../common/components/button/Button';
import { ErrorMessage } from '../../common/components/errorMessage/ErrorMessage';
import { Link } from '../../common/components/link/Link';
import { PageTitle } from '../../common/components/pageTitle/PageTitle';
import { LoadingSpinner } from '../../common/components/spinner/LoadingSpinner';
import { TextInput } from '../../common/components/textInput/TextInput';
import { SignedIn } from '../account/SignedIn';
import { useAnnounce } from '../app/a11y/Announcer';
import { useFeatureMessages } from '../app/i18n/featureMessages';
import { formatDate } from '../app/i18n/format';
import { useLocale } from '../app/i18n/useLocale';
import { paths } from '../app/paths';
import { ADMIN_MESSAGES } from './adminMessages';
import { AdminNav } from './AdminNav';
import { useClaims, useResolveClaim } from './queries';
import './admin.css';

type Claim = components['schemas']['OrganisationClaimDto'];
type Party = components['schemas']['ClaimPartyDto'];

/** Organisations whose identity needs a decision: two gave one business ID; the admin (or a coordinator) decides who keeps it. */
export function ClaimsPage() {
  useFeatureMessages(ADMIN_MESSAGES);
  const { t } = useTranslation();
  return (
    <div className="container">
      <PageTitle title={t('admin.claims.title')} />
      <h1>{t('admin.claims.title')}</h1>
      <AdminNav />
      <p>{t('admin.claims.intro')}</p>
      <SignedIn>{() => <Claims />}</SignedIn>
    </div>
  );
}

function Claims() {
  const { t } = useTranslation();
  const claims = useClaims('open');
  if (claims.isPending) return <LoadingSpinner />;
  if (claims.isError) return <ErrorMessage error={claims.error} onRetry={() => void claims.refetch()} />;
  if (claims.data.items.length === 0) return <p role="status">{t('admin.claims.none')}</p>;
  return (
    <>
      {claims.data.items.map((claim) => (
        <ClaimCard key={claim.id} claim={claim} />
      ))}
    </>
  );
}

function PartyFacts({ party, title }: { party: Party | null; title: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div>
      <h3>{title}</h3>
      {party ? (
        <dl>
          <dt>{t('admin.claims.name')}</dt>
          <dd>
            <Link to={paths.organisation(locale, party.id)}>{party.name}</Link>
          </dd>
          <dt>{t('admin.claims.municipality')}</dt>
          <dd>{party.homeMunicipality}</dd>
          <dt>{t('admin.claims.emailDomain')}</dt>
          <dd>{party.emailDomain ?? '–'}</dd>
          <dt>{t('admin.claims.owners')}</dt>
          <dd>{party.ownerEmails.join(', ') || '–'}</dd>
          <dt>{t('admin.claims.identity')}</dt>
          <dd>{t(`admin.claims.identityStates.${party.identityState}`, { defaultValue: party.identityState })}</dd>
          <dt>{t('admin.claims.created')}</dt>
          <dd>{formatDate(party.createdAt, locale)}</dd>
        </dl>
      ) : (
        <p>{t('admin.claims.noHolder')}</p>
      )}
    </div>
  );
}

function ClaimCard({ claim }: { claim: Claim }) {
  const { t } = useTranslation();
  const resolve = useResolveClaim();
  const announce = useAnnounce();
  const [award, setAward] = useState<'claimant' | 'holder' | ''>('');
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState<{ award?: boolean; reason?: boolean }>({});
  const headingId = `claim-${claim.id}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const empty = { award: !award, reason: reason.trim().length < 3 };
    setMissing(empty);
    if (empty.award || empty.reason) {
      document.getElementById(empty.award ? `award-${claim.id}-claimant` : `reason-${claim.id}`)?.focus();
      return;
    }
    const winner = award === 'claimant' ? claim.claimant.name : (claim.holder?.name ?? '');
    resolve.mutate({ id: claim.id, award: award as 'claimant' | 'holder', reason: reason.trim() }, { onSuccess: () => announce(t('admin.claims.resolved', { organisation: winner, businessId: claim.businessId })) });
  };
  return (
    <section className="admin-card" aria-labelledby={headingId} data-testid="claim-card">
      <h2 id={headingId}>{t('admin.claims.heading', { businessId: claim.businessId })}</h2>
      <div className="claim-parties">
        <PartyFacts party={claim.holder} title={t('admin.claims.holder')} />
        <PartyFacts party={claim.claimant} title={t('admin.claims.claimant')} />
      </div>
      <form onSubmit={submit} noValidate>
        <fieldset className="admin-fieldset" aria-describedby={missing.award ? `award-${claim.id}-error` : undefined}>
          <legend>{t('admin.claims.who')}</legend>
          {(['holder', 'claimant'] as const).map((side) => {
            const party = side === 'holder' ? claim.holder : claim.claimant;
            if (!party) return null;
            return (
              <div key={side}>
                <input type="radio" id={`award-${claim.id}-${side}`} name={`award-${claim.id}`} value={side} checked={award === side} onChange={() => setAward(side)} />{' '}
                <label htmlFor={`award-${claim.id}-${side}`}>{t(`admin.claims.award.${side}`, { organisation: party.name })}</label>
              </div>
            );
          })}
          {missing.award && (
            <p id={`award-${claim.id}-error`} className="field-error">
              {t('admin.claims.pickOne')}
            </p>
          )}
        </fieldset>
        <TextInput
          id={`reason-${claim.id}`}
          label={t('admin.claims.reason')}
          helperText={t('admin.claims.reasonHelp')}
          value={reason}
          onChange={setReason}
          multiline
          required
          errorText={missing.reason ? t('admin.claims.reasonMissing') : undefined}
        />
        <div className="actions">
          <Button type="submit" disabled={resolve.isPending}>
            {t('admin.claims.resolve')}
          </Button>
        </div>
      </form>
      {resolve.isError && <ErrorMessage error={resolve.error} />}
    </section>
  );
}
