import { BullModule, Processor, WorkerHost } from '@nestjs/bullmq';
import { DynamicModule, Global, Inject, Module, Type } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import type { Job } from 'bullmq';
import type { AppConfig } from '../config/config.js';
import { queueConnectionOf } from './backend.js';
import { JobDispatcher } from './job-handler.js';
import { Outbox } from './outbox.js';
import { OutboxRedelivery } from './outbox-redelivery.js';
import { OutboxRelay } from './outbox-relay.js';
import { QueueConnections } from './queue-connections.js';
import { CONCURRENCY, QueueLimits } from './queue-limits.js';
import { QUEUE_NAMES, QueueName } from './registry.js';

/** One BullMQ worker per queue; each hands its jobs to the job's registered handler. */
function processorFor(queue: QueueName): Type<WorkerHost> {
  @Processor(queue, { concurrency: CONCURRENCY[queue] })
  class QueueProcessor extends WorkerHost {
    constructor(@Inject(JobDispatcher) private readonly dispatcher: JobDispatcher) {
      super();
    }

    process(job: Job): Promise<unknown> {
      return this.dispatcher.dispatch(job);
    }
  }
  Object.defineProperty(QueueProcessor, 'name', { value: `${queue}Processor` });
  return QueueProcessor;
}

@Global()
@Module({})
export class QueueModule {
  /** `worker: true` adds the processors, the dispatcher, the outbox relay, its redelivery after a Redis data loss and the queues' global limits. */
  static forRoot(config: AppConfig, options: { worker: boolean }): DynamicModule {
    const workerProviders = options.worker ? [JobDispatcher, OutboxRelay, OutboxRedelivery, QueueLimits, ...QUEUE_NAMES.map(processorFor)] : [];
    return {
      module: QueueModule,
      imports: [
        DiscoveryModule,
        BullModule.forRoot({ connection: queueConnectionOf(config), prefix: config.QUEUE_PREFIX }),
        BullModule.registerQueue(...QUEUE_NAMES.map((name) => ({ name }))),
      ],
      providers: [Outbox, QueueConnections, ...workerProviders],
      exports: [Outbox, BullModule, ...(options.worker ? [OutboxRelay] : [])],
    };
  }
}
