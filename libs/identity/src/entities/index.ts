export * from './user.entity.js';
export * from './organisation.entity.js';
export * from './membership.entity.js';
export * from './role-grant.entity.js';
export * from './city.entity.js';
export * from './invitation.entity.js';
export * from './refresh-token.entity.js';
import { City } from './city.entity.js';
import { Invitation } from './invitation.entity.js';
import { Membership } from './membership.entity.js';
import { Organisation } from './organisation.entity.js';
import { RefreshToken } from './refresh-token.entity.js';
import { RoleGrant } from './role-grant.entity.js';
import { User } from './user.entity.js';

export const IDENTITY_ENTITIES = [User, Organisation, Membership, RoleGrant, City, Invitation, RefreshToken];
