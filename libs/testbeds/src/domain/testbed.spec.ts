import { messageTableProblems } from '@kokeilu/platform';
import { EMPTY_CONTENT, TestbedContent } from './content.js';
import { TESTBED_MESSAGES } from './messages.js';
import { completenessProblems, editProblem, TESTBED_STATES, transition, type TestbedCommand } from './testbed.js';

const complete: TestbedContent = {
  ...EMPTY_CONTENT,
  name: { fi: 'Liikennelabra' },
  summary: { fi: 'Liikennekokeiluja Hervannassa' },
  location: { lon: 23.85, lat: 61.45 },
  themes: ['mobility'],
  availability: [{ start: '2026-05-01', end: '2026-09-30' }],
};

describe('test-bed state machine', () => {
  it('publishes a complete draft', () => {
    expect(transition('draft', 'publish', complete)).toEqual({ ok: true, to: 'published' });
  });

  it('archives a draft or a published bed', () => {
    expect(transition('draft', 'archive', complete)).toEqual({ ok: true, to: 'archived' });
    expect(transition('published', 'archive', complete)).toEqual({ ok: true, to: 'archived' });
  });

  it('refuses every other transition', () => {
    expect(transition('published', 'publish', complete)).toEqual({
      ok: false,
      reason: 'illegal',
      message: { code: 'testbed.publish.published', text: TESTBED_MESSAGES['testbed.publish.published'] },
    });
    expect(transition('archived', 'publish', complete)).toMatchObject({ ok: false, reason: 'illegal' });
    expect(transition('archived', 'archive', complete)).toMatchObject({ ok: false, reason: 'illegal' });
  });

  it('archives an incomplete draft, since archiving shows nothing', () => {
    expect(transition('draft', 'archive', { ...EMPTY_CONTENT, name: { en: 'Half done' } })).toEqual({ ok: true, to: 'archived' });
  });

  it('refuses to publish an incomplete draft, naming what is missing', () => {
    const result = transition('draft', 'publish', { ...EMPTY_CONTENT, name: { fi: 'Keskeneräinen' } });
    expect(result).toEqual({ ok: false, reason: 'incomplete', problems: expect.any(Array) });
    expect(completenessProblems({ ...EMPTY_CONTENT, name: { fi: 'Keskeneräinen' } }).map((p) => p.field)).toEqual([
      'summary',
      'location',
      'themes',
      'availability',
    ]);
  });

  it('needs the name and the summary in a common language', () => {
    expect(completenessProblems({ ...complete, summary: { sv: 'Trafikförsök' } })).toEqual([
      { field: 'summary', message: 'needs text in at least one language the name also has' },
    ]);
    expect(completenessProblems({ ...complete, name: { fi: 'Liikennelabra', sv: 'Trafiklabbet' }, summary: { sv: 'Trafikförsök' } })).toEqual([]);
  });

  it('keeps archived beds unchanged', () => {
    expect(editProblem('archived')?.text.en).toBe('An archived test bed can no longer be changed.');
    expect(editProblem('draft')).toBeNull();
    expect(editProblem('published')).toBeNull();
  });
});

describe('the messages of test beds', () => {
  it('are proper sentences in fi, sv and en', () => {
    expect(messageTableProblems(TESTBED_MESSAGES)).toEqual([]);
  });

  it('say every refused transition', () => {
    const commands: TestbedCommand[] = ['publish', 'archive'];
    for (const state of TESTBED_STATES) {
      for (const command of commands) {
        const result = transition(state, command, complete);
        if (!result.ok && result.reason === 'illegal') expect(TESTBED_MESSAGES[result.message.code as keyof typeof TESTBED_MESSAGES]).toEqual(result.message.text);
      }
    }
  });
});
