import { Locale, pickText } from '@kokeilu/platform';
import type { ApplicationField, CallText, Criterion } from './domain/call.js';
import type { CallRecord } from './call.record.js';

export interface CriterionView extends Omit<Criterion, 'name' | 'guidance'> {
  name: string;
  guidance: string | null;
  translations?: { name: CallText; guidance: CallText | null };
}

/** A call as clients see it: each text in the best language the caller accepts. */
/** The first stage of a two-stage call as shown with the call: what an idea is judged by and when. */
export interface FirstStageView {
  callId: string;
  state: CallRecord['state'];
  opensAt: Date;
  closesAt: Date;
  reviewDeadline: Date;
  criteria: CriterionView[];
  overallThreshold: number;
  tieBreaks: string[];
  reviewersPerApplication: number;
  divergenceLimit: number;
  requiredFields: ApplicationField[];
  invitation: NonNullable<CallRecord['invitation']>;
}

export type CallView = Omit<CallRecord, 'title' | 'summary' | 'body' | 'criteria' | 'deciderIds' | 'firstStage'> & {
  /** The language of `title`; the other texts are picked the same way but may fall back differently. */
  language: Locale;
  title: string;
  summary: string;
  body: string;
  criteria: CriterionView[];
  /** Mirrors eligibility.requiredFields: what an application must fill in. */
  requiredFields: ApplicationField[];
  /** Who approves the funding proposal; shown to those who manage the call. */
  deciderIds?: string[];
  translations?: { title: CallText; summary: CallText; body: CallText };
  /** The first stage (ideas) of a two-stage call; null for a one-stage call and on the first stage itself. */
  firstStage: FirstStageView | null;
};

export interface PresentOptions {
  /** Add every language of every text. */
  translations: boolean;
  /** The caller manages the call: add the internal fields (deciders). */
  internal: boolean;
}

const picked = (text: CallText | null, languages: readonly Locale[]) => pickText(text, languages)?.text ?? null;

function presentCriteria(criteria: readonly Criterion[], languages: readonly Locale[], options: PresentOptions): CriterionView[] {
  return criteria.map((c) => ({
    key: c.key,
    name: picked(c.name, languages) ?? c.key,
    guidance: picked(c.guidance, languages),
    weight: c.weight,
    scale: c.scale,
    threshold: c.threshold,
    ...(options.translations ? { translations: { name: c.name, guidance: c.guidance } } : {}),
  }));
}

function presentFirstStage(stage: CallRecord, languages: readonly Locale[], options: PresentOptions): FirstStageView {
  return {
    callId: stage.id,
    state: stage.state,
    opensAt: stage.opensAt,
    closesAt: stage.closesAt,
    reviewDeadline: stage.reviewDeadline,
    criteria: presentCriteria(stage.criteria, languages, options),
    overallThreshold: stage.overallThreshold,
    tieBreaks: stage.tieBreaks,
    reviewersPerApplication: stage.reviewersPerApplication,
    divergenceLimit: stage.divergenceLimit,
    requiredFields: stage.eligibility.requiredFields,
    invitation: stage.invitation!,
  };
}

export function presentCall(record: CallRecord, languages: readonly Locale[], options: PresentOptions): CallView {
  const { title, summary, body, criteria, deciderIds, firstStage, ...rest } = record;
  const titleText = pickText(title, languages);
  return {
    ...rest,
    language: titleText?.language ?? languages[0],
    title: titleText?.text ?? '',
    summary: picked(summary, languages) ?? '',
    body: picked(body, languages) ?? '',
    criteria: presentCriteria(criteria, languages, options),
    firstStage: firstStage ? presentFirstStage(firstStage, languages, options) : null,
    requiredFields: record.eligibility.requiredFields,
    ...(options.internal ? { deciderIds } : {}),
    ...(options.translations ? { translations: { title, summary, body } } : {}),
  };
}
