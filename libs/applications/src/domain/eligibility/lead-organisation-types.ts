import { listOf, Localized, Verdict, verdict } from './verdict.js';

const TYPE_NAMES: Record<string, Localized> = {
  company: { fi: 'yritys', sv: 'företag', en: 'company' },
  city_organisation: { fi: 'kaupungin organisaatio', sv: 'stadens organisation', en: 'city organisation' },
  research_organisation: { fi: 'tutkimusorganisaatio', sv: 'forskningsorganisation', en: 'research organisation' },
  association: { fi: 'yhdistys', sv: 'förening', en: 'association' },
  public_body: { fi: 'julkisyhteisö', sv: 'offentligt organ', en: 'public body' },
};

function typeName(type: string, locale: keyof Localized): string {
  return TYPE_NAMES[type]?.[locale] ?? type;
}

/** Rule 2b: the lead organisation is of a type the call allows to lead. */
export function leadOrganisationTypes(allowed: string[], lead: { name: string; type: string }): Verdict {
  const names = (locale: keyof Localized) => listOf(allowed.map((t) => typeName(t, locale)));
  if (allowed.includes(lead.type)) {
    return verdict('leadOrganisationTypes', true, {
      fi: `Päähakija ${lead.name} on ${typeName(lead.type, 'fi')}, joka voi hakea tässä haussa.`,
      sv: `Huvudsökanden ${lead.name} är ${typeName(lead.type, 'sv')}, som får ansöka i denna utlysning.`,
      en: `The lead ${lead.name} is a ${typeName(lead.type, 'en')}, which may lead in this call.`,
    });
  }
  return verdict('leadOrganisationTypes', false, {
    fi: `Päähakija ${lead.name} on ${typeName(lead.type, 'fi')}; päähakijana voi olla vain: ${names('fi')}.`,
    sv: `Huvudsökanden ${lead.name} är ${typeName(lead.type, 'sv')}; endast följande får vara huvudsökande: ${names('sv')}.`,
    en: `The lead ${lead.name} is a ${typeName(lead.type, 'en')}; only these may lead: ${names('en')}.`,
  });
}
