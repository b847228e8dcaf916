import type { Locale } from './i18n/locales';

/** Every address of the app in one place, each under its language. */
export const paths = {
  home: (locale: Locale) => `/${locale}/`,
  testbeds: (locale: Locale, query = '') => `/${locale}/testbeds${query ? `?${query}` : ''}`,
  testbed: (locale: Locale, id: string) => `/${locale}/testbeds/${id}`,
  calls: (locale: Locale) => `/${locale}/calls`,
  call: (locale: Locale, id: string) => `/${locale}/calls/${id}`,
  grants: (locale: Locale) => `/${locale}/grants`,
  /** A decided call's public results. */
  callResults: (locale: Locale, id: string) => `/${locale}/calls/${id}/results`,
  register: (locale: Locale) => `/${locale}/register`,
  verifyEmail: (locale: Locale) => `/${locale}/verify-email`,
  account: (locale: Locale) => `/${locale}/account`,
  newOrganisation: (locale: Locale) => `/${locale}/organisations/new`,
  organisation: (locale: Locale, id: string) => `/${locale}/organisations/${id}`,
  acceptInvitation: (locale: Locale, code?: string) => `/${locale}/invitations/accept${code ? `?code=${encodeURIComponent(code)}` : ''}`,
  notifications: (locale: Locale) => `/${locale}/notifications`,
  bookings: (locale: Locale) => `/${locale}/bookings`,
  booking: (locale: Locale, id: string) => `/${locale}/bookings/${id}`,
  requestBooking: (locale: Locale, testbedId: string) => `/${locale}/testbeds/${testbedId}/book`,
  applications: (locale: Locale) => `/${locale}/applications`,
  /** Starts an application to a call. */
  newApplication: (locale: Locale, callId: string) => `/${locale}/applications/new?call=${encodeURIComponent(callId)}`,
  application: (locale: Locale, id: string) => `/${locale}/applications/${id}`,
  /** A step of the application's wizard. */
  applicationStep: (locale: Locale, id: string, step: string) => `/${locale}/applications/${id}/edit/${step}`,
  outcome: (locale: Locale, id: string) => `/${locale}/applications/${id}/outcome`,
  pilot: (locale: Locale, id: string) => `/${locale}/pilots/${id}`,
  /** The desk of those who run the programme: the areas their roles open. */
  desk: (locale: Locale) => `/${locale}/desk`,
  /** A city's test beds in every state (`city`: one of the coordinator's cities, by id). */
  deskTestbeds: (locale: Locale, city?: string | null) => `/${locale}/desk/testbeds${city ? `?city=${encodeURIComponent(city)}` : ''}`,
  deskNewTestbed: (locale: Locale, city?: string | null) => `/${locale}/desk/testbeds/new${city ? `?city=${encodeURIComponent(city)}` : ''}`,
  deskTestbed: (locale: Locale, id: string) => `/${locale}/desk/testbeds/${id}`,
  deskBookings: (locale: Locale, query = '') => `/${locale}/desk/bookings${query ? `?${query}` : ''}`,
  deskCalls: (locale: Locale, city?: string | null) => `/${locale}/desk/calls${city ? `?city=${encodeURIComponent(city)}` : ''}`,
  deskNewCall: (locale: Locale, city?: string | null) => `/${locale}/desk/calls/new${city ? `?city=${encodeURIComponent(city)}` : ''}`,
  deskCall: (locale: Locale, id: string) => `/${locale}/desk/calls/${id}`,
  deskCallApplications: (locale: Locale, id: string) => `/${locale}/desk/calls/${id}/applications`,
  /** One application as those who run its call work on it: the submitted revision and its clarifications. */
  deskApplication: (locale: Locale, id: string) => `/${locale}/desk/applications/${id}`,
  /** A call's dashboard: its applications, eligibility, scores, reviewers and budget in charts. */
  deskCallDashboard: (locale: Locale, id: string) => `/${locale}/desk/calls/${id}/dashboard`,
  /** A city's dashboard: bookings per bed and use against capacity. */
  deskCityDashboard: (locale: Locale, id: string) => `/${locale}/desk/cities/${id}/dashboard`,
  adminUsers: (locale: Locale) => `/${locale}/desk/admin/users`,
  adminCities: (locale: Locale) => `/${locale}/desk/admin/cities`,
  adminClaims: (locale: Locale) => `/${locale}/desk/admin/claims`,
  deskAudit: (locale: Locale, city?: string | null) => `/${locale}/desk/audit${city ? `?city=${encodeURIComponent(city)}` : ''}`,
  /** The evaluator's assignments, and one assignment's score sheet. */
  reviews: (locale: Locale) => `/${locale}/desk/reviews`,
  review: (locale: Locale, id: string) => `/${locale}/desk/reviews/${id}`,
  /** The coordinator's calls in evaluation, one call's evaluation and its ranking. */
  deskEvaluation: (locale: Locale, city?: string | null) => `/${locale}/desk/evaluation${city ? `?city=${encodeURIComponent(city)}` : ''}`,
  callEvaluation: (locale: Locale, id: string) => `/${locale}/desk/calls/${id}/evaluation`,
  ranking: (locale: Locale, id: string) => `/${locale}/desk/calls/${id}/ranking`,
  /** Each evaluator's bias and the call's totals raw and calibrated. */
  calibration: (locale: Locale, id: string) => `/${locale}/desk/calls/${id}/calibration`,
  /** The decider's calls, and one call's funding proposal and decision. */
  decisions: (locale: Locale) => `/${locale}/desk/decisions`,
  decision: (locale: Locale, id: string) => `/${locale}/desk/decisions/${id}`,
  /** A call's redress desk; the redress requests appointed to a reviewer, and one of them. */
  redressDesk: (locale: Locale, id: string) => `/${locale}/desk/calls/${id}/redress`,
  redressReviews: (locale: Locale) => `/${locale}/desk/redress`,
  redressReview: (locale: Locale, id: string) => `/${locale}/desk/redress/${id}`,
  /** Sign-in, then back to `next` (an address of the app). */
  signIn: (locale: Locale, next?: string) => `/${locale}/sign-in${next ? `?next=${encodeURIComponent(next)}` : ''}`,
};

/** A `next` parameter that is an address of this app, never an outside one. */
export function safeNext(next: string | null, locale: Locale): string {
  return next && /^\/(fi|sv|en)(\/|$)/.test(next) && !next.startsWith('//') ? next : paths.home(locale);
}
