import { EMPTY_CONTENT, TestbedContent } from './content.js';
import { completenessProblems, editProblem, transition } from './testbed.js';

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
    expect(transition('published', 'publish', complete)).toEqual({ ok: false, reason: 'illegal', message: 'A published test bed cannot be published' });
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
    expect(editProblem('archived')).toMatch(/archived/);
    expect(editProblem('draft')).toBeNull();
    expect(editProblem('published')).toBeNull();
  });
});
