import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { CallTransitions } from './call-transitions.js';

/** How often the worker looks for transitions that no job made (a lost or failed job). */
export const CATCH_UP_INTERVAL_MS = 60_000;

/**
 * Delayed jobs whose time passed while the worker was down run as soon as it is back; this sweep
 * covers what no job will: a job lost with the queue's data, or one that used up its attempts. It
 * runs when the worker starts, before it reports ready, and then every minute.
 */
@Injectable()
export class CallCatchUp implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('CallCatchUp');
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(private readonly transitions: CallTransitions) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.sweep();
    this.timer = setInterval(() => void this.sweep(), CATCH_UP_INTERVAL_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  sweep(): Promise<void> {
    this.running ??= (async () => {
      try {
        const made = await this.transitions.catchUp();
        if (made) this.logger.log(`caught up ${made} call transitions that were due`);
      } catch (error) {
        this.logger.warn(`call catch-up failed, retrying in ${CATCH_UP_INTERVAL_MS / 1000} s: ${(error as Error).message}`);
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }
}
