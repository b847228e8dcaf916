import { Global, Module } from '@nestjs/common';
import { Audit } from './audit/audit.js';
import { Mailer } from './mail/mail.js';

/** Services every feature uses: audit and mail. Config, database and queue modules are set up by each app. */
@Global()
@Module({
  providers: [Audit, Mailer],
  exports: [Audit, Mailer],
})
export class PlatformModule {}
