import type { components } from './schema';

/** Names for the generated schemas the pages use. */
type Schemas = components['schemas'];
export type Testbed = Schemas['TestbedDto'];
/** A bed as the search lists it (its default `view=summary`). */
export type TestbedSummary = Schemas['TestbedSummaryDto'];
export type TestbedPage = Schemas['TestbedPageDto'];
export type Call = Schemas['CallDto'];
export type CallPage = Schemas['CallPageDto'];
export type City = Schemas['CityDto'];
export type GrantPage = Schemas['OpenDataGrantPageDto'];
export type Grant = Schemas['OpenDataGrantDto'];
export type Me = Schemas['MeDto'];
export type Organisation = Schemas['OrganisationDto'];
export type Member = Schemas['MemberDto'];
export type Invitation = Schemas['InvitationDto'];
export type Booking = Schemas['BookingDto'];
export type AppNotification = Schemas['NotificationDto'];
