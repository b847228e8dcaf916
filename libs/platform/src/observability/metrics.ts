import { getQueueToken } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Queue } from 'bullmq';
import type { FastifyInstance } from 'fastify';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { QUEUE_NAMES } from '../queue/registry.js';
import { withTimeout } from '../util/timeout.js';

/** Prometheus metrics: HTTP latency, queue depths and outbox lag, read at scrape time. */
@Injectable()
export class Metrics {
  readonly registry = new Registry();
  private readonly httpDuration: Histogram<'method' | 'route' | 'status'>;

  constructor(dataSource: DataSource, moduleRef: ModuleRef) {
    collectDefaultMetrics({ register: this.registry });
    this.httpDuration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP request latency',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [this.registry],
    });
    new Gauge({
      name: 'queue_jobs',
      help: 'Jobs per queue and state',
      labelNames: ['queue', 'state'],
      registers: [this.registry],
      async collect() {
        for (const name of QUEUE_NAMES) {
          const queue = moduleRef.get<Queue>(getQueueToken(name), { strict: false });
          // While the queue backend is unreachable a scrape still answers, without these series.
          const counts = await withTimeout(queue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed'), 2_000, 'queue').catch(() => null);
          if (!counts) continue;
          for (const [state, count] of Object.entries(counts)) this.set({ queue: name, state }, count);
        }
      },
    });
    new Gauge({
      name: 'outbox_pending',
      help: 'Outbox rows not yet relayed to the queue',
      registers: [this.registry],
      async collect() {
        const [row] = await dataSource.query(`SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL`);
        this.set(row.n);
      },
    });
    new Gauge({
      name: 'outbox_lag_seconds',
      help: 'Age of the oldest outbox row not yet relayed (0 when none)',
      registers: [this.registry],
      async collect() {
        const [row] = await dataSource.query(
          `SELECT coalesce(extract(epoch FROM clock_timestamp() - min(created_at)), 0)::float8 AS lag FROM outbox WHERE sent_at IS NULL`,
        );
        this.set(row.lag);
      },
    });
  }

  /** Times every request by its route pattern (not its raw URL, which would explode label cardinality). */
  instrument(fastify: FastifyInstance): void {
    fastify.addHook('onResponse', (request, reply, done) => {
      const route = request.routeOptions?.url ?? 'unmatched';
      this.httpDuration.observe(
        { method: request.method, route, status: String(reply.statusCode) },
        reply.elapsedTime / 1000,
      );
      done();
    });
  }
}
