import type { TextsOf } from '../render.js';

/** Notifications of who an organisation is: a business ID claimed twice, and how the claim was resolved. */
export const ORGANISATION_TEXTS: TextsOf<'organisation.claim_opened' | 'organisation.identity_disputed' | 'organisation.claim_resolved'> = {
  'organisation.claim_opened': {
    fi: (p) => ({
      title: `Y-tunnus ${p.businessId} kahdella organisaatiolla`,
      body: `${p.organisationName} ilmoitti Y-tunnuksen ${p.businessId}, joka on jo organisaatiolla ${p.holderName}. Selvitä, kumman tunnus on, ja ratkaise vaade.`,
    }),
    sv: (p) => ({
      title: `FO-nummer ${p.businessId} hos två organisationer`,
      body: `${p.organisationName} angav FO-numret ${p.businessId}, som redan innehas av ${p.holderName}. Ta reda på vems numret är och avgör anspråket.`,
    }),
    en: (p) => ({
      title: `Business ID ${p.businessId} given by two organisations`,
      body: `${p.organisationName} gave the business ID ${p.businessId}, which ${p.holderName} already holds. Find out whose it is and resolve the claim.`,
    }),
  },
  'organisation.identity_disputed': {
    fi: (p) => ({
      title: `Toinen organisaatio ilmoitti Y-tunnuksenne: ${p.organisationName}`,
      body: `Toinen organisaatio ilmoitti Y-tunnuksen ${p.businessId}, joka on organisaatiollanne ${p.organisationName}. Koordinaattori selvittää, kenen tunnus on; siihen asti organisaationne tunnistetta ei ole vahvistettu.`,
    }),
    sv: (p) => ({
      title: `En annan organisation angav ert FO-nummer: ${p.organisationName}`,
      body: `En annan organisation angav FO-numret ${p.businessId}, som er organisation ${p.organisationName} innehar. En koordinator utreder vems numret är; till dess är er organisations identitet inte verifierad.`,
    }),
    en: (p) => ({
      title: `Another organisation gave your business ID: ${p.organisationName}`,
      body: `Another organisation gave the business ID ${p.businessId}, which your organisation ${p.organisationName} holds. A coordinator finds out whose it is; until then your organisation's identity is not verified.`,
    }),
  },
  'organisation.claim_resolved': {
    fi: (p) => ({
      title: `Y-tunnuksen ${p.businessId} vaade ratkaistu: ${p.organisationName}`,
      body:
        p.outcome === 'holds'
          ? `Y-tunnus ${p.businessId} on organisaation ${p.organisationName}, ja organisaation tunniste on vahvistettu. Perustelu: ${p.reason}`
          : `Y-tunnus ${p.businessId} ei ole organisaation ${p.organisationName}; se on annettu toiselle organisaatiolle. Ilmoita organisaationne oma rekisteritunnus. Perustelu: ${p.reason}`,
    }),
    sv: (p) => ({
      title: `Anspråket på FO-numret ${p.businessId} avgjort: ${p.organisationName}`,
      body:
        p.outcome === 'holds'
          ? `FO-numret ${p.businessId} tillhör ${p.organisationName}, och organisationens identitet är verifierad. Motivering: ${p.reason}`
          : `FO-numret ${p.businessId} tillhör inte ${p.organisationName}; det har getts till en annan organisation. Ange er organisations eget registernummer. Motivering: ${p.reason}`,
    }),
    en: (p) => ({
      title: `Claim on business ID ${p.businessId} resolved: ${p.organisationName}`,
      body:
        p.outcome === 'holds'
          ? `The business ID ${p.businessId} belongs to ${p.organisationName}, and the organisation's identity is verified. Reason: ${p.reason}`
          : `The business ID ${p.businessId} does not belong to ${p.organisationName}; it was given to another organisation. Give your organisation's own registration. Reason: ${p.reason}`,
    }),
  },
};
