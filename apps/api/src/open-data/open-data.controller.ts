import { Controller, Get, Header, Inject, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags, ApiOperation } from '@nestjs/swagger';
import { APP_CONFIG, type AppConfig, ApiProblems } from '@kokeilu/platform';
import { OPEN_DATA_ATTRIBUTION, OPEN_DATA_CSV_COLUMNS, OPEN_DATA_LICENCE, openDataCsv, OpenDataService, testbedsOpenDataSchema } from '@kokeilu/testbeds';
import { OPEN_DATA_DEFAULT_PAGE, OpenDataQuery, OpenDataTestbedPageDto } from './open-data.dto.js';
import { ApiSchemaFile, openDataSchemaUrl, PublicData } from './public-data.js';

/** RFC 8288 `license` relation, so the CSV, which has no room for it, carries its licence too. */
const LICENCE_LINK = `<${OPEN_DATA_LICENCE.url}>; rel="license"`;
const CSV_TYPE = 'text/csv; charset=utf-8; header=present';

const LEFT_OUT = 'Contacts (personal data) and images (third-party copyright) are left out; `url` leads to the public page of the bed.';

@ApiTags('open-data')
@Controller('open-data')
export class OpenDataController {
  constructor(
    private readonly openData: OpenDataService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('testbeds.schema.json')
  @PublicData()
  @ApiSchemaFile('a page of `/open-data/testbeds`')
  @ApiOperation({ summary: 'Open data: the JSON Schema of the test beds' })
  schema() {
    return testbedsOpenDataSchema(openDataSchemaUrl(this.config.PUBLIC_URL, 'testbeds'));
  }

  @Get('testbeds')
  @PublicData()
  @Header('Link', LICENCE_LINK)
  @ApiProblems(400)
  @ApiOkResponse({
    type: OpenDataTestbedPageDto,
    description: `Published test beds, every language, in id order, a page at a time (licence ${OPEN_DATA_LICENCE.id}). ${LEFT_OUT} Described field by field by \`/open-data/testbeds.schema.json\`.`,
  })
  @ApiOperation({ summary: 'Open data: published test beds (JSON)' })
  async testbeds(@Query() query: OpenDataQuery) {
    const page = await this.openData.page(query.limit ?? OPEN_DATA_DEFAULT_PAGE, query.cursor);
    return { generatedAt: new Date().toISOString(), licence: OPEN_DATA_LICENCE, attribution: OPEN_DATA_ATTRIBUTION, ...page };
  }

  @Get('testbeds.csv')
  @PublicData()
  @Header('Link', LICENCE_LINK)
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description:
      `Every published test bed, one row each, as RFC 4180 CSV (UTF-8 without BOM, CRLF, a header row; licence ${OPEN_DATA_LICENCE.id}). ` +
      'Texts get a column per language (name_fi, name_sv, name_en …); lists are joined with `;` (a `;` or `\\` inside a value is escaped with `\\`); ' +
      'availability windows are ISO 8601 intervals `start/end`, both days included; money is euro cents. ' +
      `Cells a spreadsheet would run as formulas start with \`'\`. ${LEFT_OUT} Columns: ${OPEN_DATA_CSV_COLUMNS.join(', ')}.`,
    content: { 'text/csv': { schema: { type: 'string' } } },
  })
  @ApiOperation({ summary: 'Open data: published test beds (CSV)' })
  csv(): StreamableFile {
    return new StreamableFile(openDataCsv(this.openData.all()), { type: CSV_TYPE, disposition: 'attachment; filename="kokeilu-testbeds.csv"' });
  }
}
