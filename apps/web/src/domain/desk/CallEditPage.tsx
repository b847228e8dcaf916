import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { type Control, Controller, type FieldValues, type Path, useFieldArray, useForm, useWatch } from 'react-hook-form';
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
import { ApiError } from '../app/api/problems';
import { useFeatureMessages } from '../app/i18n/featureMessages';
import { formatDateTime, formatDecimal } from '../app/i18n/format';
import { useLocale } from '../app/i18n/useLocale';
import { paths } from '../app/paths';
import { CallView } from '../calls/CallPage';
import { cityName, useCities } from '../cities/queries';
import {
  type CallValues,
  callInputOf,
  callValuesOf,
  type CriterionValues,
  editableAfter,
  type FirstStageValues,
  firstStageFieldOf,
  firstStageInputOf,
  firstStageValuesOf,
  FOCUS_AREAS,
  INVITATION_KINDS,
  LEAD_TYPES,
  maxTotal,
  newCallValues,
  newCriterion,
  newFirstStageValues,
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
      'firstStage',
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
      {call?.secondStageId && (
        <Notification type="info" label={t('deskCall.stage.isFirstStage')} data-testid="first-stage-of">
          <p>{t('deskCall.stage.isFirstStageHelp')}</p>
          <Link to={paths.deskCall(locale, call.secondStageId)}>{t('deskCall.stage.toFullCall')}</Link>
        </Notification>
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
          {call?.state === 'draft' && !call.secondStageId && (
            <Button type="button" variant="secondary" disabled={pending || formState.isDirty} onClick={() => publish.mutate()}>
              {t('deskCall.publish')}
            </Button>
          )}
        </div>
        {call?.state === 'draft' && !call.secondStageId && <p className="desk-help">{t(formState.isDirty ? 'deskCall.saveBeforePublish' : 'deskCall.publishHelp')}</p>}
      </form>
      {call && !call.secondStageId && <FirstStage call={call} stored={stored} />}
      <p>
        <Link to={paths.deskCalls(locale, city.id)}>{t('deskCall.back')}</Link>
      </p>
    </>
  );
}

type Times = { opensAt: string; closesAt: string; reviewDeadline: string };

/** A moment in Helsinki time, with the API's problem with it under it (set with `setError`). */
function DateTime<T extends FieldValues & Times>({
  control,
  name,
  label,
  disabled,
  idPrefix = 'call',
}: {
  control: Control<T>;
  name: keyof Times;
  label: string;
  disabled: boolean;
  idPrefix?: string;
}) {
  const { t } = useTranslation();
  const id = `${idPrefix}-${name}`;
  return (
    <Controller
      control={control}
      name={name as Path<T>}
      render={({ field, fieldState }) => (
        <div className={fieldState.error ? 'hds-text-input hds-text-input--invalid' : 'hds-text-input'}>
          <label htmlFor={id} className="hds-text-input__label">
            {label}
            <span className="hds-text-input__required">*</span>
          </label>
          <div className="hds-text-input__input-wrapper">
            <input
              id={id}
              ref={field.ref}
              className="hds-text-input__input"
              type="datetime-local"
              value={field.value as string}
              onChange={(event) => field.onChange(event.target.value)}
              disabled={disabled}
              aria-describedby={`${id}-helper${fieldState.error ? ` ${id}-error` : ''}`}
              aria-invalid={fieldState.error ? true : undefined}
              required
            />
          </div>
          {fieldState.error && (
            <span id={`${id}-error`} className="hds-text-input__error-text">
              {fieldState.error.message}
            </span>
          )}
          <span id={`${id}-helper`} className="hds-text-input__helper-text">
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

/** What the call's form and its first stage's form share: criteria, an overall threshold and tie-breaks. */
type CriteriaForm = { criteria: CriterionValues[]; overallThreshold: string; tieBreaks: { key: string }[] };

/** The criteria of the call or of its first stage (`idPrefix` keeps their fields apart on one page). */
function Criteria<T extends FieldValues & CriteriaForm>({ control: of, idPrefix = 'call' }: { control: Control<T>; idPrefix?: string }) {
  const { t } = useTranslation();
  // Both forms hold the same fields under the same names.
  const control = of as unknown as Control<CriteriaForm>;
  const { fields, append, remove } = useFieldArray({ control, name: 'criteria' });
  return (
    <fieldset className="desk-fieldset">
      <legend>{t('deskCall.fields.criteria')}</legend>
      <p className="desk-help">{t('deskCall.help.criteria')}</p>
      {fields.map((field, index) => (
        <fieldset key={field.id} className="desk-fieldset" data-testid="criterion">
          <legend>{t('deskCall.criterion', { n: index + 1 })}</legend>
          <TextInputField control={control} name={`criteria.${index}.key`} id={`${idPrefix}-criterion-${index}-key`} label={t('deskCall.criterionKey')} helperText={t('deskCall.help.criterionKey')} />
          <LocalizedFields control={control} name={`criteria.${index}.name`} idPrefix={`${idPrefix}-criterion-${index}-name`} legend={t('deskCall.criterionName', { n: index + 1 })} required />
          <LocalizedFields control={control} name={`criteria.${index}.guidance`} idPrefix={`${idPrefix}-criterion-${index}-guidance`} legend={t('deskCall.criterionGuidance', { n: index + 1 })} help={t('deskCall.help.guidance')} multiline />
          <div className="desk-row">
            <TextInputField control={control} name={`criteria.${index}.weight`} id={`${idPrefix}-criterion-${index}-weight`} label={t('deskCall.weight')} />
            <TextInputField control={control} name={`criteria.${index}.min`} id={`${idPrefix}-criterion-${index}-min`} label={t('deskCall.scaleMin')} />
            <TextInputField control={control} name={`criteria.${index}.max`} id={`${idPrefix}-criterion-${index}-max`} label={t('deskCall.scaleMax')} />
            <TextInputField control={control} name={`criteria.${index}.step`} id={`${idPrefix}-criterion-${index}-step`} label={t('deskCall.scaleStep')} />
            <TextInputField control={control} name={`criteria.${index}.threshold`} id={`${idPrefix}-criterion-${index}-threshold`} label={t('deskCall.threshold')} />
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

/** The overall threshold (with the highest total the criteria allow) and the criteria that break ties, in order. */
function ThresholdAndTieBreaks<T extends FieldValues & CriteriaForm>({ control: of, idPrefix = 'call' }: { control: Control<T>; idPrefix?: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const control = of as unknown as Control<CriteriaForm>;
  const criteria = useWatch({ control, name: 'criteria' });
  const { fields, append, remove } = useFieldArray({ control, name: 'tieBreaks' });
  const keys = criteria.map((criterion) => criterion.key.trim()).filter(Boolean);
  return (
    <>
      <TextInputField
        control={control}
        name="overallThreshold"
        id={`${idPrefix}-overall`}
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
              id={`${idPrefix}-tiebreak-${index}`}
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
    </>
  );
}

function Scoring({ control }: { control: Control<CallValues> }) {
  const { t } = useTranslation();
  return (
    <fieldset className="desk-fieldset">
      <legend>{t('deskCall.scoring')}</legend>
      <ThresholdAndTieBreaks control={control} />
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

/**
 * A call's first stage (ideas): while the call is a draft, added or changed in a form of its own
 * (its dates, criteria and threshold as in the call's form, reviewers per idea and how many ideas
 * are invited), each of the API's problems shown at its field; once published, what it is and the
 * way to its own desk page, where its ideas are checked, evaluated and ranked.
 */
function FirstStage({ call, stored }: { call: Call; stored: (saved: Call) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const stage = call.firstStage;
  const [adding, setAdding] = useState(false);
  if (call.state !== 'draft' && !stage) return null;
  return (
    <section className="desk-section" aria-labelledby="first-stage-heading" data-testid="first-stage">
      <h2 id="first-stage-heading">{t('deskCall.stage.title')}</h2>
      <p className="desk-help">{t('deskCall.stage.help')}</p>
      {call.state !== 'draft' && stage ? (
        <>
          <dl className="facts" data-testid="first-stage-facts">
            <dt>{t('deskCall.state')}</dt>
            <dd>
              <StatusLabel type={CALL_STATUS[stage.state]}>{t(callStateKey(stage.state))}</StatusLabel>
            </dd>
            <dt>{t('deskCall.stage.opensAt')}</dt>
            <dd>{formatDateTime(stage.opensAt, locale)}</dd>
            <dt>{t('deskCall.stage.closesAt')}</dt>
            <dd>{formatDateTime(stage.closesAt, locale)}</dd>
            <dt>{t('deskCall.stage.reviewDeadline')}</dt>
            <dd>{formatDateTime(stage.reviewDeadline, locale)}</dd>
            <dt>{t('deskCall.stage.reviewers')}</dt>
            <dd>{stage.reviewersPerApplication}</dd>
            <dt>{t('deskCall.stage.invitation')}</dt>
            <dd>{stage.invitation.sharePercent !== undefined ? t('deskCall.stage.inviteShare', { percent: stage.invitation.sharePercent }) : t('deskCall.stage.inviteCount', { count: stage.invitation.count ?? 0 })}</dd>
          </dl>
          <p>
            <Link to={paths.deskCall(locale, stage.callId)}>{t('deskCall.stage.toFirstStage')}</Link>
            {' · '}
            <Link to={paths.deskCallApplications(locale, stage.callId)}>{t('deskCall.stage.ideas')}</Link>
          </p>
        </>
      ) : stage || adding ? (
        <FirstStageForm call={call} stored={stored} focusFirst={adding} />
      ) : (
        <Button type="button" variant="secondary" onClick={() => setAdding(true)}>
          {t('deskCall.stage.add')}
        </Button>
      )}
    </section>
  );
}

function FirstStageForm({ call, stored, focusFirst }: { call: Call; stored: (saved: Call) => void; focusFirst: boolean }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { control, handleSubmit, setError, setFocus, formState } = useForm<FirstStageValues>({
    defaultValues: call.firstStage ? firstStageValuesOf(call.firstStage, call.language) : newFirstStageValues(),
  });
  const [problem, setProblem] = useState<unknown>(null);
  const kind = useWatch({ control, name: 'invitationKind' });
  useEffect(() => {
    if (focusFirst) setFocus('opensAt');
  }, [focusFirst, setFocus]);
  const labels: Record<string, string> = {
    opensAt: t('deskCall.stage.opensAt'),
    closesAt: t('deskCall.stage.closesAt'),
    reviewDeadline: t('deskCall.stage.reviewDeadline'),
    criteria: t('deskCall.fields.criteria'),
    overallThreshold: t('deskCall.fields.overallThreshold'),
    tieBreaks: t('deskCall.fields.tieBreaks'),
    reviewersPerApplication: t('deskCall.stage.reviewers'),
    divergenceLimit: t('deskCall.fields.divergenceLimit'),
    requiredFields: t('deskCall.stage.requiredFields'),
    invitation: t('deskCall.stage.invitation'),
  };
  const save = useMutation({
    mutationFn: (values: FirstStageValues) =>
      unwrap(api.PUT('/api/v1/calls/{id}/first-stage', { params: { path: { id: call.id } }, body: { ...firstStageInputOf(values), version: call.version } })) as Promise<Call>,
    onMutate: () => setProblem(null),
    onSuccess: (saved) => {
      announce(t('deskCall.stage.saved'));
      stored(saved);
    },
    onError: (error) => {
      setProblem(error);
      if (!(error instanceof ApiError)) return;
      let first = true;
      for (const each of error.fieldErrors) {
        const field = firstStageFieldOf(each.field);
        if (!field) continue;
        setError(field as Path<FirstStageValues>, { message: each.message }, { shouldFocus: first });
        first = false;
      }
    },
  });
  return (
    <form className="form desk-form" onSubmit={handleSubmit((values) => save.mutate(values))} noValidate data-testid="first-stage-form">
      {problem ? <ProblemMessage error={problem} labels={labels} /> : null}
      <fieldset className="desk-fieldset">
        <legend>{t('deskCall.stage.schedule')}</legend>
        <p className="desk-help">{t('deskCall.stage.scheduleHelp')}</p>
        <div className="desk-row desk-row--top">
          <DateTime control={control} name="opensAt" idPrefix="stage" label={labels.opensAt} disabled={false} />
          <DateTime control={control} name="closesAt" idPrefix="stage" label={labels.closesAt} disabled={false} />
          <DateTime control={control} name="reviewDeadline" idPrefix="stage" label={labels.reviewDeadline} disabled={false} />
        </div>
      </fieldset>
      <Criteria control={control} idPrefix="stage" />
      <fieldset className="desk-fieldset">
        <legend>{t('deskCall.scoring')}</legend>
        <ThresholdAndTieBreaks control={control} idPrefix="stage" />
        <div className="desk-row">
          <TextInputField control={control} name="reviewersPerApplication" id="stage-reviewers" label={labels.reviewersPerApplication} helperText={t('deskCall.stage.reviewersHelp')} />
          <TextInputField control={control} name="divergenceLimit" id="stage-divergence" label={labels.divergenceLimit} helperText={t('deskCall.help.divergence')} />
        </div>
      </fieldset>
      <fieldset className="desk-fieldset">
        <legend>{labels.requiredFields}</legend>
        <Controller
          control={control}
          name="requiredFields"
          render={({ field }) => <CheckList idPrefix="stage-required" value={field.value} onChange={field.onChange} options={REQUIRED_FIELDS.map((value) => ({ value, label: t(`applicationFields.${value}`) }))} />}
        />
      </fieldset>
      <fieldset className="desk-fieldset">
        <legend>{labels.invitation}</legend>
        <p className="desk-help">{t('deskCall.stage.invitationHelp')}</p>
        <div className="desk-row">
          <SelectField control={control} name="invitationKind" id="stage-invitation-kind" label={t('deskCall.stage.inviteBy')} options={INVITATION_KINDS.map((value) => ({ value, label: t(`deskCall.stage.inviteKinds.${value}`) }))} />
          <TextInputField control={control} name="invitationValue" id="stage-invitation-value" label={t(kind === 'count' ? 'deskCall.stage.inviteHowMany' : 'deskCall.stage.inviteWhatShare')} required />
        </div>
      </fieldset>
      <div className="actions">
        <Button type="submit" disabled={save.isPending}>
          {t('deskCall.stage.save')}
        </Button>
      </div>
      {formState.isDirty && <p className="desk-help">{t('deskCall.stage.saveBeforePublish')}</p>}
    </form>
  );
}
