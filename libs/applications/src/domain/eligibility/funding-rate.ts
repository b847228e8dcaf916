import { decimal, euros, Verdict, verdict } from './verdict.js';

/**
 * The most a project may ask: the funding rate applied to its eligible costs, rounded down to
 * whole cents, so that the check agrees with what could actually be paid.
 */
export function fundingCeilingCents(ratePercent: number, eligibleCostsCents: number): number {
  return Math.floor((eligibleCostsCents * Math.round(ratePercent * 100)) / 10_000);
}

/** Rule 2d: the requested grant is at most the funding rate times the eligible costs. */
export function fundingRate(ratePercent: number | null, requestedCents: number | null, eligibleCostsCents: number): Verdict {
  if (requestedCents === null) {
    return verdict('fundingRate', false, {
      fi: 'Haettua avustusta ei ole ilmoitettu.',
      sv: 'Det sökta stödet har inte angetts.',
      en: 'No requested grant is given.',
    });
  }
  if (ratePercent === null) {
    return verdict('fundingRate', true, {
      fi: 'Haussa ei ole tukiprosenttia.',
      sv: 'Utlysningen har ingen stödandel.',
      en: 'The call sets no funding rate.',
    });
  }
  const ceiling = fundingCeilingCents(ratePercent, eligibleCostsCents);
  const pass = requestedCents <= ceiling;
  return verdict('fundingRate', pass, {
    fi: `Haettu avustus ${euros(requestedCents, 'fi')} ${pass ? 'on enintään' : 'ylittää'} ${decimal(ratePercent, 'fi')} % hyväksyttävistä kustannuksista ${euros(eligibleCostsCents, 'fi')} eli ${euros(ceiling, 'fi')}.`,
    sv: `Det sökta stödet ${euros(requestedCents, 'sv')} ${pass ? 'är högst' : 'överskrider'} ${decimal(ratePercent, 'sv')} % av de stödberättigande kostnaderna ${euros(eligibleCostsCents, 'sv')}, dvs. ${euros(ceiling, 'sv')}.`,
    en: `The requested grant ${euros(requestedCents, 'en')} ${pass ? 'is within' : 'exceeds'} ${decimal(ratePercent, 'en')}% of the eligible costs of ${euros(eligibleCostsCents, 'en')}, that is ${euros(ceiling, 'en')}.`,
  });
}
