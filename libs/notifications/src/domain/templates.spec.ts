import { NOTIFICATION_KINDS, renderNotification } from './templates.js';

const params = {
  testbedName: 'Hervannan liikennelabra',
  organisationName: 'Liikennelabra Oy',
  period: '1.3.2027–31.3.2027',
  reason: 'Kapasiteetti täynnä',
  cancelledBy: 'Tampere',
};

describe('notification texts', () => {
  it.each(NOTIFICATION_KINDS.filter((kind) => kind.startsWith('booking.')).flatMap((kind) => (['fi', 'sv', 'en'] as const).map((locale) => [kind, locale] as const)))(
    '%s has a %s text naming the test bed',
    (kind, locale) => {
      const text = renderNotification(kind, locale, params);
      expect(text.title).toContain(params.testbedName);
      expect(text.body).toContain(params.period);
    },
  );

  it('writes in the recipient language', () => {
    expect(renderNotification('booking.approved', 'fi', params).title).toMatch(/^Varaus hyväksytty/);
    expect(renderNotification('booking.approved', 'sv', params).title).toMatch(/^Bokningen godkänd/);
    expect(renderNotification('booking.approved', 'en', params).title).toMatch(/^Booking approved/);
  });

  it('carries the reason of a decline', () => {
    expect(renderNotification('booking.declined', 'en', params).body).toContain('Kapasiteetti täynnä');
  });
});

describe('application notification texts', () => {
  const application = {
    applicationTitle: 'Robottibussit Hervannassa',
    callTitle: 'Kevään 2027 haku',
    submittedAt: '23.11.2026 klo 15.59 (Europe/Helsinki)',
    revision: '2',
    leadOrganisationName: 'Liikennelabra Oy',
    partnerOrganisationName: 'Oulun Data Oy',
    organisationName: 'Oulun Data Oy',
    deadline: '30.11.2026 klo 16.00 (Europe/Helsinki)',
    reason: 'Palvelukatko',
  };
  const kinds = NOTIFICATION_KINDS.filter((kind) => kind.startsWith('application.'));

  it.each(kinds.flatMap((kind) => (['fi', 'sv', 'en'] as const).map((locale) => [kind, locale] as const)))('%s has a %s text', (kind, locale) => {
    const text = renderNotification(kind, locale, { ...application, outcome: 'eligible' });
    expect(text.title.length).toBeGreaterThan(5);
    expect(`${text.title} ${text.body}`).toMatch(/Robottibussit Hervannassa|Kevään 2027 haku/);
  });

  it('says whether the application is eligible, in the recipient language', () => {
    expect(renderNotification('application.eligibility', 'fi', { ...application, outcome: 'ineligible' }).title).toMatch(/^Hakemus ei täytä kelpoisuusehtoja/);
    expect(renderNotification('application.eligibility', 'en', { ...application, outcome: 'eligible' }).title).toMatch(/^Application eligible/);
  });

  it('gives the submission time and the extension deadline in Helsinki time', () => {
    expect(renderNotification('application.submitted', 'sv', application).body).toContain('23.11.2026 klo 15.59 (Europe/Helsinki)');
    expect(renderNotification('application.extension_granted', 'en', application).body).toContain('until 30.11.2026 klo 16.00');
  });
});

describe('review notification texts', () => {
  const review = { callTitle: 'Kevään 2027 haku', count: '3', reviewDeadline: '20.5.2027 klo 23.59 (Europe/Helsinki)' };

  it.each((['review.assigned', 'review.reminder'] as const).flatMap((kind) => (['fi', 'sv', 'en'] as const).map((locale) => [kind, locale] as const)))(
    '%s has a %s text with the call, the count and the deadline',
    (kind, locale) => {
      const text = renderNotification(kind, locale, review);
      expect(text.title).toContain('Kevään 2027 haku');
      expect(text.body).toContain(' 3 ');
      expect(text.body).toContain('20.5.2027 klo 23.59');
    },
  );
});
