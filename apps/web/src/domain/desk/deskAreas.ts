import { paths } from '../app/paths';
import type { DeskArea } from './areas';

/**
 * The desk's areas, in the order shown, each opened by one role: add an area with one line here
 * (its title under `desk.areas.<key>`, its links' texts under `desk.links.<key>`).
 */
export const DESK_AREAS: DeskArea[] = [
  {
    role: 'coordinator',
    key: 'city',
    links: (locale, city) => [
      { key: 'testbeds', to: paths.deskTestbeds(locale, city) },
      { key: 'bookings', to: paths.deskBookings(locale, city ? `city=${encodeURIComponent(city)}` : '') },
      { key: 'calls', to: paths.deskCalls(locale, city) },
      { key: 'audit', to: paths.deskAudit(locale, city) },
      ...(city ? [{ key: 'dashboard', to: paths.deskCityDashboard(locale, city) }] : []),
    ],
  },
  { role: 'coordinator', key: 'evaluation', links: (locale, city) => [{ key: 'evaluation', to: paths.deskEvaluation(locale, city) }] },
  { role: 'evaluator', key: 'bench', links: (locale) => [{ key: 'reviews', to: paths.reviews(locale) }, { key: 'redress', to: paths.redressReviews(locale) }] },
  { role: 'decider', key: 'decisions', links: (locale) => [{ key: 'decisions', to: paths.decisions(locale) }] },
  { role: 'admin', key: 'admin', links: (locale) => [{ key: 'users', to: paths.adminUsers(locale) }, { key: 'cities', to: paths.adminCities(locale) }, { key: 'claims', to: paths.adminClaims(locale) }] },
];
