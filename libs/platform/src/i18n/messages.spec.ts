import { defineMessages, messageOf, messageTableProblems, phraseTableProblems } from './messages.js';

describe('messages', () => {
  const table = defineMessages({
    'booking.over_capacity': {
      fi: 'Hyväksyntä toisi testiympäristöön yhtä aikaa yli {capacity} pilottia.',
      sv: 'Ett godkännande skulle ge testmiljön fler än {capacity} pilotprojekt samtidigt.',
      en: 'Approving would put more than {capacity} pilots on the test bed at once.',
    },
    'booking.not_requested': {
      fi: 'Varausta ei voi käsitellä: se on {state}.',
      sv: 'Bokningen kan inte behandlas: den är {state}.',
      en: 'The booking cannot be handled: it is {state}.',
    },
  });

  it('fills parameters in every language, a per-language one in its own language', () => {
    expect(messageOf(table, 'booking.over_capacity', { capacity: 2 })).toEqual({
      code: 'booking.over_capacity',
      text: {
        fi: 'Hyväksyntä toisi testiympäristöön yhtä aikaa yli 2 pilottia.',
        sv: 'Ett godkännande skulle ge testmiljön fler än 2 pilotprojekt samtidigt.',
        en: 'Approving would put more than 2 pilots on the test bed at once.',
      },
    });
    expect(messageOf(table, 'booking.not_requested', { state: { fi: 'peruttu', sv: 'avbokad', en: 'cancelled' } }).text).toEqual({
      fi: 'Varausta ei voi käsitellä: se on peruttu.',
      sv: 'Bokningen kan inte behandlas: den är avbokad.',
      en: 'The booking cannot be handled: it is cancelled.',
    });
  });

  it('refuses to leave a parameter unfilled', () => {
    expect(() => messageOf(table, 'booking.over_capacity')).toThrow(/capacity/);
  });

  it('finds a proper table clean', () => {
    expect(messageTableProblems(table)).toEqual([]);
  });

  it('finds what reads like code', () => {
    const problems = messageTableProblems({
      lower: { fi: 'ei saa.', sv: 'Får inte.', en: 'You may not.' },
      missing: { fi: 'Ei saa.', en: 'You may not.' },
      article: { fi: 'Hyväksyttyä ei voi.', sv: 'Godkänd kan inte.', en: 'A approved booking cannot be approved.' },
      code: { fi: 'Tila on in_evaluation.', sv: 'Du får inte booking.decide.', en: 'You may not booking decide' },
      doubled: { fi: 'Ei ei.', sv: 'Inte.', en: 'The the booking.' },
      params: { fi: 'Yli {count}.', sv: 'Över {capacity}.', en: 'Over {capacity}.' },
      leading: { fi: '{email} on jo jäsen.', sv: '{email} är redan medlem.', en: '{email} is already a member.' },
    });
    expect(problems).toEqual([
      expect.stringMatching(/^lower \(fi\): does not start with a capital/),
      expect.stringMatching(/^missing \(sv\): missing/),
      expect.stringMatching(/^article \(en\): "a" before a vowel/),
      expect.stringMatching(/^code \(fi\): holds a code-like word/),
      expect.stringMatching(/^code \(sv\): holds a code-like word/),
      expect.stringMatching(/^code \(en\): does not end as a sentence ends/),
      expect.stringMatching(/^doubled \(fi\): repeats a word/),
      expect.stringMatching(/^doubled \(en\): repeats a word/),
      expect.stringMatching(/^params \(fi\): parameters differ/),
      expect.stringMatching(/^leading \(fi\): does not start with a capital/),
      expect.stringMatching(/^leading \(sv\): does not start with a capital/),
      expect.stringMatching(/^leading \(en\): does not start with a capital/),
    ]);
  });

  it('needs every phrase in every language', () => {
    expect(phraseTableProblems({ in_review: { fi: 'arvioitavana', sv: 'under bedömning', en: 'in review' } })).toEqual([]);
    expect(phraseTableProblems({ in_review: { fi: 'arvioitavana', en: 'in_review' } })).toEqual(['in_review (sv): missing', 'in_review (en): holds a code-like word: in_review']);
  });
});
