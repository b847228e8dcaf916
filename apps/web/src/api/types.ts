import type { components } from './schema';

/** Names for the generated schemas the pages use. */
type Schemas = components['schemas'];
export type Testbed = Schemas['TestbedDto'];
export type TestbedPage = Schemas['TestbedPageDto'];
export type Call = Schemas['CallDto'];
export type CallPage = Schemas['CallPageDto'];
export type City = Schemas['CityDto'];
export type GrantPage = Schemas['OpenDataGrantPageDto'];
export type Grant = Schemas['OpenDataGrantDto'];
