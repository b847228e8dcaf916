import { Global, Module } from '@nestjs/common';
import { Audit } from './audit/audit.js';
import { RateLimits } from './http/rate-limits.js';
import { Mailer } from './mail/mail.js';

/** Services every feature uses: audit, mail and the shared rate limits. Config, database and queue modules are set up by each app. */
@Global()
@Module({
  providers: [Audit, Mailer, RateLimits],
  exports: [Audit, Mailer, RateLimits],
})
export class PlatformModule {}
