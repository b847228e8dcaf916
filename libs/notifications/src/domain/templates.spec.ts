import { NOTIFICATION_KINDS, NotificationKind, NotificationParams, renderNotification } from './templates.js';

const NBSP = '\u00a0';
const LOCALES = ['fi', 'sv', 'en'] as const;

/** One set of facts for every kind, as the services send them: cents, ISO days and moments. */
const SAMPLE: NotificationParams = {
  'booking.requested': { testbedName: 'Hervannan liikennelabra', organisationName: 'Liikennelabra Oy', start: '2027-03-01', end: '2027-03-31' },
  'booking.approved': { testbedName: 'Hervannan liikennelabra', start: '2027-03-01', end: '2027-03-31' },
  'booking.declined': { testbedName: 'Hervannan liikennelabra', start: '2027-03-01', end: '2027-03-31', reason: 'Kapasiteetti täynnä' },
  'booking.cancelled': { testbedName: 'Hervannan liikennelabra', start: '2027-03-01', end: '2027-03-31', cancelledBy: 'Tampere' },
  'booking.confirmation_requested': {
    testbedName: 'Kalasataman alusta',
    organisationName: 'Liikennelabra Oy',
    applicationTitle: 'Robottibussit Hervannassa',
    callTitle: 'Kevään 2027 haku',
    start: '2027-04-01',
    end: '2027-04-10',
  },
  'application.submitted': { applicationTitle: 'Robottibussit Hervannassa', callTitle: 'Kevään 2027 haku', submittedAt: '2026-11-23T13:59:00.000Z', revision: 2 },
  'application.eligibility': { applicationTitle: 'Robottibussit Hervannassa', outcome: 'eligible' },
  'application.partner_invited': { applicationTitle: 'Robottibussit Hervannassa', callTitle: 'Kevään 2027 haku', leadOrganisationName: 'Liikennelabra Oy', partnerOrganisationName: 'Oulun Data Oy' },
  'application.partner_accepted': { applicationTitle: 'Robottibussit Hervannassa', partnerOrganisationName: 'Oulun Data Oy' },
  'application.extension_granted': { callTitle: 'Kevään 2027 haku', organisationName: 'Oulun Data Oy', deadline: '2026-11-30T14:00:00.000Z', reason: 'Palvelukatko' },
  'review.assigned': { callTitle: 'Kevään 2027 haku', count: 3, reviewDeadline: '2027-05-20T20:59:00.000Z' },
  'review.reminder': { callTitle: 'Kevään 2027 haku', count: 3, reviewDeadline: '2027-05-20T20:59:00.000Z' },
  'call.closed': { callTitle: 'Kevään 2027 haku', closedAt: '2026-11-23T14:00:00.000Z', submitted: 14 },
  'evaluation.assigned': { callTitle: 'Kevään 2027 haku', applications: 12, reviews: 36, unassignable: 2, reviewDeadline: '2027-05-20T20:59:00.000Z' },
  'funding.ranking_ready': { callTitle: 'Kevään 2027 haku', ranked: 12, passing: 9 },
  'funding.proposal_ready': { callTitle: 'Kevään 2027 haku', funded: 4, committedCents: 16_000_000, budgetCents: 20_000_000, reserve: 3 },
  'funding.decided': {
    applicationTitle: 'Robottibussit Hervannassa',
    callTitle: 'Kevään 2027 haku',
    outcome: 'funded',
    grantCents: 4_000_000,
    reservePosition: null,
    scoresFi: 'Vaikuttavuus 4,50; yhteensä 12,00',
    scoresSv: 'Genomslag 4,50; totalt 12,00',
    scoresEn: 'Impact 4.50; total 12.00',
  },
  'funding.promoted': { applicationTitle: 'Robottibussit Hervannassa', callTitle: 'Kevään 2027 haku', grantCents: 4_000_000 },
  'redress.requested': { applicationTitle: 'Robottibussit Hervannassa', callTitle: 'Kevään 2027 haku', organisationName: 'Liikennelabra Oy' },
  'redress.appointed': { applicationTitle: 'Robottibussit Hervannassa', callTitle: 'Kevään 2027 haku' },
  'redress.decided': { applicationTitle: 'Robottibussit Hervannassa', callTitle: 'Kevään 2027 haku', outcome: 'upheld', reasons: 'Toinen kriteeri arvioitiin väärin.' },
  'redress.concluded': { applicationTitle: 'Robottibussit Hervannassa', callTitle: 'Kevään 2027 haku', result: 'funded_from_reserve', grantCents: 4_000_000 },
  'funding.stage_outcome': {
    applicationTitle: 'Robottibussit Hervannassa',
    callTitle: 'Kevään 2027 haku',
    outcome: 'invited',
    rank: 2,
    invited: 5,
    secondStageDeadline: '2027-05-31T13:00:00.000Z',
  },
  'pilot.report_filed': { applicationTitle: 'Robottibussit Hervannassa', organisationName: 'Liikennelabra Oy', reportKind: 'final', periodStart: '2027-03-01', periodEnd: '2027-11-30' },
  'pilot.report_accepted': { applicationTitle: 'Robottibussit Hervannassa', reportKind: 'progress', periodStart: '2027-03-01', periodEnd: '2027-05-31', comment: 'Hyvä', completed: 'no' },
  'pilot.report_returned': { applicationTitle: 'Robottibussit Hervannassa', reportKind: 'progress', periodStart: '2027-03-01', periodEnd: '2027-05-31', reason: 'Lisää toukokuun luvut' },
  'organisation.claim_opened': { organisationName: 'Liikennelabra Oy', businessId: '0112038-9', holderName: 'Liikennelabra Holding Oy' },
  'organisation.identity_disputed': { organisationName: 'Liikennelabra Oy', businessId: '0112038-9' },
  'organisation.claim_resolved': { organisationName: 'Liikennelabra Oy', businessId: '0112038-9', outcome: 'holds', reason: 'Kaupparekisteriote' },
  'clarification.asked': { applicationTitle: 'Robottibussit Hervannassa', callTitle: 'Kevään 2027 haku', question: 'Kuka ajaa busseja yöllä?', answerDueAt: '2027-04-08T12:00:00.000Z' },
  'clarification.answered': { applicationTitle: 'Robottibussit Hervannassa', callTitle: 'Kevään 2027 haku' },
  'clarification.suggested': { applicationTitle: 'Robottibussit Hervannassa', callTitle: 'Kevään 2027 haku' },
  'alert.testbed': { testbedName: { fi: 'Hervannan robottilabra', en: 'Hervanta robot lab' }, searches: ['Robotit Tampereella'] },
  'alert.call': { callTitle: { fi: 'Kevään 2027 haku' }, searches: ['Avoin data', 'Tampere'] },
};

const render = <K extends NotificationKind>(kind: K, locale: (typeof LOCALES)[number], overrides: Partial<NotificationParams[K]> = {}) =>
  renderNotification(kind, locale, { ...SAMPLE[kind], ...overrides });

describe('notification texts', () => {
  it.each(NOTIFICATION_KINDS.flatMap((kind) => LOCALES.map((locale) => [kind, locale] as const)))('%s has a %s text, with no raw ISO time or undefined fact', (kind, locale) => {
    const text = render(kind, locale);
    expect(text.title.length).toBeGreaterThan(5);
    expect(text.body.length).toBeGreaterThan(20);
    expect(`${text.title} ${text.body}`).not.toMatch(/\bundefined\b|\bnull\b|\bNaN\b|\d{4}-\d{2}-\d{2}|T\d{2}:\d{2}/);
  });

  it('writes in the recipient language', () => {
    expect(render('booking.approved', 'fi').title).toMatch(/^Varaus hyväksytty/);
    expect(render('booking.approved', 'sv').title).toMatch(/^Bokningen godkänd/);
    expect(render('booking.approved', 'en').title).toMatch(/^Booking approved/);
    expect(render('application.eligibility', 'fi', { outcome: 'ineligible' }).title).toMatch(/^Hakemus ei täytä kelpoisuusehtoja/);
  });

  it('names the test bed of a booking and carries the reason of a decline', () => {
    for (const locale of LOCALES) expect(render('booking.cancelled', locale).title).toContain('Hervannan liikennelabra');
    expect(render('booking.declined', 'en').body).toContain('Kapasiteetti täynnä');
  });

  it('names the test bed, the city and the call in the recipient language, falling back as the API does', () => {
    const testbedName = { fi: 'Kalasataman liikennelabra', sv: 'Trafiklabbet i Fiskehamnen', en: 'Kalasatama traffic lab' };
    expect(render('booking.approved', 'fi', { testbedName }).title).toBe('Varaus hyväksytty: Kalasataman liikennelabra');
    expect(render('booking.approved', 'sv', { testbedName }).title).toBe('Bokningen godkänd: Trafiklabbet i Fiskehamnen');
    expect(render('booking.approved', 'en', { testbedName }).title).toBe('Booking approved: Kalasatama traffic lab');
    // A bed without a Swedish name: English, then Finnish (the API's order for a Swedish reader).
    expect(render('booking.requested', 'sv', { testbedName: { fi: 'Hervannan liikennelabra', en: 'Hervanta mobility lab' } }).title).toBe('Ny bokningsförfrågan: Hervanta mobility lab');
    expect(render('booking.requested', 'sv', { testbedName: { fi: 'Hervannan liikennelabra' } }).title).toBe('Ny bokningsförfrågan: Hervannan liikennelabra');
    expect(render('booking.cancelled', 'sv', { cancelledBy: { fi: 'Helsinki', sv: 'Helsingfors' } }).body).toMatch(/avbokades av Helsingfors\.$/);
    const confirmation = render('booking.confirmation_requested', 'en', { testbedName, callTitle: { fi: 'Kevään 2027 haku', en: 'Spring 2027 call' } });
    expect(confirmation.body).toContain('in the call Spring 2027 call and needs the test bed Kalasatama traffic lab');
  });
});

describe('the outcome of an idea', () => {
  it('tells an invited consortium its rank and the second stage’s deadline, and one not invited how many were', () => {
    expect(render('funding.stage_outcome', 'en').body).toMatch(/ranked 2, and your consortium is invited to send a full proposal by .*2027/);
    expect(render('funding.stage_outcome', 'fi').title).toBe('Kutsu toiseen vaiheeseen: Robottibussit Hervannassa');
    expect(render('funding.stage_outcome', 'sv', { outcome: 'not_invited', rank: null }).body).toContain('bjöds inte in till det andra steget: inbjudan gick till de 5 idéer');
  });
});

describe('who an organisation is', () => {
  it('tells each organisation of a resolved claim whether the business ID is theirs, with the reason', () => {
    expect(render('organisation.claim_resolved', 'fi').body).toMatch(/^Y-tunnus 0112038-9 on organisaation Liikennelabra Oy.*Kaupparekisteriote$/);
    expect(render('organisation.claim_resolved', 'en', { outcome: 'lost' }).body).toMatch(/does not belong to Liikennelabra Oy.*own registration/);
    expect(render('organisation.claim_opened', 'sv').body).toContain('redan innehas av Liikennelabra Holding Oy');
  });
});

describe('amounts and dates by the recipient’s locale', () => {
  it('writes money as Finnish and Swedish do inside their text, and as English does in English', () => {
    expect(render('funding.decided', 'fi').body).toContain(`rahoitusta 40${NBSP}000,00${NBSP}€.`);
    expect(render('funding.decided', 'sv').body).toContain(`finansiering på 40${NBSP}000,00${NBSP}€.`);
    expect(render('funding.decided', 'en').body).toContain('granted €40,000.00.');
    expect(render('funding.promoted', 'fi').body).toContain(`40${NBSP}000,00${NBSP}€`);
    expect(render('funding.proposal_ready', 'sv').body).toContain(`160${NBSP}000,00${NBSP}€ av budgeten på 200${NBSP}000,00${NBSP}€`);
    expect(render('funding.proposal_ready', 'en').body).toContain('€160,000.00 of the €200,000.00 budget');
  });

  it('writes days and periods by locale', () => {
    expect(render('booking.approved', 'fi').body).toContain('ajalle 1.3.2027–31.3.2027');
    expect(render('booking.approved', 'en').body).toContain('for 1 March 2027 – 31 March 2027');
    expect(render('pilot.report_filed', 'sv').body).toContain('perioden 1.3.2027–30.11.2027');
    expect(render('booking.approved', 'fi', { end: '2027-03-01' }).body).toContain('ajalle 1.3.2027 on');
  });

  it('writes moments in Finnish time, with the zone named in the reader’s language', () => {
    expect(render('application.submitted', 'fi').body).toContain('vastaanotettu 23.11.2026 klo 15.59 (Suomen aikaa)');
    expect(render('application.submitted', 'en').body).toContain('received on 23 November 2026, 15:59 (Finnish time)');
    expect(render('application.extension_granted', 'sv').body).toContain('fram till 30.11.2026 kl. 16.00 (finsk tid)');
    // Summer time: 20:59 UTC is 23:59 in Helsinki.
    expect(render('review.assigned', 'fi').body).toContain('20.5.2027 klo 23.59 (Suomen aikaa) mennessä');
    expect(render('call.closed', 'en').body).toContain('closed on 23 November 2026, 16:00 (Finnish time) with 14 application(s)');
  });
});

describe('what those who run a call and its deciders hear', () => {
  it('tells the deciders that a proposal waits for them, with what it funds', () => {
    const text = render('funding.proposal_ready', 'fi');
    expect(text.title).toBe('Rahoitusesitys odottaa päätöstäsi: Kevään 2027 haku');
    expect(text.body).toMatch(/4 hakemukselle .*varasijoilla 3/);
  });

  it('tells the coordinators that the call closed, reviewers are assigned and the ranking is ready', () => {
    expect(render('call.closed', 'sv').title).toBe('Utlysningen har stängts: Kevään 2027 haku');
    expect(render('evaluation.assigned', 'en').body).toMatch(/12 application\(s\), 36 review\(s\)\. 2 application\(s\) could not/);
    expect(render('evaluation.assigned', 'en', { unassignable: 0 }).body).not.toMatch(/could not/);
    expect(render('funding.ranking_ready', 'fi').body).toContain('12 hakemusta, joista 9 ylitti kynnysarvot');
  });
});
