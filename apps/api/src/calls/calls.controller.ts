import { Body, Controller, Get, Header, Headers, HttpCode, Patch, Post, Put, Query, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, Authenticated, CurrentActor, OptionalJwtAuthGuard } from '@kokeilu/access';
import { CallRecord, CallService, CallView, presentCall } from '@kokeilu/calls';
import { ApiAcceptLanguage, ApiOptionalAuth, ApiProblems, languagePreference, Locale, UuidParam } from '@kokeilu/platform';
import { LangQuery } from '../testbeds/testbed.dto.js';
import { CreateCallDto, FirstStageDto, ListCallsQuery, PublishCallDto, UpdateCallDto } from './call.dto.js';
import { CallDto, CallPageDto } from './call-view.dto.js';


/** `lang=fi|sv|en` wins over the header; `lang=all` keeps the header's choice. */
function languagesFor(lang: string | undefined, acceptLanguage: string | undefined): Locale[] {
  return languagePreference(lang && lang !== 'all' ? lang : acceptLanguage);
}

@ApiTags('calls')
@Controller('calls')
export class CallsController {
  constructor(private readonly calls: CallService) {}

  /** Answers to changes carry every language and the internal fields: the editor sends whole texts back. */
  private edited(record: CallRecord, acceptLanguage: string | undefined): CallView {
    return presentCall(record, languagePreference(acceptLanguage), { translations: true, internal: true });
  }

  @Post()
  @Authenticated(400, 403, 422)
  @ApiAcceptLanguage()
  @ApiCreatedResponse({ type: CallDto, description: 'A new draft; coordinators of the city, or admins (national calls: admins only). 400 names each bad field by its path.' })
  @ApiOperation({ summary: 'Create a call draft' })
  async create(@CurrentActor() actor: Actor, @Body() dto: CreateCallDto, @Headers('accept-language') acceptLanguage?: string) {
    const { cityId, ...input } = dto;
    return this.edited(await this.calls.create(actor, cityId, input), acceptLanguage);
  }

  @Get()
  @UseGuards(OptionalJwtAuthGuard)
  @Header('Vary', 'Accept-Language')
  @ApiOptionalAuth()
  @ApiAcceptLanguage()
  @ApiProblems(400, 403)
  @ApiOkResponse({
    type: CallPageDto,
    description:
      'Public list of published calls, by closesAt. Drafts only when asked for (`state=draft`, alone or with other states), ' +
      'for coordinators (their cities’ drafts) and admins (every draft); 403 for anyone else.',
  })
  @ApiOperation({ summary: 'List calls' })
  async list(@CurrentActor() actor: Actor | null, @Query() query: ListCallsQuery, @Headers('accept-language') acceptLanguage?: string) {
    const languages = languagesFor(query.lang, acceptLanguage);
    const page = await this.calls.list(actor, { state: query.state, city: query.city, focusArea: query.focusArea, limit: query.limit, cursor: query.cursor });
    return {
      ...page,
      items: page.items.map((record) => presentCall(record, languages, { translations: query.lang === 'all', internal: this.calls.manages(actor, record) })),
    };
  }

  @Get(':id')
  @UseGuards(OptionalJwtAuthGuard)
  @Header('Vary', 'Accept-Language')
  @ApiOptionalAuth()
  @ApiAcceptLanguage()
  @ApiProblems(400, 404)
  @ApiOkResponse({ type: CallDto, description: 'Published calls are public; drafts only for the coordinators of the city and admins (404 for others)' })
  @ApiOperation({ summary: 'Read a call' })
  async get(@CurrentActor() actor: Actor | null, @UuidParam('id') id: string, @Query() query: LangQuery, @Headers('accept-language') acceptLanguage?: string) {
    const record = await this.calls.get(actor, id);
    return presentCall(record, languagesFor(query.lang, acceptLanguage), { translations: query.lang === 'all', internal: this.calls.manages(actor, record) });
  }

  @Patch(':id')
  @Authenticated(400, 403, 404, 409, 422)
  @ApiAcceptLanguage()
  @ApiOkResponse({
    type: CallDto,
    description:
      'Replaces the fields sent. A draft changes freely; after publishing only title, summary, body and the dates still ahead ' +
      '(opensAt until it opens, closesAt until it closes, reviewDeadline until decided): anything else is 409 naming the fields. ' +
      'A moved opensAt or closesAt reschedules the transition. 409 with `current` on a stale version; 422 when a moved deadline has passed.',
  })
  @ApiOperation({ summary: 'Update a call' })
  async update(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: UpdateCallDto, @Headers('accept-language') acceptLanguage?: string) {
    const { version, ...patch } = dto;
    return this.edited(await this.calls.update(actor, id, version, patch), acceptLanguage);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Authenticated(400, 403, 404, 409, 422)
  @ApiAcceptLanguage()
  @ApiOkResponse({
    type: CallDto,
    description:
      'draft → scheduled, or open at once when opensAt has passed; it then opens at opensAt and closes at closesAt by itself. ' +
      '409 from any other state (or a stale version); 422 when closesAt has passed.',
  })
  @ApiOperation({ summary: 'Publish a call' })
  async publish(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: PublishCallDto, @Headers('accept-language') acceptLanguage?: string) {
    return this.edited(await this.calls.publish(actor, id, dto.version), acceptLanguage);
  }

  @Put(':id/first-stage')
  @Authenticated(400, 403, 404, 409, 422)
  @ApiAcceptLanguage()
  @ApiOkResponse({
    type: CallDto,
    description:
      'Makes a draft call two-stage, or replaces its first stage: ideas (a page of text, a budget estimate, the consortium) with their own ' +
      'dates, criteria, threshold, reviewers and required fields, the best of them (by rank, up to `invitation`) invited to the call itself. ' +
      'The first stage is a call of its own (`firstStage.callId`), published with the call and opening and closing by itself. ' +
      'Sending the same stage again changes nothing. 400/422 name each bad field; 409 once the call is published, on a first stage, or on a stale version.',
  })
  @ApiOperation({ summary: 'Set the first stage of a two-stage call' })
  async setFirstStage(@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: FirstStageDto, @Headers('accept-language') acceptLanguage?: string) {
    const { version, ...input } = dto;
    return this.edited(await this.calls.setFirstStage(actor, id, version, input), acceptLanguage);
  }
}
