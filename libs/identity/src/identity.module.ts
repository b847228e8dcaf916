import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '@kokeilu/notifications';
import { APP_CONFIG, AppConfig } from '@kokeilu/platform';
import { IDENTITY_ENTITIES } from './entities/index.js';
import { AdminService } from './services/admin.service.js';
import { AuditQueryService } from './services/audit-query.service.js';
import { AuthService } from './services/auth.service.js';
import { EmailVerificationService } from './services/email-verification.service.js';
import { LocalStrategy } from './services/local.strategy.js';
import { OrganisationIdentityService } from './services/organisation-identity.service.js';
import { OrganisationService } from './services/organisation.service.js';
import { ProfileService } from './services/profile.service.js';
import { PersonalDataService } from './privacy/personal-data.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature(IDENTITY_ENTITIES),
    NotificationsModule,
    PassportModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: config.JWT_SECRET, signOptions: { algorithm: 'HS256' } }),
    }),
  ],
  providers: [AuthService, EmailVerificationService, LocalStrategy, OrganisationService, OrganisationIdentityService, AdminService, AuditQueryService, ProfileService, PersonalDataService],
  exports: [AuthService, EmailVerificationService, OrganisationService, OrganisationIdentityService, AdminService, AuditQueryService, ProfileService, PersonalDataService],
})
export class IdentityModule {}

