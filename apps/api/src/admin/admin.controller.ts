import { Body, Controller, Delete, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { type Actor, Authenticated, CurrentActor } from '@kokeilu/access';
import { AdminService } from '@kokeilu/identity';
import { ApiProblems, DomainError, EmptyBody, NoBody, UuidParam } from '@kokeilu/platform';
import { CityDto, CreateCityDto, DeciderDto, GrantRoleDto, RoleGrantDto, UserPageDto, UserQuery } from './admin.dto.js';

@ApiTags('admin')
@Controller('users')
export class UsersController {
  constructor(private readonly admin: AdminService) {}

  @Get()
  @Authenticated(400, 403)
  @ApiOkResponse({ type: UserPageDto, description: 'Admins only' })
  @ApiOperation({ summary: 'List users (admins)' })
  async list(@CurrentActor() actor: Actor, @Query() query: UserQuery) {
    const { page, limit } = query.resolved();
    return { ...(await this.admin.listUsers(actor, query.email, limit, (page - 1) * limit)), page, limit };
  }

  @Post(':id/roles')
  @Authenticated(400, 403, 404, 409)
  @ApiCreatedResponse({ type: RoleGrantDto, description: 'Admins grant platform roles' })
  @ApiOperation({ summary: 'Grant a platform role (admins)' })
  grant(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: GrantRoleDto) {
    return this.admin.grantRole(actor, id, dto.role, dto.cityId ?? null);
  }

  @Delete(':id/roles/:grantId')
  @HttpCode(204)
  @Authenticated(400, 403, 404, 409)
  @ApiNoContentResponse()
  @ApiOperation({ summary: 'Revoke a platform role (admins)' })
  async revoke(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @UuidParam('grantId') grantId: string, @NoBody() _body: EmptyBody): Promise<void> {
    await this.admin.revokeRole(actor, grantId, id);
  }
}

@ApiTags('cities')
@Controller('cities')
export class CitiesController {
  constructor(private readonly admin: AdminService) {}

  @Get()
  @ApiOkResponse({ type: [CityDto], description: 'The six cities and any partner cities; public' })
  @ApiOperation({ summary: 'List the cities' })
  list() {
    return this.admin.listCities();
  }

  @Post()
  @Authenticated(400, 403, 409)
  @ApiCreatedResponse({ type: CityDto, description: 'Admins add partner cities' })
  @ApiProblems(400)
  @ApiOperation({ summary: 'Add a partner city (admins)' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateCityDto) {
    if (!dto.name.fi && !dto.name.sv && !dto.name.en) throw DomainError.invalid('name', 'needs at least one of fi, sv, en');
    return this.admin.createCity(actor, dto.slug, { ...dto.name });
  }
}

@ApiTags('admin')
@Controller('deciders')
export class DecidersController {
  constructor(private readonly admin: AdminService) {}

  @Get()
  @Authenticated(403)
  @ApiOkResponse({ type: [DeciderDto], description: "The users holding the decider role, by name, to name as a call's deciders; coordinators (of any city) and admins, 403 for everyone else" })
  @ApiOperation({ summary: 'List the deciders' })
  list(@CurrentActor() actor: Actor) {
    return this.admin.listDeciders(actor);
  }
}
