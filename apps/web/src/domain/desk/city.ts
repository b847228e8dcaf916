import type { City, Me } from '../../api/types';

/**
 * The cities whose desk the user may open: the ones they coordinate, or every city for an admin,
 * in the order of the city list.
 */
export function deskCities(me: Pick<Me, 'roles'>, cities: readonly City[]): City[] {
  if (me.roles.some((grant) => grant.role === 'admin')) return [...cities];
  const ids = new Set(me.roles.filter((grant) => grant.role === 'coordinator').map((grant) => grant.cityId));
  return cities.filter((city) => ids.has(city.id));
}

/** The city asked for (by id) when it is one of `allowed`, else the first of them, else null. */
export function chooseCity(allowed: readonly City[], asked: string | null): City | null {
  return allowed.find((city) => city.id === asked) ?? allowed[0] ?? null;
}
