import { verifyHandlers } from './job-handler.js';
import { JOB_NAMES } from './registry.js';

const found = (entries: Record<string, string[]>) => new Map(Object.entries(entries));

describe('verifyHandlers', () => {
  const registered = ['mail.send', 'report.build'] as const;

  it('accepts exactly one handler per registered job', () => {
    expect(verifyHandlers(found({ 'mail.send': ['SendMailJob'], 'report.build': ['BuildReportJob'] }), registered)).toEqual([]);
  });

  it('names a registered job without a handler', () => {
    expect(verifyHandlers(found({ 'mail.send': ['SendMailJob'] }), registered)).toEqual(['report.build: no handler']);
  });

  it('names a job with two handlers and both classes', () => {
    expect(
      verifyHandlers(found({ 'mail.send': ['SendMailJob', 'OtherMailJob'], 'report.build': ['BuildReportJob'] }), registered),
    ).toEqual(['mail.send: 2 handlers (SendMailJob, OtherMailJob)']);
  });

  it('names a handler for a job that is not in the registry', () => {
    expect(
      verifyHandlers(found({ 'mail.send': ['SendMailJob'], 'report.build': ['BuildReportJob'], 'mail.sned': ['TypoJob'] }), registered),
    ).toEqual(['mail.sned: handled but not in the registry']);
  });

  it('reports every problem at once, in registry order', () => {
    expect(verifyHandlers(found({ 'report.build': ['A', 'B', 'C'], stray: ['S'] }), registered)).toEqual([
      'mail.send: no handler',
      'report.build: 3 handlers (A, B, C)',
      'stray: handled but not in the registry',
    ]);
  });

  it('treats an empty class list like a missing handler', () => {
    expect(verifyHandlers(found({ 'mail.send': [], 'report.build': ['B'] }), registered)).toEqual(['mail.send: no handler']);
  });

  it('checks against the real registry by default', () => {
    expect(JOB_NAMES).toContain('mail.send');
    expect(verifyHandlers(new Map())).toEqual(JOB_NAMES.map((name) => `${name}: no handler`));
    expect(verifyHandlers(new Map(JOB_NAMES.map((name) => [name, [`${name}Handler`]])))).toEqual([]);
  });
});
