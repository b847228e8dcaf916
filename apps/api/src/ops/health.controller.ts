import { getQueueToken } from '@nestjs/bullmq';
import { Controller, Get, Header, Inject } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags, ApiOperation, ApiProduces, SchemaObject } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import type { Queue } from 'bullmq';
import { APP_CONFIG, type AppConfig, Metrics, QUEUE_NAMES, queueBackendOf, withTimeout } from '@kokeilu/platform';

/** Each dependency checked, by name (`database`, `redis` or `queue`), with its state and details. */
const INDICATORS: SchemaObject = {
  type: 'object',
  additionalProperties: {
    type: 'object',
    properties: { status: { type: 'string', enum: ['up', 'down'] } },
    required: ['status'],
    additionalProperties: true,
  },
};

const HEALTH: SchemaObject = {
  type: 'object',
  properties: { status: { type: 'string', enum: ['ok'] }, info: INDICATORS, error: INDICATORS, details: INDICATORS },
  required: ['status', 'info', 'error', 'details'],
};

@ApiTags('operations')
@Controller()
export class OpsController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly moduleRef: ModuleRef,
    private readonly metrics: Metrics,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('health')
  @HealthCheck({ noCache: true, swaggerDocumentation: false })
  @ApiOkResponse({ description: 'Database and queue backend reachable', schema: HEALTH })
  @ApiServiceUnavailableResponse({
    description: 'A dependency is down: the problem says which in `checks`',
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDto' } } },
  })
  @ApiOperation({ summary: 'Health of the API and its dependencies' })
  check() {
    return this.health.check([
      () => this.db.pingCheck('database', { timeout: 2_000 }),
      () => this.queueCheck(),
    ]);
  }

  @Get('metrics')
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  @ApiOperation({ summary: 'Prometheus metrics' })
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: 'The Prometheus text exposition format (version 0.0.4)', content: { 'text/plain': { schema: { type: 'string' } } } })
  scrape(): Promise<string> {
    return this.metrics.registry.metrics();
  }

  /** The queue backend answers (Redis, or BullMQ's tables in Postgres). */
  private async queueCheck() {
    const backend = queueBackendOf(this.config);
    const key = backend === 'redis' ? 'redis' : 'queue';
    const session = this.indicators.check(key);
    const queue = this.moduleRef.get<Queue>(getQueueToken(QUEUE_NAMES[0]), { strict: false });
    try {
      await withTimeout(queue.getJobCounts('waiting'), 2_000, backend);
      return session.up({ backend });
    } catch (error) {
      return session.down({ backend, message: (error as Error).message });
    }
  }
}
