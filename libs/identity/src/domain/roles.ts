import { type Message, messageOf } from '@kokeilu/platform';
import { IDENTITY_MESSAGES } from './messages.js';

export const PLATFORM_ROLES = ['admin', 'coordinator', 'evaluator', 'decider'] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];

export const ORGANISATION_TYPES = ['company', 'city_organisation', 'research_organisation', 'association', 'public_body'] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export const SIZE_CLASSES = ['micro', 'small', 'medium', 'large'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];

export const LOCALES = ['fi', 'sv', 'en'] as const;

/** A coordinator grant names its city; no other role does. */
export function roleGrantProblem(role: PlatformRole, cityId: string | null | undefined): Message | null {
  if (role === 'coordinator' && !cityId) return messageOf(IDENTITY_MESSAGES, 'role.city_required');
  if (role !== 'coordinator' && cityId) return messageOf(IDENTITY_MESSAGES, 'role.city_not_taken');
  return null;
}
