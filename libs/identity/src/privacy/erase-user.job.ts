import { Injectable } from '@nestjs/common';
import { HandlesJob, JobHandler, type PrivacyErasePayload } from '@kokeilu/platform';
import { Eraser } from './erasure.js';

/**
 * Carries out a request to be forgotten at the end of its grace period (the outbox delays it until
 * then). A cancelled, completed or early request is left alone, so a rerun changes nothing.
 */
@Injectable()
@HandlesJob('privacy.erase')
export class EraseUserJob implements JobHandler<'privacy.erase'> {
  constructor(private readonly eraser: Eraser) {}

  async handle({ requestId }: PrivacyErasePayload): Promise<{ outcome: string }> {
    return { outcome: await this.eraser.eraseIfDue(requestId) };
  }
}
