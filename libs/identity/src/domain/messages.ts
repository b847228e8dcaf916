import { defineMessages } from '@kokeilu/platform';

/** What role grants and cities tell their callers, by stable code, in every language. */
export const IDENTITY_MESSAGES = defineMessages({
  'role.city_required': {
    fi: 'Koordinaattorin roolille tarvitaan kaupunki (cityId).',
    sv: 'En koordinatorsroll behöver en stad (cityId).',
    en: 'A coordinator grant needs a city (cityId).',
  },
  'role.city_not_taken': {
    fi: 'Vain koordinaattorin roolille annetaan kaupunki (cityId).',
    sv: 'Endast en koordinatorsroll tar en stad (cityId).',
    en: 'Only coordinator grants take a city (cityId).',
  },
  'role.no_such_city': {
    fi: 'Tällaista kaupunkia ei ole.',
    sv: 'Det finns ingen sådan stad.',
    en: 'There is no such city.',
  },
  'role.email_unverified': {
    fi: 'Käyttäjän sähköpostiosoitetta ei ole vielä vahvistettu; roolin voi myöntää, kun se on vahvistettu.',
    sv: 'Användarens e-postadress är inte bekräftad än; en roll kan ges när den är det.',
    en: "The user's e-mail address is not verified yet; a role can be granted once it is.",
  },
  'role.already_held': {
    fi: 'Käyttäjällä on jo tämä rooli.',
    sv: 'Användaren har redan den här rollen.',
    en: 'The user already holds this role.',
  },
  'role.last_admin': {
    fi: 'Viimeistä ylläpitäjää ei voi poistaa.',
    sv: 'Den sista administratören kan inte tas bort.',
    en: 'The last admin cannot be removed.',
  },
  'city.slug_taken': {
    fi: 'Kaupunki tunnuksella {slug} on jo olemassa.',
    sv: 'Det finns redan en stad med kortnamnet {slug}.',
    en: 'A city with the slug {slug} already exists.',
  },
});
