import { Controller, Delete, Get, HttpCode, Post, StreamableFile } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiProperty, ApiTags } from '@nestjs/swagger';
import { type Actor, AllowUnverified, Authenticated, CurrentActor } from '@kokeilu/access';
import { type DataExportView, type ErasureView, PersonalDataService } from '@kokeilu/identity';
import { EmptyBody, NoBody, UuidParam } from '@kokeilu/platform';

const DATA_EXPORT_STATES = ['queued', 'building', 'ready', 'failed'];

class DataExportDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: DATA_EXPORT_STATES, description: '`queued` and `building` while the job builds it, `ready` to download' }) state: string;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100, description: 'How far the build is, in per cent' }) progress: number;
  @ApiProperty() requestedAt: Date;
  @ApiProperty({ nullable: true, type: Date }) completedAt: Date | null;
  @ApiProperty({ nullable: true, type: Date, description: 'Until when it can be downloaded (DATA_EXPORT_TTL_HOURS after it was built); then it is deleted' })
  expiresAt: Date | null;
  @ApiProperty({ nullable: true, type: 'integer', description: 'Size of the ZIP file in bytes' }) sizeBytes: number | null;
  @ApiProperty({ description: 'Whether GET …/download answers the file now' }) downloadable: boolean;
}

class DataExportListDto {
  @ApiProperty({ type: [DataExportDto], description: 'Your downloads, newest first (at most 10; expired ones are removed)' }) items: DataExportDto[];
}

class OrganisationRefDto {
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty() name: string;
}

class ErasureDto {
  @ApiProperty({ enum: ['none', 'scheduled', 'blocked'], description: '`scheduled`: you will be forgotten at `dueAt` unless you cancel; `blocked`: due, but waiting until your organisations in `blockedBy` have another owner' })
  state: string;
  @ApiProperty({ nullable: true, type: Date }) requestedAt: Date | null;
  @ApiProperty({ nullable: true, type: Date, description: 'When the account is pseudonymised unless the request is cancelled before' }) dueAt: Date | null;
  @ApiProperty({ type: 'integer', description: 'The grace period, in days (ERASURE_GRACE_DAYS)' }) graceDays: number;
  @ApiProperty({ type: [OrganisationRefDto], description: 'Organisations of which you are the only owner' }) blockedBy: OrganisationRefDto[];
}

@ApiTags('personal data')
@Controller('me')
export class PersonalDataController {
  constructor(private readonly personalData: PersonalDataService) {}

  @Post('data-exports')
  @HttpCode(202)
  @AllowUnverified()
  @Authenticated(403)
  @ApiAcceptedResponse({ type: DataExportDto })
  @ApiOperation({
    summary: 'Ask for a download of everything the platform holds about you',
    description:
      'A job builds a ZIP of JSON files (profile, memberships, applications you wrote or your organisations take part in, reviews you wrote, bookings you asked for, notifications, audit events about you) with a summary in your language (summary.md). Other people’s names and addresses are left out. While one is being built, asking again answers that one: safe to repeat.',
  })
  requestExport(@CurrentActor() actor: Actor, @NoBody() _body: EmptyBody): Promise<DataExportView> {
    return this.personalData.requestExport(actor);
  }

  @Get('data-exports')
  @Authenticated()
  @ApiOkResponse({ type: DataExportListDto })
  @ApiOperation({ summary: 'Your downloads and how far each is built' })
  async listExports(@CurrentActor() actor: Actor): Promise<{ items: DataExportView[] }> {
    return { items: await this.personalData.listExports(actor) };
  }

  @Get('data-exports/:id')
  @Authenticated(400, 404)
  @ApiOkResponse({ type: DataExportDto })
  @ApiOperation({ summary: 'One of your downloads: its progress, and until when it can be downloaded', description: 'Another person’s download answers 404, to everyone.' })
  getExport(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<DataExportView> {
    return this.personalData.getExport(actor, id);
  }

  @Get('data-exports/:id/download')
  @Authenticated(400, 404, 409)
  @ApiProduces('application/zip')
  @ApiOkResponse({ description: 'The ZIP file', content: { 'application/zip': { schema: { type: 'string', format: 'binary' } } } })
  @ApiOperation({
    summary: 'Download one of your downloads (ZIP)',
    description: '409 while it is being built and once it has expired (ask for a new one). Another person’s download answers 404, to everyone.',
  })
  async download(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<StreamableFile> {
    const { file, filename } = await this.personalData.download(actor, id);
    return new StreamableFile(file, { type: 'application/zip', disposition: `attachment; filename="${filename}"` });
  }

  @Get('erasure')
  @Authenticated()
  @ApiOkResponse({ type: ErasureDto })
  @ApiOperation({ summary: 'Whether you have asked to be forgotten, and when it happens' })
  erasure(@CurrentActor() actor: Actor): Promise<ErasureView> {
    return this.personalData.erasure(actor);
  }

  @Post('erasure')
  @HttpCode(202)
  @AllowUnverified()
  @Authenticated(403, 409)
  @ApiAcceptedResponse({ type: ErasureDto })
  @ApiOperation({
    summary: 'Ask to be forgotten',
    description:
      'After the grace period (`graceDays`; cancel until then) a job replaces your name and e-mail address with a pseudonym, ends every sign-in and makes signing in impossible, and removes your notifications, settings, downloads and memberships. Submitted applications, reviews, decisions, grants and the audit log stay, attributed to the pseudonym. 409 while you are the only owner of an organisation (the problem lists them in `organisations`): make another member an owner first. Asking again answers the pending request: safe to repeat.',
  })
  requestErasure(@CurrentActor() actor: Actor, @NoBody() _body: EmptyBody): Promise<ErasureView> {
    return this.personalData.requestErasure(actor);
  }

  @Delete('erasure')
  @AllowUnverified()
  @Authenticated(403)
  @ApiOkResponse({ type: ErasureDto })
  @ApiOperation({ summary: 'Cancel your request to be forgotten', description: 'Without a pending request nothing changes: safe to repeat.' })
  cancelErasure(@CurrentActor() actor: Actor): Promise<ErasureView> {
    return this.personalData.cancelErasure(actor);
  }
}
