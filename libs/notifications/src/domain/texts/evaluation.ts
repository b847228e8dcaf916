import type { TextsOf } from '../render.js';

/** Notifications of evaluation: to evaluators, and to those who run the call. */
export const EVALUATION_TEXTS: TextsOf<'review.assigned' | 'review.reminder' | 'call.closed' | 'evaluation.assigned'> = {
  'review.assigned': {
    fi: (p, f) => ({ title: `Arvioitavaa haussa ${p.callTitle}`, body: `Sinulle on osoitettu ${p.count} hakemusta arvioitavaksi haussa ${p.callTitle}. Arviot on jätettävä ${f.dateTime(p.reviewDeadline)} mennessä.` }),
    sv: (p, f) => ({ title: `Att bedöma i utlysningen ${p.callTitle}`, body: `Du har tilldelats ${p.count} ansökningar att bedöma i utlysningen ${p.callTitle}. Bedömningarna ska lämnas senast ${f.dateTime(p.reviewDeadline)}.` }),
    en: (p, f) => ({ title: `Reviews assigned: ${p.callTitle}`, body: `You have been assigned ${p.count} application(s) to review in the call ${p.callTitle}. Reviews are due by ${f.dateTime(p.reviewDeadline)}.` }),
  },
  'review.reminder': {
    fi: (p, f) => ({ title: `Muistutus: arviot haussa ${p.callTitle}`, body: `Sinulta puuttuu vielä ${p.count} arviota haussa ${p.callTitle}. Arviot on jätettävä ${f.dateTime(p.reviewDeadline)} mennessä.` }),
    sv: (p, f) => ({ title: `Påminnelse: bedömningar i utlysningen ${p.callTitle}`, body: `Du har ännu ${p.count} bedömningar kvar i utlysningen ${p.callTitle}. Bedömningarna ska lämnas senast ${f.dateTime(p.reviewDeadline)}.` }),
    en: (p, f) => ({ title: `Reminder: reviews for ${p.callTitle}`, body: `You still have ${p.count} review(s) to submit in the call ${p.callTitle}. Reviews are due by ${f.dateTime(p.reviewDeadline)}.` }),
  },
  'call.closed': {
    fi: (p, f) => ({
      title: `Haku sulkeutui: ${p.callTitle}`,
      body: `Haku ${p.callTitle} sulkeutui ${f.dateTime(p.closedAt)}. Hakemuksia jätettiin ${p.submitted}. Seuraavaksi hakemuksille osoitetaan arvioijat.`,
    }),
    sv: (p, f) => ({
      title: `Utlysningen har stängts: ${p.callTitle}`,
      body: `Utlysningen ${p.callTitle} stängdes ${f.dateTime(p.closedAt)}. Antal inlämnade ansökningar: ${p.submitted}. Härnäst tilldelas ansökningarna bedömare.`,
    }),
    en: (p, f) => ({
      title: `Call closed: ${p.callTitle}`,
      body: `The call ${p.callTitle} closed on ${f.dateTime(p.closedAt)} with ${p.submitted} application(s) submitted. Evaluators are assigned to the applications next.`,
    }),
  },
  'evaluation.assigned': {
    fi: (p, f) => ({
      title: `Arvioijat osoitettu: ${p.callTitle}`,
      body:
        `Haun ${p.callTitle} hakemuksille on osoitettu arvioijat: ${p.applications} hakemusta, ${p.reviews} arviointia. ` +
        (p.unassignable ? `${p.unassignable} hakemukselle ei löytynyt esteetöntä arvioijaa; syyt näet haun arvioinnista. ` : '') +
        `Arviot on jätettävä ${f.dateTime(p.reviewDeadline)} mennessä.`,
    }),
    sv: (p, f) => ({
      title: `Bedömare tilldelade: ${p.callTitle}`,
      body:
        `Ansökningarna i utlysningen ${p.callTitle} har tilldelats bedömare: ${p.applications} ansökningar, ${p.reviews} bedömningar. ` +
        (p.unassignable ? `För ${p.unassignable} ansökningar fanns ingen bedömare utan jäv; orsakerna finns i utlysningens bedömning. ` : '') +
        `Bedömningarna ska lämnas senast ${f.dateTime(p.reviewDeadline)}.`,
    }),
    en: (p, f) => ({
      title: `Evaluators assigned: ${p.callTitle}`,
      body:
        `Evaluators have been assigned to the applications of the call ${p.callTitle}: ${p.applications} application(s), ${p.reviews} review(s). ` +
        (p.unassignable ? `${p.unassignable} application(s) could not be given an evaluator without a conflict of interest; the reasons are shown with the call's evaluation. ` : '') +
        `Reviews are due by ${f.dateTime(p.reviewDeadline)}.`,
    }),
  },
};
