import { Body, Controller, Get, Header, Headers, HttpCode, Patch, Post, Query, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, Authenticated, CurrentActor, OptionalJwtAuthGuard } from '@kokeilu/access';
import { ApiAcceptLanguage, ApiOptionalAuth, ApiProblems, languagePreference, Locale, UuidParam } from '@kokeilu/platform';
import { presentTestbed, readSearchRequest, TestbedRecord, TestbedService, TestbedView } from '@kokeilu/testbeds';
import { ApiSearchTestbedsQuery, CityTestbedPageDto, CityTestbedQuery, CreateTestbedDto, LangQuery, TestbedDto, TestbedPageDto, TransitionTestbedDto, UpdateTestbedDto } from './testbed.dto.js';


/** `lang=fi|sv|en` wins over the header; `lang=all` keeps the header's choice. */
function languagesFor(lang: string | undefined, acceptLanguage: string | undefined): Locale[] {
  return languagePreference(lang && lang !== 'all' ? lang : acceptLanguage);
}

/** Answers to changes carry every language, since the editor sends whole localized texts back. */
function edited(record: TestbedRecord, acceptLanguage: string | undefined): TestbedView {
  return presentTestbed(record, languagePreference(acceptLanguage), true);
}

@ApiTags('testbeds')
@Controller('testbeds')
export class TestbedsController {
  constructor(private readonly testbeds: TestbedService) {}

  @Post()
  @Authenticated(400, 403)
  @ApiAcceptLanguage()
  @ApiCreatedResponse({ type: TestbedDto, description: 'A new draft, with `translations`; coordinators of the city and admins only' })
  @ApiOperation({ summary: 'Create a test bed draft' })
  async create(@CurrentActor() actor: Actor, @Body() dto: CreateTestbedDto, @Headers('accept-language') acceptLanguage?: string) {
    const { cityId, ...content } = dto;
    return edited(await this.testbeds.create(actor, cityId, content), acceptLanguage);
  }

  @Get()
  @Header('Vary', 'Accept-Language')
  @ApiAcceptLanguage()
  @ApiSearchTestbedsQuery()
  @ApiProblems(400)
  @ApiOkResponse({ type: TestbedPageDto, description: 'Public search of published test beds (archived beds leave the search)' })
  @ApiOperation({ summary: 'Search published test beds' })
  async search(@Query() query: Record<string, unknown>, @Headers('accept-language') acceptLanguage?: string) {
    // Read by the search itself rather than through a DTO, so that each parameter is checked once.
    const { input, withTranslations } = readSearchRequest(query, acceptLanguage);
    return this.testbeds.search(input, withTranslations);
  }

  @Get(':id')
  @UseGuards(OptionalJwtAuthGuard)
  @Header('Vary', 'Accept-Language')
  @ApiOptionalAuth()
  @ApiAcceptLanguage()
  @ApiProblems(400, 404)
  @ApiOkResponse({ type: TestbedDto, description: 'Published and archived beds are public; drafts only for the city coordinators and admins (404 for others)' })
  @ApiOperation({ summary: 'Read a test bed' })
  async get(
    @CurrentActor() actor: Actor | null,
    @UuidParam('id') id: string,
    @Query() query: LangQuery,
    @Headers('accept-language') acceptLanguage?: string,
  ) {
    return presentTestbed(await this.testbeds.get(actor, id), languagesFor(query.lang, acceptLanguage), query.lang === 'all');
  }

  @Patch(':id')
  @Authenticated(400, 403, 404, 409, 422)
  @ApiAcceptLanguage()
  @ApiOkResponse({
    type: TestbedDto,
    description: 'Replaces the fields sent (null clears an optional one). 409 on a stale version or an archived bed; 422 when a published bed would become incomplete.',
  })
  @ApiOperation({ summary: 'Update a test bed' })
  async update(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() dto: UpdateTestbedDto,
    @Headers('accept-language') acceptLanguage?: string,
  ) {
    const { version, ...patch } = dto;
    return edited(await this.testbeds.update(actor, id, version, patch), acceptLanguage);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Authenticated(400, 403, 404, 409, 422)
  @ApiAcceptLanguage()
  @ApiOkResponse({ type: TestbedDto, description: 'draft → published. 409 from any other state; 422 naming what is missing (summary, location, themes, availability).' })
  @ApiOperation({ summary: 'Publish a test bed draft' })
  async publish(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() dto: TransitionTestbedDto,
    @Headers('accept-language') acceptLanguage?: string,
  ) {
    return edited(await this.testbeds.publish(actor, id, dto.version), acceptLanguage);
  }

  @Post(':id/archive')
  @HttpCode(200)
  @Authenticated(400, 403, 404, 409)
  @ApiAcceptLanguage()
  @ApiOkResponse({ type: TestbedDto, description: 'draft or published → archived (read-only, out of the search). 409 when already archived.' })
  @ApiOperation({ summary: 'Archive a test bed' })
  async archive(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() dto: TransitionTestbedDto,
    @Headers('accept-language') acceptLanguage?: string,
  ) {
    return edited(await this.testbeds.archive(actor, id, dto.version), acceptLanguage);
  }
}

@ApiTags('testbeds')
@Controller('cities/:id/testbeds')
export class CityTestbedsController {
  constructor(private readonly testbeds: TestbedService) {}

  @Get()
  @Header('Vary', 'Accept-Language')
  @Authenticated(400, 403)
  @ApiAcceptLanguage()
  @ApiOkResponse({
    type: CityTestbedPageDto,
    description: "Every bed of the city in every state (drafts and archived ones too), by name, for the city's coordinators and admins; 403 for everyone else",
  })
  @ApiOperation({ summary: "List a city's test beds in every state" })
  async list(
    @CurrentActor() actor: Actor,
    @UuidParam('id') cityId: string,
    @Query() query: CityTestbedQuery,
    @Headers('accept-language') acceptLanguage?: string,
  ) {
    const { page, limit } = query.resolved();
    const states = query.state ? [query.state] : [];
    return { ...(await this.testbeds.listForCity(actor, cityId, states, languagePreference(acceptLanguage), limit, (page - 1) * limit)), page, limit };
  }
}
