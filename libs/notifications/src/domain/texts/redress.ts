import type { TextsOf } from '../render.js';

/** Notifications of redress requests, their reviewers, outcomes and re-evaluations. */
export const REDRESS_TEXTS: TextsOf<'redress.requested' | 'redress.appointed' | 'redress.decided' | 'redress.concluded'> = {
  'redress.requested': {
    fi: (p) => ({
      title: `Oikaisupyyntö: ${p.applicationTitle}`,
      body: `${p.organisationName} pyytää oikaisua hakemukseen ${p.applicationTitle} haussa ${p.callTitle}. Nimeä käsittelijä, joka ei osallistunut haun arviointiin.`,
    }),
    sv: (p) => ({
      title: `Begäran om omprövning: ${p.applicationTitle}`,
      body: `${p.organisationName} begär omprövning av ansökan ${p.applicationTitle} i utlysningen ${p.callTitle}. Utse en granskare som inte deltog i utlysningens bedömning.`,
    }),
    en: (p) => ({
      title: `Redress request: ${p.applicationTitle}`,
      body: `${p.organisationName} requests a redress of the application ${p.applicationTitle} to the call ${p.callTitle}. Appoint a reviewer who took no part in the call's evaluation.`,
    }),
  },
  'redress.appointed': {
    fi: (p) => ({
      title: `Sinut on nimetty oikaisupyynnön käsittelijäksi: ${p.applicationTitle}`,
      body: `Käsittele oikaisupyyntö hakemukseen ${p.applicationTitle} haussa ${p.callTitle}: hylkää se tai hyväksy se perustellen.`,
    }),
    sv: (p) => ({
      title: `Du har utsetts att granska en begäran om omprövning: ${p.applicationTitle}`,
      body: `Granska begäran om omprövning av ansökan ${p.applicationTitle} i utlysningen ${p.callTitle}: avslå eller bifall den med en motivering.`,
    }),
    en: (p) => ({
      title: `You review a redress request: ${p.applicationTitle}`,
      body: `Review the redress request for the application ${p.applicationTitle} to the call ${p.callTitle}: reject or uphold it, with reasons.`,
    }),
  },
  'redress.decided': {
    fi: (p) => ({
      title: `Oikaisupyynnön ratkaisu: ${p.applicationTitle}`,
      body:
        p.outcome === 'upheld'
          ? `Oikaisupyyntö hakemukseen ${p.applicationTitle} haussa ${p.callTitle} on hyväksytty, ja uudet arvioijat arvioivat hakemuksen uudelleen. Perustelut: ${p.reasons}`
          : `Oikaisupyyntö hakemukseen ${p.applicationTitle} haussa ${p.callTitle} on hylätty. Perustelut: ${p.reasons}`,
    }),
    sv: (p) => ({
      title: `Avgörande om omprövning: ${p.applicationTitle}`,
      body:
        p.outcome === 'upheld'
          ? `Begäran om omprövning av ansökan ${p.applicationTitle} i utlysningen ${p.callTitle} har bifallits, och nya bedömare bedömer ansökan på nytt. Motivering: ${p.reasons}`
          : `Begäran om omprövning av ansökan ${p.applicationTitle} i utlysningen ${p.callTitle} har avslagits. Motivering: ${p.reasons}`,
    }),
    en: (p) => ({
      title: `Redress outcome: ${p.applicationTitle}`,
      body:
        p.outcome === 'upheld'
          ? `The redress request for the application ${p.applicationTitle} to the call ${p.callTitle} is upheld, and new evaluators will evaluate the application again. Reasons: ${p.reasons}`
          : `The redress request for the application ${p.applicationTitle} to the call ${p.callTitle} is rejected. Reasons: ${p.reasons}`,
    }),
  },
  'redress.concluded': {
    fi: (p, f) => ({
      title: `Uudelleenarvioinnin tulos: ${p.applicationTitle}`,
      body:
        p.result === 'funded_from_reserve'
          ? `Uudelleenarvioinnissa hakemus ${p.applicationTitle} haussa ${p.callTitle} nousi rahoitusrajan yläpuolelle, ja sille on myönnetty oikaisuvarauksesta rahoitusta ${f.money(p.grantCents ?? 0)}.`
          : p.result === 'first_on_reserve_list'
            ? `Uudelleenarvioinnissa hakemus ${p.applicationTitle} haussa ${p.callTitle} nousi rahoitusrajan yläpuolelle, ja se on nyt ensimmäisenä varasijalla.`
            : `Uudelleenarvioinnissa hakemus ${p.applicationTitle} haussa ${p.callTitle} ei noussut rahoitusrajan yläpuolelle, joten päätös pysyy ennallaan.`,
    }),
    sv: (p, f) => ({
      title: `Resultatet av den nya bedömningen: ${p.applicationTitle}`,
      body:
        p.result === 'funded_from_reserve'
          ? `Vid den nya bedömningen hamnade ansökan ${p.applicationTitle} i utlysningen ${p.callTitle} ovanför finansieringsgränsen och har beviljats ${f.money(p.grantCents ?? 0)} ur reserven för omprövningar.`
          : p.result === 'first_on_reserve_list'
            ? `Vid den nya bedömningen hamnade ansökan ${p.applicationTitle} i utlysningen ${p.callTitle} ovanför finansieringsgränsen och står nu först på reservlistan.`
            : `Vid den nya bedömningen hamnade ansökan ${p.applicationTitle} i utlysningen ${p.callTitle} inte ovanför finansieringsgränsen, så beslutet står fast.`,
    }),
    en: (p, f) => ({
      title: `Re-evaluation result: ${p.applicationTitle}`,
      body:
        p.result === 'funded_from_reserve'
          ? `The re-evaluation lifted the application ${p.applicationTitle} to the call ${p.callTitle} above the budget line, and it has been granted ${f.money(p.grantCents ?? 0)} from the redress reserve.`
          : p.result === 'first_on_reserve_list'
            ? `The re-evaluation lifted the application ${p.applicationTitle} to the call ${p.callTitle} above the budget line, and it is now first on the reserve list.`
            : `The re-evaluation did not lift the application ${p.applicationTitle} to the call ${p.callTitle} above the budget line, so the decision stands.`,
    }),
  },
};
