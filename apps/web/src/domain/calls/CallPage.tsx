import { StatusLabel } from 'hds-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Call } from '../../api/types';
import { Countdown } from '../../common/components/countdown/Countdown';
import { ErrorMessage } from '../../common/components/errorMessage/ErrorMessage';
import { Link } from '../../common/components/link/Link';
import { PageTitle } from '../../common/components/pageTitle/PageTitle';
import { LoadingSpinner } from '../../common/components/spinner/LoadingSpinner';
import { Paragraphs } from '../../common/components/text/Paragraphs';
import { formatDateTime, formatDecimal, formatMoney } from '../app/i18n/format';
import { useLocale } from '../app/i18n/useLocale';
import { paths } from '../app/paths';
import { cityName, useCities } from '../cities/queries';
import { useTestbedsById } from '../testbeds/queries';
import { TestbedCard } from '../testbeds/TestbedCard';
import { CriteriaTable } from './CriteriaTable';
import { eligibilitySentences } from './eligibility';
import { useCall } from './queries';
import './call.css';

const INTL = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' } as const;

/** A call's public page: what it funds and how much, who may apply, how applications are scored, its schedule in Finnish time and its test beds. */
export function CallPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { id = '' } = useParams();
  const { data: call, error, isPending, refetch } = useCall(locale, id);

  if (isPending) return <LoadingSpinner />;
  if (error || !call) {
    return (
      <div className="container">
        <PageTitle title={t('common.notFoundTitle')} />
        <h1>{t('calls.listTitle')}</h1>
        <ErrorMessage error={error} onRetry={() => void refetch()} />
        <Link to={paths.calls(locale)}>{t('calls.backToList')}</Link>
      </div>
    );
  }
  return <CallView call={call} />;
}

/**
 * A call as the public sees it. `preview` shows a call not yet public (or as it stands now) the
 * way its page will show it, for those who run it: without the way back to the list and without
 * applying.
 */
export function CallView({ call, preview }: { call: Call; preview?: ReactNode }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { data: cities } = useCities();
  const testbeds = useTestbedsById(locale, call.testbedIds);

  const foreign = call.language !== locale ? call.language : undefined;
  const anyOf = new Intl.ListFormat(INTL[locale], { type: 'disjunction' });
  const allOf = new Intl.ListFormat(INTL[locale], { type: 'conjunction' });
  const rules = eligibilitySentences(call, {
    money: (cents) => formatMoney(cents, locale),
    anyOf: (items) => anyOf.format(items),
    allOf: (items) => allOf.format(items),
    city: (slug) => cityName(cities, slug, locale),
    organisationType: (type) => t(`organisationTypes.${type}`),
    field: (field) => t(`applicationFields.${field}`),
  });

  return (
    <div className="container call">
      <PageTitle title={call.title} />
      {preview ?? (
        <p className="back-link">
          <Link to={paths.calls(locale)}>{t('calls.backToList')}</Link>
        </p>
      )}
      <h1 lang={foreign}>{call.title}</h1>
      <p>
        <StatusLabel type={call.state === 'open' ? 'success' : 'neutral'}>{t(`callStates.${call.state}`)}</StatusLabel>{' '}
        <span className="card__meta">
          {call.citySlug ? cityName(cities, call.citySlug, locale) : t('common.nationalCall')} · {t(`focusAreas.${call.focusArea}`)}
        </span>
      </p>
      <p className="lead" lang={foreign}>
        {call.summary}
      </p>
      {call.state === 'open' && <Countdown deadline={String(call.closesAt)} />}
      <div className="actions">
        {preview ? null : call.state === 'open' ? (
          <>
            <Link to={paths.newApplication(locale, call.id)} button aria-describedby="apply-help">
              {t('calls.apply')}
            </Link>
            <span id="apply-help" className="card__meta">
              {t('calls.applyHelp')}
            </span>
          </>
        ) : call.state === 'decided' ? (
          <Link to={paths.callResults(locale, call.id)} button>
            {t('callResults.link')}
          </Link>
        ) : (
          <p>{t('calls.notOpen')}</p>
        )}
      </div>

      <Paragraphs text={call.body} lang={foreign} />

      <h2>{t('calls.details')}</h2>
      <dl className="facts">
        <dt>{t('calls.focusArea')}</dt>
        <dd>{t(`focusAreas.${call.focusArea}`)}</dd>
        <dt>{t('calls.budget')}</dt>
        <dd>{formatMoney(call.budgetCents, locale)}</dd>
        <dt>{t('calls.fundingRate')}</dt>
        <dd>{t('calls.fundingRateValue', { percent: call.fundingRatePercent })}</dd>
        <dt>{t('calls.maxGrant')}</dt>
        <dd>{formatMoney(call.maxGrantCents, locale)}</dd>
        <dt>{t('calls.duration')}</dt>
        <dd>{t('calls.durationValue', { min: call.durationMinMonths, max: call.durationMaxMonths })}</dd>
        <dt>{t('calls.fundingSources')}</dt>
        <dd>{call.fundingSources.map((source) => `${t(`fundingSources.${source.source}`, { defaultValue: source.source })} ${source.sharePercent} %`).join(', ')}</dd>
      </dl>

      <h2>{t('calls.eligibility')}</h2>
      <ul className="rules" data-testid="eligibility-rules">
        {rules.map((rule) => (
          <li key={rule.key}>{t(rule.key, rule.values)}</li>
        ))}
      </ul>

      <h2>{t('calls.criteria')}</h2>
      <CriteriaTable criteria={call.criteria} />
      <p>{t('calls.overallThreshold', { value: formatDecimal(call.overallThreshold, locale) })}</p>

      <h2>{t('calls.schedule')}</h2>
      <dl className="facts" data-testid="call-schedule">
        <dt>{t('calls.opensAt')}</dt>
        <dd>
          <time dateTime={String(call.opensAt)}>{formatDateTime(call.opensAt, locale)}</time>
        </dd>
        <dt>{t('calls.closesAt')}</dt>
        <dd>
          <time dateTime={String(call.closesAt)}>{formatDateTime(call.closesAt, locale)}</time>
        </dd>
        <dt>{t('calls.reviewDeadline')}</dt>
        <dd>
          <time dateTime={String(call.reviewDeadline)}>{formatDateTime(call.reviewDeadline, locale)}</time>
        </dd>
      </dl>
      <p className="card__meta">{t('calls.scheduleNote')}</p>

      <h2>{t('calls.testbeds')}</h2>
      {call.testbedIds.length === 0 ? (
        <p>{t('calls.noTestbeds')}</p>
      ) : testbeds.isPending ? (
        <LoadingSpinner />
      ) : (
        <ul className="card-list">
          {(testbeds.data ?? []).map((bed) => (
            <li key={bed.id}>
              <TestbedCard testbed={bed} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
