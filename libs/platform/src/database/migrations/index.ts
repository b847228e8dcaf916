import { Foundation1764000000000 } from './1764000000000-foundation.js';
import { Testbeds1764100000000 } from './1764100000000-testbeds.js';
import { Notifications1764200000000 } from './1764200000000-notifications.js';
import { Bookings1764300000000 } from './1764300000000-bookings.js';
import { Calls1764400000000 } from './1764400000000-calls.js';
import { Applications1764500000000 } from './1764500000000-applications.js';
import { TestbedMapIndex1764600000000 } from './1764600000000-testbed-map-index.js';
import { TestbedSearchTuning1764650000000 } from './1764650000000-testbed-search-tuning.js';
import { Evaluation1764700000000 } from './1764700000000-evaluation.js';
import { Funding1764800000000 } from './1764800000000-funding.js';
import { PilotReports1764900000000 } from './1764900000000-pilot-reports.js';
import { LoginLockout1765000000000 } from './1765000000000-login-lockout.js';
import { PilotCancellation1765100000000 } from './1765100000000-pilot-cancellation.js';
import { ReviewIntegrity1765200000000 } from './1765200000000-review-integrity.js';
import { RevisionCall1765300000000 } from './1765300000000-revision-call.js';
import { TestbedSearchTerms1765400000000 } from './1765400000000-testbed-search-terms.js';
import { RevisionEmailDomains1765500000000 } from './1765500000000-revision-email-domains.js';
import { InvitationCodesOutOfTheOutbox1765510000000 } from './1765510000000-invitation-codes-out-of-the-outbox.js';
import { EmailVerification1765600000000 } from './1765600000000-email-verification.js';
import { PilotBookingSteps1765700000000 } from './1765700000000-pilot-booking-steps.js';
import { AuthSessions1766000000000 } from './1766000000000-auth-sessions.js';
import { LoginLockoutPerClient1766010000000 } from './1766010000000-login-lockout-per-client.js';
import { OrganisationIdentity1766100000000 } from './1766100000000-organisation-identity.js';
import { SharedRateLimits1766900000000 } from './1766900000000-shared-rate-limits.js';
import { RankingBasis1767400000000 } from './1767400000000-ranking-basis.js';
import { NotificationPreferences1767500000000 } from './1767500000000-notification-preferences.js';

/** Every migration, oldest first. A new migration is appended here. */
export const MIGRATIONS = [Foundation1764000000000, Testbeds1764100000000, Notifications1764200000000, Bookings1764300000000, Calls1764400000000, Applications1764500000000, TestbedMapIndex1764600000000, TestbedSearchTuning1764650000000, Evaluation1764700000000, Funding1764800000000, PilotReports1764900000000, LoginLockout1765000000000, PilotCancellation1765100000000, ReviewIntegrity1765200000000, RevisionCall1765300000000, TestbedSearchTerms1765400000000, RevisionEmailDomains1765500000000, InvitationCodesOutOfTheOutbox1765510000000, EmailVerification1765600000000, PilotBookingSteps1765700000000, AuthSessions1766000000000, LoginLockoutPerClient1766010000000, OrganisationIdentity1766100000000, SharedRateLimits1766900000000, RankingBasis1767400000000, NotificationPreferences1767500000000];
