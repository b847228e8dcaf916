import type { TextsOf } from '../render.js';

/** Notifications of a pilot's reports. */
export const PILOT_TEXTS: TextsOf<'pilot.report_filed' | 'pilot.report_accepted' | 'pilot.report_returned'> = {
  'pilot.report_filed': {
    fi: (p, f) => ({
      title: `${p.reportKind === 'final' ? 'Loppuraportti' : 'Väliraportti'} tarkistettavana: ${p.applicationTitle}`,
      body: `${p.organisationName} jätti kokeilun ${p.applicationTitle} ${p.reportKind === 'final' ? 'loppuraportin' : 'väliraportin'} ajalta ${f.period(p.periodStart, p.periodEnd)}. Hyväksy raportti tai palauta se korjattavaksi.`,
    }),
    sv: (p, f) => ({
      title: `${p.reportKind === 'final' ? 'Slutrapport' : 'Lägesrapport'} att granska: ${p.applicationTitle}`,
      body: `${p.organisationName} lämnade in ${p.reportKind === 'final' ? 'slutrapporten' : 'en lägesrapport'} för piloten ${p.applicationTitle} för perioden ${f.period(p.periodStart, p.periodEnd)}. Godkänn rapporten eller returnera den för ändringar.`,
    }),
    en: (p, f) => ({
      title: `${p.reportKind === 'final' ? 'Final report' : 'Progress report'} to review: ${p.applicationTitle}`,
      body: `${p.organisationName} filed the ${p.reportKind === 'final' ? 'final report' : 'progress report'} of the pilot ${p.applicationTitle} for ${f.period(p.periodStart, p.periodEnd)}. Accept it or return it for changes.`,
    }),
  },
  'pilot.report_accepted': {
    fi: (p, f) => ({
      title: `${p.reportKind === 'final' ? 'Loppuraportti' : 'Väliraportti'} hyväksytty: ${p.applicationTitle}`,
      body: `Kokeilun ${p.applicationTitle} raportti ajalta ${f.period(p.periodStart, p.periodEnd)} on hyväksytty.${p.comment ? ` Kommentti: ${p.comment}` : ''}${p.completed === 'yes' ? ' Kokeilu on päättynyt.' : ''}`,
    }),
    sv: (p, f) => ({
      title: `${p.reportKind === 'final' ? 'Slutrapporten' : 'Lägesrapporten'} godkänd: ${p.applicationTitle}`,
      body: `Rapporten för piloten ${p.applicationTitle} för perioden ${f.period(p.periodStart, p.periodEnd)} har godkänts.${p.comment ? ` Kommentar: ${p.comment}` : ''}${p.completed === 'yes' ? ' Piloten är avslutad.' : ''}`,
    }),
    en: (p, f) => ({
      title: `${p.reportKind === 'final' ? 'Final report' : 'Progress report'} accepted: ${p.applicationTitle}`,
      body: `The report of the pilot ${p.applicationTitle} for ${f.period(p.periodStart, p.periodEnd)} has been accepted.${p.comment ? ` Comment: ${p.comment}` : ''}${p.completed === 'yes' ? ' The pilot is completed.' : ''}`,
    }),
  },
  'pilot.report_returned': {
    fi: (p, f) => ({
      title: `Raportti palautettu korjattavaksi: ${p.applicationTitle}`,
      body: `Kokeilun ${p.applicationTitle} ${p.reportKind === 'final' ? 'loppuraportti' : 'väliraportti'} ajalta ${f.period(p.periodStart, p.periodEnd)} palautettiin korjattavaksi. Perustelu: ${p.reason}`,
    }),
    sv: (p, f) => ({
      title: `Rapporten returnerad för ändringar: ${p.applicationTitle}`,
      body: `${p.reportKind === 'final' ? 'Slutrapporten' : 'Lägesrapporten'} för piloten ${p.applicationTitle} för perioden ${f.period(p.periodStart, p.periodEnd)} returnerades för ändringar. Motivering: ${p.reason}`,
    }),
    en: (p, f) => ({
      title: `Report returned for changes: ${p.applicationTitle}`,
      body: `The ${p.reportKind === 'final' ? 'final report' : 'progress report'} of the pilot ${p.applicationTitle} for ${f.period(p.periodStart, p.periodEnd)} was returned for changes. Reason: ${p.reason}`,
    }),
  },
};
