import { Body, Controller, Module, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { ApiOkResponse, ApiProperty } from '@nestjs/swagger';
import { buildApiDocument } from './api-document.js';

/** Two DTO classes of one name, as two features could declare them. */
function budgetLine(field: string) {
  class BudgetLineDto {}
  ApiProperty({ type: 'integer' })(BudgetLineDto.prototype, field);
  return BudgetLineDto;
}
const ApplicationLine = budgetLine('amountCents');
const OutcomeLine = budgetLine('remainingCents');

class ApplicationBody {
  @ApiProperty({ type: ApplicationLine }) line: InstanceType<typeof ApplicationLine>;
}

@Controller('clash')
class ClashController {
  @Post('a')
  @ApiOkResponse({ type: OutcomeLine })
  a(@Body() _body: ApplicationBody) {
    return {};
  }
}

@Module({ controllers: [ClashController] })
class ClashModule {}

async function documentOf(module: new () => unknown) {
  const app = await NestFactory.create<NestFastifyApplication>(module, new FastifyAdapter(), { preview: true, logger: false });
  try {
    const clashes: string[] = [];
    const document = buildApiDocument(app, clashes);
    return { document, clashes };
  } finally {
    await app.close();
  }
}

describe('the OpenAPI document', () => {
  it('reports two schema classes of one name, which Nest would document as one', async () => {
    const { document, clashes } = await documentOf(ClashModule);
    expect(clashes).toEqual(['BudgetLineDto']);
    // What the clash does: one of the two shapes is lost.
    expect(Object.keys((document.components?.schemas?.BudgetLineDto as { properties: object }).properties)).toHaveLength(1);
  });

  it('reports nothing when names are unique', async () => {
    @Controller('unique')
    class UniqueController {
      @Post()
      @ApiOkResponse({ type: OutcomeLine })
      a() {
        return {};
      }
    }
    @Module({ controllers: [UniqueController] })
    class UniqueModule {}
    expect((await documentOf(UniqueModule)).clashes).toEqual([]);
  });
});
