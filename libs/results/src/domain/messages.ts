import { defineMessages } from '@kokeilu/platform';

/** What pilots and their reports tell their callers, by stable code, in every language. */
export const RESULTS_MESSAGES = defineMessages({
  'pilot.completed': {
    fi: 'Pilotti on päättynyt, eikä siitä enää raportoida.',
    sv: 'Pilotprojektet är avslutat och rapporteras inte längre.',
    en: 'The pilot is completed, so its reports are closed.',
  },
  'pilot.cancelled': {
    fi: 'Pilotti on peruttu, eikä siitä enää raportoida.',
    sv: 'Pilotprojektet är inställt och rapporteras inte längre.',
    en: 'The pilot is cancelled, so its reports are closed.',
  },
  'report.final_pending': {
    fi: 'Loppuraportti odottaa jo käsittelyä; se hyväksytään tai palautetaan ensin.',
    sv: 'En slutrapport väntar redan på granskning; den godkänns eller returneras först.',
    en: 'A final report already awaits review; it is accepted or returned first.',
  },
  'report.accepted': {
    fi: 'Raportti on jo hyväksytty.',
    sv: 'Rapporten är redan godkänd.',
    en: 'The report is already accepted.',
  },
  'report.returned': {
    fi: 'Raportti on jo palautettu.',
    sv: 'Rapporten är redan returnerad.',
    en: 'The report is already returned.',
  },
  'report.others_pending': {
    fi: 'Pilotin muut raportit odottavat käsittelyä; hyväksy tai palauta ne ennen loppuraporttia.',
    sv: 'Pilotprojektets andra rapporter väntar på granskning; godkänn eller returnera dem före slutrapporten.',
    en: 'Other reports of this pilot await review; accept or return them before the final report.',
  },
});
