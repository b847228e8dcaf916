import { StatusLabel } from 'hds-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Call } from '../../api/types';
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
import { CallCountdown } from './CallCountdown';
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
      {call.secondStageId && <FirstStageNote call={call} />}
      <CallCountdown call={call} />
      <div className="actions">
        {preview ? null : call.firstStage ? (
          <SecondStageActions call={call} />
        ) : call.state === 'open' ? (
          <>
            <Link to={paths.newApplication(locale, call.id)} button aria-describedby="apply-help">
              {call.secondStageId ? t('calls.stages.sendIdea') : t('calls.apply')}
            </Link>
            <span id="apply-help" className="card__meta">
              {call.secondStageId ? t('calls.stages.sendIdeaHelp') : t('calls.applyHelp')}
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

      {call.firstStage && <TwoStages call={call} stage={call.firstStage} />}

      <h2>{call.firstStage ? t('calls.stages.criteriaSecond') : call.secondStageId ? t('calls.stages.criteriaFirst') : t('calls.criteria')}</h2>
      <CriteriaTable criteria={call.criteria} />
      <p>{t(call.secondStageId ? 'calls.stages.ideaThreshold' : 'calls.overallThreshold', { value: formatDecimal(call.overallThreshold, locale) })}</p>

      <h2>{call.firstStage ? t('calls.stages.scheduleSecond') : call.secondStageId ? t('calls.stages.scheduleFirst') : t('calls.schedule')}</h2>
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

type FirstStage = NonNullable<Call['firstStage']>;

/** How many ideas go on to the second stage, in words. */
function useInvitationText(): (invitation: FirstStage['invitation']) => string {
  const { t } = useTranslation();
  return (invitation) =>
    invitation.sharePercent !== undefined ? t('calls.stages.invitedShare', { percent: invitation.sharePercent }) : t('calls.stages.invitedCount', { count: invitation.count ?? 0 });
}

/** On a first stage's page: what it is, how many ideas go on, and the way to the full call. */
function FirstStageNote({ call }: { call: Call }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const invited = useInvitationText();
  return (
    <div className="call-stage-note" data-testid="first-stage-note">
      <p>
        <strong>{t('calls.stages.thisIsFirst')}</strong> {t('calls.stages.thisIsFirstHelp')} {call.invitation && invited(call.invitation)}
      </p>
      <p>
        <Link to={paths.call(locale, call.secondStageId as string)}>{t('calls.stages.toFullCall')}</Link>
      </p>
    </div>
  );
}

/** A two-stage call's own actions: ideas are sent to the first stage; the second takes only the full proposals started from invited ideas. */
function SecondStageActions({ call }: { call: Call }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const stage = call.firstStage as FirstStage;
  if (stage.state === 'open') {
    return (
      <>
        <Link to={paths.newApplication(locale, stage.callId)} button aria-describedby="apply-help">
          {t('calls.stages.sendIdea')}
        </Link>
        <span id="apply-help" className="card__meta">
          {t('calls.stages.sendIdeaHelp')}
        </span>
      </>
    );
  }
  if (call.state === 'decided') {
    return (
      <Link to={paths.callResults(locale, call.id)} button>
        {t('callResults.link')}
      </Link>
    );
  }
  return <p>{t(stage.state === 'scheduled' ? 'calls.stages.ideasNotOpen' : 'calls.stages.invitedOnly')}</p>;
}

/** Both stages of a two-stage call side by side: when each runs, what each asks for, and how many ideas go on. */
function TwoStages({ call, stage }: { call: Call; stage: FirstStage }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const invited = useInvitationText();
  const when = (value: string) => <time dateTime={value}>{formatDateTime(value, locale)}</time>;
  const fields = new Intl.ListFormat(INTL[locale], { type: 'conjunction' }).format(stage.requiredFields.map((field) => t(`applicationFields.${field}`)));
  return (
    <section aria-labelledby="two-stages" data-testid="two-stages">
      <h2 id="two-stages">{t('calls.stages.title')}</h2>
      <p>{t('calls.stages.intro')}</p>
      <ol className="call-stages">
        <li className="call-stage" data-testid="stage-ideas">
          <h3>{t('calls.stages.first')}</h3>
          <p>
            <StatusLabel type={stage.state === 'open' ? 'success' : 'neutral'}>{t(`callStates.${stage.state}`)}</StatusLabel>
          </p>
          <p>{t('calls.stages.firstAsks', { fields })}</p>
          <dl className="facts">
            <dt>{t('calls.opensAt')}</dt>
            <dd>{when(String(stage.opensAt))}</dd>
            <dt>{t('calls.stages.ideasDeadline')}</dt>
            <dd>{when(String(stage.closesAt))}</dd>
            <dt>{t('calls.stages.ideasReviewed')}</dt>
            <dd>{when(String(stage.reviewDeadline))}</dd>
            <dt>{t('calls.stages.invited')}</dt>
            <dd>{invited(stage.invitation)}</dd>
          </dl>
          <p>
            <Link to={paths.call(locale, stage.callId)}>{t('calls.stages.toFirstStage')}</Link>
          </p>
        </li>
        <li className="call-stage" data-testid="stage-full">
          <h3>{t('calls.stages.second')}</h3>
          <p>
            <StatusLabel type={call.state === 'open' ? 'success' : 'neutral'}>{t(`callStates.${call.state}`)}</StatusLabel>
          </p>
          <p>{t('calls.stages.secondAsks')}</p>
          <dl className="facts">
            <dt>{t('calls.opensAt')}</dt>
            <dd>{when(String(call.opensAt))}</dd>
            <dt>{t('calls.closesAt')}</dt>
            <dd>{when(String(call.closesAt))}</dd>
            <dt>{t('calls.reviewDeadline')}</dt>
            <dd>{when(String(call.reviewDeadline))}</dd>
          </dl>
        </li>
      </ol>
      <h3>{t('calls.stages.criteriaFirst')}</h3>
      <CriteriaTable criteria={stage.criteria} caption={t('calls.stages.criteriaFirst')} />
      <p>{t('calls.stages.ideaThreshold', { value: formatDecimal(stage.overallThreshold, locale) })}</p>
    </section>
  );
}
