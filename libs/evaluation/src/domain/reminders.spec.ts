import { judgeReminder, plannedReminders, reminderJobId } from './reminders.js';

const deadline = new Date('2027-05-20T21:00:00Z');
const hours = (h: number) => new Date(deadline.getTime() - h * 3_600_000);

describe('review reminders', () => {
  it('plans the reminders 3 days and 1 day before the deadline, one id per call, reminder and day', () => {
    expect(plannedReminders('c1', deadline, hours(24 * 10))).toEqual([
      { daysBefore: 3, at: new Date('2027-05-17T21:00:00Z'), jobId: 'review.remind.c1.3.2027-05-17' },
      { daysBefore: 1, at: new Date('2027-05-19T21:00:00Z'), jobId: 'review.remind.c1.1.2027-05-19' },
    ]);
    expect(reminderJobId('c1', 1, new Date('2027-05-19T21:00:00Z'))).not.toContain(':');
  });

  it('leaves out a reminder whose moment has passed', () => {
    expect(plannedReminders('c1', deadline, hours(48)).map((r) => r.daysBefore)).toEqual([1]);
    expect(plannedReminders('c1', deadline, hours(12))).toEqual([]);
  });

  it('sends on time, a little early included', () => {
    expect(judgeReminder('c1', 'in_evaluation', deadline, 1, hours(24))).toEqual({ action: 'send', jobId: 'review.remind.c1.1.2027-05-19' });
    expect(judgeReminder('c1', 'in_evaluation', deadline, 1, new Date(hours(24).getTime() - 30_000))).toMatchObject({ action: 'send' });
  });

  it('plans itself again when the deadline moved later', () => {
    const later = new Date('2027-05-27T21:00:00Z');
    expect(judgeReminder('c1', 'in_evaluation', later, 3, hours(72))).toEqual({ action: 'replan', at: new Date('2027-05-24T21:00:00Z'), jobId: 'review.remind.c1.3.2027-05-24' });
  });

  it('does nothing after the deadline or once the evaluation is over', () => {
    expect(judgeReminder('c1', 'in_evaluation', deadline, 1, hours(-1))).toEqual({ action: 'skip', reason: 'the review deadline has passed' });
    expect(judgeReminder('c1', 'decided', deadline, 1, hours(24))).toEqual({ action: 'skip', reason: 'the call is decided' });
  });
});
