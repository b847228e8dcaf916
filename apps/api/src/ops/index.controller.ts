import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';

class OpenDataLinksDto {
  @ApiProperty({ example: '/api/v1/open-data/testbeds' }) testbeds: string;
  @ApiProperty({ example: '/api/v1/open-data/calls' }) calls: string;
  @ApiProperty({ example: '/api/v1/open-data/grants' }) grants: string;
}

class IndexLinksDto {
  @ApiProperty({ example: '/docs', description: 'The API reference (Swagger UI)' }) docs: string;
  @ApiProperty({ example: '/docs-json', description: 'The OpenAPI document' }) openapi: string;
  @ApiProperty({ example: '/health' }) health: string;
  @ApiProperty({ type: OpenDataLinksDto, description: 'Open data (JSON; add `.csv` for CSV)' }) openData: OpenDataLinksDto;
}

class IndexDto {
  @ApiProperty({ example: 'Kokeilu API' }) name: string;
  @ApiProperty({ example: '1' }) version: string;
  @ApiProperty({ type: IndexLinksDto }) links: IndexLinksDto;
}

const INDEX: IndexDto = {
  name: 'Kokeilu API',
  version: '1',
  links: {
    docs: '/docs',
    openapi: '/docs-json',
    health: '/health',
    openData: { testbeds: '/api/v1/open-data/testbeds', calls: '/api/v1/open-data/calls', grants: '/api/v1/open-data/grants' },
  },
};

/** `GET /api/v1`: where a newcomer (or a client) finds the docs, the health check and the open data. */
@ApiTags('operations')
@Controller()
export class IndexController {
  @Get()
  @ApiOperation({ summary: 'Links to the docs, the health check and the open data' })
  @ApiOkResponse({ type: IndexDto })
  index(): IndexDto {
    return INDEX;
  }
}
