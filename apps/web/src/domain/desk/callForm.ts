import type { components } from '../../api/schema';
import type { Call } from '../../api/types';
import { LOCALES, type Locale } from '../app/i18n/locales';
import { fromHelsinkiLocal, toHelsinkiLocal } from './helsinkiTime';
import { centsOf, type Texts } from './testbedForm';

type Create = components['schemas']['CreateCallDto'];
export type CallInput = Omit<Create, 'cityId'>;
type Eligibility = components['schemas']['EligibilityDto'];
export type LeadType = Eligibility['leadOrganisationTypes'][number];
export type RequiredField = Eligibility['requiredFields'][number];

export const FOCUS_AREAS = ['open_innovation_platforms', 'open_data_and_interfaces', 'open_participation_and_customership'] as const;
export const LEAD_TYPES = ['company', 'city_organisation', 'research_organisation', 'association', 'public_body'] as const satisfies readonly LeadType[];
export const REQUIRED_FIELDS = ['title', 'summary', 'plan', 'expectedImpact', 'kpis', 'budgetLines', 'pilotPeriod'] as const satisfies readonly RequiredField[];
export const SIX_CITIES = ['helsinki', 'espoo', 'vantaa', 'tampere', 'turku', 'oulu'];

export interface CriterionValues {
  key: string;
  name: Texts;
  guidance: Texts;
  weight: string;
  min: string;
  max: string;
  step: string;
  threshold: string;
}

export type RankingBasis = Call['rankingBasis'];
export const RANKING_BASES = ['raw', 'calibrated'] as const satisfies readonly RankingBasis[];

export interface CallValues {
  title: Texts;
  summary: Texts;
  body: Texts;
  focusArea: Create['focusArea'];
  /** Helsinki wall-clock times (`datetime-local`). */
  opensAt: string;
  closesAt: string;
  reviewDeadline: string;
  /** Euros, as typed. */
  budget: string;
  maxGrant: string;
  fundingRatePercent: string;
  durationMinMonths: string;
  durationMaxMonths: string;
  fundingSources: { source: string; sharePercent: string }[];
  minOperators: string;
  operatorCities: string[];
  leadTypes: LeadType[];
  ruleMaxGrant: boolean;
  ruleFundingRate: boolean;
  ruleDuration: boolean;
  ruleTestbedsPublished: boolean;
  requiredFields: RequiredField[];
  criteria: CriterionValues[];
  overallThreshold: string;
  tieBreaks: { key: string }[];
  fundingPolicy: Create['fundingPolicy'];
  /** Sent on its own (PUT /calls/:id/ranking-basis): it may change after publishing, until evaluation starts. */
  rankingBasis: RankingBasis;
  reviewersPerApplication: string;
  divergenceLimit: string;
  deciderIds: string[];
  testbedIds: string[];
}

const blank = (): Texts => ({ fi: '', sv: '', en: '' });
const textsOf = (value: Partial<Record<Locale, string>> | null | undefined): Texts => ({ fi: value?.fi ?? '', sv: value?.sv ?? '', en: value?.en ?? '' });
const euros = (cents: number) => (cents / 100).toFixed(2).replace(/\.00$/, '');

export function newCriterion(key = ''): CriterionValues {
  return { key, name: blank(), guidance: blank(), weight: '1', min: '0', max: '5', step: '0.5', threshold: '0' };
}

/** The form for a new call: the usual rules of the programme, to be adjusted. */
export function newCallValues(citySlug: string | null): CallValues {
  return {
    title: blank(),
    summary: blank(),
    body: blank(),
    focusArea: 'open_innovation_platforms',
    opensAt: '',
    closesAt: '',
    reviewDeadline: '',
    budget: '',
    maxGrant: '',
    fundingRatePercent: '75',
    durationMinMonths: '3',
    durationMaxMonths: '12',
    fundingSources: [
      { source: 'ERDF', sharePercent: '60' },
      { source: 'state', sharePercent: '20' },
      { source: 'city', sharePercent: '20' },
    ],
    minOperators: '2',
    operatorCities: citySlug && !SIX_CITIES.includes(citySlug) ? [...SIX_CITIES, citySlug] : [...SIX_CITIES],
    leadTypes: [...LEAD_TYPES],
    ruleMaxGrant: true,
    ruleFundingRate: true,
    ruleDuration: true,
    ruleTestbedsPublished: true,
    requiredFields: [...REQUIRED_FIELDS],
    criteria: [newCriterion('impact'), newCriterion('feasibility')],
    overallThreshold: '0',
    tieBreaks: [],
    fundingPolicy: 'strict',
    rankingBasis: 'raw',
    reviewersPerApplication: '3',
    divergenceLimit: '2',
    deciderIds: [],
    testbedIds: [],
  };
}

/** The form's values for a stored call (with every language, `lang=all`). */
export function callValuesOf(call: Call): CallValues {
  const tr = call.translations;
  return {
    title: textsOf(tr?.title ?? { [call.language]: call.title }),
    summary: textsOf(tr?.summary ?? { [call.language]: call.summary }),
    body: textsOf(tr?.body ?? { [call.language]: call.body }),
    focusArea: call.focusArea,
    opensAt: toHelsinkiLocal(call.opensAt),
    closesAt: toHelsinkiLocal(call.closesAt),
    reviewDeadline: toHelsinkiLocal(call.reviewDeadline),
    budget: euros(call.budgetCents),
    maxGrant: euros(call.maxGrantCents),
    fundingRatePercent: String(call.fundingRatePercent),
    durationMinMonths: String(call.durationMinMonths),
    durationMaxMonths: String(call.durationMaxMonths),
    fundingSources: call.fundingSources.map(({ source, sharePercent }) => ({ source, sharePercent: String(sharePercent) })),
    minOperators: String(call.eligibility.minOperatorsInCities.count),
    operatorCities: [...call.eligibility.minOperatorsInCities.cities],
    leadTypes: [...call.eligibility.leadOrganisationTypes],
    ruleMaxGrant: call.eligibility.maxGrant,
    ruleFundingRate: call.eligibility.fundingRate,
    ruleDuration: call.eligibility.durationMonths,
    ruleTestbedsPublished: call.eligibility.testBedsPublished,
    requiredFields: [...call.eligibility.requiredFields],
    criteria: call.criteria.map((criterion) => criterionValuesOf(criterion, call.language)),
    overallThreshold: String(call.overallThreshold),
    tieBreaks: call.tieBreaks.map((key) => ({ key })),
    fundingPolicy: call.fundingPolicy,
    rankingBasis: call.rankingBasis,
    reviewersPerApplication: String(call.reviewersPerApplication),
    divergenceLimit: String(call.divergenceLimit),
    deciderIds: [...(call.deciderIds ?? [])],
    testbedIds: [...call.testbedIds],
  };
}

function localized(texts: Texts): Partial<Texts> {
  return Object.fromEntries(LOCALES.filter((locale) => texts[locale].trim()).map((locale) => [locale, texts[locale].trim()]));
}

/** A number as typed (a comma or a point), or NaN for the API to name. */
function num(text: string): number {
  const normal = text.trim().replace(',', '.');
  return normal === '' ? Number.NaN : Number(normal);
}

type Criterion = Call['criteria'][number];

function criterionValuesOf(criterion: Criterion, language: Locale): CriterionValues {
  return {
    key: criterion.key,
    name: textsOf(criterion.translations?.name ?? { [language]: criterion.name }),
    guidance: textsOf(criterion.translations?.guidance ?? (criterion.guidance ? { [language]: criterion.guidance } : null)),
    weight: String(criterion.weight),
    min: String(criterion.scale.min),
    max: String(criterion.scale.max),
    step: String(criterion.scale.step),
    threshold: String(criterion.threshold),
  };
}

function criterionInputOf(criterion: CriterionValues): Create['criteria'][number] {
  const guidance = localized(criterion.guidance);
  return {
    key: criterion.key.trim(),
    name: localized(criterion.name),
    guidance: Object.keys(guidance).length ? guidance : null,
    weight: num(criterion.weight),
    scale: { min: num(criterion.min), max: num(criterion.max), step: num(criterion.step) },
    threshold: num(criterion.threshold),
  } as Create['criteria'][number];
}

/** The body the API takes; times go as moments, money as cents, bad numbers as they are for the API to name. */
export function callInputOf(values: CallValues): CallInput {
  return {
    focusArea: values.focusArea,
    title: localized(values.title),
    summary: localized(values.summary),
    body: localized(values.body),
    opensAt: fromHelsinkiLocal(values.opensAt) ?? values.opensAt,
    closesAt: fromHelsinkiLocal(values.closesAt) ?? values.closesAt,
    reviewDeadline: fromHelsinkiLocal(values.reviewDeadline) ?? values.reviewDeadline,
    budgetCents: centsOf(values.budget),
    maxGrantCents: centsOf(values.maxGrant),
    fundingRatePercent: num(values.fundingRatePercent),
    durationMinMonths: num(values.durationMinMonths),
    durationMaxMonths: num(values.durationMaxMonths),
    fundingSources: values.fundingSources.filter((row) => row.source.trim() || row.sharePercent.trim()).map((row) => ({ source: row.source.trim(), sharePercent: num(row.sharePercent) })),
    eligibility: {
      minOperatorsInCities: { count: num(values.minOperators), cities: values.operatorCities },
      leadOrganisationTypes: values.leadTypes,
      maxGrant: values.ruleMaxGrant,
      fundingRate: values.ruleFundingRate,
      durationMonths: values.ruleDuration,
      testBedsPublished: values.ruleTestbedsPublished,
      requiredFields: values.requiredFields,
    },
    criteria: values.criteria.map(criterionInputOf),
    overallThreshold: num(values.overallThreshold),
    tieBreaks: values.tieBreaks.map((row) => row.key).filter(Boolean),
    fundingPolicy: values.fundingPolicy,
    reviewersPerApplication: num(values.reviewersPerApplication),
    divergenceLimit: num(values.divergenceLimit),
    deciderIds: values.deciderIds,
    testbedIds: values.testbedIds,
  } as CallInput;
}

/** The shares of the funding sources added up (whole percent; what cannot be read counts as 0). */
export function shareTotal(sources: CallValues['fundingSources']): number {
  return sources.reduce((sum, row) => sum + (Number.isFinite(num(row.sharePercent)) ? num(row.sharePercent) : 0), 0);
}

/** The highest total the criteria allow (Σ weight × scale max), for the overall threshold's bound. */
export function maxTotal(criteria: CriterionValues[]): number {
  return criteria.reduce((sum, criterion) => sum + (num(criterion.weight) || 0) * (num(criterion.max) || 0), 0);
}

/**
 * What an edit may still change in the call's state, as the API allows (libs/calls
 * domain/editing.ts): everything in a draft; after publishing the texts, opensAt until the call
 * opens, closesAt until it closes and reviewDeadline until funding is decided.
 */
export function editableAfter(state: Call['state']): { rules: boolean; texts: boolean; opensAt: boolean; closesAt: boolean; reviewDeadline: boolean; rankingBasis: boolean } {
  const draft = state === 'draft';
  return {
    rules: draft,
    texts: true,
    opensAt: draft || state === 'scheduled',
    closesAt: draft || state === 'scheduled' || state === 'open',
    reviewDeadline: state !== 'decided',
    // Fixed once the call closes (libs/calls domain/ranking-basis.ts): evaluation starts at the close.
    rankingBasis: draft || state === 'scheduled' || state === 'open',
  };
}

/**
 * The ranking basis to send after saving the call, or null when there is nothing to send: a new
 * call ranks by raw totals unless the form says otherwise; a stored one only while it may change.
 */
export function rankingBasisToSend(values: Pick<CallValues, 'rankingBasis'>, call?: Pick<Call, 'state' | 'rankingBasis'>): RankingBasis | null {
  if (!call) return values.rankingBasis === 'raw' ? null : values.rankingBasis;
  if (!editableAfter(call.state).rankingBasis) return null;
  return values.rankingBasis === call.rankingBasis ? null : values.rankingBasis;
}

/** The part of the body a published call may still send: its texts and the dates still ahead. */
export function publishedEditOf(values: CallValues, state: Call['state']): Partial<CallInput> {
  const input = callInputOf(values);
  const editable = editableAfter(state);
  return {
    title: input.title,
    summary: input.summary,
    body: input.body,
    ...(editable.opensAt ? { opensAt: input.opensAt } : {}),
    ...(editable.closesAt ? { closesAt: input.closesAt } : {}),
    ...(editable.reviewDeadline ? { reviewDeadline: input.reviewDeadline } : {}),
  };
}

type FirstStageBody = Omit<components['schemas']['FirstStageDto'], 'version'>;
type FirstStageView = NonNullable<Call['firstStage']>;
export type InvitationKind = 'count' | 'sharePercent';
export const INVITATION_KINDS = ['count', 'sharePercent'] as const satisfies readonly InvitationKind[];

/** The first stage (ideas) of a two-stage call as its form holds it: the criteria as in the call's form. */
export interface FirstStageValues {
  /** Helsinki wall-clock times (`datetime-local`). */
  opensAt: string;
  closesAt: string;
  reviewDeadline: string;
  criteria: CriterionValues[];
  overallThreshold: string;
  tieBreaks: { key: string }[];
  reviewersPerApplication: string;
  divergenceLimit: string;
  requiredFields: RequiredField[];
  /** Invite the best `invitationValue` ideas, or the best `invitationValue` % of them. */
  invitationKind: InvitationKind;
  invitationValue: string;
}

/** A first stage to be written: ideas read by one reviewer, a title and a page required, the best ten invited. */
export function newFirstStageValues(): FirstStageValues {
  return {
    opensAt: '',
    closesAt: '',
    reviewDeadline: '',
    criteria: [newCriterion('idea')],
    overallThreshold: '0',
    tieBreaks: [],
    reviewersPerApplication: '1',
    divergenceLimit: '2',
    requiredFields: ['title', 'summary'],
    invitationKind: 'count',
    invitationValue: '10',
  };
}

/** The form's values for a stored first stage (read with `lang=all`). */
export function firstStageValuesOf(stage: FirstStageView, language: Locale): FirstStageValues {
  const kind: InvitationKind = stage.invitation.sharePercent !== undefined ? 'sharePercent' : 'count';
  return {
    opensAt: toHelsinkiLocal(stage.opensAt),
    closesAt: toHelsinkiLocal(stage.closesAt),
    reviewDeadline: toHelsinkiLocal(stage.reviewDeadline),
    criteria: stage.criteria.map((criterion) => criterionValuesOf(criterion, language)),
    overallThreshold: String(stage.overallThreshold),
    tieBreaks: stage.tieBreaks.map((key) => ({ key })),
    reviewersPerApplication: String(stage.reviewersPerApplication),
    divergenceLimit: String(stage.divergenceLimit),
    requiredFields: [...(stage.requiredFields as RequiredField[])],
    invitationKind: kind,
    invitationValue: String(stage.invitation[kind] ?? ''),
  };
}

/** The body of PUT /calls/:id/first-stage (without the version): bad numbers go as they are for the API to name. */
export function firstStageInputOf(values: FirstStageValues): FirstStageBody {
  return {
    opensAt: fromHelsinkiLocal(values.opensAt) ?? values.opensAt,
    closesAt: fromHelsinkiLocal(values.closesAt) ?? values.closesAt,
    reviewDeadline: fromHelsinkiLocal(values.reviewDeadline) ?? values.reviewDeadline,
    criteria: values.criteria.map(criterionInputOf),
    overallThreshold: num(values.overallThreshold),
    tieBreaks: values.tieBreaks.map((row) => row.key).filter(Boolean),
    reviewersPerApplication: num(values.reviewersPerApplication),
    divergenceLimit: num(values.divergenceLimit),
    requiredFields: values.requiredFields,
    invitation: { [values.invitationKind]: num(values.invitationValue) },
  } as FirstStageBody;
}

const CRITERION_FIELDS: Record<string, keyof CriterionValues> = { key: 'key', weight: 'weight', threshold: 'threshold', 'scale.min': 'min', 'scale.max': 'max', 'scale.step': 'step' };

/**
 * The form field that shows the API's problem with a first-stage field (`criteria[0].scale.max`
 * is the first criterion's maximum, `invitation.count` the invitation's number), or null for a
 * problem the form names only in its summary.
 */
export function firstStageFieldOf(apiField: string): string | null {
  if (['opensAt', 'closesAt', 'reviewDeadline', 'overallThreshold', 'reviewersPerApplication', 'divergenceLimit'].includes(apiField)) return apiField;
  if (apiField === 'invitation' || apiField.startsWith('invitation.')) return 'invitationValue';
  const criterion = /^criteria\[(\d+)\]\.(.+)$/.exec(apiField);
  if (criterion && CRITERION_FIELDS[criterion[2]]) return `criteria.${criterion[1]}.${CRITERION_FIELDS[criterion[2]]}`;
  return null;
}
