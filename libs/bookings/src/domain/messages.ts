import { defineMessages } from '@kokeilu/platform';

/** What the bookings tell their callers, by stable code, in every language. */
export const BOOKING_MESSAGES = defineMessages({
  'booking.approve.approved': {
    fi: 'Hyväksyttyä varausta ei voi hyväksyä uudelleen.',
    sv: 'En godkänd bokning kan inte godkännas igen.',
    en: 'An approved booking cannot be approved again.',
  },
  'booking.approve.declined': {
    fi: 'Hylättyä varausta ei voi hyväksyä.',
    sv: 'En avböjd bokning kan inte godkännas.',
    en: 'A declined booking cannot be approved.',
  },
  'booking.approve.cancelled': {
    fi: 'Peruttua varausta ei voi hyväksyä.',
    sv: 'En avbokad bokning kan inte godkännas.',
    en: 'A cancelled booking cannot be approved.',
  },
  'booking.decline.approved': {
    fi: 'Hyväksyttyä varausta ei voi enää hylätä, mutta sen voi perua.',
    sv: 'En godkänd bokning kan inte längre avböjas, men den kan avbokas.',
    en: 'An approved booking can no longer be declined, but it can be cancelled.',
  },
  'booking.decline.declined': {
    fi: 'Hylättyä varausta ei voi hylätä uudelleen.',
    sv: 'En avböjd bokning kan inte avböjas igen.',
    en: 'A declined booking cannot be declined again.',
  },
  'booking.decline.cancelled': {
    fi: 'Peruttua varausta ei voi hylätä.',
    sv: 'En avbokad bokning kan inte avböjas.',
    en: 'A cancelled booking cannot be declined.',
  },
  'booking.cancel.declined': {
    fi: 'Hylättyä varausta ei voi perua.',
    sv: 'En avböjd bokning kan inte avbokas.',
    en: 'A declined booking cannot be cancelled.',
  },
  'booking.cancel.cancelled': {
    fi: 'Peruttua varausta ei voi perua uudelleen.',
    sv: 'En avbokad bokning kan inte avbokas igen.',
    en: 'A cancelled booking cannot be cancelled again.',
  },
  'booking.testbed_draft': {
    fi: 'Testiympäristö on vielä luonnos, eikä siihen voi tehdä varauksia.',
    sv: 'Testmiljön är ännu ett utkast och tar inte emot bokningar.',
    en: 'The test bed is still a draft and takes no bookings.',
  },
  'booking.testbed_archived': {
    fi: 'Testiympäristö on arkistoitu, eikä siihen voi enää tehdä varauksia.',
    sv: 'Testmiljön är arkiverad och tar inte längre emot bokningar.',
    en: 'The test bed is archived and takes no more bookings.',
  },
  'booking.outside_availability': {
    fi: 'Ajanjakso {period} ei mahdu mihinkään testiympäristön saatavuusjaksoon.',
    sv: 'Perioden {period} ryms inte inom någon av testmiljöns tillgänglighetsperioder.',
    en: "The period {period} does not fit inside any of the test bed's availability windows.",
  },
  'booking.over_capacity_one': {
    fi: 'Hyväksyntä ylittäisi testiympäristön kapasiteetin: siinä voi olla vain yksi pilotti kerrallaan.',
    sv: 'Ett godkännande skulle överskrida testmiljöns kapacitet: den tar bara ett pilotprojekt åt gången.',
    en: "Approving would exceed the test bed's capacity: it takes only one pilot at a time.",
  },
  'booking.over_capacity': {
    fi: 'Hyväksyntä ylittäisi testiympäristön kapasiteetin: siinä voi olla enintään {capacity} pilottia kerrallaan.',
    sv: 'Ett godkännande skulle överskrida testmiljöns kapacitet: den tar högst {capacity} pilotprojekt åt gången.',
    en: "Approving would exceed the test bed's capacity: it takes at most {capacity} pilots at a time.",
  },
});

export type BookingMessageCode = keyof typeof BOOKING_MESSAGES;
