import { clarificationHold } from './clarification-hold.js';

const now = new Date('2027-04-01T12:00:00Z');
const at = (hours: number) => new Date(now.getTime() + hours * 3_600_000);

describe('ranking waits for open clarifications or their deadline, whichever comes first', () => {
  it('does not wait without clarifications', () => {
    expect(clarificationHold([], now)).toEqual({ hold: false });
  });

  it('waits for an unanswered clarification until its deadline', () => {
    expect(clarificationHold([{ answeredAt: null, answerDueAt: at(5) }], now)).toEqual({ hold: true, open: 1, until: at(5) });
  });

  it('stops waiting once it is answered, before its deadline', () => {
    expect(clarificationHold([{ answeredAt: at(-1), answerDueAt: at(5) }], now)).toEqual({ hold: false });
  });

  it('stops waiting at the deadline of an unanswered one', () => {
    expect(clarificationHold([{ answeredAt: null, answerDueAt: now }], now)).toEqual({ hold: false });
    expect(clarificationHold([{ answeredAt: null, answerDueAt: at(-2) }], now)).toEqual({ hold: false });
  });

  it('waits until the last deadline of those still open', () => {
    const hold = clarificationHold(
      [
        { answeredAt: null, answerDueAt: at(2) },
        { answeredAt: null, answerDueAt: at(30) },
        { answeredAt: at(-1), answerDueAt: at(60) },
        { answeredAt: null, answerDueAt: at(-3) },
      ],
      now,
    );
    expect(hold).toEqual({ hold: true, open: 2, until: at(30) });
  });
});
