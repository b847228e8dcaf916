import { euros, Verdict, verdict } from './verdict.js';

/** Rule 2c: the requested grant is at most the call's maximum grant per project. */
export function maxGrant(maxGrantCents: number | null, requestedCents: number | null): Verdict {
  if (requestedCents === null) {
    return verdict('maxGrant', false, {
      fi: 'Haettua avustusta ei ole ilmoitettu.',
      sv: 'Det sökta stödet har inte angetts.',
      en: 'No requested grant is given.',
    });
  }
  if (maxGrantCents === null) {
    return verdict('maxGrant', true, {
      fi: `Haussa ei ole hankekohtaista enimmäisavustusta; haettu ${euros(requestedCents, 'fi')}.`,
      sv: `Utlysningen har inget högsta stöd per projekt; sökt ${euros(requestedCents, 'sv')}.`,
      en: `The call sets no maximum grant per project; requested ${euros(requestedCents, 'en')}.`,
    });
  }
  const pass = requestedCents <= maxGrantCents;
  return verdict('maxGrant', pass, {
    fi: `Haettu avustus ${euros(requestedCents, 'fi')} ${pass ? 'on enintään' : 'ylittää'} enimmäisavustuksen ${euros(maxGrantCents, 'fi')}.`,
    sv: `Det sökta stödet ${euros(requestedCents, 'sv')} ${pass ? 'är högst' : 'överskrider'} det högsta stödet ${euros(maxGrantCents, 'sv')}.`,
    en: `The requested grant ${euros(requestedCents, 'en')} ${pass ? 'is within' : 'exceeds'} the maximum grant of ${euros(maxGrantCents, 'en')}.`,
  });
}
