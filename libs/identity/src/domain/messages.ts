import { defineMessages } from '@kokeilu/platform';

/** What role grants, cities and organisations' identities tell their callers, by stable code, in every language. */
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
  'organisation.verified_already': {
    fi: 'Organisaation tunniste on jo vahvistettu.',
    sv: 'Organisationens identitet är redan verifierad.',
    en: 'The organisation is verified already.',
  },
  'organisation.claims_held_id': {
    fi: 'Organisaatio vaatii Y-tunnusta, joka on toisella organisaatiolla: ratkaise vaade vahvistamisen sijaan.',
    sv: 'Organisationen gör anspråk på ett FO-nummer som en annan organisation innehar: avgör anspråket i stället.',
    en: 'This organisation claims a business ID another organisation holds: resolve the claim instead.',
  },
  'organisation.lost_its_id': {
    fi: 'Organisaation Y-tunnus annettiin toiselle organisaatiolle; sen on ensin ilmoitettava oma rekisteritunnuksensa.',
    sv: 'Organisationens FO-nummer gavs till en annan organisation; den måste först ange sitt eget registernummer.',
    en: 'The business ID of this organisation was given to another organisation; it must give its own registration first.',
  },
  'organisation.id_claimed': {
    fi: 'Toinen organisaatio vaatii samaa Y-tunnusta: ratkaise vaade ensin.',
    sv: 'En annan organisation gör anspråk på samma FO-nummer: avgör anspråket först.',
    en: 'Another organisation claims the same business ID: resolve the claim first.',
  },
  'claim.not_open': {
    fi: 'Vaade on jo käsitelty.',
    sv: 'Anspråket är redan avgjort.',
    en: 'The claim is settled already.',
  },
  'erasure.last_owner': {
    fi: 'Olet organisaation {organisations} ainoa omistaja: nimeä toinen omistaja tai poista organisaatio ennen kuin pyydät tietojesi poistamista.',
    sv: 'Du är den enda ägaren av organisationen {organisations}: utse en annan ägare eller ta bort organisationen innan du begär att dina uppgifter raderas.',
    en: 'You are the only owner of {organisations}: make another member an owner, or remove the organisation, before you ask to be forgotten.',
  },
  'data_export.not_ready': {
    fi: 'Tietopakettia kootaan vielä; lataa se, kun se on valmis.',
    sv: 'Datapaketet sammanställs fortfarande; ladda ner det när det är klart.',
    en: 'The download is still being built; fetch it once it is ready.',
  },
  'data_export.expired': {
    fi: 'Latauslinkki on vanhentunut; pyydä uusi tietopaketti.',
    sv: 'Nedladdningslänken har gått ut; begär ett nytt datapaket.',
    en: 'The download has expired; ask for a new one.',
  },
  'claim.no_holder': {
    fi: 'Mikään organisaatio ei enää pidä tätä Y-tunnusta: anna se vaatijalle.',
    sv: 'Ingen organisation innehar längre detta FO-nummer: ge det till den som gör anspråk.',
    en: 'No organisation holds this business ID any more: award it to the claimant.',
  },
});
