import type { FieldProblem } from './problems.js';

/** A test bed a call links, with the city that owns it. */
export interface LinkedBed {
  id: string;
  cityId: string;
  cityName: string;
  /** Offered by the call already: an earlier link stays as it was made. */
  linked?: boolean;
}

/**
 * The linked beds a call may not offer. A bed is its city's to commit: a call offers its own
 * city's beds, and another city's bed only when the one who links it speaks for that city too (a
 * coordinator of both cities, or an admin). A national call belongs to no city, so each of its
 * beds needs its city's voice in the same way. There is no request to another city to wait for:
 * a published call's beds are what applicants plan around, and a bed that might still be refused
 * is not one to offer.
 */
export function unconsentedBeds(callCityId: string | null, beds: readonly LinkedBed[], speaksFor: (cityId: string) => boolean): FieldProblem[] {
  const problems: FieldProblem[] = [];
  beds.forEach((bed, i) => {
    if (bed.linked || bed.cityId === callCityId || speaksFor(bed.cityId)) return;
    problems.push({
      field: `testbedIds[${i}]`,
      message: `is a test bed of ${bed.cityName}; only a coordinator of ${bed.cityName} can offer it in a call`,
    });
  });
  return problems;
}
