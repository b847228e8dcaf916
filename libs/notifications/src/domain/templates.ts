import type { Locale } from '@kokeilu/platform';

/** Every in-app and e-mail notification, with the parameters its text needs. */
export interface NotificationParams {
  'booking.requested': { testbedName: string; organisationName: string; period: string };
  'booking.approved': { testbedName: string; period: string };
  'booking.declined': { testbedName: string; period: string; reason: string };
  'booking.cancelled': { testbedName: string; period: string; cancelledBy: string };
  'booking.confirmation_requested': { testbedName: string; organisationName: string; applicationTitle: string; callTitle: string; period: string };
  'application.submitted': { applicationTitle: string; callTitle: string; submittedAt: string; revision: string };
  'application.eligibility': { applicationTitle: string; outcome: 'eligible' | 'ineligible' };
  'application.partner_invited': { applicationTitle: string; callTitle: string; leadOrganisationName: string; partnerOrganisationName: string };
  'application.partner_accepted': { applicationTitle: string; partnerOrganisationName: string };
  'application.extension_granted': { callTitle: string; organisationName: string; deadline: string; reason: string };
  'review.assigned': { callTitle: string; count: string; reviewDeadline: string };
  'review.reminder': { callTitle: string; count: string; reviewDeadline: string };
  'funding.decided': {
    applicationTitle: string;
    callTitle: string;
    outcome: 'funded' | 'reserve' | 'not_funded' | 'ineligible';
    grant: string;
    reservePosition: string;
    /** The evaluation results; for an ineligible application, why it was not eligible. */
    scoresFi: string;
    scoresSv: string;
    scoresEn: string;
  };
  'funding.promoted': { applicationTitle: string; callTitle: string; grant: string };
  'pilot.report_filed': { applicationTitle: string; organisationName: string; reportKind: 'progress' | 'final'; period: string };
  'pilot.report_accepted': { applicationTitle: string; reportKind: 'progress' | 'final'; period: string; comment: string; completed: 'yes' | 'no' };
  'pilot.report_returned': { applicationTitle: string; reportKind: 'progress' | 'final'; period: string; reason: string };
}
export type NotificationKind = keyof NotificationParams;
export const NOTIFICATION_KINDS = [
  'booking.requested',
  'booking.approved',
  'booking.declined',
  'booking.cancelled',
  'booking.confirmation_requested',
  'application.submitted',
  'application.eligibility',
  'application.partner_invited',
  'application.partner_accepted',
  'application.extension_granted',
  'review.assigned',
  'review.reminder',
  'funding.decided',
  'funding.promoted',
  'pilot.report_filed',
  'pilot.report_accepted',
  'pilot.report_returned',
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
  'booking.confirmation_requested': {
    fi: (p) => ({
      title: `Rahoitettu kokeilu pyytää kehitysalustaa: ${p.testbedName}`,
      body: `Hakemus ${p.applicationTitle} (${p.organisationName}) sai rahoituksen haussa ${p.callTitle} ja tarvitsee kehitysalustaa ${p.testbedName} ajalle ${p.period}. Varaus on yhä pyyntö: hyväksy tai hylkää se.`,
    }),
    sv: (p) => ({
      title: `Ett finansierat pilotprojekt ber om testbädden: ${p.testbedName}`,
      body: `Ansökan ${p.applicationTitle} (${p.organisationName}) beviljades finansiering i utlysningen ${p.callTitle} och behöver testbädden ${p.testbedName} för perioden ${p.period}. Bokningen är fortfarande en förfrågan: godkänn eller avböj den.`,
    }),
    en: (p) => ({
      title: `A funded pilot asks for the test bed: ${p.testbedName}`,
      body: `The application ${p.applicationTitle} (${p.organisationName}) was funded in the call ${p.callTitle} and needs the test bed ${p.testbedName} for ${p.period}. The booking is still a request: approve or decline it.`,
    }),
  },
  'application.submitted': {
    fi: (p) => ({ title: `Hakemus jätetty: ${p.applicationTitle}`, body: `Hakemus ${p.applicationTitle} hakuun ${p.callTitle} on vastaanotettu ${p.submittedAt} (versio ${p.revision}). Kelpoisuuden tarkistuksen tulos lähetetään erikseen.` }),
    sv: (p) => ({ title: `Ansökan inlämnad: ${p.applicationTitle}`, body: `Ansökan ${p.applicationTitle} till utlysningen ${p.callTitle} togs emot ${p.submittedAt} (version ${p.revision}). Resultatet av behörighetskontrollen skickas separat.` }),
    en: (p) => ({ title: `Application submitted: ${p.applicationTitle}`, body: `The application ${p.applicationTitle} to the call ${p.callTitle} was received at ${p.submittedAt} (revision ${p.revision}). The eligibility check result follows separately.` }),
  },
  'application.eligibility': {
    fi: (p) => ({
      title: `${p.outcome === 'eligible' ? 'Hakemus täyttää kelpoisuusehdot' : 'Hakemus ei täytä kelpoisuusehtoja'}: ${p.applicationTitle}`,
      body: `Hakemuksen ${p.applicationTitle} kelpoisuus on tarkistettu: ${p.outcome === 'eligible' ? 'kaikki ehdot täyttyvät' : 'kaikki ehdot eivät täyty'}. Perustelut ehdoittain näet hakemuksen tiedoista.`,
    }),
    sv: (p) => ({
      title: `${p.outcome === 'eligible' ? 'Ansökan uppfyller behörighetsvillkoren' : 'Ansökan uppfyller inte behörighetsvillkoren'}: ${p.applicationTitle}`,
      body: `Behörigheten för ansökan ${p.applicationTitle} har kontrollerats: ${p.outcome === 'eligible' ? 'alla villkor uppfylls' : 'alla villkor uppfylls inte'}. Motiveringen per villkor finns i ansökan.`,
    }),
    en: (p) => ({
      title: `${p.outcome === 'eligible' ? 'Application eligible' : 'Application not eligible'}: ${p.applicationTitle}`,
      body: `The eligibility of the application ${p.applicationTitle} has been checked: ${p.outcome === 'eligible' ? 'every rule is met' : 'not every rule is met'}. The reason for each rule is shown with the application.`,
    }),
  },
  'application.partner_invited': {
    fi: (p) => ({ title: `Kumppanikutsu: ${p.applicationTitle}`, body: `${p.leadOrganisationName} kutsuu organisaatiosi ${p.partnerOrganisationName} kumppaniksi hakemukseen ${p.applicationTitle} hakuun ${p.callTitle}. Omistajana voit hyväksyä kutsun.` }),
    sv: (p) => ({ title: `Inbjudan som partner: ${p.applicationTitle}`, body: `${p.leadOrganisationName} bjuder in din organisation ${p.partnerOrganisationName} som partner i ansökan ${p.applicationTitle} till utlysningen ${p.callTitle}. Som ägare kan du godkänna inbjudan.` }),
    en: (p) => ({ title: `Partner invitation: ${p.applicationTitle}`, body: `${p.leadOrganisationName} invites your organisation ${p.partnerOrganisationName} to partner in the application ${p.applicationTitle} to the call ${p.callTitle}. As an owner you may accept.` }),
  },
  'application.partner_accepted': {
    fi: (p) => ({ title: `Kumppani mukana: ${p.applicationTitle}`, body: `${p.partnerOrganisationName} on hyväksynyt kutsun kumppaniksi hakemukseen ${p.applicationTitle}.` }),
    sv: (p) => ({ title: `Partner med: ${p.applicationTitle}`, body: `${p.partnerOrganisationName} har godkänt inbjudan som partner i ansökan ${p.applicationTitle}.` }),
    en: (p) => ({ title: `Partner joined: ${p.applicationTitle}`, body: `${p.partnerOrganisationName} has accepted the invitation to partner in the application ${p.applicationTitle}.` }),
  },
  'application.extension_granted': {
    fi: (p) => ({ title: `Lisäaika hakuun: ${p.callTitle}`, body: `Organisaatiosi ${p.organisationName} voi jättää hakemuksen hakuun ${p.callTitle} ${p.deadline} asti. Perustelu: ${p.reason}` }),
    sv: (p) => ({ title: `Förlängd tid: ${p.callTitle}`, body: `Din organisation ${p.organisationName} kan lämna in ansökan till utlysningen ${p.callTitle} fram till ${p.deadline}. Motivering: ${p.reason}` }),
    en: (p) => ({ title: `Deadline extended: ${p.callTitle}`, body: `Your organisation ${p.organisationName} may submit to the call ${p.callTitle} until ${p.deadline}. Reason: ${p.reason}` }),
  },
  'review.assigned': {
    fi: (p) => ({ title: `Arvioitavaa haussa ${p.callTitle}`, body: `Sinulle on osoitettu ${p.count} hakemusta arvioitavaksi haussa ${p.callTitle}. Arviot on jätettävä ${p.reviewDeadline} mennessä.` }),
    sv: (p) => ({ title: `Att bedöma i utlysningen ${p.callTitle}`, body: `Du har tilldelats ${p.count} ansökningar att bedöma i utlysningen ${p.callTitle}. Bedömningarna ska lämnas senast ${p.reviewDeadline}.` }),
    en: (p) => ({ title: `Reviews assigned: ${p.callTitle}`, body: `You have been assigned ${p.count} application(s) to review in the call ${p.callTitle}. Reviews are due by ${p.reviewDeadline}.` }),
  },
  'review.reminder': {
    fi: (p) => ({ title: `Muistutus: arviot haussa ${p.callTitle}`, body: `Sinulta puuttuu vielä ${p.count} arviota haussa ${p.callTitle}. Arviot on jätettävä ${p.reviewDeadline} mennessä.` }),
    sv: (p) => ({ title: `Påminnelse: bedömningar i utlysningen ${p.callTitle}`, body: `Du har ännu ${p.count} bedömningar kvar i utlysningen ${p.callTitle}. Bedömningarna ska lämnas senast ${p.reviewDeadline}.` }),
    en: (p) => ({ title: `Reminder: reviews for ${p.callTitle}`, body: `You still have ${p.count} review(s) to submit in the call ${p.callTitle}. Reviews are due by ${p.reviewDeadline}.` }),
  },
  'funding.decided': {
    fi: (p) => ({
      title: `Rahoituspäätös: ${p.applicationTitle}`,
      body:
        p.outcome === 'funded'
          ? `Hakemukselle ${p.applicationTitle} haussa ${p.callTitle} on myönnetty rahoitusta ${p.grant}. Arvioinnin tulokset: ${p.scoresFi}.`
          : p.outcome === 'ineligible'
            ? `Hakemus ${p.applicationTitle} haussa ${p.callTitle} ei täyttänyt haun ehtoja, joten sitä ei arvioitu eikä sille myönnetty rahoitusta. Perustelut: ${p.scoresFi}.`
            : p.outcome === 'reserve'
              ? `Hakemus ${p.applicationTitle} haussa ${p.callTitle} ei saanut rahoitusta nyt, mutta se on varasijalla ${p.reservePosition}. Jos rahoitusta vapautuu, saat siitä tiedon. Arvioinnin tulokset: ${p.scoresFi}.`
              : `Hakemukselle ${p.applicationTitle} haussa ${p.callTitle} ei myönnetty rahoitusta. Arvioinnin tulokset: ${p.scoresFi}.`,
    }),
    sv: (p) => ({
      title: `Finansieringsbeslut: ${p.applicationTitle}`,
      body:
        p.outcome === 'funded'
          ? `Ansökan ${p.applicationTitle} i utlysningen ${p.callTitle} har beviljats finansiering på ${p.grant}. Bedömningens resultat: ${p.scoresSv}.`
          : p.outcome === 'ineligible'
            ? `Ansökan ${p.applicationTitle} i utlysningen ${p.callTitle} uppfyllde inte utlysningens villkor och bedömdes därför inte och beviljades ingen finansiering. Motivering: ${p.scoresSv}.`
            : p.outcome === 'reserve'
              ? `Ansökan ${p.applicationTitle} i utlysningen ${p.callTitle} fick ingen finansiering nu, men står på reservplats ${p.reservePosition}. Om medel frigörs får du besked. Bedömningens resultat: ${p.scoresSv}.`
              : `Ansökan ${p.applicationTitle} i utlysningen ${p.callTitle} beviljades ingen finansiering. Bedömningens resultat: ${p.scoresSv}.`,
    }),
    en: (p) => ({
      title: `Funding decision: ${p.applicationTitle}`,
      body:
        p.outcome === 'funded'
          ? `The application ${p.applicationTitle} to the call ${p.callTitle} has been granted ${p.grant}. Evaluation results: ${p.scoresEn}.`
          : p.outcome === 'ineligible'
            ? `The application ${p.applicationTitle} to the call ${p.callTitle} did not meet the call's eligibility rules, so it was not evaluated and not granted funding. Why: ${p.scoresEn}.`
            : p.outcome === 'reserve'
              ? `The application ${p.applicationTitle} to the call ${p.callTitle} is not funded now, but it is number ${p.reservePosition} on the reserve list. You will hear if funding is freed. Evaluation results: ${p.scoresEn}.`
              : `The application ${p.applicationTitle} to the call ${p.callTitle} was not granted funding. Evaluation results: ${p.scoresEn}.`,
    }),
  },
  'funding.promoted': {
    fi: (p) => ({ title: `Rahoitus varasijalta: ${p.applicationTitle}`, body: `Rahoitusta vapautui, ja hakemukselle ${p.applicationTitle} haussa ${p.callTitle} on myönnetty varasijalta rahoitusta ${p.grant}.` }),
    sv: (p) => ({ title: `Finansiering från reservlistan: ${p.applicationTitle}`, body: `Medel frigjordes, och ansökan ${p.applicationTitle} i utlysningen ${p.callTitle} har från reservlistan beviljats ${p.grant}.` }),
    en: (p) => ({ title: `Funded from the reserve list: ${p.applicationTitle}`, body: `Funding was freed, and the application ${p.applicationTitle} to the call ${p.callTitle} has been granted ${p.grant} from the reserve list.` }),
  },
  'pilot.report_filed': {
    fi: (p) => ({
      title: `${p.reportKind === 'final' ? 'Loppuraportti' : 'Väliraportti'} tarkistettavana: ${p.applicationTitle}`,
      body: `${p.organisationName} jätti kokeilun ${p.applicationTitle} ${p.reportKind === 'final' ? 'loppuraportin' : 'väliraportin'} ajalta ${p.period}. Hyväksy raportti tai palauta se korjattavaksi.`,
    }),
    sv: (p) => ({
      title: `${p.reportKind === 'final' ? 'Slutrapport' : 'Lägesrapport'} att granska: ${p.applicationTitle}`,
      body: `${p.organisationName} lämnade in ${p.reportKind === 'final' ? 'slutrapporten' : 'en lägesrapport'} för piloten ${p.applicationTitle} för perioden ${p.period}. Godkänn rapporten eller returnera den för ändringar.`,
    }),
    en: (p) => ({
      title: `${p.reportKind === 'final' ? 'Final report' : 'Progress report'} to review: ${p.applicationTitle}`,
      body: `${p.organisationName} filed the ${p.reportKind === 'final' ? 'final report' : 'progress report'} of the pilot ${p.applicationTitle} for ${p.period}. Accept it or return it for changes.`,
    }),
  },
  'pilot.report_accepted': {
    fi: (p) => ({
      title: `${p.reportKind === 'final' ? 'Loppuraportti' : 'Väliraportti'} hyväksytty: ${p.applicationTitle}`,
      body: `Kokeilun ${p.applicationTitle} raportti ajalta ${p.period} on hyväksytty.${p.comment ? ` Kommentti: ${p.comment}` : ''}${p.completed === 'yes' ? ' Kokeilu on päättynyt.' : ''}`,
    }),
    sv: (p) => ({
      title: `${p.reportKind === 'final' ? 'Slutrapporten' : 'Lägesrapporten'} godkänd: ${p.applicationTitle}`,
      body: `Rapporten för piloten ${p.applicationTitle} för perioden ${p.period} har godkänts.${p.comment ? ` Kommentar: ${p.comment}` : ''}${p.completed === 'yes' ? ' Piloten är avslutad.' : ''}`,
    }),
    en: (p) => ({
      title: `${p.reportKind === 'final' ? 'Final report' : 'Progress report'} accepted: ${p.applicationTitle}`,
      body: `The report of the pilot ${p.applicationTitle} for ${p.period} has been accepted.${p.comment ? ` Comment: ${p.comment}` : ''}${p.completed === 'yes' ? ' The pilot is completed.' : ''}`,
    }),
  },
  'pilot.report_returned': {
    fi: (p) => ({
      title: `Raportti palautettu korjattavaksi: ${p.applicationTitle}`,
      body: `Kokeilun ${p.applicationTitle} ${p.reportKind === 'final' ? 'loppuraportti' : 'väliraportti'} ajalta ${p.period} palautettiin korjattavaksi. Perustelu: ${p.reason}`,
    }),
    sv: (p) => ({
      title: `Rapporten returnerad för ändringar: ${p.applicationTitle}`,
      body: `${p.reportKind === 'final' ? 'Slutrapporten' : 'Lägesrapporten'} för piloten ${p.applicationTitle} för perioden ${p.period} returnerades för ändringar. Motivering: ${p.reason}`,
    }),
    en: (p) => ({
      title: `Report returned for changes: ${p.applicationTitle}`,
      body: `The ${p.reportKind === 'final' ? 'final report' : 'progress report'} of the pilot ${p.applicationTitle} for ${p.period} was returned for changes. Reason: ${p.reason}`,
    }),
  },
};

/** The notification's text in the recipient's language. */
export function renderNotification<K extends NotificationKind>(kind: K, locale: Locale, params: NotificationParams[K]): RenderedNotification {
  const byLocale = TEXTS[kind] as Record<Locale, (p: NotificationParams[K]) => RenderedNotification>;
  return (byLocale[locale] ?? byLocale.en)(params);
}
