import { jobsForChange, jobsForPublish, transitionJobId } from './schedule.js';

const times = { opensAt: new Date('2027-03-01T07:00:00Z'), closesAt: new Date('2027-04-15T13:00:00Z') };
const later = (date: Date, ms = 60_000) => new Date(date.getTime() + ms);

describe('transitionJobId', () => {
  it('is one id per call, transition and time, without colons', () => {
    const id = transitionJobId('open', 'c1', times.opensAt);
    expect(id).toBe(`call.open.c1.${times.opensAt.getTime()}`);
    expect(id).not.toContain(':');
    expect(transitionJobId('open', 'c1', new Date(times.opensAt))).toBe(id);
    expect(transitionJobId('open', 'c1', later(times.opensAt))).not.toBe(id);
    expect(transitionJobId('close', 'c1', times.opensAt)).not.toBe(id);
  });
});

describe('jobsForPublish', () => {
  it('plans the opening and the closing of a scheduled call', () => {
    expect(jobsForPublish('scheduled', times)).toEqual([
      { transition: 'open', at: times.opensAt },
      { transition: 'close', at: times.closesAt },
    ]);
  });

  it('plans only the closing of a call that opened at once', () => {
    expect(jobsForPublish('open', times)).toEqual([{ transition: 'close', at: times.closesAt }]);
  });
});

describe('jobsForChange', () => {
  it('plans nothing when the times stay', () => {
    expect(jobsForChange('scheduled', times, { ...times })).toEqual([]);
  });

  it('plans a new job for each moved time still ahead of the call', () => {
    const moved = { opensAt: later(times.opensAt), closesAt: later(times.closesAt) };
    expect(jobsForChange('scheduled', times, moved)).toEqual([
      { transition: 'open', at: moved.opensAt },
      { transition: 'close', at: moved.closesAt },
    ]);
    expect(jobsForChange('open', times, moved)).toEqual([{ transition: 'close', at: moved.closesAt }]);
    expect(jobsForChange('scheduled', times, { ...times, closesAt: moved.closesAt })).toEqual([{ transition: 'close', at: moved.closesAt }]);
  });

  it('plans nothing for drafts and calls past closing', () => {
    const moved = { opensAt: later(times.opensAt), closesAt: later(times.closesAt) };
    for (const state of ['draft', 'closed', 'in_evaluation', 'decided'] as const) expect(jobsForChange(state, times, moved)).toEqual([]);
  });
});
