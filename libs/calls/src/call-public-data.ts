import { Inject, Injectable } from '@nestjs/common';
import ical, { ICalEventTransparency } from 'ical-generator';
import type { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig, csvStream, decodeCursor, DomainError, encodeCursor, isUuid, joinList, keysetBatches, Locale, oneLine, pickText, safeText } from '@kokeilu/platform';
import { CALL_LOCALES, CallState, CallText, FocusArea, FundingSource } from './domain/call.js';
import { CALL_COLUMNS, CALL_FROM, CallRecord } from './call.record.js';
import type { RankingBasis } from './domain/ranking-basis.js';
import type { InvitationRule } from './domain/stages.js';

/**
 * Published calls as public data: an iCal feed of their deadlines, and JSON and CSV. Everything a
 * published call says is public; left out are the decider ids (people) and the internal version.
 */

export const CALLS_ATTRIBUTION = 'Kokeilu – kaupunkien avoimet haut / open calls of the cities';
/** Calls that closed longer ago drop out of the deadline feed, which would otherwise only ever grow. */
export const CALENDAR_HISTORY_DAYS = 365;
export const OPEN_DATA_CALLS_MAX_PAGE = 500;

export interface CallPublicLinks {
  callUrl(id: string): string;
  feedUrl(): string;
}

export interface DeadlineEvent {
  uid: string;
  at: Date;
  summary: string;
  description: string;
  url: string;
  stamp: Date;
}

/**
 * Two events per call, at its opening and at its closing; both instants, shown in the reader's
 * zone. A first stage (`call.secondStageId` set) is no call of its own: its two events are the
 * ideas' opening and deadline of the call it leads to, under that call's address.
 */
export function deadlineEvents(call: CallRecord, languages: readonly Locale[], links: CallPublicLinks): DeadlineEvent[] {
  // A title is one line in a calendar; the summary may keep its lines (ical-generator escapes them as \n).
  const title = oneLine(pickText(call.title, languages)?.text ?? '');
  const summary = pickText(call.summary, languages)?.text ?? '';
  if (call.secondStageId) {
    const url = links.callUrl(call.secondStageId);
    return [
      { uid: `call-${call.secondStageId}-ideas-open@kokeilu`, at: call.opensAt, summary: `Ideavaihe avautuu / First stage (ideas) opens: ${title}`, description: summary, url, stamp: call.updatedAt },
      { uid: `call-${call.secondStageId}-ideas-close@kokeilu`, at: call.closesAt, summary: `Ideavaihe sulkeutuu / First stage (ideas) closes: ${title}`, description: summary, url, stamp: call.updatedAt },
    ];
  }
  const url = links.callUrl(call.id);
  return [
    { uid: `call-${call.id}-opens@kokeilu`, at: call.opensAt, summary: `Haku avautuu / Call opens: ${title}`, description: summary, url, stamp: call.updatedAt },
    { uid: `call-${call.id}-closes@kokeilu`, at: call.closesAt, summary: `Haku sulkeutuu / Call closes: ${title}`, description: summary, url, stamp: call.updatedAt },
  ];
}

/** The feed as iCalendar text (RFC 5545): zero-length, transparent events (a deadline takes no time). */
export function renderDeadlineCalendar(events: readonly DeadlineEvent[], url: string): string {
  const calendar = ical({
    name: 'Kokeilu: avoimien hakujen määräajat / open call deadlines',
    description: 'Avautuvat ja sulkeutuvat haut / Calls opening and closing',
    url,
    // Times stay in UTC (with Z): a calendar zone without a VTIMEZONE block would make them floating local times.
    ttl: 3600,
    prodId: { company: 'Kokeilu', product: 'Open calls', language: 'EN' },
  });
  for (const event of events) {
    calendar.createEvent({
      id: event.uid,
      start: event.at,
      end: event.at,
      stamp: event.stamp,
      summary: event.summary,
      description: event.description,
      url: event.url,
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  return calendar.toString();
}

/**
 * The first stage (ideas) of a two-stage call, as open data: not a funding call of its own (it
 * funds nothing and its ideas get no grants), so it is told inside the call it leads to.
 */
export interface OpenDataFirstStage {
  /** Ideas are applications to this id; the full proposals of the invited ones go to the call. */
  callId: string;
  state: CallState;
  opensAt: string;
  closesAt: string;
  reviewDeadline: string;
  /** How many of the best ideas are invited to the second stage: a number, or a share of those evaluated. */
  invitation: InvitationRule;
}

/** A call as open data: every language as stored, money in euro cents. */
export interface OpenDataCall {
  id: string;
  url: string;
  /** The owning city's slug; null for a national call. */
  city: string | null;
  state: CallState;
  focusArea: FocusArea;
  title: CallText;
  summary: CallText;
  body: CallText;
  opensAt: string;
  closesAt: string;
  reviewDeadline: string;
  currency: 'EUR';
  budgetCents: number;
  fundingSources: FundingSource[];
  fundingRatePercent: number;
  maxGrantCents: number;
  durationMinMonths: number;
  durationMaxMonths: number;
  testbedIds: string[];
  /** Whether the ranking uses raw or calibrated totals. */
  rankingBasis: RankingBasis;
  /** The first stage of a two-stage call (applications start there, as ideas); null for a one-stage call. */
  firstStage: OpenDataFirstStage | null;
  publishedAt: string | null;
  updatedAt: string;
}

/** The first stage's public fields, copied one by one like the call's. */
export function openDataFirstStage(stage: CallRecord): OpenDataFirstStage {
  // A first stage always holds its rule (the calls_first_stage_invitation check).
  const rule = stage.invitation as InvitationRule;
  return {
    callId: stage.id,
    state: stage.state,
    opensAt: stage.opensAt.toISOString(),
    closesAt: stage.closesAt.toISOString(),
    reviewDeadline: stage.reviewDeadline.toISOString(),
    invitation: 'count' in rule ? { count: rule.count } : { sharePercent: rule.sharePercent },
  };
}

/**
 * Copies the public fields one by one, so a field added to calls stays out until it is added
 * here. `firstStage` is the call's first stage when it has one.
 */
export function openDataCall(call: CallRecord, links: CallPublicLinks, firstStage: CallRecord | null = null): OpenDataCall {
  return {
    id: call.id,
    url: links.callUrl(call.id),
    city: call.citySlug,
    state: call.state,
    focusArea: call.focusArea,
    title: call.title,
    summary: call.summary,
    body: call.body,
    opensAt: call.opensAt.toISOString(),
    closesAt: call.closesAt.toISOString(),
    reviewDeadline: call.reviewDeadline.toISOString(),
    currency: 'EUR',
    budgetCents: call.budgetCents,
    fundingSources: call.fundingSources,
    fundingRatePercent: call.fundingRatePercent,
    maxGrantCents: call.maxGrantCents,
    durationMinMonths: call.durationMinMonths,
    durationMaxMonths: call.durationMaxMonths,
    testbedIds: call.testbedIds,
    rankingBasis: call.rankingBasis,
    firstStage: firstStage ? openDataFirstStage(firstStage) : null,
    publishedAt: call.publishedAt ? call.publishedAt.toISOString() : null,
    updatedAt: call.updatedAt.toISOString(),
  };
}

const localizedColumns = <F extends string>(field: F) => CALL_LOCALES.map((locale) => `${field}_${locale}` as const);

/** The CSV header, in order. Texts get a column per language; the full text is left to the JSON. */
export const CALLS_CSV_COLUMNS = [
  'id',
  'url',
  'city',
  'state',
  'focus_area',
  ...localizedColumns('title'),
  ...localizedColumns('summary'),
  'opens_at',
  'closes_at',
  'review_deadline',
  'currency',
  'budget_cents',
  'funding_sources',
  'funding_rate_percent',
  'max_grant_cents',
  'duration_min_months',
  'duration_max_months',
  'testbed_ids',
  'published_at',
  'updated_at',
  'first_stage_call_id',
  'first_stage_opens_at',
  'first_stage_closes_at',
  'first_stage_review_deadline',
  'first_stage_invitation',
] as const;

export type CallsCsvRecord = Record<(typeof CALLS_CSV_COLUMNS)[number], string>;

function localizedCells(field: 'title' | 'summary', text: CallText): Record<string, string> {
  return Object.fromEntries(CALL_LOCALES.map((locale) => [`${field}_${locale}`, safeText(text[locale] ?? '')]));
}

/** One CSV row; funding sources as `source:share` joined with `;` (e.g. `ERDF:60;state:20;city:20`). */
export function callCsvRecord(call: OpenDataCall): CallsCsvRecord {
  return {
    id: call.id,
    url: call.url,
    city: call.city ?? 'national',
    state: call.state,
    focus_area: call.focusArea,
    ...(localizedCells('title', call.title) as Record<`title_${(typeof CALL_LOCALES)[number]}`, string>),
    ...(localizedCells('summary', call.summary) as Record<`summary_${(typeof CALL_LOCALES)[number]}`, string>),
    opens_at: call.opensAt,
    closes_at: call.closesAt,
    review_deadline: call.reviewDeadline,
    currency: call.currency,
    budget_cents: String(call.budgetCents),
    funding_sources: safeText(joinList(call.fundingSources.map((s) => `${s.source}:${s.sharePercent}`))),
    funding_rate_percent: String(call.fundingRatePercent),
    max_grant_cents: String(call.maxGrantCents),
    duration_min_months: String(call.durationMinMonths),
    duration_max_months: String(call.durationMaxMonths),
    testbed_ids: joinList(call.testbedIds),
    published_at: call.publishedAt ?? '',
    updated_at: call.updatedAt,
    first_stage_call_id: call.firstStage?.callId ?? '',
    first_stage_opens_at: call.firstStage?.opensAt ?? '',
    first_stage_closes_at: call.firstStage?.closesAt ?? '',
    first_stage_review_deadline: call.firstStage?.reviewDeadline ?? '',
    first_stage_invitation: call.firstStage ? invitationCell(call.firstStage.invitation) : '',
  };
}

/** `count:3` (the best three ideas) or `share:25` (the best quarter of those evaluated). */
function invitationCell(rule: InvitationRule): string {
  return 'count' in rule ? `count:${rule.count}` : `share:${rule.sharePercent}`;
}

/** The calls as CSV (see `csvStream`). */
export function callsCsv(calls: AsyncIterable<OpenDataCall>): Readable {
  return csvStream(calls, CALLS_CSV_COLUMNS, callCsvRecord);
}

const CURSOR_SCOPE = 'open-data-calls';

/** The public feeds and files of calls; nothing here checks a caller, because nothing here is private. */
@Injectable()
export class CallPublicData {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  readonly links: CallPublicLinks = {
    callUrl: (id) => `${this.apiUrl()}/calls/${id}`,
    feedUrl: () => `${this.apiUrl()}/calendar/calls.ics`,
  };

  /** Openings and closings of every published call that closed within the last year or is still ahead. */
  async calendar(languages: readonly Locale[]): Promise<string> {
    const rows: CallRecord[] = await this.dataSource.query(
      `SELECT ${CALL_COLUMNS} FROM ${CALL_FROM}
        WHERE c.state <> 'draft' AND c.closes_at >= now() - make_interval(days => $1::int)
        ORDER BY c.opens_at, c.id`,
      [CALENDAR_HISTORY_DAYS],
    );
    return renderDeadlineCalendar(
      rows.flatMap((row) => deadlineEvents(row, languages, this.links)),
      this.links.feedUrl(),
    );
  }

  async page(limit: number, cursor?: string): Promise<{ items: OpenDataCall[]; total: number; nextCursor: string | null }> {
    const after = cursor === undefined ? null : this.decode(cursor);
    const [records, [{ total }]] = await Promise.all([
      this.batch(after, limit + 1),
      this.dataSource.query(`SELECT count(*)::int AS total FROM calls WHERE state <> 'draft' AND second_stage_id IS NULL`) as Promise<{ total: number }[]>,
    ]);
    const items = records.slice(0, limit);
    const last = items[items.length - 1];
    return { items, total, nextCursor: records.length > limit && last ? encodeCursor(CURSOR_SCOPE, last.id) : null };
  }

  /** Every published call, read in batches so that memory stays flat. */
  async *all(batchSize = OPEN_DATA_CALLS_MAX_PAGE): AsyncGenerator<OpenDataCall> {
    yield* keysetBatches((after, limit) => this.batch(after, limit), batchSize);
  }

  /** Published calls in id order, each with its first stage; a first stage is no item of its own. */
  private async batch(after: string | null, limit: number): Promise<OpenDataCall[]> {
    const rows: CallRecord[] = await this.dataSource.query(
      `SELECT ${CALL_COLUMNS} FROM ${CALL_FROM}
        WHERE c.state <> 'draft' AND c.second_stage_id IS NULL AND ($1::uuid IS NULL OR c.id > $1::uuid)
        ORDER BY c.id LIMIT $2`,
      [after, limit],
    );
    const stageIds = rows.map((row) => row.firstStageId).filter((id): id is string => id !== null);
    const stages: CallRecord[] = stageIds.length ? await this.dataSource.query(`SELECT ${CALL_COLUMNS} FROM ${CALL_FROM} WHERE c.id = ANY($1::uuid[])`, [stageIds]) : [];
    const stageOf = new Map(stages.map((stage) => [stage.id, stage]));
    return rows.map((row) => openDataCall(row, this.links, row.firstStageId ? (stageOf.get(row.firstStageId) ?? null) : null));
  }

  private decode(cursor: string): string {
    const [scope, id] = decodeCursor(cursor);
    if (scope !== CURSOR_SCOPE || !isUuid(id)) throw DomainError.invalid('cursor', 'is not a cursor this API issued');
    return id;
  }

  private apiUrl(): string {
    return `${this.config.PUBLIC_URL.replace(/\/+$/, '')}/api/v1`;
  }
}
