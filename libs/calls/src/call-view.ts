import { Locale, pickText } from '@kokeilu/platform';
import type { ApplicationField, CallText, Criterion } from './domain/call.js';
import type { CallRecord } from './call.record.js';

export interface CriterionView extends Omit<Criterion, 'name' | 'guidance'> {
  name: string;
  guidance: string | null;
  translations?: { name: CallText; guidance: CallText | null };
}

/** A call as clients see it: each text in the best language the caller accepts. */
export type CallView = Omit<CallRecord, 'title' | 'summary' | 'body' | 'criteria' | 'deciderIds'> & {
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
};

export interface PresentOptions {
  /** Add every language of every text. */
  translations: boolean;
  /** The caller manages the call: add the internal fields (deciders). */
  internal: boolean;
}

const picked = (text: CallText | null, languages: readonly Locale[]) => pickText(text, languages)?.text ?? null;

export function presentCall(record: CallRecord, languages: readonly Locale[], options: PresentOptions): CallView {
  const { title, summary, body, criteria, deciderIds, ...rest } = record;
  const titleText = pickText(title, languages);
  return {
    ...rest,
    language: titleText?.language ?? languages[0],
    title: titleText?.text ?? '',
    summary: picked(summary, languages) ?? '',
    body: picked(body, languages) ?? '',
    criteria: criteria.map((c) => ({
      key: c.key,
      name: picked(c.name, languages) ?? c.key,
      guidance: picked(c.guidance, languages),
      weight: c.weight,
      scale: c.scale,
      threshold: c.threshold,
      ...(options.translations ? { translations: { name: c.name, guidance: c.guidance } } : {}),
    })),
    requiredFields: record.eligibility.requiredFields,
    ...(options.internal ? { deciderIds } : {}),
    ...(options.translations ? { translations: { title, summary, body } } : {}),
  };
}
