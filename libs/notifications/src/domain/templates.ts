export type Locale = 'fi' | 'sv' | 'en';

/** Every in-app and e-mail notification, with the parameters its text needs. */
export interface NotificationParams {
  'booking.requested': { testbedName: string; organisationName: string; period: string };
  'booking.approved': { testbedName: string; period: string };
  'booking.declined': { testbedName: string; period: string; reason: string };
  'booking.cancelled': { testbedName: string; period: string; cancelledBy: string };
}
export type NotificationKind = keyof NotificationParams;
export const NOTIFICATION_KINDS = [
  'booking.requested',
  'booking.approved',
  'booking.declined',
  'booking.cancelled',
] as const satisfies readonly NotificationKind[];

export interface RenderedNotification {
  title: string;
  body: string;
}

type Texts = { [K in NotificationKind]: Record<Locale, (p: NotificationParams[K]) => RenderedNotification> };

const TEXTS: Texts = {
  'booking.requested': {
    fi: (p) => ({ title: `Uusi varauspyyntö: ${p.testbedName}`, body: `${p.organisationName} pyytää kehitysalustaa ${p.testbedName} ajalle ${p.period}.` }),
    sv: (p) => ({ title: `Ny bokningsförfrågan: ${p.testbedName}`, body: `${p.organisationName} ber om testbädden ${p.testbedName} för perioden ${p.period}.` }),
    en: (p) => ({ title: `New booking request: ${p.testbedName}`, body: `${p.organisationName} requests the test bed ${p.testbedName} for ${p.period}.` }),
  },
  'booking.approved': {
    fi: (p) => ({ title: `Varaus hyväksytty: ${p.testbedName}`, body: `Varauksesi kehitysalustalle ${p.testbedName} ajalle ${p.period} on hyväksytty.` }),
    sv: (p) => ({ title: `Bokningen godkänd: ${p.testbedName}`, body: `Din bokning av testbädden ${p.testbedName} för perioden ${p.period} har godkänts.` }),
    en: (p) => ({ title: `Booking approved: ${p.testbedName}`, body: `Your booking of the test bed ${p.testbedName} for ${p.period} has been approved.` }),
  },
  'booking.declined': {
    fi: (p) => ({ title: `Varausta ei hyväksytty: ${p.testbedName}`, body: `Varaustasi kehitysalustalle ${p.testbedName} ajalle ${p.period} ei hyväksytty. Perustelu: ${p.reason}` }),
    sv: (p) => ({ title: `Bokningen avböjd: ${p.testbedName}`, body: `Din bokning av testbädden ${p.testbedName} för perioden ${p.period} avböjdes. Motivering: ${p.reason}` }),
    en: (p) => ({ title: `Booking declined: ${p.testbedName}`, body: `Your booking of the test bed ${p.testbedName} for ${p.period} was declined. Reason: ${p.reason}` }),
  },
  'booking.cancelled': {
    fi: (p) => ({ title: `Varaus peruttu: ${p.testbedName}`, body: `Varauksen kehitysalustalle ${p.testbedName} ajalle ${p.period} perui ${p.cancelledBy}.` }),
    sv: (p) => ({ title: `Bokningen avbokad: ${p.testbedName}`, body: `Bokningen av testbädden ${p.testbedName} för perioden ${p.period} avbokades av ${p.cancelledBy}.` }),
    en: (p) => ({ title: `Booking cancelled: ${p.testbedName}`, body: `The booking of the test bed ${p.testbedName} for ${p.period} was cancelled by ${p.cancelledBy}.` }),
  },
};

/** The notification's text in the recipient's language. */
export function renderNotification<K extends NotificationKind>(kind: K, locale: Locale, params: NotificationParams[K]): RenderedNotification {
  const byLocale = TEXTS[kind] as Record<Locale, (p: NotificationParams[K]) => RenderedNotification>;
  return (byLocale[locale] ?? byLocale.en)(params);
}
