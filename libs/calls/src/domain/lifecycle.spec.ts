import { CallState } from './call.js';
import { dueTransitions, judgeTransitionJob, publish } from './lifecycle.js';

const opensAt = new Date('2027-03-01T07:00:00Z');
const closesAt = new Date('2027-04-15T13:00:00Z');
const call = (state: CallState) => ({ state, opensAt, closesAt });
const before = new Date('2027-02-01T00:00:00Z');
const during = new Date('2027-03-10T00:00:00Z');
const after = new Date('2027-05-01T00:00:00Z');

describe('publish', () => {
  it('schedules a draft whose opensAt is ahead', () => {
    expect(publish(call('draft'), before)).toEqual({ ok: true, to: 'scheduled' });
  });

  it('opens a draft at once when opensAt has passed', () => {
    expect(publish(call('draft'), during)).toEqual({ ok: true, to: 'open' });
    expect(publish(call('draft'), opensAt)).toEqual({ ok: true, to: 'open' });
  });

  it('refuses a draft whose closesAt has passed', () => {
    expect(publish(call('draft'), after)).toMatchObject({ ok: false, reason: 'too_late' });
    expect(publish(call('draft'), closesAt)).toMatchObject({ ok: false, reason: 'too_late' });
  });

  it('refuses anything but a draft', () => {
    for (const state of ['scheduled', 'open', 'closed', 'in_evaluation', 'decided'] as const) {
      expect(publish(call(state), before)).toMatchObject({ ok: false, reason: 'illegal' });
    }
  });
});

describe('dueTransitions', () => {
  it('opens at opensAt and closes at closesAt, by the given clock', () => {
    expect(dueTransitions(call('scheduled'), before)).toEqual([]);
    expect(dueTransitions(call('scheduled'), opensAt)).toEqual(['open']);
    expect(dueTransitions(call('open'), during)).toEqual([]);
    expect(dueTransitions(call('open'), closesAt)).toEqual(['close']);
  });

  it('opens and then closes a call whose both times passed while nothing ran', () => {
    expect(dueTransitions(call('scheduled'), after)).toEqual(['open', 'close']);
  });

  it('leaves drafts and calls past closing alone', () => {
    for (const state of ['draft', 'closed', 'in_evaluation', 'decided'] as const) expect(dueTransitions(call(state), after)).toEqual([]);
  });
});

describe('judgeTransitionJob', () => {
  it('applies the job of the current time once it is due', () => {
    expect(judgeTransitionJob('open', opensAt, call('scheduled'), opensAt)).toEqual({ action: 'apply', steps: ['open'] });
    expect(judgeTransitionJob('close', closesAt, call('open'), closesAt)).toEqual({ action: 'apply', steps: ['close'] });
  });

  it('does nothing when the stored time has moved', () => {
    const moved = new Date('2027-02-20T07:00:00Z');
    expect(judgeTransitionJob('open', moved, call('scheduled'), after)).toMatchObject({ action: 'skip', reason: expect.stringContaining('opensAt moved') });
    expect(judgeTransitionJob('close', moved, call('open'), after)).toMatchObject({ action: 'skip', reason: expect.stringContaining('closesAt moved') });
  });

  it('does nothing a second time', () => {
    expect(judgeTransitionJob('open', opensAt, call('open'), during)).toMatchObject({ action: 'skip' });
    expect(judgeTransitionJob('close', closesAt, call('closed'), after)).toMatchObject({ action: 'skip' });
    expect(judgeTransitionJob('open', opensAt, call('draft'), during)).toMatchObject({ action: 'skip' });
  });

  it('waits when the database clock has not reached the time yet', () => {
    expect(judgeTransitionJob('open', opensAt, call('scheduled'), new Date(opensAt.getTime() - 250))).toEqual({ action: 'wait', ms: 250 });
  });

  it('closing a call that never opened opens it first', () => {
    expect(judgeTransitionJob('close', closesAt, call('scheduled'), after)).toEqual({ action: 'apply', steps: ['open', 'close'] });
  });
});
