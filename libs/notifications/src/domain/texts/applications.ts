import type { TextsOf } from '../render.js';

/** Notifications of applications: submission, eligibility, partners, extensions. */
export const APPLICATION_TEXTS: TextsOf<'application.submitted' | 'application.eligibility' | 'application.partner_invited' | 'application.partner_accepted' | 'application.extension_granted'> = {
  'application.submitted': {
    fi: (p, f) => ({ title: `Hakemus jätetty: ${p.applicationTitle}`, body: `Hakemus ${p.applicationTitle} hakuun ${p.callTitle} on vastaanotettu ${f.dateTime(p.submittedAt)} (versio ${p.revision}). Kelpoisuuden tarkistuksen tulos lähetetään erikseen.` }),
    sv: (p, f) => ({ title: `Ansökan inlämnad: ${p.applicationTitle}`, body: `Ansökan ${p.applicationTitle} till utlysningen ${p.callTitle} togs emot ${f.dateTime(p.submittedAt)} (version ${p.revision}). Resultatet av behörighetskontrollen skickas separat.` }),
    en: (p, f) => ({ title: `Application submitted: ${p.applicationTitle}`, body: `The application ${p.applicationTitle} to the call ${p.callTitle} was received on ${f.dateTime(p.submittedAt)} (revision ${p.revision}). The eligibility check result follows separately.` }),
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
    fi: (p, f) => ({ title: `Lisäaika hakuun: ${p.callTitle}`, body: `Organisaatiosi ${p.organisationName} voi jättää hakemuksen hakuun ${p.callTitle} ${f.dateTime(p.deadline)} asti. Perustelu: ${p.reason}` }),
    sv: (p, f) => ({ title: `Förlängd tid: ${p.callTitle}`, body: `Din organisation ${p.organisationName} kan lämna in ansökan till utlysningen ${p.callTitle} fram till ${f.dateTime(p.deadline)}. Motivering: ${p.reason}` }),
    en: (p, f) => ({ title: `Deadline extended: ${p.callTitle}`, body: `Your organisation ${p.organisationName} may submit to the call ${p.callTitle} until ${f.dateTime(p.deadline)}. Reason: ${p.reason}` }),
  },
};
