import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type Control, Controller, type Path, useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { components } from '../../api/schema';
import type { Call, City } from '../../api/types';
import { Button } from '../../common/components/button/Button';
import { Checkbox } from '../../common/components/checkbox/Checkbox';
import { ErrorMessage } from '../../common/components/errorMessage/ErrorMessage';
import { Link } from '../../common/components/link/Link';
import { Notification } from '../../common/components/notification/Notification';
import { PageTitle } from '../../common/components/pageTitle/PageTitle';
import { LoadingSpinner } from '../../common/components/spinner/LoadingSpinner';
import { StatusLabel } from '../../common/components/statusLabel/StatusLabel';
import { SelectField } from '../../common/formFields/SelectField';
import { TextInputField } from '../../common/formFields/TextInputField';
import { useAnnounce } from '../app/a11y/Announcer';
import { api, unwrap } from '../app/api/client';
import { useFeatureMessages } from '../app/i18n/featureMessages';
import { formatDecimal } from '../app/i18n/format';
import { useLocale } from '../app/i18n/useLocale';
import { paths } from '../app/paths';
import { CallView } from '../calls/CallPage';
import { cityName, useCities } from '../cities/queries';
import {
  type CallValues,
  callInputOf,
  callValuesOf,
  editableAfter,
  FOCUS_AREAS,
  LEAD_TYPES,
  maxTotal,
  newCallValues,
  newCriterion,
  publishedEditOf,
  RANKING_BASES,
  rankingBasisToSend,
  REQUIRED_FIELDS,
  shareTotal,
} from './callForm';
import { DeskCity } from './DeskCity';
import { DESK_MESSAGES } from './deskMessages';
import { LocalizedFields } from './LocalizedFields';
import { ProblemMessage } from '../../common/components/problemMessage/ProblemMessage';
import { DESK_KEY, useCityTestbeds, useDeciders, useDeskCall } from './queries';
import './desk.css';

type UpdateCall = components['schemas']['UpdateCallDto'];

/** A call's state in words (the public texts know no drafts). */
export function callStateKey(state: Call['state']): string {
  return state === 'draft' ? 'deskCalls.stateDraft' : `callStates.${state}`;
}

export const CALL_STATUS = { draft: 'info', scheduled: 'alert', open: 'success', closed: 'neutral', in_evaluation: 'neutral', decided: 'neutral' } as const;

/**
 * A new call of the city, or one of its calls: every rule in one form with what it means; a
 * preview as the public will see it; publishing; after publishing, the texts and the dates still
 * ahead can change.
 */
export function CallEditPage() {
  useFeatureMessages(DESK_MESSAGES);
  const { t } = useTranslation();
  const locale = useLocale();
  const { id } = useParams();
  const [query] = useSearchParams();
  const call = useDeskCall(id);
  if (id && call.isPending) return <LoadingSpinner />;
  if (id && (call.error || !call.data)) {
    return (
      <div className="container">
        <PageTitle title={t('deskCall.editTitle')} />
        <h1>{t('deskCall.editTitle')}</h1>
        <ErrorMessage error={call.error} onRetry={() => void call.refetch()} />
      </div>
    );
  }
  if (call.data && query.get('preview') === '1') {
    return (
      <CallView
        call={call.data}
        preview={
          <div className="desk-preview" data-testid="call-preview">
            <Notification type="info" label={t('deskCall.previewTitle')}>
              <p>{t('deskCall.previewHelp')}</p>
              <Link to={paths.deskCall(locale, call.data.id)}>{t('deskCall.backToEdit')}</Link>
            </Notification>
          </div>
        }
      />
    );
  }
  const title = call.data ? call.data.title : t('deskCall.newTitle');
  return (
    <div className="container">
      <PageTitle title={title} />
      <h1>{title}</h1>
      <DeskCity>{(city) => <CallEditor key={`${call.data?.id ?? 'new'}-${call.data?.version ?? 0}`} city={city} call={call.data} />}</DeskCity>
    </div>
  );
}

function CallEditor({ city, call }: { city: City; call?: Call }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const { data: cities } = useCities();
  const { control, handleSubmit, formState, reset } = useForm<CallValues>({ defaultValues: call ? callValuesOf(call) : newCallValues(city.slug) });
  const [problem, setProblem] = useState<unknown>(null);
  const state = call?.state ?? 'draft';
  const editable = editableAfter(state);
  const labels: Record<string, string> = Object.fromEntries(
    [
      'title',
      'summary',
      'body',
      'focusArea',
      'opensAt',
      'closesAt',
      'reviewDeadline',
      'budgetCents',
      'maxGrantCents',
      'fundingRatePercent',
      'durationMinMonths',
      'durationMaxMonths',
      'fundingSources',
      'eligibility',
      'criteria',
      'overallThreshold',
      'tieBreaks',
      'fundingPolicy',
      'rankingBasis',
      'reviewersPerApplication',
      'divergenceLimit',
      'deciderIds',
      'testbedIds',
    ].map((field) => [field, t(`deskCall.fields.${field}`)]),
  );
  const stored = (saved: Call) => {
    queryClient.setQueryData([...DESK_KEY, 'call', saved.id], saved);
    void queryClient.invalidateQueries({ queryKey: [...DESK_KEY, 'calls'] });
    void queryClient.invalidateQueries({ queryKey: ['calls'] });
  };
  const save = useMutation({
    mutationFn: async (values: CallValues) => {
      const saved = (await (!call
        ? unwrap(api.POST('/api/v1/calls', { body: { ...callInputOf(values), cityId: city.id } }))
        : unwrap(
          api.PATCH('/api/v1/calls/{id}', {
            params: { path: { id: call.id } },
            // The generated type marks fields with a default as required; an edit sends only what may change.
            body: { ...(state === 'draft' ? callInputOf(values) : publishedEditOf(values, state)), version: call.version } as UpdateCall,
          }),
        ))) as Call;
      // The ranking basis has its own route (it may change after publishing, until the call closes); both writes repeat safely.
      const basis = rankingBasisToSend(values, call);
      if (!basis) return { saved, values, basisProblem: null };
      try {
        await unwrap(api.PUT('/api/v1/calls/{id}/ranking-basis', { params: { path: { id: saved.id } }, body: { rankingBasis: basis } }));
        return { saved: { ...saved, rankingBasis: basis }, values, basisProblem: null };
      } catch (error) {
        return { saved, values: { ...values, rankingBasis: saved.rankingBasis }, basisProblem: error as unknown };
      }
    },
    onMutate: () => setProblem(null),
    onSuccess: ({ saved, values, basisProblem }) => {
      stored(saved);
      reset(values);
      if (basisProblem) setProblem(basisProblem);
      else announce(t('deskCall.saved'));
      if (!call) navigate(paths.deskCall(locale, saved.id), { replace: true });
    },
    onError: setProblem,
  });
  const publish = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/calls/{id}/publish', { params: { path: { id: (call as Call).id } }, body: { version: (call as Call).version } })),
    onMutate: () => setProblem(null),
    onSuccess: (saved) => {
      stored(saved as Call);
      announce(t('deskCall.published'));
    },
    onError: setProblem,
  });
  const pending = save.isPending || publish.isPending;
  const cityLabel = (slug: string) => cityName(cities, slug, locale);

  return (
    <>
      {call && (
        <p className="desk-state">
          {t('deskCall.state')}: <StatusLabel type={CALL_STATUS[call.state]}>{t(callStateKey(call.state))}</StatusLabel>{' '}
          <Link to={`${paths.deskCall(locale, call.id)}?preview=1`}>{t('deskCall.preview')}</Link>
          {call.state !== 'draft' && (
            <>
              {' · '}
              <Link to={paths.deskCallApplications(locale, call.id)}>{t('deskCall.applications')}</Link>
              {' · '}
              <Link to={paths.deskCallDashboard(locale, call.id)}>{t('deskCall.dashboard')}</Link>
              {' · '}
              <Link to={paths.redressDesk(locale, call.id)}>{t('deskCall.redress')}</Link>
            </>
          )}
          {(call.state === 'closed' || call.state === 'in_evaluation' || call.state === 'decided') && (
            <>
              {' · '}
              <Link to={paths.callEvaluation(locale, call.id)}>{t('deskCall.evaluation')}</Link>
              {' · '}
              <Link to={paths.ranking(locale, call.id)}>{t('deskCall.ranking')}</Link>
            </>
          )}
        </p>
      )}
      {state !== 'draft' && <p className="desk-help">{t('deskCall.lockedHelp')}</p>}
      {problem ? <ProblemMessage error={problem} labels={labels} /> : null}
      <form className="form desk-form" onSubmit={handleSubmit((values) => save.mutate(values))} noValidate>
        <LocalizedFields control={control} name="title" idPrefix="call-title" legend={labels.title} required help={t('deskCall.help.texts')} />
        <LocalizedFields control={control} name="summary" idPrefix="call-summary" legend={labels.summary} required multiline />
        <LocalizedFields control={control} name="body" idPrefix="call-body" legend={labels.body} required multiline />

        <fieldset className="desk-fieldset">
          <legend>{t('deskCall.schedule')}</legend>
          <p className="desk-help">{t('deskCall.help.schedule')}</p>
          <div className="desk-row">
            <DateTime control={control} name="opensAt" label={labels.opensAt} disabled={!editable.opensAt} />
            <DateTime control={control} name="closesAt" label={labels.closesAt} disabled={!editable.closesAt} />
            <DateTime control={control} name="reviewDeadline" label={labels.reviewDeadline} disabled={!editable.reviewDeadline} />
          </div>
        </fieldset>

        <fieldset disabled={!editable.rules} className="desk-fieldset-plain">
          <fieldset className="desk-fieldset">
            <legend>{t('deskCall.money')}</legend>
            <SelectField control={control} name="focusArea" id="call-focus" label={labels.focusArea} options={FOCUS_AREAS.map((value) => ({ value, label: t(`focusAreas.${value}`) }))} />
            <p className="desk-help">{t('deskCall.help.money')}</p>
            <div className="desk-row">
              <TextInputField control={control} name="budget" id="call-budget" label={t('deskCall.budgetEuros')} required />
              <TextInputField control={control} name="maxGrant" id="call-max-grant" label={t('deskCall.maxGrantEuros')} required />
              <TextInputField control={control} name="fundingRatePercent" id="call-rate" label={t('deskCall.fundingRate')} required />
            </div>
            <div className="desk-row">
              <TextInputField control={control} name="durationMinMonths" id="call-duration-min" label={labels.durationMinMonths} required />
              <TextInputField control={control} name="durationMaxMonths" id="call-duration-max" label={labels.durationMaxMonths} required />
            </div>
          </fieldset>

          <FundingSources control={control} />
          <EligibilityRules control={control} cityLabel={cityLabel} citySlugs={(cities ?? []).map((c) => c.slug)} />
          <Criteria control={control} />
          <Scoring control={control} />
          <People control={control} cityId={city.id} />
        </fieldset>

        <fieldset className="desk-fieldset" disabled={!editable.rankingBasis} data-testid="ranking-basis">
          <legend>{labels.rankingBasis}</legend>
          <SelectField
            control={control}
            name="rankingBasis"
            id="call-ranking-basis"
            label={t('deskCall.rankBy')}
            options={RANKING_BASES.map((value) => ({ value, label: t(`deskCall.rankingBases.${value}`) }))}
          />
          <p className="desk-help">{t('deskCall.help.rankingBasis')}</p>
          <p className="desk-help">{t(editable.rankingBasis ? 'deskCall.help.rankingBasisUntil' : 'deskCall.help.rankingBasisFixed')}</p>
          {call && (call.state === 'closed' || call.state === 'in_evaluation' || call.state === 'decided') && (
            <p>
              <Link to={paths.calibration(locale, call.id)}>{t('deskCall.calibration')}</Link>
            </p>
          )}
        </fieldset>

        <div className="actions">
          <Button type="submit" disabled={pending}>
            {call ? t('deskCall.save') : t('deskCall.create')}
          </Button>
          {call?.state === 'draft' && (
            <Button type="button" variant="secondary" disabled={pending || formState.isDirty} onClick={() => publish.mutate()}>
              {t('deskCall.publish')}
            </Button>
          )}
        </div>
        {call?.state === 'draft' && <p className="desk-help">{t(formState.isDirty ? 'deskCall.saveBeforePublish' : 'deskCall.publishHelp')}</p>}
      </form>
      <p>
        <Link to={paths.deskCalls(locale, city.id)}>{t('deskCall.back')}</Link>
      </p>
    </>
  );
}

function DateTime({ control, name, label, disabled }: { control: Control<CallValues>; name: 'opensAt' | 'closesAt' | 'reviewDeadline'; label: string; disabled: boolean }) {
  const { t } = useTranslation();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <div className="hds-text-input">
          <label htmlFor={`call-${name}`} className="hds-text-input__label">
            {label}
            <span className="hds-text-input__required">*</span>
          </label>
          <div className="hds-text-input__input-wrapper">
            <input
              id={`call-${name}`}
              className="hds-text-input__input"
              type="datetime-local"
              value={field.value}
              onChange={(event) => field.onChange(event.target.value)}
              disabled={disabled}
              aria-describedby={`call-${name}-helper`}
              required
            />
          </div>
          <span id={`call-${name}-helper`} className="hds-text-input__helper-text">
            {disabled ? t('deskCall.dateLocked') : t('deskCall.helsinkiTime')}
          </span>
        </div>
      )}
    />
  );
}

function FundingSources({ control }: { control: Control<CallValues> }) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control, name: 'fundingSources' });
  const sources = useWatch({ control, name: 'fundingSources' });
  const total = shareTotal(sources);
  return (
    <fieldset className="desk-fieldset">
      <legend>{t('deskCall.fields.fundingSources')}</legend>
      <p className="desk-help">{t('deskCall.help.fundingSources')}</p>
      {fields.map((field, index) => (
        <div key={field.id} className="desk-row">
          <SelectField
            control={control}
            name={`fundingSources.${index}.source`}
            id={`call-source-${index}`}
            label={t('deskCall.source', { n: index + 1 })}
            options={['ERDF', 'ESF', 'state', 'city'].map((value) => ({ value, label: t(`fundingSources.${value}`) }))}
          />
          <TextInputField control={control} name={`fundingSources.${index}.sharePercent`} id={`call-share-${index}`} label={t('deskCall.share', { n: index + 1 })} />
          <Button type="button" variant="clear" onClick={() => remove(index)}>
            {t('deskCall.removeSource', { n: index + 1 })}
          </Button>
        </div>
      ))}
      <Button type="button" variant="secondary" onClick={() => append({ source: 'city', sharePercent: '' })}>
        {t('deskCall.addSource')}
      </Button>
      <p className={total === 100 ? 'desk-sum' : 'desk-sum desk-missing'} role="status" data-testid="share-total">
        {t(total === 100 ? 'deskCall.sharesOk' : 'deskCall.sharesOff', { total })}
      </p>
    </fieldset>
  );
}

function CheckList<V extends string>({ value, onChange, options, idPrefix }: { value: V[]; onChange: (next: V[]) => void; options: { value: V; label: string }[]; idPrefix: string }) {
  return (
    <div className="desk-checkboxes">
      {options.map((option) => (
        <Checkbox
          key={option.value}
          id={`${idPrefix}-${option.value}`}
          label={option.label}
          checked={value.includes(option.value)}
          onChange={(checked) => onChange(checked ? [...value, option.value] : value.filter((item) => item !== option.value))}
        />
      ))}
    </div>
  );
}

function Toggle({ control, name, label }: { control: Control<CallValues>; name: Path<CallValues>; label: string }) {
  return <Controller control={control} name={name} render={({ field }) => <Checkbox id={`call-${name}`} label={label} checked={field.value as boolean} onChange={field.onChange} />} />;
}

function EligibilityRules({ control, cityLabel, citySlugs }: { control: Control<CallValues>; cityLabel: (slug: string) => string; citySlugs: string[] }) {
  const { t } = useTranslation();
  return (
    <fieldset className="desk-fieldset">
      <legend>{t('deskCall.fields.eligibility')}</legend>
      <p className="desk-help">{t('deskCall.help.eligibility')}</p>
      <TextInputField control={control} name="minOperators" id="call-min-operators" label={t('deskCall.minOperators')} helperText={t('deskCall.help.minOperators')} />
      <fieldset className="desk-fieldset">
        <legend>{t('deskCall.operatorCities')}</legend>
        <Controller control={control} name="operatorCities" render={({ field }) => <CheckList idPrefix="call-city" value={field.value} onChange={field.onChange} options={citySlugs.map((slug) => ({ value: slug, label: cityLabel(slug) }))} />} />
      </fieldset>
      <fieldset className="desk-fieldset">
        <legend>{t('deskCall.leadTypes')}</legend>
        <Controller control={control} name="leadTypes" render={({ field }) => <CheckList idPrefix="call-lead" value={field.value} onChange={field.onChange} options={LEAD_TYPES.map((value) => ({ value, label: t(`organisationTypes.${value}`) }))} />} />
      </fieldset>
      <fieldset className="desk-fieldset">
        <legend>{t('deskCall.checks')}</legend>
        <Toggle control={control} name="ruleMaxGrant" label={t('deskCall.ruleMaxGrant')} />
        <Toggle control={control} name="ruleFundingRate" label={t('deskCall.ruleFundingRate')} />
        <Toggle control={control} name="ruleDuration" label={t('deskCall.ruleDuration')} />
        <Toggle control={control} name="ruleTestbedsPublished" label={t('deskCall.ruleTestbedsPublished')} />
      </fieldset>
      <fieldset className="desk-fieldset">
        <legend>{t('deskCall.requiredFields')}</legend>
        <Controller control={control} name="requiredFields" render={({ field }) => <CheckList idPrefix="call-required" value={field.value} onChange={field.onChange} options={REQUIRED_FIELDS.map((value) => ({ value, label: t(`applicationFields.${value}`) }))} />} />
      </fieldset>
    </fieldset>
  );
}

function Criteria({ control }: { control: Control<CallValues> }) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control, name: 'criteria' });
  return (
    <fieldset className="desk-fieldset">
      <legend>{t('deskCall.fields.criteria')}</legend>
      <p className="desk-help">{t('deskCall.help.criteria')}</p>
      {fields.map((field, index) => (
        <fieldset key={field.id} className="desk-fieldset" data-testid="criterion">
          <legend>{t('deskCall.criterion', { n: index + 1 })}</legend>
          <TextInputField control={control} name={`criteria.${index}.key`} id={`call-criterion-${index}-key`} label={t('deskCall.criterionKey')} helperText={t('deskCall.help.criterionKey')} />
          <LocalizedFields control={control} name={`criteria.${index}.name`} idPrefix={`call-criterion-${index}-name`} legend={t('deskCall.criterionName', { n: index + 1 })} required />
          <LocalizedFields control={control} name={`criteria.${index}.guidance`} idPrefix={`call-criterion-${index}-guidance`} legend={t('deskCall.criterionGuidance', { n: index + 1 })} help={t('deskCall.help.guidance')} multiline />
          <div className="desk-row">
            <TextInputField control={control} name={`criteria.${index}.weight`} id={`call-criterion-${index}-weight`} label={t('deskCall.weight')} />
            <TextInputField control={control} name={`criteria.${index}.min`} id={`call-criterion-${index}-min`} label={t('deskCall.scaleMin')} />
            <TextInputField control={control} name={`criteria.${index}.max`} id={`call-criterion-${index}-max`} label={t('deskCall.scaleMax')} />
            <TextInputField control={control} name={`criteria.${index}.step`} id={`call-criterion-${index}-step`} label={t('deskCall.scaleStep')} />
            <TextInputField control={control} name={`criteria.${index}.threshold`} id={`call-criterion-${index}-threshold`} label={t('deskCall.threshold')} />
          </div>
          <p className="desk-help">{t('deskCall.help.scale')}</p>
          {fields.length > 1 && (
            <Button type="button" variant="clear" onClick={() => remove(index)}>
              {t('deskCall.removeCriterion', { n: index + 1 })}
            </Button>
          )}
        </fieldset>
      ))}
      <Button type="button" variant="secondary" onClick={() => append(newCriterion())}>
        {t('deskCall.addCriterion')}
      </Button>
    </fieldset>
  );
}

function Scoring({ control }: { control: Control<CallValues> }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const criteria = useWatch({ control, name: 'criteria' });
  const { fields, append, remove } = useFieldArray({ control, name: 'tieBreaks' });
  const keys = criteria.map((criterion) => criterion.key.trim()).filter(Boolean);
  return (
    <fieldset className="desk-fieldset">
      <legend>{t('deskCall.scoring')}</legend>
      <TextInputField
        control={control}
        name="overallThreshold"
        id="call-overall"
        label={t('deskCall.fields.overallThreshold')}
        helperText={t('deskCall.help.overallThreshold', { max: formatDecimal(maxTotal(criteria), locale) })}
      />
      <fieldset className="desk-fieldset">
        <legend>{t('deskCall.fields.tieBreaks')}</legend>
        <p className="desk-help">{t('deskCall.help.tieBreaks')}</p>
        {fields.map((field, index) => (
          <div key={field.id} className="desk-row">
            <SelectField
              control={control}
              name={`tieBreaks.${index}.key`}
              id={`call-tiebreak-${index}`}
              label={t('deskCall.tieBreak', { n: index + 1 })}
              options={[{ value: '', label: t('deskCall.pickCriterion') }, ...keys.map((key) => ({ value: key, label: key }))]}
            />
            <Button type="button" variant="clear" onClick={() => remove(index)}>
              {t('deskCall.removeTieBreak', { n: index + 1 })}
            </Button>
          </div>
        ))}
        {fields.length < keys.length && (
          <Button type="button" variant="secondary" onClick={() => append({ key: '' })}>
            {t('deskCall.addTieBreak')}
          </Button>
        )}
      </fieldset>
      <SelectField
        control={control}
        name="fundingPolicy"
        id="call-policy"
        label={t('deskCall.fields.fundingPolicy')}
        options={(['strict', 'skip'] as const).map((value) => ({ value, label: t(`deskCall.policies.${value}`) }))}
      />
      <p className="desk-help">{t('deskCall.help.fundingPolicy')}</p>
      <div className="desk-row">
        <TextInputField control={control} name="reviewersPerApplication" id="call-reviewers" label={t('deskCall.fields.reviewersPerApplication')} helperText={t('deskCall.help.reviewers')} />
        <TextInputField control={control} name="divergenceLimit" id="call-divergence" label={t('deskCall.fields.divergenceLimit')} helperText={t('deskCall.help.divergence')} />
      </div>
    </fieldset>
  );
}

function People({ control, cityId }: { control: Control<CallValues>; cityId: string }) {
  const { t } = useTranslation();
  const deciders = useDeciders();
  const beds = useCityTestbeds(cityId, 'published');
  return (
    <>
      <fieldset className="desk-fieldset">
        <legend>{t('deskCall.fields.deciderIds')}</legend>
        <p className="desk-help">{t('deskCall.help.deciders')}</p>
        {deciders.isPending ? (
          <LoadingSpinner />
        ) : deciders.error || !deciders.data ? (
          <ErrorMessage error={deciders.error} onRetry={() => void deciders.refetch()} />
        ) : deciders.data.length === 0 ? (
          <p>{t('deskCall.noDeciders')}</p>
        ) : (
          <Controller
            control={control}
            name="deciderIds"
            render={({ field }) => <CheckList idPrefix="call-decider" value={field.value} onChange={field.onChange} options={deciders.data.map((d) => ({ value: d.id, label: `${d.displayName} (${d.email})` }))} />}
          />
        )}
      </fieldset>
      <fieldset className="desk-fieldset">
        <legend>{t('deskCall.fields.testbedIds')}</legend>
        <p className="desk-help">{t('deskCall.help.testbeds')}</p>
        {beds.isPending ? (
          <LoadingSpinner />
        ) : beds.error || !beds.data ? (
          <ErrorMessage error={beds.error} onRetry={() => void beds.refetch()} />
        ) : beds.data.items.length === 0 ? (
          <p>{t('deskCall.noBeds')}</p>
        ) : (
          <Controller
            control={control}
            name="testbedIds"
            render={({ field }) => <CheckList idPrefix="call-bed" value={field.value} onChange={field.onChange} options={beds.data.items.map((bed) => ({ value: bed.id, label: bed.name }))} />}
          />
        )}
      </fieldset>
    </>
  );
}
