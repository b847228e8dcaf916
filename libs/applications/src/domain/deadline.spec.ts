import { checkSubmission, extensionProblem, helsinkiTime } from './deadline.js';

const opensAt = new Date('2026-09-01T06:00:00Z');
const closesAt = new Date('2026-11-23T14:00:00Z');
const window = { callState: 'open' as const, opensAt, closesAt, extension: null };
const ms = (d: Date, delta: number) => new Date(d.getTime() + delta);

describe('submission deadline', () => {
  it('shows times in Helsinki time, summer or winter', () => {
    expect(helsinkiTime(closesAt)).toBe('23.11.2026 klo 16.00 (Europe/Helsinki)');
    expect(helsinkiTime(new Date('2026-06-05T21:05:00Z'))).toBe('6.6.2026 klo 00.05 (Europe/Helsinki)');
  });

  it('accepts until the last millisecond before closesAt, and refuses at closesAt', () => {
    expect(checkSubmission(window, ms(closesAt, -1))).toEqual({ ok: true, late: false });
    const refused = checkSubmission(window, closesAt);
    expect(refused).toMatchObject({
      ok: false,
      reason: 'closed',
      message: {
        code: 'submission.closed',
        text: {
          fi: 'Haku sulkeutui 23.11.2026 klo 16.00 (Suomen aikaa).',
          sv: 'Utlysningen stängdes 23.11.2026 kl. 16.00 (finsk tid).',
          en: 'The call closed on 23 November 2026, 16:00 (Finnish time).',
        },
      },
    });
  });

  it('refuses when the call is closed even if the clock says otherwise, and before it opens', () => {
    expect(checkSubmission({ ...window, callState: 'closed' }, ms(closesAt, -1000))).toMatchObject({ ok: false, reason: 'closed' });
    const early = checkSubmission({ ...window, callState: 'scheduled' }, ms(opensAt, -1000));
    expect(early).toMatchObject({ ok: false, reason: 'not_open', message: { code: 'submission.not_open' } });
    expect(!early.ok && early.message.text.en).toBe('The call is not open yet; it opens on 1 September 2026, 09:00 (Finnish time).');
    expect(!early.ok && early.message.text.fi).toBe('Haku ei ole vielä avoinna; se avautuu 1.9.2026 klo 09.00 (Suomen aikaa).');
  });

  it('lets an organisation with an extension submit late, until its own deadline', () => {
    const extended = { ...window, callState: 'closed' as const, extension: { deadline: ms(closesAt, 3_600_000) } };
    expect(checkSubmission(extended, ms(closesAt, 60_000))).toEqual({ ok: true, late: true });
    expect(checkSubmission(extended, ms(closesAt, 3_600_000))).toMatchObject({
      ok: false,
      reason: 'closed',
      message: { code: 'submission.extension_ended', text: expect.objectContaining({ en: 'Your extension ended on 23 November 2026, 17:00 (Finnish time).' }) },
    });
    expect(checkSubmission({ ...extended, callState: 'in_evaluation' }, ms(closesAt, 60_000))).toMatchObject({ ok: false });
  });

  it('grants only extensions that end after the call and in the future', () => {
    expect(extensionProblem(closesAt, closesAt, ms(closesAt, -1))).toMatch(/after the call's own deadline/);
    expect(extensionProblem(closesAt, ms(closesAt, 1000), ms(closesAt, 2000))).toMatch(/future/);
    expect(extensionProblem(closesAt, ms(closesAt, 1000), closesAt)).toBeNull();
  });
});
