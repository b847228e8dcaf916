import { Injectable, Logger, OnModuleInit, SetMetadata } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import type { Job } from 'bullmq';
import { JOB_NAMES, JobName, JobPayloads } from './registry.js';

const JOB_HANDLER = 'kokeilu:job-handler';

/** A class that handles one job. `handle` must be safe to run twice for the same job. */
export interface JobHandler<N extends JobName> {
  handle(payload: JobPayloads[N], job: Job<JobPayloads[N]>): Promise<unknown>;
}

export const HandlesJob = (name: JobName): ClassDecorator => SetMetadata(JOB_HANDLER, name);

export class JobHandlerRegistryError extends Error {}

/** Finds every `@HandlesJob` provider and refuses to boot unless each job has exactly one. */
@Injectable()
export class JobDispatcher implements OnModuleInit {
  private readonly logger = new Logger('JobDispatcher');
  private readonly handlers = new Map<JobName, JobHandler<JobName>>();

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    const found = new Map<JobName, string[]>();
    for (const wrapper of this.discovery.getProviders()) {
      const metatype = wrapper.metatype as unknown;
      if (!wrapper.instance || typeof metatype !== 'function') continue;
      const name = Reflect.getMetadata(JOB_HANDLER, metatype) as JobName | undefined;
      if (!name) continue;
      found.set(name, [...(found.get(name) ?? []), (metatype as { name: string }).name]);
      this.handlers.set(name, wrapper.instance as JobHandler<JobName>);
    }
    const problems = verifyHandlers(found);
    if (problems.length) throw new JobHandlerRegistryError(`Job handlers do not match the registry:\n  ${problems.join('\n  ')}`);
    this.logger.log(`${this.handlers.size} job handlers registered`);
  }

  async dispatch(job: Job): Promise<unknown> {
    const handler = this.handlers.get(job.name as JobName);
    if (!handler) throw new JobHandlerRegistryError(`no handler for job "${job.name}"`);
    return handler.handle(job.data as never, job as never);
  }
}

/** Pure check behind the boot refusal: every registered job has exactly one handler, and no stray ones. */
export function verifyHandlers(found: Map<string, string[]>, registered: readonly string[] = JOB_NAMES): string[] {
  const problems: string[] = [];
  for (const name of registered) {
    const classes = found.get(name) ?? [];
    if (classes.length === 0) problems.push(`${name}: no handler`);
    if (classes.length > 1) problems.push(`${name}: ${classes.length} handlers (${classes.join(', ')})`);
  }
  for (const name of found.keys()) {
    if (!registered.includes(name)) problems.push(`${name}: handled but not in the registry`);
  }
  return problems;
}
