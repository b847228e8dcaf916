import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { type Actor, Authenticated, CurrentActor } from '@kokeilu/access';
import { OrganisationIdentityService, OrganisationService } from '@kokeilu/identity';
import { EmptyBody, NoBody, UuidParam } from '@kokeilu/platform';
import { OffsetQuery } from '../common/offset-query.js';
import {
  AcceptInvitationDto,
  ClaimListQuery,
  CreateOrganisationDto,
  InvitationDto,
  InviteDto,
  JoinedDto,
  MemberDto,
  OrganisationClaimDto,
  OrganisationClaimPageDto,
  OrganisationDto,
  OrganisationPageDto,
  ResolveClaimDto,
  UpdateOrganisationDto,
} from './organisation.dto.js';

@ApiTags('organisations')
@Controller('organisations')
export class OrganisationsController {
  constructor(
    private readonly organisations: OrganisationService,
    private readonly identity: OrganisationIdentityService,
  ) {}

  @Post()
  @Authenticated(400, 403)
  @ApiCreatedResponse({
    type: OrganisationDto,
    description:
      'A business ID another organisation holds is not refused: the organisation is created with identity `disputed`, as a claim on it that a coordinator or an admin resolves (see /organisation-claims)',
  })
  @ApiOperation({ summary: 'Create an organisation, owned by the caller' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateOrganisationDto) {
    return this.organisations.create(actor, dto);
  }

  @Get()
  @Authenticated(400)
  @ApiOkResponse({ type: OrganisationPageDto, description: 'Your organisations (all of them for admins)' })
  @ApiOperation({ summary: 'List your organisations' })
  async list(@CurrentActor() actor: Actor, @Query() query: OffsetQuery) {
    const { limit, page } = query.resolved();
    const result = await this.organisations.list(actor, limit, (page - 1) * limit);
    return { ...result, page, limit };
  }

  @Get(':id')
  @Authenticated(400, 404)
  @ApiOkResponse({ type: OrganisationDto })
  @ApiOperation({ summary: 'Read an organisation' })
  get(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.organisations.get(actor, id);
  }

  @Patch(':id')
  @Authenticated(400, 403, 404, 409)
  @ApiOkResponse({ type: OrganisationDto })
  @ApiOperation({ summary: 'Update an organisation' })
  update(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: UpdateOrganisationDto) {
    const { version, ...patch } = dto;
    return this.organisations.update(actor, id, version, patch);
  }

  @Post(':id/verify')
  @HttpCode(200)
  @Authenticated(400, 403, 404, 409)
  @ApiOkResponse({
    type: OrganisationDto,
    description: 'For coordinators and admins (403 for everyone else). 409 when it is verified already, or its business ID is claimed: resolve the claim instead',
  })
  @ApiOperation({ summary: "Verify an organisation's identity" })
  verify(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @NoBody() _body: EmptyBody) {
    return this.identity.verify(actor, id);
  }

  @Get(':id/members')
  @Authenticated(400, 404)
  @ApiOkResponse({ type: [MemberDto] })
  @ApiOperation({ summary: "List an organisation's members" })
  members(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.organisations.members(actor, id);
  }

  @Post(':id/invitations')
  @Authenticated(400, 403, 404, 409)
  @ApiCreatedResponse({ type: InvitationDto, description: 'The invitation; the code goes to the invitee by e-mail only' })
  @ApiOperation({ summary: 'Invite a member by e-mail' })
  invite(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: InviteDto) {
    return this.organisations.invite(actor, id, dto.email, dto.role ?? 'member');
  }

  @Get(':id/invitations')
  @Authenticated(400, 404)
  @ApiOkResponse({ type: [InvitationDto], description: 'Invitations not accepted yet, newest first; an expired one stays until it is revoked or sent again' })
  @ApiOperation({ summary: "List an organisation's open invitations" })
  invitations(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.organisations.invitations(actor, id);
  }

  @Delete(':id/invitations/:invitationId')
  @HttpCode(204)
  @Authenticated(400, 403, 404, 409)
  @ApiNoContentResponse({ description: 'Revoked: its code no longer works. 409 when it has been accepted' })
  @ApiOperation({ summary: 'Revoke an invitation (owners)' })
  async revokeInvitation(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @UuidParam('invitationId') invitationId: string, @NoBody() _body: EmptyBody): Promise<void> {
    await this.organisations.revokeInvitation(actor, id, invitationId);
  }

  @Delete(':id/members/:userId')
  @HttpCode(204)
  @Authenticated(400, 403, 404, 409)
  @ApiNoContentResponse({ description: 'Removed (or left, when it is yourself)' })
  @ApiOperation({ summary: 'Remove a member, or leave an organisation' })
  async removeMember(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @UuidParam('userId') userId: string, @NoBody() _body: EmptyBody): Promise<void> {
    await this.organisations.removeMember(actor, id, userId);
  }
}

@ApiTags('organisations')
@Controller('organisation-claims')
export class OrganisationClaimsController {
  constructor(private readonly identity: OrganisationIdentityService) {}

  @Get()
  @Authenticated(400, 403)
  @ApiOkResponse({ type: OrganisationClaimPageDto, description: 'For coordinators and admins (403 for everyone else), oldest first' })
  @ApiOperation({ summary: 'List business IDs claimed by a second organisation' })
  async list(@CurrentActor() actor: Actor, @Query() query: ClaimListQuery) {
    const { limit, page } = query.resolved();
    return { ...(await this.identity.listClaims(actor, query.state, limit, (page - 1) * limit)), page, limit };
  }

  @Post(':id/resolve')
  @HttpCode(200)
  @Authenticated(400, 403, 404, 409)
  @ApiOkResponse({
    type: OrganisationClaimDto,
    description:
      'The organisation awarded the business ID holds it and is verified; the other loses it (identity `rejected`) and must give its own registration. Both are audited and their owners notified. 409 when the claim is resolved or withdrawn already',
  })
  @ApiOperation({ summary: 'Resolve a claim on a business ID' })
  resolve(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: ResolveClaimDto) {
    return this.identity.resolve(actor, id, dto.award, dto.reason);
  }
}

@ApiTags('organisations')
@Controller('invitations')
export class InvitationsController {
  constructor(private readonly organisations: OrganisationService) {}

  @Post('accept')
  @HttpCode(200)
  @Authenticated(400, 403, 404, 409)
  @ApiOkResponse({ type: JoinedDto })
  @ApiOperation({ summary: 'Accept an invitation with its code' })
  accept(@CurrentActor() actor: Actor, @Body() dto: AcceptInvitationDto) {
    return this.organisations.acceptInvitation(actor, dto.token);
  }
}
