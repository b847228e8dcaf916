import { Body, Controller, Delete, Get, Header, Headers, HttpCode, Param, Patch, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsObject, IsOptional, IsString } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { ALERT_FREQUENCIES, ALERT_KINDS, type AlertFrequency, type AlertKind, AlertsService, MAX_ALERT_NAME, type SavedSearch, type SearchParams } from '@kokeilu/alerts';
import { type Actor, Authenticated, CurrentActor } from '@kokeilu/access';
import { ApiProblems, DomainError, EmptyBody, type Locale, LOCALES, NoBody, preferredLocale, UuidParam } from '@kokeilu/platform';

const PARAMS_SCHEMA = {
  type: 'object' as const,
  additionalProperties: { oneOf: [{ type: 'string' as const }, { type: 'array' as const, items: { type: 'string' as const } }] },
  example: { q: 'robotti', city: 'tampere', theme: ['mobility'] },
};

class SavedSearchDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ALERT_KINDS, description: '`testbeds`: new published test beds; `calls`: new published calls' }) kind: string;
  @ApiProperty({ maxLength: MAX_ALERT_NAME }) name: string;
  @ApiProperty({ enum: ALERT_FREQUENCIES, description: '`immediate`: an e-mail at once; `digest`: in the daily digest. Either way in the app' }) frequency: string;
  @ApiProperty({ enum: LOCALES, description: 'The language of its Atom feed' }) locale: string;
  @ApiProperty({
    ...PARAMS_SCHEMA,
    description: 'The search page’s parameters, as kept (lists sorted, the city as given): `/{locale}/testbeds?…` or `/{locale}/calls?…` shows what the search finds',
  })
  params: SearchParams;
  @ApiProperty({ format: 'uri', description: 'Its Atom feed, whole: whoever holds the address reads it, until it is replaced' }) feedUrl: string;
  @ApiProperty({ type: 'integer', description: 'New objects it has told of' }) matches: number;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
}

class SavedSearchListDto {
  @ApiProperty({ type: [SavedSearchDto], description: 'Every saved search of yours, newest first (a user has a few: no paging)' }) items: SavedSearchDto[];
}

export class SaveSearchDto {
  @ApiProperty({ enum: ALERT_KINDS })
  @IsIn(ALERT_KINDS, { message: `kind must be one of ${ALERT_KINDS.join(', ')}` })
  kind: AlertKind;

  @ApiProperty({ minLength: 1, maxLength: MAX_ALERT_NAME })
  @IsString({ message: 'name must be text' })
  name: string;

  @ApiProperty({ enum: ALERT_FREQUENCIES })
  @IsIn(ALERT_FREQUENCIES, { message: `frequency must be one of ${ALERT_FREQUENCIES.join(', ')}` })
  frequency: AlertFrequency;

  @ApiPropertyOptional({ enum: LOCALES, description: 'The language of its feed; by default the first of Accept-Language' })
  @IsOptional()
  @IsIn(LOCALES, { message: `locale must be one of ${LOCALES.join(', ')}` })
  locale?: Locale;

  @ApiProperty({
    ...PARAMS_SCHEMA,
    description:
      'The search page’s parameters. Test beds: `q`, `city`, `theme`, `capability`, `cost`, `availableFrom`, `availableTo`, `bbox`, checked as GET /testbeds checks them ' +
      '(`sort`, `view`, `limit`, `cursor`, `lang` are accepted and left out). Calls: `city` (slug, id or `national`) and `focusArea`, as GET /calls checks them. ' +
      'A bad one is a 400 naming it as `params.<name>`',
  })
  @IsObject({ message: 'params must be an object of the search’s parameters' })
  params: SearchParams;
}

export class UpdateSearchDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: MAX_ALERT_NAME })
  @IsOptional()
  @IsString({ message: 'name must be text' })
  name?: string;

  @ApiPropertyOptional({ enum: ALERT_FREQUENCIES })
  @IsOptional()
  @IsIn(ALERT_FREQUENCIES, { message: `frequency must be one of ${ALERT_FREQUENCIES.join(', ')}` })
  frequency?: AlertFrequency;

  @ApiPropertyOptional({ enum: LOCALES })
  @IsOptional()
  @IsIn(LOCALES, { message: `locale must be one of ${LOCALES.join(', ')}` })
  locale?: Locale;
}

@ApiTags('alerts')
@Controller('me/alerts')
export class AlertsController {
  constructor(private readonly alerts: AlertsService) {}

  @Get()
  @Authenticated()
  @ApiOkResponse({ type: SavedSearchListDto })
  @ApiOperation({ summary: 'Your saved searches (alerts)' })
  async list(@CurrentActor() actor: Actor): Promise<{ items: SavedSearch[] }> {
    return { items: await this.alerts.list(actor) };
  }

  @Post()
  @Authenticated(400, 403)
  @ApiHeader({ name: 'accept-language', required: false, description: 'The feed’s language when `locale` is not given (the first language asked for; else fi)', schema: { type: 'string', maxLength: 500 } })
  @ApiCreatedResponse({ type: SavedSearchDto, description: 'Saved' })
  @ApiOkResponse({ type: SavedSearchDto, description: 'You had saved this search already (the same filters): that one, with the name, frequency and language given' })
  @ApiOperation({
    summary: 'Save a search of test beds or calls, to hear of new ones that fit it',
    description: 'Each new publication that fits tells you once, at once or in the daily digest. Safe to repeat.',
  })
  async save(
    @CurrentActor() actor: Actor,
    @Body() dto: SaveSearchDto,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<SavedSearch> {
    const { search, created } = await this.alerts.save(actor, dto, preferredLocale(acceptLanguage, 'fi'));
    reply.status(created ? 201 : 200);
    return search;
  }

  @Patch(':id')
  @Authenticated(400, 403, 404)
  @ApiOkResponse({ type: SavedSearchDto })
  @ApiOperation({ summary: 'Rename a saved search, or change how it tells you or its feed’s language', description: 'Another user’s search is a 404. Safe to repeat.' })
  update(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: UpdateSearchDto): Promise<SavedSearch> {
    return this.alerts.update(actor, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @Authenticated(400, 403, 404)
  @ApiNoContentResponse()
  @ApiOperation({ summary: 'Delete a saved search and its feed', description: 'Another user’s search, or one already deleted, is a 404.' })
  async remove(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @NoBody() _body: EmptyBody): Promise<void> {
    await this.alerts.remove(actor, id);
  }

  @Post(':id/feed-token')
  @HttpCode(200)
  @Authenticated(400, 403, 404)
  @ApiOkResponse({ type: SavedSearchDto, description: 'The search with its new feed address' })
  @ApiOperation({ summary: 'Replace a saved search’s feed address', description: 'The old address stops working at once (404), e.g. when it was shared by mistake.' })
  replaceFeed(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @NoBody() _body: EmptyBody): Promise<SavedSearch> {
    return this.alerts.replaceFeedToken(actor, id);
  }
}

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

@ApiTags('alerts')
@Controller('alert-feeds')
export class AlertFeedsController {
  constructor(private readonly alerts: AlertsService) {}

  @Get(':token')
  @Header('Content-Type', 'application/atom+xml; charset=utf-8')
  @Header('Cache-Control', 'private, max-age=300')
  @Header('Referrer-Policy', 'no-referrer')
  @ApiProduces('application/atom+xml')
  @ApiParam({ name: 'token', description: 'The feed’s unguessable token, from `feedUrl`' })
  @ApiProblems(400, 404)
  @ApiOkResponse({
    description:
      'Atom 1.0 (RFC 4287) in the saved search’s language: the published test beds or calls it told of, newest first (at most 50), each linking to its page. ' +
      'Objects no longer public leave it. Needs no sign-in: the address is the key; a replaced or deleted one is a 404.',
    content: { 'application/atom+xml': { schema: { type: 'string' } } },
  })
  @ApiOperation({ summary: 'A saved search’s Atom feed', security: [] })
  feed(@Param('token') token: string): Promise<string> {
    if (!TOKEN.test(token)) throw DomainError.invalid('token', 'is not a feed token');
    return this.alerts.feed(token);
  }
}

