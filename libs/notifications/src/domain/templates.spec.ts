import { NOTIFICATION_KINDS, renderNotification } from './templates.js';

const params = {
  testbedName: 'Hervannan liikennelabra',
  organisationName: 'Liikennelabra Oy',
  period: '1.3.2027–31.3.2027',
  reason: 'Kapasiteetti täynnä',
  cancelledBy: 'Tampere',
};

describe('notification texts', () => {
  it.each(NOTIFICATION_KINDS.flatMap((kind) => (['fi', 'sv', 'en'] as const).map((locale) => [kind, locale] as const)))(
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
