import type { TextsOf } from '../render.js';

/** Notifications of test-bed bookings. */
export const BOOKING_TEXTS: TextsOf<'booking.requested' | 'booking.approved' | 'booking.declined' | 'booking.cancelled' | 'booking.confirmation_requested'> = {
  'booking.requested': {
    fi: (p, f) => ({ title: `Uusi varauspyyntö: ${f.name(p.testbedName)}`, body: `${p.organisationName} pyytää testiympäristöä ${f.name(p.testbedName)} ajalle ${f.period(p.start, p.end)}.` }),
    sv: (p, f) => ({ title: `Ny bokningsförfrågan: ${f.name(p.testbedName)}`, body: `${p.organisationName} ber om testmiljön ${f.name(p.testbedName)} för perioden ${f.period(p.start, p.end)}.` }),
    en: (p, f) => ({ title: `New booking request: ${f.name(p.testbedName)}`, body: `${p.organisationName} requests the test bed ${f.name(p.testbedName)} for ${f.period(p.start, p.end)}.` }),
  },
  'booking.approved': {
    fi: (p, f) => ({ title: `Varaus hyväksytty: ${f.name(p.testbedName)}`, body: `Varauksesi testiympäristöön ${f.name(p.testbedName)} ajalle ${f.period(p.start, p.end)} on hyväksytty.` }),
    sv: (p, f) => ({ title: `Bokningen godkänd: ${f.name(p.testbedName)}`, body: `Din bokning av testmiljön ${f.name(p.testbedName)} för perioden ${f.period(p.start, p.end)} har godkänts.` }),
    en: (p, f) => ({ title: `Booking approved: ${f.name(p.testbedName)}`, body: `Your booking of the test bed ${f.name(p.testbedName)} for ${f.period(p.start, p.end)} has been approved.` }),
  },
  'booking.declined': {
    fi: (p, f) => ({ title: `Varausta ei hyväksytty: ${f.name(p.testbedName)}`, body: `Varaustasi testiympäristöön ${f.name(p.testbedName)} ajalle ${f.period(p.start, p.end)} ei hyväksytty. Perustelu: ${p.reason}` }),
    sv: (p, f) => ({ title: `Bokningen avböjd: ${f.name(p.testbedName)}`, body: `Din bokning av testmiljön ${f.name(p.testbedName)} för perioden ${f.period(p.start, p.end)} avböjdes. Motivering: ${p.reason}` }),
    en: (p, f) => ({ title: `Booking declined: ${f.name(p.testbedName)}`, body: `Your booking of the test bed ${f.name(p.testbedName)} for ${f.period(p.start, p.end)} was declined. Reason: ${p.reason}` }),
  },
  'booking.cancelled': {
    fi: (p, f) => ({ title: `Varaus peruttu: ${f.name(p.testbedName)}`, body: `Varauksen testiympäristöön ${f.name(p.testbedName)} ajalle ${f.period(p.start, p.end)} perui ${f.name(p.cancelledBy)}.` }),
    sv: (p, f) => ({ title: `Bokningen avbokad: ${f.name(p.testbedName)}`, body: `Bokningen av testmiljön ${f.name(p.testbedName)} för perioden ${f.period(p.start, p.end)} avbokades av ${f.name(p.cancelledBy)}.` }),
    en: (p, f) => ({ title: `Booking cancelled: ${f.name(p.testbedName)}`, body: `The booking of the test bed ${f.name(p.testbedName)} for ${f.period(p.start, p.end)} was cancelled by ${f.name(p.cancelledBy)}.` }),
  },
  'booking.confirmation_requested': {
    fi: (p, f) => ({
      title: `Rahoitettu kokeilu pyytää testiympäristöä: ${f.name(p.testbedName)}`,
      body: `Hakemus ${p.applicationTitle} (${p.organisationName}) sai rahoituksen haussa ${f.name(p.callTitle)} ja tarvitsee testiympäristöä ${f.name(p.testbedName)} ajalle ${f.period(p.start, p.end)}. Varaus on yhä pyyntö: hyväksy tai hylkää se.`,
    }),
    sv: (p, f) => ({
      title: `Ett finansierat pilotprojekt ber om testmiljön: ${f.name(p.testbedName)}`,
      body: `Ansökan ${p.applicationTitle} (${p.organisationName}) beviljades finansiering i utlysningen ${f.name(p.callTitle)} och behöver testmiljön ${f.name(p.testbedName)} för perioden ${f.period(p.start, p.end)}. Bokningen är fortfarande en förfrågan: godkänn eller avböj den.`,
    }),
    en: (p, f) => ({
      title: `A funded pilot asks for the test bed: ${f.name(p.testbedName)}`,
      body: `The application ${p.applicationTitle} (${p.organisationName}) was funded in the call ${f.name(p.callTitle)} and needs the test bed ${f.name(p.testbedName)} for ${f.period(p.start, p.end)}. The booking is still a request: approve or decline it.`,
    }),
  },
};
