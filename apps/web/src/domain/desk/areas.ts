import type { Me } from '../../api/types';
import type { Locale } from '../app/i18n/locales';

export type StaffRole = Me['roles'][number]['role'];

/** One link of a desk area: its text's key (under `desk.links`) and its address. */
export interface DeskLink {
  key: string;
  to: string;
}

/**
 * One area of the desk: the role that opens it, its title's key (under `desk.areas`), and its
 * links. A coordinator's area comes once per city they coordinate (`cityId` given).
 */
export interface DeskArea {
  role: StaffRole;
  key: string;
  links: (locale: Locale, cityId: string | null) => DeskLink[];
}

/** Whether the user holds any role that runs the programme (and so has a desk). */
export function isStaff(me: Pick<Me, 'roles'> | undefined): boolean {
  return (me?.roles.length ?? 0) > 0;
}

/**
 * The areas the user's roles open, in the order given: an area for each grant of its role
 * (coordinators get one per city), none for roles the user lacks.
 */
export function openAreas(areas: DeskArea[], roles: Me['roles']): { area: DeskArea; cityId: string | null }[] {
  const opened: { area: DeskArea; cityId: string | null }[] = [];
  for (const area of areas) {
    const grants = roles.filter((grant) => grant.role === area.role);
    const cities = [...new Set(grants.map((grant) => grant.cityId))];
    for (const cityId of cities) opened.push({ area, cityId });
  }
  return opened;
}
