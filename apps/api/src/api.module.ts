import { DynamicModule, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { ThrottlerModule } from '@nestjs/throttler';
import { LoggerModule } from 'nestjs-pino';
import { AccessModule } from '@kokeilu/access';
import { IdentityModule } from '@kokeilu/identity';
import { BookingCalendar, BookingsModule } from '@kokeilu/bookings';
import { NotificationsModule } from '@kokeilu/notifications';
import { ApplicationsModule } from '@kokeilu/applications';
import { OpenDataService, TestbedsModule } from '@kokeilu/testbeds';
import { AppConfig, ConfigModule, DatabaseModule, loggerParams, Metrics, PlatformModule, QueueModule, RateLimits } from '@kokeilu/platform';
import { CitiesController, DecidersController, UsersController } from './admin/admin.controller.js';
import { AuditController } from './audit/audit.controller.js';
import { AuthController, MeController } from './auth/auth.controller.js';
import { OpsController } from './ops/health.controller.js';
import { IndexController } from './ops/index.controller.js';
import { InvitationsController, OrganisationClaimsController, OrganisationsController } from './organisations/organisations.controller.js';
import { CityTestbedsController, TestbedsController } from './testbeds/testbeds.controller.js';
import { BookingsController } from './bookings/bookings.controller.js';
import { NotificationPreferencesController, NotificationsController } from './notifications/notifications.controller.js';
import { PersonalDataController } from './privacy/personal-data.controller.js';
import { CalendarController } from './calendar/calendar.controller.js';
import { OpenDataController } from './open-data/open-data.controller.js';
import { ApplicationsController, CallApplicationsController } from './applications/applications.controller.js';
import { EligibilityPrecheckController } from './applications/eligibility-precheck.controller.js';
import { CallsModule } from '@kokeilu/calls';
import { FundingModule } from '@kokeilu/funding';
import { DeciderCallsController, FundingController } from './funding/funding.controller.js';
import { RedressController } from './funding/redress.controller.js';
import { EvaluationModule } from '@kokeilu/evaluation';
import { ApplicationReviewsController, CallEvaluationController, ConflictsController, ReviewsController } from './evaluation/evaluation.controller.js';
import { ClarificationsController } from './evaluation/clarifications.controller.js';
import { CallsController } from './calls/calls.controller.js';
import { CallsCalendarController, CallsOpenDataController } from './calls/calls-public.controller.js';
import { ResultsModule } from '@kokeilu/results';
import { GrantsOpenDataController, OutcomeController, PilotsController } from './results/results.controller.js';
import { DashboardsController } from './dashboards/dashboards.controller.js';
import { AlertFeedsController, AlertsController } from './alerts/alerts.controller.js';
import { AlertsModule } from '@kokeilu/alerts';

@Module({})
export class ApiModule {
  static forRoot(config: AppConfig, env: Record<string, string | undefined> = process.env): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(env),
        LoggerModule.forRoot(loggerParams(config, 'kokeilu-api')),
        DatabaseModule,
        QueueModule.forRoot(config, { worker: false }),
        PlatformModule,
        AccessModule,
        IdentityModule,
        TestbedsModule,
        NotificationsModule,
        BookingsModule,
        ApplicationsModule,
        CallsModule,
        ResultsModule,
        EvaluationModule,
        FundingModule,
        AlertsModule,
        TerminusModule.forRoot({ logger: false }),
        // Counted in PostgreSQL, so every API process shares one limit.
        ThrottlerModule.forRootAsync({
          inject: [RateLimits],
          useFactory: (storage: RateLimits) => ({ throttlers: [{ name: 'default', ttl: 60_000, limit: config.AUTH_RATE_LIMIT_PER_MINUTE }], storage }),
        }),
      ],
      controllers: [
        AuthController,
        MeController,
        DashboardsController,
        OrganisationsController,
        OrganisationClaimsController,
        InvitationsController,
        UsersController,
        CitiesController,
        DecidersController,
        AuditController,
        TestbedsController,
        CityTestbedsController,
        BookingsController,
        NotificationsController,
        NotificationPreferencesController,
        AlertsController,
        AlertFeedsController,
        PersonalDataController,
        CalendarController,
        OpenDataController,
        CallsController,
        CallsCalendarController,
        CallsOpenDataController,
        ApplicationsController,
        EligibilityPrecheckController,
        CallApplicationsController,
        CallEvaluationController,
        ReviewsController,
        ApplicationReviewsController,
        ClarificationsController,
        ConflictsController,
        FundingController,
        RedressController,
        DeciderCallsController,
        OutcomeController,
        PilotsController,
        GrantsOpenDataController,
        OpsController,
        IndexController,
      ],
      // The public read models live in their libs but serve only the API, so the API provides them.
      providers: [Metrics, OpenDataService, BookingCalendar],
    };
  }
}

