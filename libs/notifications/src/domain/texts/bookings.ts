import type { TextsOf } from '../render.js';

/** Notifications of test-bed bookings. */
export const BOOKING_TEXTS: TextsOf<'booking.requested' | 'booking.approved' | 'booking.declined' | 'booking.cancelled' | 'booking.confirmation_requested'> = {
  'booking.requested': {
    fi: (p, f) => ({ title: `Uusi varauspyyntö: ${p.testbedName}`, body: `${p.organisationName} pyytää kehitysalustaa ${p.testbedName} ajalle ${f.period(p.start, p.end)}.` }),
    sv: (p, f) => ({ title: `Ny bokningsförfrågan: ${p.testbedName}`, body: `${p.organisationName} ber om testbädden ${p.testbedName} för perioden ${f.period(p.start, p.end)}.` }),
    en: (p, f) => ({ title: `New booking request: ${p.testbedName}`, body: `${p.organisationName} requests the test bed ${p.testbedName} for ${f.period(p.start, p.end)}.` }),
  },
  'booking.approved': {
    fi: (p, f) => ({ title: `Varaus hyväksytty: ${p.testbedName}`, body: `Varauksesi kehitysalustalle ${p.testbedName} ajalle ${f.period(p.start, p.end)} on hyväksytty.` }),
    sv: (p, f) => ({ title: `Bokningen godkänd: ${p.testbedName}`, body: `Din bokning av testbädden ${p.testbedName} för perioden ${f.period(p.start, p.end)} har godkänts.` }),
    en: (p, f) => ({ title: `Booking approved: ${p.testbedName}`, body: `Your booking of the test bed ${p.testbedName} for ${f.period(p.start, p.end)} has been approved.` }),
  },
  'booking.declined': {
    fi: (p, f) => ({ title: `Varausta ei hyväksytty: ${p.testbedName}`, body: `Varaustasi kehitysalustalle ${p.testbedName} ajalle ${f.period(p.start, p.end)} ei hyväksytty. Perustelu: ${p.reason}` }),
    sv: (p, f) => ({ title: `Bokningen avböjd: ${p.testbedName}`, body: `Din bokning av testbädden ${p.testbedName} för perioden ${f.period(p.start, p.end)} avböjdes. Motivering: ${p.reason}` }),
    en: (p, f) => ({ title: `Booking declined: ${p.testbedName}`, body: `Your booking of the test bed ${p.testbedName} for ${f.period(p.start, p.end)} was declined. Reason: ${p.reason}` }),
  },
  'booking.cancelled': {
    fi: (p, f) => ({ title: `Varaus peruttu: ${p.testbedName}`, body: `Varauksen kehitysalustalle ${p.testbedName} ajalle ${f.period(p.start, p.end)} perui ${p.cancelledBy}.` }),
    sv: (p, f) => ({ title: `Bokningen avbokad: ${p.testbedName}`, body: `Bokningen av testbädden ${p.testbedName} för perioden ${f.period(p.start, p.end)} avbokades av ${p.cancelledBy}.` }),
    en: (p, f) => ({ title: `Booking cancelled: ${p.testbedName}`, body: `The booking of the test bed ${p.testbedName} for ${f.period(p.start, p.end)} was cancelled by ${p.cancelledBy}.` }),
  },
  'booking.confirmation_requested': {
    fi: (p, f) => ({
      title: `Rahoitettu kokeilu pyytää kehitysalustaa: ${p.testbedName}`,
      body: `Hakemus ${p.applicationTitle} (${p.organisationName}) sai rahoituksen haussa ${p.callTitle} ja tarvitsee kehitysalustaa ${p.testbedName} ajalle ${f.period(p.start, p.end)}. Varaus on yhä pyyntö: hyväksy tai hylkää se.`,
    }),
    sv: (p, f) => ({
      title: `Ett finansierat pilotprojekt ber om testbädden: ${p.testbedName}`,
      body: `Ansökan ${p.applicationTitle} (${p.organisationName}) beviljades finansiering i utlysningen ${p.callTitle} och behöver testbädden ${p.testbedName} för perioden ${f.period(p.start, p.end)}. Bokningen är fortfarande en förfrågan: godkänn eller avböj den.`,
    }),
    en: (p, f) => ({
      title: `A funded pilot asks for the test bed: ${p.testbedName}`,
      body: `The application ${p.applicationTitle} (${p.organisationName}) was funded in the call ${p.callTitle} and needs the test bed ${p.testbedName} for ${f.period(p.start, p.end)}. The booking is still a request: approve or decline it.`,
    }),
  },
};
