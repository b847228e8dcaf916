import { defaultEligibility } from './domain/validation.js';
import { callCsvRecord, CALLS_CSV_COLUMNS, deadlineEvents, openDataCall, renderDeadlineCalendar } from './call-public-data.js';
import type { CallRecord } from './call.record.js';
import { presentCall } from './call-view.js';

const links = { callUrl: (id: string) => `https://kokeilu.example/api/v1/calls/${id}`, feedUrl: () => 'https://kokeilu.example/api/v1/calendar/calls.ics' };

const record: CallRecord = {
  id: 'c1',
  cityId: 'city-1',
  citySlug: 'oulu',
  state: 'open',
  focusArea: 'open_data_and_interfaces',
  title: { fi: 'Datapilotit', en: 'Data pilots' },
  summary: { fi: '=Rahaa kokeiluille' },
  body: { fi: 'Koko teksti' },
  opensAt: new Date('2027-03-01T07:00:00Z'),
  closesAt: new Date('2027-04-15T13:00:00Z'),
  reviewDeadline: new Date('2027-05-31T13:00:00Z'),
  budgetCents: 100_000_000,
  fundingSources: [
    { source: 'ERDF', sharePercent: 60 },
    { source: 'state', sharePercent: 40 },
  ],
  fundingRatePercent: 75,
  maxGrantCents: 20_000_000,
  durationMinMonths: 3,
  durationMaxMonths: 12,
  eligibility: defaultEligibility(),
  criteria: [{ key: 'impact', name: { fi: 'Vaikuttavuus', en: 'Impact' }, guidance: null, weight: 2, scale: { min: 0, max: 5, step: 0.5 }, threshold: 2 }],
  overallThreshold: 4,
  tieBreaks: [],
  fundingPolicy: 'strict',
  reviewersPerApplication: 3,
  divergenceLimit: 2,
  deciderIds: ['decider-1'],
  testbedIds: ['bed-1', 'bed-2'],
  rankingBasis: 'raw',
  secondStageId: null,
  invitation: null,
  firstStageId: null,
  version: 3,
  publishedAt: new Date('2027-02-01T10:00:00Z'),
  openedAt: new Date('2027-03-01T07:00:00Z'),
  closedAt: null,
  createdAt: new Date('2027-01-01T10:00:00Z'),
  updatedAt: new Date('2027-03-01T07:00:00Z'),
};

/** The first stage (ideas) of `record` made a two-stage call. */
const firstStage: CallRecord = {
  ...record,
  id: 's1',
  state: 'decided',
  opensAt: new Date('2027-02-01T07:00:00Z'),
  closesAt: new Date('2027-02-20T13:00:00Z'),
  reviewDeadline: new Date('2027-02-27T13:00:00Z'),
  secondStageId: 'c1',
  invitation: { sharePercent: 25 },
};

describe('presentCall', () => {
  it('picks the texts by language and shows deciders only to those who run the call', () => {
    const view = presentCall(record, ['sv', 'en'], { translations: false, internal: false });
    expect(view).toMatchObject({ language: 'en', title: 'Data pilots', summary: '=Rahaa kokeiluille', criteria: [{ key: 'impact', name: 'Impact', guidance: null }] });
    expect(view.requiredFields).toEqual(record.eligibility.requiredFields);
    expect(view).not.toHaveProperty('deciderIds');
    expect(view).not.toHaveProperty('translations');
    const internal = presentCall(record, ['fi'], { translations: true, internal: true });
    expect(internal).toMatchObject({ deciderIds: ['decider-1'], translations: { title: record.title }, criteria: [{ translations: { name: record.criteria[0].name } }] });
  });
});

describe('deadline calendar', () => {
  it('has an opening and a closing event per call, in UTC', () => {
    const events = deadlineEvents(record, ['fi'], links);
    expect(events.map((e) => [e.uid, e.at.toISOString(), e.summary])).toEqual([
      ['call-c1-opens@kokeilu', '2027-03-01T07:00:00.000Z', 'Haku avautuu / Call opens: Datapilotit'],
      ['call-c1-closes@kokeilu', '2027-04-15T13:00:00.000Z', 'Haku sulkeutuu / Call closes: Datapilotit'],
    ]);
    const text = renderDeadlineCalendar(events, links.feedUrl());
    expect(text).toContain('DTSTART:20270301T070000Z');
    expect(text).toContain('DTSTART:20270415T130000Z');
  });

  it('tells a first stage as the ideas’ opening and deadline of the call it leads to, at that call’s address', () => {
    const events = deadlineEvents(firstStage, ['en'], links);
    expect(events.map((e) => [e.uid, e.at.toISOString(), e.summary, e.url])).toEqual([
      ['call-c1-ideas-open@kokeilu', '2027-02-01T07:00:00.000Z', 'Ideavaihe avautuu / First stage (ideas) opens: Data pilots', links.callUrl('c1')],
      ['call-c1-ideas-close@kokeilu', '2027-02-20T13:00:00.000Z', 'Ideavaihe sulkeutuu / First stage (ideas) closes: Data pilots', links.callUrl('c1')],
    ]);
  });
});

describe('open data', () => {
  it('leaves out deciders and internal fields', () => {
    const item = openDataCall(record, links);
    expect(JSON.stringify(item)).not.toContain('decider-1');
    expect(item).not.toHaveProperty('version');
    expect(item).toMatchObject({ city: 'oulu', currency: 'EUR', url: links.callUrl('c1'), opensAt: '2027-03-01T07:00:00.000Z' });
  });

  it('writes one CSV record with a cell per column, formulas defused', () => {
    const row = callCsvRecord(openDataCall({ ...record, citySlug: null, cityId: null }, links));
    expect(Object.keys(row)).toEqual([...CALLS_CSV_COLUMNS]);
    expect(row).toMatchObject({ city: 'national', title_fi: 'Datapilotit', title_sv: '', summary_fi: "'=Rahaa kokeiluille", funding_sources: 'ERDF:60;state:40', testbed_ids: 'bed-1;bed-2' });
    expect(row).toMatchObject({ first_stage_call_id: '', first_stage_opens_at: '', first_stage_invitation: '' });
  });

  it('tells a two-stage call’s first stage inside the call: its id, times and invitation rule, nothing it shares with the call', () => {
    const item = openDataCall({ ...record, firstStageId: 's1' }, links, firstStage);
    expect(item.firstStage).toEqual({
      callId: 's1',
      state: 'decided',
      opensAt: '2027-02-01T07:00:00.000Z',
      closesAt: '2027-02-20T13:00:00.000Z',
      reviewDeadline: '2027-02-27T13:00:00.000Z',
      invitation: { sharePercent: 25 },
    });
    expect(openDataCall(record, links).firstStage).toBeNull();
    const row = callCsvRecord(item);
    expect(row).toMatchObject({ first_stage_call_id: 's1', first_stage_opens_at: '2027-02-01T07:00:00.000Z', first_stage_closes_at: '2027-02-20T13:00:00.000Z', first_stage_invitation: 'share:25' });
    expect(callCsvRecord(openDataCall(record, links, { ...firstStage, invitation: { count: 3 } })).first_stage_invitation).toBe('count:3');
  });
});
