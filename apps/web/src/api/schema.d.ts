/**
 * The Kokeilu API's types, generated from its OpenAPI document by openapi-typescript.
 * Do not edit: change the API's DTOs and decorators, then run `npm run openapi:types`.
 */

export interface paths {
    "/api/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register an account */
        post: operations["AuthController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/verify-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Prove the e-mail address with the link or the code of the verification e-mail
         * @description With `token` (from the link `…/verify-email?token=…`) no sign-in is needed. With `code` the owner must be signed in (bearer token). Verifying an address that is already verified answers 200 again. 400 names `token` or `code` when it is wrong; 409 says why a verification no longer works in `reason`: `used`, `replaced` (a newer e-mail was sent), `expired`, `address_changed`, `too_many_attempts` or `none_sent`.
         */
        post: operations["AuthController_verifyEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/verify-email/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send the signed-in user another verification e-mail
         * @description The new e-mail replaces the earlier ones (their links and codes stop working). One a minute and five a day: sooner answers 429 with Retry-After. 409 when the address is already verified.
         */
        post: operations["AuthController_resendVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with e-mail and password */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Exchange a refresh token for a new token pair */
        post: operations["AuthController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out: end the sign-in of a refresh token */
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user, with roles and organisations */
        get: operations["MeController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{id}/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A call's dashboard: applications over time, eligibility by rule, score distributions per criterion and per evaluator, reviewer progress, budget use */
        get: operations["DashboardsController_call"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cities/{id}/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A city's dashboard: approved bookings per published bed per month, and each bed's use against its capacity */
        get: operations["DashboardsController_city"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A decided call's public results: the funded projects, their grants, where the money goes and who pays */
        get: operations["DashboardsController_results"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programme/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the programme's money goes across every decided call: by the call's city and by its focus area */
        get: operations["DashboardsController_programme"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List your organisations */
        get: operations["OrganisationsController_list"];
        put?: never;
        /** Create an organisation, owned by the caller */
        post: operations["OrganisationsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an organisation */
        get: operations["OrganisationsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update an organisation */
        patch: operations["OrganisationsController_update"];
        trace?: never;
    };
    "/api/v1/organisations/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Verify an organisation's identity */
        post: operations["OrganisationsController_verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List an organisation's members */
        get: operations["OrganisationsController_members"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List an organisation's open invitations */
        get: operations["OrganisationsController_invitations"];
        put?: never;
        /** Invite a member by e-mail */
        post: operations["OrganisationsController_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}/invitations/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an invitation (owners) */
        delete: operations["OrganisationsController_revokeInvitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a member, or leave an organisation */
        delete: operations["OrganisationsController_removeMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisation-claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List business IDs claimed by a second organisation */
        get: operations["OrganisationClaimsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisation-claims/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resolve a claim on a business ID */
        post: operations["OrganisationClaimsController_resolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation with its code */
        post: operations["InvitationsController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List users (admins) */
        get: operations["UsersController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Grant a platform role (admins) */
        post: operations["UsersController_grant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/roles/{grantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a platform role (admins) */
        delete: operations["UsersController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the cities */
        get: operations["CitiesController_list"];
        put?: never;
        /** Add a partner city (admins) */
        post: operations["CitiesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deciders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the deciders */
        get: operations["DecidersController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the audit log within your scope */
        get: operations["AuditController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/testbeds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search published test beds */
        get: operations["TestbedsController_search"];
        put?: never;
        /** Create a test bed draft */
        post: operations["TestbedsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/testbeds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a test bed */
        get: operations["TestbedsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a test bed */
        patch: operations["TestbedsController_update"];
        trace?: never;
    };
    "/api/v1/testbeds/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a test bed draft */
        post: operations["TestbedsController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/testbeds/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive a test bed */
        post: operations["TestbedsController_archive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cities/{id}/testbeds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a city's test beds in every state */
        get: operations["CityTestbedsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/testbeds/{id}/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a test bed's bookings */
        get: operations["BookingsController_listForTestbed"];
        put?: never;
        /** Request a booking of a test bed */
        post: operations["BookingsController_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List your organisations' bookings */
        get: operations["BookingsController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/booking-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The bookings of the test beds of your cities, to decide */
        get: operations["BookingsController_forCities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bookings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a booking */
        get: operations["BookingsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bookings/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a booking request (city coordinators) */
        post: operations["BookingsController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bookings/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline a booking request (city coordinators) */
        post: operations["BookingsController_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bookings/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a booking */
        post: operations["BookingsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/unsubscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unsubscribe from a kind of e-mail with one click (RFC 8058), without signing in
         * @description The address of every e-mail’s List-Unsubscribe header. The kind of the token then reaches you in the app only; for the daily digest, every kind you gathered into it. Safe to repeat.
         */
        post: operations["NotificationsController_unsubscribe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List your notifications */
        get: operations["NotificationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark all your notifications read */
        post: operations["NotificationsController_readAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a notification read */
        post: operations["NotificationsController_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How each kind of notification reaches you */
        get: operations["NotificationPreferencesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notification-preferences/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Choose how a kind of notification reaches you
         * @description Receipts, decisions and deadlines always go out at once: another choice for them is a 409 that says why. Safe to repeat.
         */
        put: operations["NotificationPreferencesController_set"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your saved searches (alerts) */
        get: operations["AlertsController_list"];
        put?: never;
        /**
         * Save a search of test beds or calls, to hear of new ones that fit it
         * @description Each new publication that fits tells you once, at once or in the daily digest. Safe to repeat.
         */
        post: operations["AlertsController_save"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/alerts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a saved search and its feed
         * @description Another user’s search, or one already deleted, is a 404.
         */
        delete: operations["AlertsController_remove"];
        options?: never;
        head?: never;
        /**
         * Rename a saved search, or change how it tells you or its feed’s language
         * @description Another user’s search is a 404. Safe to repeat.
         */
        patch: operations["AlertsController_update"];
        trace?: never;
    };
    "/api/v1/me/alerts/{id}/feed-token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace a saved search’s feed address
         * @description The old address stops working at once (404), e.g. when it was shared by mistake.
         */
        post: operations["AlertsController_replaceFeed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alert-feeds/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A saved search’s Atom feed */
        get: operations["AlertFeedsController_feed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/data-exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your downloads and how far each is built */
        get: operations["PersonalDataController_listExports"];
        put?: never;
        /**
         * Ask for a download of everything the platform holds about you
         * @description A job builds a ZIP of JSON files (profile, memberships, applications you wrote or your organisations take part in, reviews you wrote, bookings you asked for, notifications, audit events about you) with a summary in your language (summary.md). Other people’s names and addresses are left out. While one is being built, asking again answers that one: safe to repeat.
         */
        post: operations["PersonalDataController_requestExport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/data-exports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One of your downloads: its progress, and until when it can be downloaded
         * @description Another person’s download answers 404, to everyone.
         */
        get: operations["PersonalDataController_getExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/data-exports/{id}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download one of your downloads (ZIP)
         * @description 409 while it is being built and once it has expired (ask for a new one). Another person’s download answers 404, to everyone.
         */
        get: operations["PersonalDataController_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/erasure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether you have asked to be forgotten, and when it happens */
        get: operations["PersonalDataController_erasure"];
        put?: never;
        /**
         * Ask to be forgotten
         * @description After the grace period (`graceDays`; cancel until then) a job replaces your name and e-mail address with a pseudonym, ends every sign-in and makes signing in impossible, and removes your notifications, settings, downloads and memberships. Submitted applications, reviews, decisions, grants and the audit log stay, attributed to the pseudonym. 409 while you are the only owner of an organisation (the problem lists them in `organisations`): make another member an owner first. Asking again answers the pending request: safe to repeat.
         */
        post: operations["PersonalDataController_requestErasure"];
        /**
         * Cancel your request to be forgotten
         * @description Without a pending request nothing changes: safe to repeat.
         */
        delete: operations["PersonalDataController_cancelErasure"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/testbeds/{id}.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** iCalendar feed of a test bed's approved bookings */
        get: operations["CalendarController_testbed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/cities/{slug}.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** iCalendar feed of a city's approved bookings */
        get: operations["CalendarController_city"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open-data/testbeds.schema.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open data: the JSON Schema of the test beds */
        get: operations["OpenDataController_schema"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open-data/testbeds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open data: published test beds (JSON) */
        get: operations["OpenDataController_testbeds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open-data/testbeds.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open data: published test beds (CSV) */
        get: operations["OpenDataController_csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List calls */
        get: operations["CallsController_list"];
        put?: never;
        /** Create a call draft */
        post: operations["CallsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a call */
        get: operations["CallsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a call */
        patch: operations["CallsController_update"];
        trace?: never;
    };
    "/api/v1/calls/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a call */
        post: operations["CallsController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{id}/first-stage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the first stage of a two-stage call */
        put: operations["CallsController_setFirstStage"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/calls.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** iCalendar feed of the calls' openings and closings */
        get: operations["CallsCalendarController_calls"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open-data/calls.schema.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open data: the JSON Schema of the calls */
        get: operations["CallsOpenDataController_schema"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open-data/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open data: published calls (JSON) */
        get: operations["CallsOpenDataController_calls"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open-data/calls.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open data: published calls (CSV) */
        get: operations["CallsOpenDataController_csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List your organisations' applications */
        get: operations["ApplicationsController_mine"];
        put?: never;
        /** Start an application to an open call */
        post: operations["ApplicationsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an application */
        get: operations["ApplicationsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Save an application draft */
        patch: operations["ApplicationsController_update"];
        trace?: never;
    };
    "/api/v1/applications/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit an application */
        post: operations["ApplicationsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw an application */
        post: operations["ApplicationsController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/eligibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an application's eligibility verdicts */
        get: operations["ApplicationsController_eligibility"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List an application's submitted revisions */
        get: operations["ApplicationsController_revisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/revisions/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a submitted revision */
        get: operations["ApplicationsController_revision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/revisions/{number}/diff/{to}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Compare two revisions */
        get: operations["ApplicationsController_diff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invite a partner organisation to the consortium */
        post: operations["ApplicationsController_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/partners/{organisationId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept a partner invitation */
        post: operations["ApplicationsController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/partners/{organisationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a partner, or decline or leave a consortium */
        delete: operations["ApplicationsController_removePartner"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/eligibility/precheck": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Runs the call's eligibility rules on the working copy without submitting it */
        get: operations["EligibilityPrecheckController_precheck"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{id}/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a call's applications */
        get: operations["CallApplicationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{id}/applications.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export a call's applications (CSV) */
        get: operations["CallApplicationsController_csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{id}/applications.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export a call's applications (Excel) */
        get: operations["CallApplicationsController_xlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{id}/extensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a call's deadline extensions */
        get: operations["CallApplicationsController_extensionsOf"];
        put?: never;
        /** Extend the deadline for one organisation */
        post: operations["CallApplicationsController_grant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{id}/evaluators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The call’s evaluator pool with each evaluator’s load */
        get: operations["CallEvaluationController_list"];
        put?: never;
        /** Adds a user holding the evaluator role to the pool, with expertise tags */
        post: operations["CallEvaluationController_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{id}/evaluator-candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Finds users holding the evaluator role to add to the call’s pool, by name and expertise tag */
        get: operations["CallEvaluationController_candidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{id}/evaluators/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Takes an evaluator out of the pool */
        delete: operations["CallEvaluationController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assigns reviewers again after late changes */
        post: operations["CallEvaluationController_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{id}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who reviews what, the conflicts found, and the applications the pool cannot cover */
        get: operations["CallEvaluationController_status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your assignments as an evaluator, newest first */
        get: operations["ReviewsController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A review with the application revision it pins and the call’s criteria */
        get: operations["ReviewsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Saves a draft of the scores */
        patch: operations["ReviewsController_save"];
        trace?: never;
    };
    "/api/v1/reviews/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submits the review; it is final afterwards */
        post: operations["ReviewsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Declines the assignment, with a reason; the application goes to another evaluator */
        post: operations["ReviewsController_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The reviews of an application the caller may see */
        get: operations["ApplicationReviewsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/clarifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The questions asked of the application's consortium, with their deadlines and answers */
        get: operations["ClarificationsController_list"];
        put?: never;
        /** Asks the consortium a question, to be answered by a deadline */
        post: operations["ClarificationsController_ask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/clarifications/{clarificationId}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answers a question; the answer is attached to the revision it was asked about, which it never changes */
        post: operations["ClarificationsController_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/clarification-suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Evaluators' suggested questions for the coordinator */
        get: operations["ClarificationsController_suggestions"];
        put?: never;
        /** Suggests a question for the coordinator to ask the consortium */
        post: operations["ClarificationsController_suggest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/clarification-suggestions/{suggestionId}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dismisses a suggested question without asking it */
        post: operations["ClarificationsController_dismiss"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conflicts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The conflicts of interest you declared */
        get: operations["ConflictsController_list"];
        put?: never;
        /** Declares a conflict of interest with an organisation or an application */
        post: operations["ConflictsController_declare"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conflicts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Withdraws a declaration of yours */
        delete: operations["ConflictsController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{id}/calibration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each evaluator's bias, and the call's totals raw and calibrated side by side with the ranks calibration changes */
        get: operations["FundingController_calibrationView"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{id}/ranking-basis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Chooses whether the call ranks by raw (default) or calibrated totals */
        put: operations["FundingController_setRankingBasis"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/consensus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Records the coordinator's consensus scores for an application whose reviews diverge */
        post: operations["FundingController_consensus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/decline-grant": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The lead gives a funded grant back; the next on the reserve list that fits moves up by itself */
        post: operations["FundingController_declineGrant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{id}/ranking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The call's aggregated applications: scores, rank and the rule that broke each tie */
        get: operations["FundingController_ranking"];
        put?: never;
        /** Ranks the aggregated applications now and proposes the funding (a queue job) */
        post: operations["FundingController_requestRanking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{id}/funding-proposal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The funding proposal: grants with their co-funding shares, reserve list, rejections and totals per source */
        get: operations["FundingController_proposal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{id}/funding-proposal/amendments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A decider amends the proposal with a reason: changes a grant, removes a line, funds from the reserve or reorders it */
        post: operations["FundingController_amend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A decider approves the proposal: decisions become final and public, applicants are told, funded ones become pilots */
        post: operations["FundingController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/redress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An application's redress: the 30 days after the decision, the days left and its request */
        get: operations["RedressController_ofApplication"];
        put?: never;
        /** A member of the lead organisation asks for a procedural review of the decision, stating the grounds */
        post: operations["RedressController_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{id}/redress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The call's redress desk: its remedy and reserve, and every request with its progress */
        get: operations["RedressController_desk"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{id}/redress-policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Sets what an upheld redress lifted above the budget line gets, and the reserve the call holds back */
        put: operations["RedressController_setPolicy"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/redress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The redress requests the caller was appointed to review */
        get: operations["RedressController_assigned"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/redress/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One redress request with its grounds, outcome and re-evaluation */
        get: operations["RedressController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/redress/{id}/reviewers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The evaluators a coordinator may appoint to review the request, each with why not when not */
        get: operations["RedressController_candidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/redress/{id}/reviewer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Appoints (or replaces) the reviewer of a request: an evaluator who took no part in the call’s evaluation, with no conflict */
        post: operations["RedressController_appoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/redress/{id}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The appointed reviewer rejects or upholds the request, with reasons; upheld has the application re-evaluated by new evaluators */
        post: operations["RedressController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/redress/{id}/re-evaluation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assigns the re-evaluators the pool lacked, after evaluators were added to it (a queue job that fills only what is missing) */
        post: operations["RedressController_assignAgain"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/decider-calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The calls naming you as a decider, each with its state and whether a proposal awaits your decision */
        get: operations["DeciderCallsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An application's outcome explained: eligibility, criterion means and thresholds, total, rank and tie-break, the budget line, the decision and why */
        get: operations["OutcomeController_outcome"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pilots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your pilots */
        get: operations["PilotsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pilots/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A pilot with its grant, bookings, KPIs and reports */
        get: operations["PilotsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pilots/{id}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The consortium files a progress or final report; the city is notified */
        post: operations["PilotsController_file"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pilots/{id}/reports/{reportId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The call's city accepts a report; accepting the final report completes the pilot */
        post: operations["PilotsController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pilots/{id}/reports/{reportId}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The call's city returns a report for changes, with a reason */
        post: operations["PilotsController_return"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open-data/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Awarded grants (360Giving-style), a page at a time */
        get: operations["GrantsOpenDataController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open-data/grants.360giving.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every awarded grant as a 360Giving data package */
        get: operations["GrantsOpenDataController_threeSixtyGiving"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open-data/grants.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every awarded grant as CSV */
        get: operations["GrantsOpenDataController_csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Health of the API and its dependencies */
        get: operations["OpsController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics */
        get: operations["OpsController_scrape"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Links to the docs, the health check and the open data */
        get: operations["IndexController_index"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        RegisterDto: {
            /**
             * Format: email
             * @description Kept in one normal form: trimmed, lower-case, an internationalised domain in ASCII (punycode). A verification e-mail goes to it; until the owner proves it, the account may sign in and read but not change anything.
             * @example anna@firma.fi
             */
            email: string;
            /** @example kesä-kokeilu-2026 */
            password: string;
            /** @example Anna Virtanen */
            displayName: string;
            /**
             * @description Language of e-mails and notifications; by default the first of Accept-Language we speak, else fi
             * @example fi
             * @enum {string}
             */
            locale?: "fi" | "sv" | "en";
        };
        UserDto: {
            /** Format: uuid */
            id: string;
            /**
             * @description The address in its normal form (lower-case, domain in punycode)
             * @example anna@firma.fi
             */
            email: string;
            displayName: string;
            /** @enum {string} */
            locale: "fi" | "sv" | "en";
            /** @description Whether the owner has proved the address. Until then every write but the verification itself answers 403 with code `email_unverified`. */
            emailVerified: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        VerifyEmailDto: {
            /** @description The `token` query parameter of the link in the verification e-mail. Works signed in or not (the link may be opened in another browser). Give `token` or `code`, not both. */
            token?: string;
            /**
             * @description The six-digit code of the latest verification e-mail, typed by the signed-in owner (send the bearer token). Five wrong tries end the code; the link still works.
             * @example 042917
             */
            code?: string;
        };
        EmailVerifiedDto: {
            /** Format: uuid */
            userId: string;
            /** @example anna@firma.fi */
            email: string;
            /**
             * @example true
             * @enum {boolean}
             */
            emailVerified: true;
            /** Format: date-time */
            emailVerifiedAt: string;
        };
        /** @description No fields: send no body, or `{}` */
        EmptyBody: Record<string, never>;
        VerificationSentDto: {
            /**
             * @description Where the e-mail went
             * @example anna@firma.fi
             */
            email: string;
            /**
             * Format: date-time
             * @description When its link and code stop working (24 hours)
             */
            expiresAt: string;
            /**
             * Format: date-time
             * @description When another e-mail may be asked for (one a minute, five a day); earlier asks answer 429 with Retry-After
             */
            resendAvailableAt: string;
        };
        LoginDto: {
            /**
             * Format: email
             * @example anna@firma.fi
             */
            email: string;
            password: string;
        };
        TokenPairDto: {
            accessToken: string;
            /** @description The refresh token, to present once to /auth/refresh; null with `X-Session: cookie`, where the cookie `kokeilu_refresh` carries it */
            refreshToken: string | null;
            /** @example Bearer */
            tokenType: string;
            /** @description Seconds until the access token expires */
            expiresIn: number;
        };
        RefreshDto: {
            /** @description The refresh token; required without `X-Session: cookie`, and left out with it (the cookie carries the token, the body is `{}`) */
            refreshToken?: string;
        };
        RoleDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            role: "admin" | "coordinator" | "evaluator" | "decider";
            /** Format: uuid */
            cityId: string | null;
        };
        MembershipDto: {
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            /** @enum {string} */
            role: "owner" | "member";
        };
        MeDto: {
            /** Format: uuid */
            id: string;
            /**
             * @description The address in its normal form (lower-case, domain in punycode)
             * @example anna@firma.fi
             */
            email: string;
            displayName: string;
            /** @enum {string} */
            locale: "fi" | "sv" | "en";
            /** @description Whether the owner has proved the address. Until then every write but the verification itself answers 403 with code `email_unverified`. */
            emailVerified: boolean;
            /** Format: date-time */
            createdAt: string;
            roles: components["schemas"]["RoleDto"][];
            memberships: components["schemas"]["MembershipDto"][];
        };
        DashboardCallDto: {
            /** Format: uuid */
            id: string;
            /**
             * @example {
             *       "fi": "Vaikuttavuus",
             *       "sv": "Genomslag",
             *       "en": "Impact"
             *     }
             */
            title: {
                [key: string]: string;
            };
            /** @enum {string} */
            state: "draft" | "scheduled" | "open" | "closed" | "in_evaluation" | "decided";
            /**
             * Format: uuid
             * @description null: a national call
             */
            cityId: string | null;
            /** Format: date-time */
            opensAt: string;
            /** Format: date-time */
            closesAt: string;
            /** Format: date-time */
            reviewDeadline: string;
        };
        SubmissionsDayDto: {
            /**
             * Format: date
             * @description A day in Helsinki
             */
            day: string;
            /** @description Applications first submitted that day */
            submitted: number;
            /** @description Applications submitted by the end of that day */
            cumulative: number;
        };
        RuleVerdictsDto: {
            /** @example partners */
            rule: string;
            passed: number;
            failed: number;
        };
        ScoreBinDto: {
            /** @description A step of the scale */
            score: number;
            count: number;
        };
        CriterionScoresDto: {
            key: string;
            /**
             * @example {
             *       "fi": "Vaikuttavuus",
             *       "sv": "Genomslag",
             *       "en": "Impact"
             *     }
             */
            name: {
                [key: string]: string;
            };
            min: number;
            max: number;
            /** @description Submitted reviews that scored it */
            count: number;
            mean: number | null;
            /** @description One bin per step of the scale, empty ones included */
            bins: components["schemas"]["ScoreBinDto"][];
        };
        EvaluatorCriterionDto: {
            key: string;
            count: number;
            /** @description The evaluator's mean score */
            mean: number | null;
            /** @description The evaluator’s mean minus the mean of every review of the call */
            difference: number | null;
        };
        EvaluatorScoresDto: {
            /** Format: uuid */
            evaluatorId: string;
            evaluatorName: string;
            criteria: components["schemas"]["EvaluatorCriterionDto"][];
            /** @description Mean of the differences: below zero harsher, above more lenient than the others */
            leniency: number | null;
        };
        ReviewerProgressDto: {
            /** Format: uuid */
            evaluatorId: string;
            evaluatorName: string;
            /** @description Reviews given and not declined */
            assigned: number;
            submitted: number;
            declined: number;
        };
        SourceCentsDto: {
            /** @example ERDF */
            source: string;
            /** @description euro cents */
            cents: number;
        };
        BudgetUseDto: {
            budgetCents: number;
            /** @description Proposed and awarded grants */
            committedCents: number;
            remainingCents: number;
            /** @description What each of the call's funding sources pays of the committed */
            bySource: components["schemas"]["SourceCentsDto"][];
        };
        CallDashboardDto: {
            call: components["schemas"]["DashboardCallDto"];
            /** @description Every day from the opening to the deadline (to today while open) */
            submissions: components["schemas"]["SubmissionsDayDto"][];
            /** @description Verdicts on each application's latest revision, by rule in the order checked */
            eligibility: components["schemas"]["RuleVerdictsDto"][];
            /** @description Submitted reviews only */
            scores: components["schemas"]["CriterionScoresDto"][];
            evaluators: components["schemas"]["EvaluatorScoresDto"][];
            progress: components["schemas"]["ReviewerProgressDto"][];
            budget: components["schemas"]["BudgetUseDto"];
        };
        DashboardCityDto: {
            /** Format: uuid */
            id: string;
            slug: string;
            /**
             * @example {
             *       "fi": "Vaikuttavuus",
             *       "sv": "Genomslag",
             *       "en": "Impact"
             *     }
             */
            name: {
                [key: string]: string;
            };
        };
        CityWindowDto: {
            /** Format: date */
            start: string;
            /** Format: date */
            end: string;
            /**
             * @description YYYY-MM
             * @example [
             *       "2026-06",
             *       "2026-07"
             *     ]
             */
            months: string[];
        };
        BedMonthDto: {
            /** @example 2026-12 */
            month: string;
            /** @description Approved bookings running in that month */
            bookings: number;
        };
        BedMonthsDto: {
            /** Format: uuid */
            testbedId: string;
            /**
             * @example {
             *       "fi": "Vaikuttavuus",
             *       "sv": "Genomslag",
             *       "en": "Impact"
             *     }
             */
            name: {
                [key: string]: string;
            };
            months: components["schemas"]["BedMonthDto"][];
        };
        BedUseDto: {
            /** Format: uuid */
            testbedId: string;
            /**
             * @example {
             *       "fi": "Vaikuttavuus",
             *       "sv": "Genomslag",
             *       "en": "Impact"
             *     }
             */
            name: {
                [key: string]: string;
            };
            /** @description Pilots it can run at once */
            capacity: number;
            /** @description Days of the window × capacity */
            capacityDays: number;
            /** @description Days of approved bookings inside the window */
            bookedDays: number;
            /** @description bookedDays / capacityDays, percent */
            usePercent: number;
        };
        CityDashboardDto: {
            city: components["schemas"]["DashboardCityDto"];
            /** @description Six months back and five ahead of this month */
            window: components["schemas"]["CityWindowDto"];
            /** @description Published beds */
            bookings: components["schemas"]["BedMonthsDto"][];
            use: components["schemas"]["BedUseDto"][];
        };
        ResultsCallDto: {
            /** Format: uuid */
            id: string;
            /**
             * @example {
             *       "fi": "Vaikuttavuus",
             *       "sv": "Genomslag",
             *       "en": "Impact"
             *     }
             */
            title: {
                [key: string]: string;
            };
            /** @example smart_mobility */
            focusArea: string;
            budgetCents: number;
            /** @description null: a national call */
            city: components["schemas"]["DashboardCityDto"] | null;
        };
        FundedProjectDto: {
            /** Format: uuid */
            applicationId: string;
            /** @description As submitted */
            title: string;
            /** @description The lead organisation */
            recipient: string;
            /** @description The lead organisation's home municipality */
            municipality: string;
            grantCents: number;
            shares: components["schemas"]["SourceCentsDto"][];
        };
        MunicipalityCentsDto: {
            municipality: string;
            projects: number;
            cents: number;
        };
        CallResultsDto: {
            call: components["schemas"]["ResultsCallDto"];
            /** Format: date-time */
            decidedAt: string | null;
            totalCents: number;
            /** @description Awarded grants, largest first; a grant given back leaves the list */
            projects: components["schemas"]["FundedProjectDto"][];
            /** @description Where the money goes, by the municipality of the lead organisation */
            byMunicipality: components["schemas"]["MunicipalityCentsDto"][];
            /** @description Who pays it, by funding source of the call */
            bySource: components["schemas"]["SourceCentsDto"][];
        };
        ProgrammeCityMoneyDto: {
            /** @description null: the national calls */
            city: components["schemas"]["DashboardCityDto"] | null;
            /** @description Decided calls of the city */
            calls: number;
            /** @description Awarded grants */
            projects: number;
            cents: number;
            /** @description Share of the programme total, percent with one decimal */
            percent: number;
        };
        ProgrammeFocusAreaMoneyDto: {
            /** @example open_data_and_interfaces */
            focusArea: string;
            /** @description Decided calls in the focus area */
            calls: number;
            /** @description Awarded grants */
            projects: number;
            cents: number;
            /** @description Share of the programme total, percent with one decimal */
            percent: number;
        };
        ProgrammeResultsDto: {
            /** @description Decided calls */
            calls: number;
            /** @description Awarded grants (a grant given back leaves) */
            projects: number;
            totalCents: number;
            /** @description By the call's city (each call's grants count wholly towards its city; national calls as `city: null`): most money first */
            byCity: components["schemas"]["ProgrammeCityMoneyDto"][];
            /** @description By the call's focus area, every focus area listed (zeros included) in the programme's order */
            byFocusArea: components["schemas"]["ProgrammeFocusAreaMoneyDto"][];
        };
        CreateOrganisationDto: {
            /** @example Liikennelabra Oy */
            name: string;
            /** @enum {string} */
            type: "company" | "city_organisation" | "research_organisation" | "association" | "public_body";
            /**
             * @description Finnish business ID (Y-tunnus) with a valid check digit
             * @example 0112038-9
             */
            businessId?: string;
            /**
             * @description Registration id of a foreign organisation
             * @example SE556016-0680
             */
            foreignRegistrationId?: string;
            /**
             * @description ISO 3166-1 alpha-2
             * @example FI
             */
            country?: string;
            /** @example Tampere */
            homeMunicipality: string;
            /**
             * @description EU SME size class
             * @enum {string}
             */
            sizeClass: "micro" | "small" | "medium" | "large";
            /** @example liikennelabra.fi */
            emailDomain?: string;
        } & (unknown | unknown);
        OrganisationIdentityDto: {
            /**
             * @description `unverified` until a coordinator or an admin checks who the organisation is; `verified` then; `disputed` while another organisation claims its business ID (or it claims one another organisation holds); `rejected` when a claim gave its business ID to another organisation. Only verified organisations count as operators in eligibility
             * @enum {string}
             */
            state: "unverified" | "verified" | "disputed" | "rejected";
            /**
             * Format: uuid
             * @description The coordinator or admin who verified it
             */
            verifiedBy: string | null;
            /** Format: date-time */
            verifiedAt: string | null;
        };
        OrganisationDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            type: "company" | "city_organisation" | "research_organisation" | "association" | "public_body";
            businessId: string | null;
            foreignRegistrationId: string | null;
            country: string;
            homeMunicipality: string;
            /** @enum {string} */
            sizeClass: "micro" | "small" | "medium" | "large";
            emailDomain: string | null;
            /** @description Whether its identity is checked, and by whom */
            identity: components["schemas"]["OrganisationIdentityDto"];
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        OrganisationPageDto: {
            items: components["schemas"]["OrganisationDto"][];
            total: number;
            page: number;
            limit: number;
        };
        UpdateOrganisationDto: {
            /** @example Liikennelabra Oy */
            name?: string;
            /** @enum {string} */
            type?: "company" | "city_organisation" | "research_organisation" | "association" | "public_body";
            /**
             * @description Finnish business ID (Y-tunnus) with a valid check digit
             * @example 0112038-9
             */
            businessId?: string;
            /**
             * @description Registration id of a foreign organisation
             * @example SE556016-0680
             */
            foreignRegistrationId?: string;
            /**
             * @description ISO 3166-1 alpha-2
             * @example FI
             */
            country?: string;
            /** @example Tampere */
            homeMunicipality?: string;
            /**
             * @description EU SME size class
             * @enum {string}
             */
            sizeClass?: "micro" | "small" | "medium" | "large";
            /** @example liikennelabra.fi */
            emailDomain?: string;
            /** @description The version you read; a stale one gets 409 with the current organisation */
            version: number;
        };
        MemberDto: {
            /** Format: uuid */
            userId: string;
            email: string;
            displayName: string;
            /** @enum {string} */
            role: "owner" | "member";
            /** Format: date-time */
            since: string;
        };
        InviteDto: {
            /**
             * Format: email
             * @example ville@liikennelabra.fi
             */
            email: string;
            /**
             * @default member
             * @enum {string}
             */
            role: "owner" | "member";
        };
        InvitationDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organisationId: string;
            email: string;
            /** @enum {string} */
            role: "owner" | "member";
            /**
             * Format: uuid
             * @description The owner who invited
             */
            invitedBy: string;
            /** Format: date-time */
            expiresAt: string;
            /** Format: date-time */
            acceptedAt: string | null;
            /** Format: uuid */
            acceptedBy: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        ClaimPartyDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            type: "company" | "city_organisation" | "research_organisation" | "association" | "public_body";
            businessId: string | null;
            homeMunicipality: string;
            emailDomain: string | null;
            /** @enum {string} */
            identityState: "unverified" | "verified" | "disputed" | "rejected";
            /** Format: date-time */
            createdAt: string;
            /** @description The e-mail addresses of its owners, to find out whose the business ID is */
            ownerEmails: string[];
        };
        OrganisationClaimDto: {
            /** Format: uuid */
            id: string;
            /** @example 0112038-9 */
            businessId: string;
            /**
             * @description `withdrawn`: the claimant gave another registration before the claim was resolved
             * @enum {string}
             */
            state: "open" | "resolved" | "withdrawn";
            /** @description The organisation that gave a business ID another one held */
            claimant: components["schemas"]["ClaimPartyDto"];
            /** @description The organisation holding the business ID now */
            holder: components["schemas"]["ClaimPartyDto"] | null;
            /** Format: uuid */
            awardedOrganisationId: string | null;
            /** Format: uuid */
            resolvedBy: string | null;
            /** Format: date-time */
            resolvedAt: string | null;
            reason: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        OrganisationClaimPageDto: {
            items: components["schemas"]["OrganisationClaimDto"][];
            total: number;
            page: number;
            limit: number;
        };
        ResolveClaimDto: {
            /**
             * @description Who keeps the business ID: the claimant or the organisation that held it; the other loses it
             * @enum {string}
             */
            award: "claimant" | "holder";
            /**
             * @description Why: both organisations read it
             * @example The trade register extract names the claimant
             */
            reason: string;
        };
        AcceptInvitationDto: {
            /** @description The invitation code from the e-mail */
            token: string;
        };
        JoinedDto: {
            /** Format: uuid */
            organisationId: string;
            /** Format: uuid */
            userId: string;
            /** @enum {string} */
            role: "owner" | "member";
            /** Format: date-time */
            createdAt: string;
        };
        UserRoleDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            role: "admin" | "coordinator" | "evaluator" | "decider";
            /** Format: uuid */
            cityId: string | null;
        };
        UserSummaryDto: {
            /** Format: uuid */
            id: string;
            email: string;
            displayName: string;
            locale: string;
            /** @description Whether the owner has proved the address; roles are granted only to verified accounts */
            emailVerified: boolean;
            roles: components["schemas"]["UserRoleDto"][];
        };
        UserPageDto: {
            items: components["schemas"]["UserSummaryDto"][];
            total: number;
            page: number;
            limit: number;
        };
        GrantRoleDto: {
            /** @enum {string} */
            role: "admin" | "coordinator" | "evaluator" | "decider";
            /**
             * Format: uuid
             * @description Required for coordinator, refused for the other roles
             */
            cityId?: string;
        };
        RoleGrantDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            userId: string;
            /** @enum {string} */
            role: "admin" | "coordinator" | "evaluator" | "decider";
            /** Format: uuid */
            cityId: string | null;
            /**
             * Format: uuid
             * @description The admin who granted it; null when granted from the command line
             */
            grantedBy: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        LocalizedNameDto: {
            fi?: string;
            sv?: string;
            en?: string;
        };
        CityDto: {
            /** Format: uuid */
            id: string;
            slug: string;
            name: components["schemas"]["LocalizedNameDto"];
            /** @description A partner city added by an admin (not one of the six) */
            partner: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        CreateCityDto: {
            /** @example lahti */
            slug: string;
            /**
             * @example {
             *       "fi": "Lahti",
             *       "sv": "Lahtis",
             *       "en": "Lahti"
             *     }
             */
            name: components["schemas"]["LocalizedNameDto"];
        };
        DeciderDto: {
            /** Format: uuid */
            id: string;
            displayName: string;
            email: string;
        };
        AuditEventDto: {
            id: string;
            /** Format: date-time */
            occurredAt: string;
            /** Format: uuid */
            actorId: string | null;
            /** @description The actor's display name; null for the system's own work */
            actorName: string | null;
            action: string;
            entityType: string;
            entityId: string;
            organisationId: string | null;
            cityId: string | null;
            callId: string | null;
            before: Record<string, never> | null;
            after: Record<string, never> | null;
            requestId: string | null;
        };
        AuditPageDto: {
            items: components["schemas"]["AuditEventDto"][];
            total: number;
            nextCursor: string | null;
        };
        TestbedNameTextDto: {
            /** @example Hervannan liikennelabra */
            fi?: string;
            /** @example Trafiklabbet i Hervanta */
            sv?: string;
            /** @example Hervanta mobility lab */
            en?: string;
        };
        TestbedSummaryTextDto: {
            fi?: string;
            sv?: string;
            en?: string;
        };
        TestbedDescriptionTextDto: {
            fi?: string;
            sv?: string;
            en?: string;
        };
        TestbedTermsTextDto: {
            fi?: string;
            sv?: string;
            en?: string;
        };
        AddressDto: {
            /** @example Hervannan valtaväylä 1 */
            street: string;
            /** @example 33720 */
            postalCode: string;
            /** @example Tampere */
            municipality: string;
        };
        LocationDto: {
            /**
             * @description WGS84 longitude
             * @example 23.85
             */
            lon: number;
            /**
             * @description WGS84 latitude
             * @example 61.45
             */
            lat: number;
        };
        DataSetDto: {
            /** @example Liikennemäärät */
            title: string;
            /**
             * Format: uri
             * @example https://data.tampere.fi/liikennemaarat
             */
            url: string;
        };
        DateWindowDto: {
            /**
             * Format: date
             * @example 2026-05-01
             */
            start: string;
            /**
             * Format: date
             * @description Inclusive
             * @example 2026-09-30
             */
            end: string;
        };
        CostDto: {
            /** @enum {string} */
            kind: "free" | "fee" | "negotiable";
            /**
             * @description Euro cents; required for a fee, refused otherwise
             * @example 50000
             */
            amountCents?: number;
            /**
             * @description Required for a fee, refused otherwise
             * @enum {string}
             */
            unit?: "day" | "week" | "month" | "pilot";
        };
        ContactDto: {
            /** @example Maija Meikäläinen */
            name: string;
            /**
             * Format: email
             * @example maija.meikalainen@tampere.fi
             */
            email: string;
            /** @example +358 40 123 4567 */
            phone?: string | null;
        };
        CreateTestbedDto: {
            /**
             * Format: uuid
             * @description The owning city; you must coordinate it
             */
            cityId: string;
            /** @description Text per language; at least one of fi, sv, en. Blank languages are dropped. */
            name: components["schemas"]["TestbedNameTextDto"];
            /** @description Text per language; at least one of fi, sv, en. Blank languages are dropped. Needed to publish, in a language the name has. */
            summary?: components["schemas"]["TestbedSummaryTextDto"] | null;
            /** @description Text per language; at least one of fi, sv, en. Blank languages are dropped. */
            description?: components["schemas"]["TestbedDescriptionTextDto"] | null;
            /** @description Terms of use. Text per language; at least one of fi, sv, en. Blank languages are dropped. */
            terms?: components["schemas"]["TestbedTermsTextDto"] | null;
            address?: components["schemas"]["AddressDto"] | null;
            /** @description Needed to publish */
            location?: components["schemas"]["LocationDto"] | null;
            /** @description At least one is needed to publish */
            themes?: ("mobility" | "energy" | "health_and_wellbeing" | "education" | "built_environment" | "circular_economy" | "data_and_ai" | "participation" | "safety" | "culture_and_tourism")[];
            /**
             * @description Free tags, stored lower-case
             * @example [
             *       "5g",
             *       "lidar"
             *     ]
             */
            capabilities?: string[];
            /** @description Links to open data sets (http or https) */
            dataSets?: components["schemas"]["DataSetDto"][];
            /**
             * @description How many pilots can run at once
             * @default 1
             */
            capacity: number;
            /** @description Inclusive date windows; overlapping windows are refused, touching ones merged. At least one is needed to publish. */
            availability?: components["schemas"]["DateWindowDto"][];
            cost?: components["schemas"]["CostDto"] | null;
            contact?: components["schemas"]["ContactDto"] | null;
            /**
             * @description https URLs
             * @example [
             *       "https://kuvat.tampere.fi/labra.jpg"
             *     ]
             */
            images?: string[];
        };
        TestbedLocalizedTextDto: {
            fi?: string;
            sv?: string;
            en?: string;
        };
        TestbedTranslationsDto: {
            name: components["schemas"]["TestbedLocalizedTextDto"];
            summary: components["schemas"]["TestbedLocalizedTextDto"] | null;
            description: components["schemas"]["TestbedLocalizedTextDto"] | null;
            terms: components["schemas"]["TestbedLocalizedTextDto"] | null;
        };
        TestbedDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            cityId: string;
            /** @example tampere */
            citySlug: string;
            /** @enum {string} */
            state: "draft" | "published" | "archived";
            /**
             * @description The language of `name`, picked by Accept-Language (or `lang`), falling back to en, fi, sv
             * @enum {string}
             */
            language: "fi" | "sv" | "en";
            name: string;
            summary: string | null;
            description: string | null;
            terms: string | null;
            /** @description Every language; with `lang=all`, and always in answers to changes */
            translations?: components["schemas"]["TestbedTranslationsDto"];
            address: components["schemas"]["AddressDto"] | null;
            location: components["schemas"]["LocationDto"] | null;
            themes: ("mobility" | "energy" | "health_and_wellbeing" | "education" | "built_environment" | "circular_economy" | "data_and_ai" | "participation" | "safety" | "culture_and_tourism")[];
            capabilities: string[];
            dataSets: components["schemas"]["DataSetDto"][];
            capacity: number;
            /** @description Sorted, non-overlapping, inclusive */
            availability: components["schemas"]["DateWindowDto"][];
            cost: components["schemas"]["CostDto"] | null;
            contact: components["schemas"]["ContactDto"] | null;
            images: string[];
            version: number;
            /** Format: date-time */
            publishedAt: string | null;
            /** Format: date-time */
            archivedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        TestbedSummaryTranslationsDto: {
            name: components["schemas"]["TestbedLocalizedTextDto"];
            summary: components["schemas"]["TestbedLocalizedTextDto"] | null;
        };
        TestbedSummaryDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            cityId: string;
            /** @example tampere */
            citySlug: string;
            /** @enum {string} */
            state: "draft" | "published" | "archived";
            /**
             * @description The language of `name`, picked by Accept-Language (or `lang`), falling back to en, fi, sv
             * @enum {string}
             */
            language: "fi" | "sv" | "en";
            name: string;
            summary: string | null;
            address: components["schemas"]["AddressDto"] | null;
            location: components["schemas"]["LocationDto"] | null;
            themes: ("mobility" | "energy" | "health_and_wellbeing" | "education" | "built_environment" | "circular_economy" | "data_and_ai" | "participation" | "safety" | "culture_and_tourism")[];
            capabilities: string[];
            capacity: number;
            /** @description Sorted, non-overlapping, inclusive */
            availability: components["schemas"]["DateWindowDto"][];
            cost: components["schemas"]["CostDto"] | null;
            version: number;
            /** Format: date-time */
            publishedAt: string | null;
            /** Format: date-time */
            updatedAt: string;
            /** @description Every language of the name and summary; with `lang=all` */
            translations?: components["schemas"]["TestbedSummaryTranslationsDto"];
        };
        TestbedPageDto: {
            /** @description Summaries by default; whole beds with `view=full` */
            items: (components["schemas"]["TestbedSummaryDto"] | components["schemas"]["TestbedDto"])[];
            /** @description All matches, not only this page */
            total: number;
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        UpdateTestbedDto: {
            /** @description Text per language; at least one of fi, sv, en. Blank languages are dropped. */
            name?: components["schemas"]["TestbedNameTextDto"];
            /** @description Text per language; at least one of fi, sv, en. Blank languages are dropped. Needed to publish, in a language the name has. */
            summary?: components["schemas"]["TestbedSummaryTextDto"] | null;
            /** @description Text per language; at least one of fi, sv, en. Blank languages are dropped. */
            description?: components["schemas"]["TestbedDescriptionTextDto"] | null;
            /** @description Terms of use. Text per language; at least one of fi, sv, en. Blank languages are dropped. */
            terms?: components["schemas"]["TestbedTermsTextDto"] | null;
            address?: components["schemas"]["AddressDto"] | null;
            /** @description Needed to publish */
            location?: components["schemas"]["LocationDto"] | null;
            /** @description At least one is needed to publish */
            themes?: ("mobility" | "energy" | "health_and_wellbeing" | "education" | "built_environment" | "circular_economy" | "data_and_ai" | "participation" | "safety" | "culture_and_tourism")[];
            /**
             * @description Free tags, stored lower-case
             * @example [
             *       "5g",
             *       "lidar"
             *     ]
             */
            capabilities?: string[];
            /** @description Links to open data sets (http or https) */
            dataSets?: components["schemas"]["DataSetDto"][];
            /**
             * @description How many pilots can run at once
             * @default 1
             */
            capacity: number;
            /** @description Inclusive date windows; overlapping windows are refused, touching ones merged. At least one is needed to publish. */
            availability?: components["schemas"]["DateWindowDto"][];
            cost?: components["schemas"]["CostDto"] | null;
            contact?: components["schemas"]["ContactDto"] | null;
            /**
             * @description https URLs
             * @example [
             *       "https://kuvat.tampere.fi/labra.jpg"
             *     ]
             */
            images?: string[];
            /** @description The version you read; a stale one gets 409 with the current test bed */
            version: number;
        };
        TransitionTestbedDto: {
            /** @description The version you read; when given, a stale one gets 409 with the current test bed */
            version?: number;
        };
        CityTestbedPageDto: {
            /** @description Each bed whole, with `translations` (every language) */
            items: components["schemas"]["TestbedDto"][];
            /** @description All matches, not only this page */
            total: number;
            page: number;
            limit: number;
        };
        RequestBookingDto: {
            /**
             * Format: uuid
             * @description Your organisation that will run the pilot
             */
            organisationId: string;
            /**
             * Format: date
             * @description First day (inclusive)
             * @example 2027-03-01
             */
            start: string;
            /**
             * Format: date
             * @description Last day (inclusive)
             * @example 2027-03-31
             */
            end: string;
            /** @example Automated last-mile delivery pilot */
            purpose: string;
            /** @example 12 */
            participants: number;
        };
        BookingDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            testbedId: string;
            /** Format: uuid */
            cityId: string;
            /** Format: uuid */
            organisationId: string;
            /** Format: uuid */
            requestedBy: string;
            /** @enum {string} */
            state: "requested" | "approved" | "declined" | "cancelled";
            /** Format: date */
            start: string;
            /** Format: date */
            end: string;
            purpose: string;
            participants: number;
            decisionReason: string | null;
            decidedBy: string | null;
            /** Format: date-time */
            decidedAt: string | null;
            cancelledBy: string | null;
            /** Format: date-time */
            cancelledAt: string | null;
            cancelReason: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        BookingPageDto: {
            items: components["schemas"]["BookingDto"][];
            total: number;
            page: number;
            limit: number;
        };
        CityBookingDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            testbedId: string;
            /** Format: uuid */
            cityId: string;
            /** Format: uuid */
            organisationId: string;
            /** Format: uuid */
            requestedBy: string;
            /** @enum {string} */
            state: "requested" | "approved" | "declined" | "cancelled";
            /** Format: date */
            start: string;
            /** Format: date */
            end: string;
            purpose: string;
            participants: number;
            decisionReason: string | null;
            decidedBy: string | null;
            /** Format: date-time */
            decidedAt: string | null;
            cancelledBy: string | null;
            /** Format: date-time */
            cancelledAt: string | null;
            cancelReason: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description The test bed’s name in each language it has */
            testbedName: {
                [key: string]: string;
            };
            organisationName: string;
        };
        CityBookingPageDto: {
            items: components["schemas"]["CityBookingDto"][];
            total: number;
            page: number;
            limit: number;
        };
        DeclineDto: {
            /** @example The site is under maintenance in March */
            reason: string;
        };
        CancelDto: {
            reason?: string;
        };
        UnsubscribeBody: {
            /** @enum {string} */
            "List-Unsubscribe"?: "One-Click";
        };
        UnsubscribedDto: {
            /**
             * @description A kind of notification, or `digest` for the daily digest
             * @enum {string}
             */
            scope: "booking.requested" | "booking.approved" | "booking.declined" | "booking.cancelled" | "booking.confirmation_requested" | "application.submitted" | "application.eligibility" | "application.partner_invited" | "application.partner_accepted" | "application.extension_granted" | "review.assigned" | "review.reminder" | "call.closed" | "evaluation.assigned" | "funding.ranking_ready" | "funding.proposal_ready" | "funding.decided" | "funding.promoted" | "redress.requested" | "redress.appointed" | "redress.decided" | "redress.concluded" | "funding.stage_outcome" | "pilot.report_filed" | "pilot.report_accepted" | "pilot.report_returned" | "organisation.claim_opened" | "organisation.identity_disputed" | "organisation.claim_resolved" | "clarification.asked" | "clarification.answered" | "clarification.suggested" | "alert.testbed" | "alert.call" | "digest";
            /** @description The kinds that now reach you in the app only; empty when they did already */
            kinds: ("booking.requested" | "booking.approved" | "booking.declined" | "booking.cancelled" | "booking.confirmation_requested" | "application.submitted" | "application.eligibility" | "application.partner_invited" | "application.partner_accepted" | "application.extension_granted" | "review.assigned" | "review.reminder" | "call.closed" | "evaluation.assigned" | "funding.ranking_ready" | "funding.proposal_ready" | "funding.decided" | "funding.promoted" | "redress.requested" | "redress.appointed" | "redress.decided" | "redress.concluded" | "funding.stage_outcome" | "pilot.report_filed" | "pilot.report_accepted" | "pilot.report_returned" | "organisation.claim_opened" | "organisation.identity_disputed" | "organisation.claim_resolved" | "clarification.asked" | "clarification.answered" | "clarification.suggested" | "alert.testbed" | "alert.call")[];
        };
        NotificationDto: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The recipient: you
             */
            userId: string;
            /** @example booking.approved */
            kind: string;
            title: string;
            body: string;
            /**
             * @description The web app’s page of what the notification is about, in your language: /{locale}/{applications|bookings|calls|pilots|…}/{id}[/{part}]; the e-mail carries it as a whole URL
             * @example /fi/applications/0b6c1f0e-3d1a-4a59-9a39-1f0c7f1f5a11
             */
            link: string | null;
            entityType: string | null;
            entityId: string | null;
            /** Format: date-time */
            readAt: string | null;
            /**
             * Format: date-time
             * @description When it also went out by e-mail
             */
            emailedAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        NotificationPageDto: {
            items: components["schemas"]["NotificationDto"][];
            total: number;
            /** @description Unread notifications in all */
            unread: number;
            nextCursor: string | null;
        };
        MarkedDto: {
            marked: number;
        };
        NotificationPreferenceDto: {
            /** @enum {string} */
            kind: "booking.requested" | "booking.approved" | "booking.declined" | "booking.cancelled" | "booking.confirmation_requested" | "application.submitted" | "application.eligibility" | "application.partner_invited" | "application.partner_accepted" | "application.extension_granted" | "review.assigned" | "review.reminder" | "call.closed" | "evaluation.assigned" | "funding.ranking_ready" | "funding.proposal_ready" | "funding.decided" | "funding.promoted" | "redress.requested" | "redress.appointed" | "redress.decided" | "redress.concluded" | "funding.stage_outcome" | "pilot.report_filed" | "pilot.report_accepted" | "pilot.report_returned" | "organisation.claim_opened" | "organisation.identity_disputed" | "organisation.claim_resolved" | "clarification.asked" | "clarification.answered" | "clarification.suggested" | "alert.testbed" | "alert.call";
            /**
             * @description `immediate`: an e-mail at once; `digest`: in the daily digest e-mail; `in_app`: in the app only. Every notification is in the app
             * @enum {string}
             */
            delivery: "immediate" | "digest" | "in_app";
            /**
             * @description Why this kind always goes out at once by e-mail and cannot be changed: the receipt of a submission, a decision, or a deadline; null when you choose
             * @enum {string|null}
             */
            mandatory: "receipt" | "decision" | "deadline" | null;
        };
        NotificationPreferencesDto: {
            /** @description Every kind of notification, in a fixed order */
            items: components["schemas"]["NotificationPreferenceDto"][];
        };
        SetPreferenceDto: {
            /** @enum {string} */
            delivery: "immediate" | "digest" | "in_app";
        };
        SavedSearchDto: {
            /** Format: uuid */
            id: string;
            /**
             * @description `testbeds`: new published test beds; `calls`: new published calls
             * @enum {string}
             */
            kind: "testbeds" | "calls";
            name: string;
            /**
             * @description `immediate`: an e-mail at once; `digest`: in the daily digest. Either way in the app
             * @enum {string}
             */
            frequency: "immediate" | "digest";
            /**
             * @description The language of its Atom feed
             * @enum {string}
             */
            locale: "fi" | "sv" | "en";
            /**
             * @description The search page’s parameters, as kept (lists sorted, the city as given): `/{locale}/testbeds?…` or `/{locale}/calls?…` shows what the search finds
             * @example {
             *       "q": "robotti",
             *       "city": "tampere",
             *       "theme": [
             *         "mobility"
             *       ]
             *     }
             */
            params: {
                [key: string]: string | string[];
            };
            /**
             * Format: uri
             * @description Its Atom feed, whole: whoever holds the address reads it, until it is replaced
             */
            feedUrl: string;
            /** @description New objects it has told of */
            matches: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        SavedSearchListDto: {
            /** @description Every saved search of yours, newest first (a user has a few: no paging) */
            items: components["schemas"]["SavedSearchDto"][];
        };
        SaveSearchDto: {
            /** @enum {string} */
            kind: "testbeds" | "calls";
            name: string;
            /** @enum {string} */
            frequency: "immediate" | "digest";
            /**
             * @description The language of its feed; by default the first of Accept-Language
             * @enum {string}
             */
            locale?: "fi" | "sv" | "en";
            /**
             * @description The search page’s parameters. Test beds: `q`, `city`, `theme`, `capability`, `cost`, `availableFrom`, `availableTo`, `bbox`, checked as GET /testbeds checks them (`sort`, `view`, `limit`, `cursor`, `lang` are accepted and left out). Calls: `city` (slug, id or `national`) and `focusArea`, as GET /calls checks them. A bad one is a 400 naming it as `params.<name>`
             * @example {
             *       "q": "robotti",
             *       "city": "tampere",
             *       "theme": [
             *         "mobility"
             *       ]
             *     }
             */
            params: {
                [key: string]: string | string[];
            };
        };
        UpdateSearchDto: {
            name?: string;
            /** @enum {string} */
            frequency?: "immediate" | "digest";
            /** @enum {string} */
            locale?: "fi" | "sv" | "en";
        };
        DataExportDto: {
            /** Format: uuid */
            id: string;
            /**
             * @description `queued` and `building` while the job builds it, `ready` to download
             * @enum {string}
             */
            state: "queued" | "building" | "ready" | "failed";
            /** @description How far the build is, in per cent */
            progress: number;
            /** Format: date-time */
            requestedAt: string;
            /** Format: date-time */
            completedAt: string | null;
            /**
             * Format: date-time
             * @description Until when it can be downloaded (DATA_EXPORT_TTL_HOURS after it was built); then it is deleted
             */
            expiresAt: string | null;
            /** @description Size of the ZIP file in bytes */
            sizeBytes: number | null;
            /** @description Whether GET …/download answers the file now */
            downloadable: boolean;
        };
        DataExportListDto: {
            /** @description Your downloads, newest first (at most 10; expired ones are removed) */
            items: components["schemas"]["DataExportDto"][];
        };
        OrganisationRefDto: {
            /** Format: uuid */
            organisationId: string;
            name: string;
        };
        ErasureDto: {
            /**
             * @description `scheduled`: you will be forgotten at `dueAt` unless you cancel; `blocked`: due, but waiting until your organisations in `blockedBy` have another owner
             * @enum {string}
             */
            state: "none" | "scheduled" | "blocked";
            /** Format: date-time */
            requestedAt: string | null;
            /**
             * Format: date-time
             * @description When the account is pseudonymised unless the request is cancelled before
             */
            dueAt: string | null;
            /** @description The grace period, in days (ERASURE_GRACE_DAYS) */
            graceDays: number;
            /** @description Organisations of which you are the only owner */
            blockedBy: components["schemas"]["OrganisationRefDto"][];
        };
        LicenceDto: {
            /**
             * @description SPDX identifier
             * @example CC-BY-4.0
             */
            id: string;
            /** @example Creative Commons Attribution 4.0 International */
            name: string;
            /**
             * Format: uri
             * @example https://creativecommons.org/licenses/by/4.0/
             */
            url: string;
        };
        OpenDataTestbedDto: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uri
             * @description The bed's public page
             */
            url: string;
            /**
             * Format: uri
             * @description iCal feed of its approved bookings
             */
            calendarUrl: string;
            /**
             * @description Slug of the owning city
             * @example tampere
             */
            city: string;
            /** @description Every language stored (fi, sv, en) */
            name: components["schemas"]["TestbedLocalizedTextDto"];
            summary: components["schemas"]["TestbedLocalizedTextDto"] | null;
            description: components["schemas"]["TestbedLocalizedTextDto"] | null;
            /** @description Terms of use */
            terms: components["schemas"]["TestbedLocalizedTextDto"] | null;
            address: components["schemas"]["AddressDto"] | null;
            /** @description WGS84 */
            location: components["schemas"]["LocationDto"] | null;
            themes: ("mobility" | "energy" | "health_and_wellbeing" | "education" | "built_environment" | "circular_economy" | "data_and_ai" | "participation" | "safety" | "culture_and_tourism")[];
            capabilities: string[];
            dataSets: components["schemas"]["DataSetDto"][];
            /** @description How many pilots can run at once */
            capacity: number;
            /** @description Inclusive date windows */
            availability: components["schemas"]["DateWindowDto"][];
            /** @description Money in euro cents */
            cost: components["schemas"]["CostDto"] | null;
            /** Format: date-time */
            publishedAt: string | null;
            /** Format: date-time */
            updatedAt: string;
        };
        OpenDataTestbedPageDto: {
            /**
             * Format: date-time
             * @description When this answer was made
             */
            generatedAt: string;
            licence: components["schemas"]["LicenceDto"];
            /** @description Credit line the licence asks for */
            attribution: string;
            /** @description Every published bed, not only this page */
            total: number;
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
            items: components["schemas"]["OpenDataTestbedDto"][];
        };
        CallTextDto: {
            /** @example Älykkään liikkumisen pilotit 2027 */
            fi?: string;
            /** @example Pilotprojekt för smart mobilitet 2027 */
            sv?: string;
            /** @example Smart mobility pilots 2027 */
            en?: string;
        };
        FundingSourceDto: {
            /** @example ERDF */
            source: string;
            /**
             * @description Whole percent; the shares of a call sum to 100
             * @example 60
             */
            sharePercent: number;
        };
        OperatorRuleDto: {
            /**
             * @description Distinct consortium organisations needed
             * @default 2
             */
            count: number;
            /**
             * @description Slugs of the cities whose areas count (home municipality of an organisation)
             * @default [
             *       "helsinki",
             *       "espoo",
             *       "vantaa",
             *       "tampere",
             *       "turku",
             *       "oulu"
             *     ]
             */
            cities: string[];
        };
        EligibilityDto: {
            /** @description At least `count` distinct consortium organisations based in one of `cities` */
            minOperatorsInCities?: components["schemas"]["OperatorRuleDto"];
            /**
             * @description Organisation types that may lead
             * @default [
             *       "company",
             *       "city_organisation",
             *       "research_organisation",
             *       "association",
             *       "public_body"
             *     ]
             */
            leadOrganisationTypes: ("company" | "city_organisation" | "research_organisation" | "association" | "public_body")[];
            /**
             * @description Requested grant ≤ maxGrantCents
             * @default true
             */
            maxGrant: boolean;
            /**
             * @description Requested grant ≤ fundingRatePercent × eligible costs
             * @default true
             */
            fundingRate: boolean;
            /**
             * @description Project duration within durationMinMonths..durationMaxMonths
             * @default true
             */
            durationMonths: boolean;
            /**
             * @description Every test bed the application names is published
             * @default true
             */
            testBedsPublished: boolean;
            /**
             * @description Application fields that must be filled in
             * @default [
             *       "title",
             *       "summary",
             *       "plan",
             *       "expectedImpact",
             *       "kpis",
             *       "budgetLines",
             *       "pilotPeriod"
             *     ]
             */
            requiredFields: ("title" | "summary" | "plan" | "expectedImpact" | "kpis" | "budgetLines" | "pilotPeriod")[];
        };
        ScaleDto: {
            /** @default 0 */
            min: number;
            /**
             * @description Greater than min
             * @default 5
             */
            max: number;
            /**
             * @description Divides max − min into whole steps
             * @default 0.5
             */
            step: number;
        };
        CriterionDto: {
            /**
             * @description Unique within the call; scores and tie-breaks name it
             * @example impact
             */
            key: string;
            /** @description Text per language; at least one of fi, sv, en. Blank languages are dropped. At most 200 characters each. */
            name: components["schemas"]["CallTextDto"];
            /** @description What evaluators look for. Text per language; at least one of fi, sv, en. Blank languages are dropped. */
            guidance?: components["schemas"]["CallTextDto"] | null;
            /**
             * @description total = Σ weight × mean score
             * @example 2
             */
            weight: number;
            /** @description Default 0–5 in steps of 0.5 */
            scale?: components["schemas"]["ScaleDto"];
            /**
             * @description The mean this criterion needs to pass; on the scale. Default: the scale minimum
             * @example 2.5
             */
            threshold?: number;
        };
        CreateCallDto: {
            /**
             * Format: uuid
             * @description The owning city (you must coordinate it); null for a national call (admins only)
             */
            cityId: string | null;
            /** @enum {string} */
            focusArea: "open_innovation_platforms" | "open_data_and_interfaces" | "open_participation_and_customership";
            /** @description Text per language; at least one of fi, sv, en. Blank languages are dropped. At most 200 characters each. */
            title: components["schemas"]["CallTextDto"];
            /** @description Text per language; at least one of fi, sv, en. Blank languages are dropped. At most 2000 characters each. */
            summary: components["schemas"]["CallTextDto"];
            /** @description The full text. Text per language; at least one of fi, sv, en. Blank languages are dropped. At most 50000 characters each. */
            body: components["schemas"]["CallTextDto"];
            /**
             * Format: date-time
             * @description With a zone (Z or ±hh:mm)
             * @example 2027-03-01T09:00:00+02:00
             */
            opensAt: string;
            /**
             * Format: date-time
             * @description After opensAt; applications are accepted until then
             * @example 2027-04-15T16:00:00+03:00
             */
            closesAt: string;
            /**
             * Format: date-time
             * @description After closesAt
             * @example 2027-05-31T16:00:00+03:00
             */
            reviewDeadline: string;
            /**
             * @description Euro cents
             * @example 200000000
             */
            budgetCents: number;
            /**
             * @description Shares sum to 100
             * @example [
             *       {
             *         "source": "ERDF",
             *         "sharePercent": 60
             *       },
             *       {
             *         "source": "state",
             *         "sharePercent": 20
             *       },
             *       {
             *         "source": "city",
             *         "sharePercent": 20
             *       }
             *     ]
             */
            fundingSources: components["schemas"]["FundingSourceDto"][];
            /**
             * @description Max share of eligible costs a grant covers
             * @example 75
             */
            fundingRatePercent: number;
            /**
             * @description Euro cents; at most budgetCents
             * @example 20000000
             */
            maxGrantCents: number;
            /** @example 3 */
            durationMinMonths: number;
            /**
             * @description At least durationMinMonths
             * @example 12
             */
            durationMaxMonths: number;
            /** @description Rules as data; a missing rule takes its default (all on, two operators in the six cities). Replaced whole on update. */
            eligibility?: components["schemas"]["EligibilityDto"];
            /** @description At least one; keys unique */
            criteria: components["schemas"]["CriterionDto"][];
            /**
             * @description The total a passing application needs; at most Σ weight × scale max
             * @default 0
             */
            overallThreshold: number;
            /**
             * @description Criterion keys, in the order they break ties
             * @default []
             * @example [
             *       "impact"
             *     ]
             */
            tieBreaks: string[];
            /**
             * @description strict: stop at the first that does not fit the budget; skip: go on to the next that fits
             * @default strict
             * @enum {string}
             */
            fundingPolicy: "strict" | "skip";
            /** @default 3 */
            reviewersPerApplication: number;
            /**
             * @description Reviews this far apart on a criterion need a consensus score
             * @default 2
             */
            divergenceLimit: number;
            /**
             * @description Users holding the decider role
             * @default []
             */
            deciderIds: string[];
            /**
             * @description Published test beds
             * @default []
             */
            testbedIds: string[];
        };
        CallLocalizedTextDto: {
            fi?: string;
            sv?: string;
            en?: string;
        };
        CallTranslationsDto: {
            title: components["schemas"]["CallLocalizedTextDto"];
            summary: components["schemas"]["CallLocalizedTextDto"];
            body: components["schemas"]["CallLocalizedTextDto"];
        };
        FundingSourceViewDto: {
            /** @example ERDF */
            source: string;
            /** @example 60 */
            sharePercent: number;
        };
        OperatorRuleViewDto: {
            /** @example 2 */
            count: number;
            /**
             * @example [
             *       "helsinki",
             *       "espoo",
             *       "vantaa",
             *       "tampere",
             *       "turku",
             *       "oulu"
             *     ]
             */
            cities: string[];
        };
        EligibilityRulesDto: {
            minOperatorsInCities: components["schemas"]["OperatorRuleViewDto"];
            leadOrganisationTypes: ("company" | "city_organisation" | "research_organisation" | "association" | "public_body")[];
            maxGrant: boolean;
            fundingRate: boolean;
            durationMonths: boolean;
            testBedsPublished: boolean;
            requiredFields: ("title" | "summary" | "plan" | "expectedImpact" | "kpis" | "budgetLines" | "pilotPeriod")[];
        };
        ScaleViewDto: {
            /** @example 0 */
            min: number;
            /** @example 5 */
            max: number;
            /** @example 0.5 */
            step: number;
        };
        CriterionTranslationsDto: {
            name: components["schemas"]["CallLocalizedTextDto"];
            guidance: components["schemas"]["CallLocalizedTextDto"] | null;
        };
        CriterionViewDto: {
            /** @example impact */
            key: string;
            /** @description In the picked language */
            name: string;
            guidance: string | null;
            /** @example 2 */
            weight: number;
            scale: components["schemas"]["ScaleViewDto"];
            /** @example 2.5 */
            threshold: number;
            translations?: components["schemas"]["CriterionTranslationsDto"];
        };
        InvitationRuleViewDto: {
            /** @description The best this many ideas are invited */
            count?: number;
            /** @description The best this share of the ideas evaluated (rounded down, at least one) are invited */
            sharePercent?: number;
        };
        FirstStageViewDto: {
            /**
             * Format: uuid
             * @description The first stage is a call of its own: ideas are applications to it
             */
            callId: string;
            /** @enum {string} */
            state: "draft" | "scheduled" | "open" | "closed" | "in_evaluation" | "decided";
            /** Format: date-time */
            opensAt: string;
            /**
             * Format: date-time
             * @description The ideas’ deadline
             */
            closesAt: string;
            /** Format: date-time */
            reviewDeadline: string;
            criteria: components["schemas"]["CriterionViewDto"][];
            overallThreshold: number;
            tieBreaks: string[];
            reviewersPerApplication: number;
            divergenceLimit: number;
            /** @description What an idea must contain */
            requiredFields: ("title" | "summary" | "plan" | "expectedImpact" | "kpis" | "budgetLines" | "pilotPeriod")[];
            invitation: components["schemas"]["InvitationRuleViewDto"];
        };
        CallDto: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description null: a national call
             */
            cityId: string | null;
            /** @example helsinki */
            citySlug: string | null;
            /** @enum {string} */
            state: "draft" | "scheduled" | "open" | "closed" | "in_evaluation" | "decided";
            /** @enum {string} */
            focusArea: "open_innovation_platforms" | "open_data_and_interfaces" | "open_participation_and_customership";
            /**
             * @description The language of `title`, picked by Accept-Language (or `lang`), falling back to en, fi, sv
             * @enum {string}
             */
            language: "fi" | "sv" | "en";
            title: string;
            summary: string;
            body: string;
            /** @description Every language; with `lang=all`, and always in answers to changes */
            translations?: components["schemas"]["CallTranslationsDto"];
            /** Format: date-time */
            opensAt: string;
            /** Format: date-time */
            closesAt: string;
            /** Format: date-time */
            reviewDeadline: string;
            /** @description Euro cents */
            budgetCents: number;
            fundingSources: components["schemas"]["FundingSourceViewDto"][];
            fundingRatePercent: number;
            /** @description Euro cents */
            maxGrantCents: number;
            durationMinMonths: number;
            durationMaxMonths: number;
            eligibility: components["schemas"]["EligibilityRulesDto"];
            /** @description Same as eligibility.requiredFields */
            requiredFields: ("title" | "summary" | "plan" | "expectedImpact" | "kpis" | "budgetLines" | "pilotPeriod")[];
            criteria: components["schemas"]["CriterionViewDto"][];
            overallThreshold: number;
            tieBreaks: string[];
            /** @enum {string} */
            fundingPolicy: "strict" | "skip";
            reviewersPerApplication: number;
            divergenceLimit: number;
            /** @description Only for those who run the call */
            deciderIds?: string[];
            testbedIds: string[];
            /**
             * @description Whether the ranking uses the raw totals (default) or totals calibrated for each evaluator’s bias; fixed once the call closes
             * @enum {string}
             */
            rankingBasis: "raw" | "calibrated";
            /** @description The first stage (ideas) of a two-stage call; null for a one-stage call and on a first stage itself */
            firstStage: components["schemas"]["FirstStageViewDto"] | null;
            /**
             * Format: uuid
             * @description Set on a first stage: the call of the full proposals it leads to
             */
            secondStageId: string | null;
            /**
             * Format: uuid
             * @description Set on the second stage of a two-stage call: its first stage
             */
            firstStageId: string | null;
            /** @description Set on a first stage: how many ideas are invited */
            invitation: components["schemas"]["InvitationRuleViewDto"] | null;
            /** @description Send it back with changes; a stale one gets 409 */
            version: number;
            /** Format: date-time */
            publishedAt: string | null;
            /** Format: date-time */
            openedAt: string | null;
            /** Format: date-time */
            closedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CallPageDto: {
            items: components["schemas"]["CallDto"][];
            /** @description All matches, not only this page */
            total: number;
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
        };
        UpdateCallDto: {
            /** @enum {string} */
            focusArea?: "open_innovation_platforms" | "open_data_and_interfaces" | "open_participation_and_customership";
            /** @description Text per language; at least one of fi, sv, en. Blank languages are dropped. At most 200 characters each. */
            title?: components["schemas"]["CallTextDto"];
            /** @description Text per language; at least one of fi, sv, en. Blank languages are dropped. At most 2000 characters each. */
            summary?: components["schemas"]["CallTextDto"];
            /** @description The full text. Text per language; at least one of fi, sv, en. Blank languages are dropped. At most 50000 characters each. */
            body?: components["schemas"]["CallTextDto"];
            /**
             * Format: date-time
             * @description With a zone (Z or ±hh:mm)
             * @example 2027-03-01T09:00:00+02:00
             */
            opensAt?: string;
            /**
             * Format: date-time
             * @description After opensAt; applications are accepted until then
             * @example 2027-04-15T16:00:00+03:00
             */
            closesAt?: string;
            /**
             * Format: date-time
             * @description After closesAt
             * @example 2027-05-31T16:00:00+03:00
             */
            reviewDeadline?: string;
            /**
             * @description Euro cents
             * @example 200000000
             */
            budgetCents?: number;
            /**
             * @description Shares sum to 100
             * @example [
             *       {
             *         "source": "ERDF",
             *         "sharePercent": 60
             *       },
             *       {
             *         "source": "state",
             *         "sharePercent": 20
             *       },
             *       {
             *         "source": "city",
             *         "sharePercent": 20
             *       }
             *     ]
             */
            fundingSources?: components["schemas"]["FundingSourceDto"][];
            /**
             * @description Max share of eligible costs a grant covers
             * @example 75
             */
            fundingRatePercent?: number;
            /**
             * @description Euro cents; at most budgetCents
             * @example 20000000
             */
            maxGrantCents?: number;
            /** @example 3 */
            durationMinMonths?: number;
            /**
             * @description At least durationMinMonths
             * @example 12
             */
            durationMaxMonths?: number;
            /** @description Rules as data; a missing rule takes its default (all on, two operators in the six cities). Replaced whole on update. */
            eligibility?: components["schemas"]["EligibilityDto"];
            /** @description At least one; keys unique */
            criteria?: components["schemas"]["CriterionDto"][];
            /**
             * @description The total a passing application needs; at most Σ weight × scale max
             * @default 0
             */
            overallThreshold: number;
            /**
             * @description Criterion keys, in the order they break ties
             * @default []
             * @example [
             *       "impact"
             *     ]
             */
            tieBreaks: string[];
            /**
             * @description strict: stop at the first that does not fit the budget; skip: go on to the next that fits
             * @default strict
             * @enum {string}
             */
            fundingPolicy: "strict" | "skip";
            /** @default 3 */
            reviewersPerApplication: number;
            /**
             * @description Reviews this far apart on a criterion need a consensus score
             * @default 2
             */
            divergenceLimit: number;
            /**
             * @description Users holding the decider role
             * @default []
             */
            deciderIds: string[];
            /**
             * @description Published test beds
             * @default []
             */
            testbedIds: string[];
            /** @description The version you read; a stale one gets 409 with the current call */
            version: number;
        };
        PublishCallDto: {
            /** @description The version you read; when given, a stale one gets 409 with the current call */
            version?: number;
        };
        InvitationRuleDto: {
            /** @description Invite the best this many ideas (give this or sharePercent) */
            count?: number;
            /** @description Invite the best this share of the ideas evaluated, rounded down, at least one (give this or count) */
            sharePercent?: number;
        };
        FirstStageDto: {
            /** @description The version of the call you read; a stale one gets 409 with the current call */
            version: number;
            /**
             * Format: date-time
             * @description When ideas may be sent; with a zone (Z or ±hh:mm)
             */
            opensAt: string;
            /**
             * Format: date-time
             * @description The ideas’ deadline: after opensAt, no later than the call’s own opensAt (the second stage)
             */
            closesAt: string;
            /**
             * Format: date-time
             * @description The ideas’ review deadline: after closesAt, before the call’s closesAt (the second stage’s deadline)
             */
            reviewDeadline: string;
            /** @description The criteria an idea is scored on; keys unique */
            criteria: components["schemas"]["CriterionDto"][];
            /**
             * @description The total a passing idea needs
             * @default 0
             */
            overallThreshold: number;
            /**
             * @description First-stage criterion keys, in the order they break ties (then earlier submission)
             * @default []
             */
            tieBreaks: string[];
            /**
             * @description Usually fewer than the full proposals get
             * @default 3
             */
            reviewersPerApplication: number;
            /** @default 2 */
            divergenceLimit: number;
            /**
             * @description What an idea must contain
             * @default [
             *       "title",
             *       "summary"
             *     ]
             */
            requiredFields: ("title" | "summary" | "plan" | "expectedImpact" | "kpis" | "budgetLines" | "pilotPeriod")[];
            /** @description How many ideas are invited to the second stage: exactly one of count or sharePercent */
            invitation: components["schemas"]["InvitationRuleDto"];
        };
        OpenDataFirstStageDto: {
            /**
             * Format: uuid
             * @description Ideas are applications to this id
             */
            callId: string;
            /** @enum {string} */
            state: "scheduled" | "open" | "closed" | "in_evaluation" | "decided";
            /** Format: date-time */
            opensAt: string;
            /**
             * Format: date-time
             * @description The ideas’ deadline
             */
            closesAt: string;
            /** Format: date-time */
            reviewDeadline: string;
            /** @description How many of the best-ranked ideas are invited to the second stage: exactly one of count or sharePercent */
            invitation: components["schemas"]["InvitationRuleViewDto"];
        };
        OpenDataCallDto: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uri
             * @description The call's public page (JSON)
             */
            url: string;
            /**
             * @description Slug of the owning city; null for a national call
             * @example helsinki
             */
            city: string | null;
            /** @enum {string} */
            state: "scheduled" | "open" | "closed" | "in_evaluation" | "decided";
            /** @enum {string} */
            focusArea: "open_innovation_platforms" | "open_data_and_interfaces" | "open_participation_and_customership";
            /** @description Every language stored (fi, sv, en) */
            title: components["schemas"]["CallLocalizedTextDto"];
            summary: components["schemas"]["CallLocalizedTextDto"];
            body: components["schemas"]["CallLocalizedTextDto"];
            /** Format: date-time */
            opensAt: string;
            /** Format: date-time */
            closesAt: string;
            /** Format: date-time */
            reviewDeadline: string;
            /** @example EUR */
            currency: string;
            /** @description Euro cents */
            budgetCents: number;
            fundingSources: components["schemas"]["FundingSourceViewDto"][];
            fundingRatePercent: number;
            /** @description Euro cents */
            maxGrantCents: number;
            durationMinMonths: number;
            durationMaxMonths: number;
            testbedIds: string[];
            /**
             * @description Whether the ranking uses the raw totals (default) or totals calibrated for each evaluator’s bias; fixed once the call closes
             * @enum {string}
             */
            rankingBasis: "raw" | "calibrated";
            /** @description The first stage (ideas) of a two-stage call, where its applications start; null for a one-stage call. A first stage funds nothing and is never an item of its own. */
            firstStage: components["schemas"]["OpenDataFirstStageDto"] | null;
            /** Format: date-time */
            publishedAt: string | null;
            /** Format: date-time */
            updatedAt: string;
        };
        OpenDataCallPageDto: {
            /**
             * Format: date-time
             * @description When this answer was made
             */
            generatedAt: string;
            licence: components["schemas"]["LicenceDto"];
            /** @description Credit line the licence asks for */
            attribution: string;
            /** @description Every published call, not only this page */
            total: number;
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
            items: components["schemas"]["OpenDataCallDto"][];
        };
        KpiDto: {
            /**
             * Format: uuid
             * @description Keep the id the server gave, so revisions can tell a changed KPI from a new one
             */
            id?: string;
            /** @example Passengers per month */
            name: string;
            /** @example 0 */
            baseline: string;
            /** @example 5 000 */
            target: string;
        };
        BudgetLineDto: {
            /**
             * Format: uuid
             * @description Keep the id the server gave
             */
            id?: string;
            /** @enum {string} */
            category: "personnel" | "services" | "equipment" | "travel" | "indirect" | "other";
            /** @example Safety drivers, 6 months */
            description: string;
            /**
             * @description Euro cents
             * @example 4800000
             */
            amountCents: number;
            /** @description Counts towards the eligible costs the funding rate applies to */
            eligible: boolean;
        };
        PilotPeriodDto: {
            /**
             * Format: date
             * @example 2027-03-01
             */
            start: string;
            /**
             * Format: date
             * @description Inclusive
             * @example 2027-08-31
             */
            end: string;
        };
        CreateApplicationDto: {
            summary?: string | null;
            plan?: string | null;
            expectedImpact?: string | null;
            /** @description The whole list; replaces the stored one */
            kpis?: components["schemas"]["KpiDto"][];
            /** @description The whole list; totals are computed by the server */
            budgetLines?: components["schemas"]["BudgetLineDto"][];
            /**
             * @description Euro cents
             * @example 3500000
             */
            requestedGrantCents?: number | null;
            pilotPeriod?: components["schemas"]["PilotPeriodDto"] | null;
            /** @description Test beds the pilot would use */
            testbedIds?: string[];
            /**
             * Format: uuid
             * @description An open call
             */
            callId: string;
            /**
             * Format: uuid
             * @description The lead organisation; you must be a member
             */
            organisationId: string;
            /** @example Robot buses in Hervanta */
            title: string;
        };
        KpiViewDto: {
            /** Format: uuid */
            id: string;
            name: string;
            baseline: string;
            target: string;
        };
        BudgetLineViewDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            category: "personnel" | "services" | "equipment" | "travel" | "indirect" | "other";
            description: string;
            /** @description Euro cents */
            amountCents: number;
            eligible: boolean;
        };
        BudgetTotalsDto: {
            /** @description Euro cents */
            totalCents: number;
            /** @description Euro cents */
            eligibleTotalCents: number;
        };
        ApplicationPartnerDto: {
            /** Format: uuid */
            organisationId: string;
            /** @description null for an invited organisation you may not read: an invitation names no one to the inviter */
            name: string | null;
            /** @enum {string} */
            state: "invited" | "accepted";
            /** Format: date-time */
            invitedAt: string | null;
            /** Format: date-time */
            acceptedAt: string | null;
        };
        ApplicationDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            callId: string;
            /** Format: uuid */
            cityId: string | null;
            /** Format: uuid */
            leadOrganisationId: string;
            leadOrganisationName: string;
            /** @enum {string} */
            state: "draft" | "submitted" | "eligible" | "ineligible" | "in_review" | "reviewed" | "ranked" | "proposed" | "reserve" | "rejected" | "funded" | "not_funded" | "withdrawn" | "invited" | "not_invited";
            /** @description Send it back with the next save */
            version: number;
            /** @description Number of the latest submitted revision; 0 before the first submission */
            revision: number;
            submittedVersion: number | null;
            /**
             * @description The consortium sees the working copy; the call coordinators the latest revision
             * @enum {string}
             */
            source: "working-copy" | "revision";
            unsubmittedChanges: boolean;
            title: string;
            summary: string | null;
            plan: string | null;
            expectedImpact: string | null;
            kpis: components["schemas"]["KpiViewDto"][];
            budgetLines: components["schemas"]["BudgetLineViewDto"][];
            totals: components["schemas"]["BudgetTotalsDto"];
            requestedGrantCents: number | null;
            pilotPeriod: components["schemas"]["PilotPeriodDto"] | null;
            testbedIds: string[];
            partners: components["schemas"]["ApplicationPartnerDto"][];
            /** Format: uuid */
            createdBy: string;
            /** Format: date-time */
            submittedAt: string | null;
            /** Format: date-time */
            withdrawnAt: string | null;
            withdrawReason: string | null;
            /**
             * @description In a two-stage call: an idea sent to its first stage, or a full proposal to the call itself; null in a one-stage call
             * @enum {string|null}
             */
            stage: "idea" | "full_proposal" | null;
            /**
             * Format: uuid
             * @description A full proposal of a two-stage call: the invited idea it was started from
             */
            ideaApplicationId: string | null;
            /**
             * Format: uuid
             * @description An idea invited to the second stage: the full proposal started from it (consortium and texts carried over), once it exists
             */
            fullProposalId: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ApplicationPageDto: {
            items: components["schemas"]["ApplicationDto"][];
            total: number;
            page: number;
            limit: number;
        };
        UpdateApplicationDto: {
            /** @description The version you read; a newer one on the server gives 409 with the current application */
            version: number;
            /** @example Robot buses in Hervanta */
            title?: string;
            summary?: string | null;
            plan?: string | null;
            expectedImpact?: string | null;
            /** @description The whole list; replaces the stored one */
            kpis?: components["schemas"]["KpiDto"][];
            /** @description The whole list; totals are computed by the server */
            budgetLines?: components["schemas"]["BudgetLineDto"][];
            /**
             * @description Euro cents
             * @example 3500000
             */
            requestedGrantCents?: number | null;
            pilotPeriod?: components["schemas"]["PilotPeriodDto"] | null;
            /** @description Test beds the pilot would use */
            testbedIds?: string[];
        };
        ApplicationVersionDto: {
            /** @description The version you read; a newer one on the server gives 409 with the current application */
            version: number;
        };
        WithdrawApplicationDto: {
            reason?: string;
        };
        VerdictReasonDto: {
            fi: string;
            sv: string;
            en: string;
        };
        EligibilityVerdictDto: {
            /** @enum {string} */
            rule: "minOperatorsInCities" | "leadOrganisationTypes" | "maxGrant" | "fundingRate" | "durationMonths" | "testBedsPublished" | "requiredFields";
            pass: boolean;
            reason: components["schemas"]["VerdictReasonDto"];
        };
        EligibilityReportDto: {
            revision: number;
            /** @enum {string} */
            status: "pending" | "eligible" | "ineligible";
            /** Format: date-time */
            evaluatedAt: string | null;
            verdicts: components["schemas"]["EligibilityVerdictDto"][];
        };
        RevisionSummaryDto: {
            number: number;
            /** Format: date-time */
            submittedAt: string;
            /** Format: uuid */
            submittedBy: string;
            /** @description Submitted after the call closed, under an extension */
            late: boolean;
            /** @description null until the eligibility check has run */
            eligible: boolean | null;
        };
        RevisionDto: {
            number: number;
            /** Format: date-time */
            submittedAt: string;
            /** Format: uuid */
            submittedBy: string;
            /** @description Submitted after the call closed, under an extension */
            late: boolean;
            /** @description null until the eligibility check has run */
            eligible: boolean | null;
            /** @description The application as submitted, with its totals and consortium */
            snapshot: {
                [key: string]: unknown;
            };
        };
        RevisionChangeDto: {
            /**
             * @description Field path; list items by their id
             * @example budgetLines[0b0f…]
             */
            path: string;
            /** @enum {string} */
            change: "added" | "removed" | "changed";
            /** @description The value before: any JSON value */
            before?: string | number | boolean | Record<string, never> | unknown[] | null;
            /** @description The value after: any JSON value */
            after?: string | number | boolean | Record<string, never> | unknown[] | null;
            /** @description For a changed list item: its changed fields */
            fields?: string[];
        };
        RevisionDiffDto: {
            from: number;
            to: number;
            changes: components["schemas"]["RevisionChangeDto"][];
        };
        InvitePartnerDto: {
            /**
             * Format: uuid
             * @description The partner organisation; or give its businessId
             */
            organisationId?: string;
            /**
             * @description The Finnish business ID of the partner, instead of organisationId
             * @example 1234567-8
             */
            businessId?: string;
        } & (unknown | unknown);
        EligibilityPrecheckDto: {
            /** @description The version of the working copy that was judged */
            version: number;
            /** @description Every rule passed: a submission of this version would be judged eligible, the test beds and organisations staying as they are */
            eligible: boolean;
            /** @description Each of the call's rules in the order the eligibility check runs them, with its reason in fi, sv and en */
            verdicts: components["schemas"]["EligibilityVerdictDto"][];
        };
        CallApplicationDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            state: "draft" | "submitted" | "eligible" | "ineligible" | "in_review" | "reviewed" | "ranked" | "proposed" | "reserve" | "rejected" | "funded" | "not_funded" | "withdrawn" | "invited" | "not_invited";
            /** Format: uuid */
            leadOrganisationId: string;
            leadOrganisationName: string;
            leadBusinessId: string | null;
            partners: string[];
            title: string;
            requestedGrantCents: number | null;
            totalCents: number;
            eligibleTotalCents: number;
            /** Format: date */
            pilotStart: string | null;
            /** Format: date */
            pilotEnd: string | null;
            revision: number;
            /** Format: date-time */
            submittedAt: string | null;
            late: boolean;
            eligible: boolean | null;
            /** Format: date-time */
            createdAt: string;
        };
        CallApplicationPageDto: {
            items: components["schemas"]["CallApplicationDto"][];
            total: number;
            page: number;
            limit: number;
        };
        GrantExtensionDto: {
            /** Format: uuid */
            organisationId: string;
            /**
             * Format: date-time
             * @description The new deadline for this organisation; after the call closes
             * @example 2026-11-30T14:00:00Z
             */
            deadline: string;
            /** @example The national e-service was down on the last day */
            reason: string;
        };
        CallExtensionDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            callId: string;
            /** Format: uuid */
            organisationId: string;
            /** @description Once the organisation leads or partners a submitted application of the call (or to its own members); null before */
            organisationName: string | null;
            /** Format: date-time */
            deadline: string;
            reason: string;
            /** Format: uuid */
            grantedBy: string;
            /** Format: date-time */
            createdAt: string;
        };
        PoolEvaluatorDto: {
            /** Format: uuid */
            userId: string;
            email: string;
            displayName: string;
            expertise: string[];
            /** Format: date-time */
            addedAt: string;
            /** @description Assigned and submitted reviews in this call */
            load: number;
            submitted: number;
            declined: number;
        };
        EvaluatorCandidateDto: {
            /** Format: uuid */
            userId: string;
            displayName: string;
            /** @description The tags earlier pools gave them, in the vocabulary order; empty for a newcomer */
            expertise: string[];
            /** @description Already in this call’s pool */
            inPool: boolean;
        };
        EvaluatorCandidatePageDto: {
            items: components["schemas"]["EvaluatorCandidateDto"][];
            total: number;
            page: number;
            limit: number;
        };
        AddEvaluatorDto: {
            /**
             * Format: uuid
             * @description A user holding the evaluator role
             */
            userId: string;
            /** @description Test-bed themes and focus areas the evaluator knows; preferred when assigning */
            expertise?: ("mobility" | "energy" | "health_and_wellbeing" | "education" | "built_environment" | "circular_economy" | "data_and_ai" | "participation" | "safety" | "culture_and_tourism" | "open_innovation_platforms" | "open_data_and_interfaces" | "open_participation_and_customership")[];
        };
        AssignmentRequestDto: {
            /** Format: uuid */
            callId: string;
            /** @description The queued job; it fills only what is missing */
            jobId: string;
        };
        StatusReviewDto: {
            /** Format: uuid */
            reviewId: string;
            /** Format: uuid */
            evaluatorId: string;
            /** @enum {string} */
            state: "assigned" | "submitted" | "declined";
            declineReason: string | null;
        };
        ConflictReasonDto: {
            /** @enum {string} */
            kind: "membership" | "email_domain" | "declared_organisation" | "declared_application" | "past_consortium";
            /** Format: uuid */
            organisationId: string | null;
            /** @example member of Acme Oy */
            detail: string;
        };
        StatusConflictDto: {
            /** Format: uuid */
            evaluatorId: string;
            reasons: components["schemas"]["ConflictReasonDto"][];
        };
        EmailDomainChangeDto: {
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            /**
             * @description As the revision recorded it at submission: conflicts of interest are judged by this one
             * @example firma.fi
             */
            atSubmission: string | null;
            /** @example arvioijat.fi */
            now: string | null;
        };
        StatusApplicationDto: {
            /** Format: uuid */
            applicationId: string;
            title: string;
            state: string;
            reviews: components["schemas"]["StatusReviewDto"][];
            /** @description Pool evaluators kept away from it, with every reason */
            conflicts: components["schemas"]["StatusConflictDto"][];
            /** @description Consortium organisations whose e-mail domain changed after the submission (each change is also in the audit log) */
            emailDomainChanges: components["schemas"]["EmailDomainChangeDto"][];
        };
        UnassignableReasonDto: {
            /** @example not_enough_evaluators */
            code: string;
            message: string;
            poolSize: number;
            candidates: number;
            conflicted: number;
            conflictKinds: {
                [key: string]: number;
            };
            declined: number;
        };
        UnassignableDto: {
            /** Format: uuid */
            applicationId: string;
            title: string;
            required: number;
            covered: number;
            missing: number;
            reason: components["schemas"]["UnassignableReasonDto"];
            /** Format: date-time */
            recordedAt: string;
        };
        AssignmentStatusDto: {
            /** Format: uuid */
            callId: string;
            callState: string;
            reviewersPerApplication: number;
            evaluators: components["schemas"]["PoolEvaluatorDto"][];
            applications: components["schemas"]["StatusApplicationDto"][];
            unassignable: components["schemas"]["UnassignableDto"][];
        };
        AssignmentItemDto: {
            /**
             * Format: uuid
             * @description The review id
             */
            id: string;
            /** Format: uuid */
            callId: string;
            callTitle: {
                [key: string]: string;
            };
            /** Format: date-time */
            reviewDeadline: string;
            /** Format: uuid */
            applicationId: string;
            applicationTitle: string;
            revisionNumber: number;
            /** @enum {string} */
            state: "assigned" | "submitted" | "declined";
            /** Format: date-time */
            assignedAt: string;
            /** Format: date-time */
            submittedAt: string | null;
            version: number;
        };
        AssignmentPageDto: {
            items: components["schemas"]["AssignmentItemDto"][];
            total: number;
            page: number;
            limit: number;
        };
        ReviewCallDto: {
            /** Format: uuid */
            id: string;
            title: {
                [key: string]: string;
            };
            /** Format: date-time */
            reviewDeadline: string;
            /** @description The criteria with their weights and scales */
            criteria: Record<string, never>[];
        };
        PinnedRevisionDto: {
            /** Format: uuid */
            id: string;
            number: number;
            /** Format: date-time */
            submittedAt: string;
            /** @description The application as submitted: content, totals and consortium */
            snapshot: {
                [key: string]: unknown;
            };
        };
        ReviewDetailDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            callId: string;
            /** Format: uuid */
            applicationId: string;
            /** Format: uuid */
            evaluatorId: string;
            /** @enum {string} */
            state: "assigned" | "submitted" | "declined";
            /** @description Every criterion of the call, by key */
            scores: {
                [key: string]: {
                    score?: number | null;
                    comment?: string;
                };
            };
            declineReason: string | null;
            /** Format: date-time */
            assignedAt: string;
            /** Format: date-time */
            submittedAt: string | null;
            /** Format: date-time */
            declinedAt: string | null;
            version: number;
            /** Format: date-time */
            updatedAt: string;
            /** @description The application revision this review scores */
            revisionNumber: number;
            call: components["schemas"]["ReviewCallDto"];
            revision: components["schemas"]["PinnedRevisionDto"];
        };
        SaveReviewDto: {
            /** @description The version you read; a newer one on the server gives 409 with the current review */
            version: number;
            /**
             * @description The criteria to change, by key; each with `score` (on the criterion scale, or null to clear) and/or `comment`. Others keep what they hold.
             * @example {
             *       "impact": {
             *         "score": 4.5,
             *         "comment": "Clear benefit for the district"
             *       }
             *     }
             */
            scores: {
                [key: string]: {
                    score?: number | null;
                    comment?: string;
                };
            };
        };
        ReviewVersionDto: {
            /** @description The version you read; a newer one on the server gives 409 with the current review */
            version: number;
        };
        DeclineReviewDto: {
            /** @example I advised the lead organisation last year */
            reason: string;
        };
        ReviewDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            callId: string;
            /** Format: uuid */
            applicationId: string;
            /** Format: uuid */
            evaluatorId: string;
            /** @enum {string} */
            state: "assigned" | "submitted" | "declined";
            /** @description Every criterion of the call, by key */
            scores: {
                [key: string]: {
                    score?: number | null;
                    comment?: string;
                };
            };
            declineReason: string | null;
            /** Format: date-time */
            assignedAt: string;
            /** Format: date-time */
            submittedAt: string | null;
            /** Format: date-time */
            declinedAt: string | null;
            version: number;
            /** Format: date-time */
            updatedAt: string;
            /** @description The application revision this review scores */
            revisionNumber: number;
        };
        ClarificationDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            applicationId: string;
            /** @description The revision pinned when the question was asked: the answer belongs to it and never changes it */
            revisionNumber: number;
            question: string;
            /** Format: date-time */
            askedAt: string;
            /** Format: date-time */
            answerDueAt: string;
            /**
             * @description `expired`: the deadline passed unanswered
             * @enum {string}
             */
            state: "open" | "answered" | "expired";
            answer: string | null;
            /** Format: date-time */
            answeredAt: string | null;
            /** @description Asked from an evaluator's suggestion */
            suggested: boolean;
        };
        AskClarificationDto: {
            /** @example Who operates the shuttles at night, and under which permit? */
            question: string;
            /**
             * Format: date-time
             * @description When the answer is due: after now and at most 30 days ahead
             * @example 2027-04-08T12:00:00Z
             */
            answerDueAt: string;
            /**
             * Format: uuid
             * @description An evaluator's open suggestion this question asks (edited or not); it is then settled as asked
             */
            suggestionId?: string;
        };
        AnswerClarificationDto: {
            /** @example Our partner Nysse Oy operates them at night under its existing permit. */
            answer: string;
        };
        ClarificationSuggestionDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            applicationId: string;
            question: string;
            /** @enum {string} */
            state: "open" | "asked" | "dismissed";
            /** Format: uuid */
            evaluatorId: string;
            evaluatorName: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            decidedAt: string | null;
            dismissReason: string | null;
            /**
             * Format: uuid
             * @description The clarification it became, once asked
             */
            clarificationId: string | null;
        };
        SuggestClarificationDto: {
            /** @example Ask how the night shifts are staffed. */
            question: string;
        };
        DismissSuggestionDto: {
            /** @example The plan answers this on page 3. */
            reason?: string;
        };
        DeclareConflictDto: {
            /**
             * Format: uuid
             * @description An organisation you have a conflict of interest with; or give applicationId
             */
            organisationId?: string;
            /**
             * Format: uuid
             * @description One application you have a conflict of interest with
             */
            applicationId?: string;
            /** @example I worked for them until 2025 */
            reason: string;
        };
        DeclarationResultDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organisationId: string | null;
            /** @description Only for an organisation you are a member of; null otherwise */
            organisationName: string | null;
            /** Format: uuid */
            applicationId: string | null;
            reason: string;
            /** Format: date-time */
            createdAt: string;
            /** @description Your assigned reviews this declaration withdrew at once; each goes to another evaluator */
            withdrawnReviewIds: string[];
        };
        DeclaredConflictDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organisationId: string | null;
            /** @description Only for an organisation you are a member of; null otherwise */
            organisationName: string | null;
            /** Format: uuid */
            applicationId: string | null;
            reason: string;
            /** Format: date-time */
            createdAt: string;
        };
        EvaluatorBiasDto: {
            /** Format: uuid */
            evaluatorId: string;
            /** @description Display name */
            name: string;
            /** @description Least-squares bias in total points: negative marks harshly, positive generously; the biases of one part of the review graph average zero */
            bias: number;
            /** @description Plain mean of (own total − mean of the other reviewers’ totals) over the applications shared with others; null when none */
            meanOffset: number | null;
            /** @description Submitted reviews */
            reviews: number;
            /** @description Reviews of applications that someone else reviewed too */
            shared: number;
            /** @description Connected part of the review graph (evaluators sharing applications, directly or through others) */
            component: number;
        };
        CalibratedApplicationDto: {
            /** Format: uuid */
            applicationId: string;
            title: string;
            leadOrganisationName: string;
            reviewCount: number;
            /** @description The aggregated total (consensus scores included) */
            rawTotal: number;
            /** @description The total less the mean bias of its reviewers */
            calibratedTotal: number;
            /** @description Passes every threshold (thresholds are judged on the scores as given) */
            pass: boolean;
            /** @description Rank by raw totals (rule 6 with the tie-breaks); null when failing */
            rawRank: number | null;
            /** @description Rank by calibrated totals; null when failing */
            calibratedRank: number | null;
            /** @description Places gained by calibration (+1 one place higher); null when failing */
            rankChange: number | null;
        };
        CalibrationDto: {
            /** Format: uuid */
            callId: string;
            /**
             * @description Which totals the ranking of this call uses
             * @enum {string}
             */
            rankingBasis: "raw" | "calibrated";
            /**
             * @description score(e, a) ≈ quality(a) + bias(e), by least squares over the review graph
             * @enum {string}
             */
            method: "least_squares_additive";
            components: number;
            evaluators: components["schemas"]["EvaluatorBiasDto"][];
            /** @description By raw rank, then failing ones by total */
            applications: components["schemas"]["CalibratedApplicationDto"][];
            /** @description Passing applications whose rank calibration changes */
            rankChanges: number;
        };
        RankingBasisDto: {
            /**
             * @description raw: Σ weight × mean of the reviews (the default); calibrated: the same total less its reviewers’ mean bias
             * @enum {string}
             */
            rankingBasis: "raw" | "calibrated";
        };
        RankingBasisSetDto: {
            /** Format: uuid */
            callId: string;
            /** @enum {string} */
            rankingBasis: "raw" | "calibrated";
        };
        ConsensusDto: {
            /**
             * @description Consensus score per criterion key, on the criterion scale; every criterion the reviews diverge on is required
             * @example {
             *       "impact": 4,
             *       "feasibility": 3.5
             *     }
             */
            scores: {
                [key: string]: number;
            };
            /** @example Agreed in the panel meeting of 12 May */
            reason: string;
        };
        CriterionResultDto: {
            key: string;
            mean: number;
            count: number;
            threshold: number;
            pass: boolean;
        };
        TieBreakDto: {
            /**
             * @description `criterion:<key>`, `submitted_at` or `application_id`
             * @example criterion:impact
             */
            rule: string;
            /**
             * Format: uuid
             * @description The application ranked just above, with the same total
             */
            above: string;
        };
        RankingEntryDto: {
            /** Format: uuid */
            applicationId: string;
            title: string;
            leadOrganisationName: string;
            state: string;
            /** Format: date-time */
            submittedAt: string;
            total: number;
            pass: boolean;
            criteria: components["schemas"]["CriterionResultDto"][];
            divergences: Record<string, never>[];
            needsConsensus: boolean;
            consensus?: {
                [key: string]: unknown;
            } | null;
            rank?: number | null;
            tieBreak?: components["schemas"]["TieBreakDto"] | null;
        };
        DeclineGrantDto: {
            /** @example The partner left the consortium */
            reason: string;
        };
        GrantDeclinedDto: {
            /** Format: uuid */
            applicationId: string;
            /** @enum {string} */
            state: "not_funded";
            releasedCents: number;
        };
        RankingDto: {
            /** Format: uuid */
            callId: string;
            entries: components["schemas"]["RankingEntryDto"][];
            awaitingReviews: number;
            awaitingConsensus: number;
        };
        RankingRequestedDto: {
            jobId: string;
        };
        ShareDto: {
            /** @example ERDF */
            source: string;
            sharePercent: number;
            /** @description Euro cents */
            cents: number;
        };
        ProposalLineDto: {
            /** Format: uuid */
            applicationId: string;
            title: string;
            leadOrganisationName: string;
            state: string;
            rank: number;
            total?: number | null;
            requestedCents?: number | null;
            /** @description The most it may get: the request within the max grant and funding rate */
            capCents: number;
            grantCents: number;
            /** @enum {string} */
            grantState: "proposed" | "awarded";
            shares: components["schemas"]["ShareDto"][];
        };
        ReserveEntryDto: {
            position: number;
            /** Format: uuid */
            applicationId: string;
            title: string;
            leadOrganisationName: string;
            rank: number;
            total?: number | null;
            /** @description What it would get if promoted */
            grantCents: number;
            state: string;
        };
        RejectedEntryDto: {
            /** Format: uuid */
            applicationId: string;
            title: string;
            leadOrganisationName: string;
            /** @enum {string} */
            reason: "failed_thresholds" | "no_grant" | "removed";
            total?: number | null;
            state: string;
        };
        FundingProposalDto: {
            /** Format: uuid */
            callId: string;
            /** @enum {string} */
            state: "proposed" | "decided";
            /** @enum {string} */
            policy: "strict" | "skip";
            version: number;
            /** Format: date-time */
            proposedAt: string;
            budgetCents: number;
            committedCents: number;
            remainingCents: number;
            lines: components["schemas"]["ProposalLineDto"][];
            reserve: components["schemas"]["ReserveEntryDto"][];
            rejected: components["schemas"]["RejectedEntryDto"][];
            /** @description The co-funding ledger of the call: live grants summed per funding source */
            totalsBySource: components["schemas"]["ShareDto"][];
            /** @description Grants given back or withdrawn after the decision */
            released: Record<string, never>[];
            amendments: number;
            decision?: {
                [key: string]: unknown;
            } | null;
        };
        AmendmentDto: {
            /**
             * @description `set_grant` changes a grant (grantCents); `remove` takes a line off the proposal (to: reserve | rejected); `fund` funds one from the reserve (grantCents optional, defaults to what it may get); `move` puts a reserve entry at another position
             * @enum {string}
             */
            op: "set_grant" | "remove" | "fund" | "move";
            /** Format: uuid */
            applicationId: string;
            /** @description Euro cents */
            grantCents?: number;
            /** @enum {string} */
            to?: "reserve" | "rejected";
            position?: number;
            reason: string;
        };
        RedressWindowDto: {
            /**
             * Format: date
             * @description The day of the decision in Finland
             */
            decidedOn: string;
            /**
             * Format: date
             * @description The last day a request is taken: 30 days after the decision, Finnish time
             */
            lastDay: string;
            /**
             * Format: date-time
             * @description Midnight in Finland after the last day
             */
            closesAt: string;
            open: boolean;
            /** @description Whole days after today up to the last day: 0 on the last day, and once closed */
            daysLeft: number;
        };
        RedressReviewerDto: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        ReEvaluationDto: {
            /**
             * Format: date-time
             * @description By when the new evaluators are asked to review
             */
            deadline: string;
            /** @description Re-evaluation reviews assigned (not declined) */
            reviewsAssigned: number;
            reviewsSubmitted: number;
            /** @description Evaluators the call’s pool lacked at the last assignment (0: none) */
            shortage: number;
            /** @description The new total, once every review is in */
            total: number | null;
            pass: boolean | null;
            /** @description Its rank among the passing applications as they stood at the decision */
            rank: number | null;
            /** @description Above the decision’s budget line */
            aboveLine: boolean | null;
        };
        RedressViewDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            applicationId: string;
            applicationTitle: string;
            leadOrganisationName: string;
            /** Format: uuid */
            callId: string;
            callTitle: components["schemas"]["CallLocalizedTextDto"];
            /** @enum {string} */
            state: "requested" | "in_review" | "rejected" | "re_evaluating" | "concluded";
            grounds: string;
            /** Format: date-time */
            requestedAt: string;
            /** @description Shown to those who run the call and to the reviewer; null for the applicant */
            reviewer: components["schemas"]["RedressReviewerDto"] | null;
            /** Format: date-time */
            appointedAt: string | null;
            /** @enum {string|null} */
            outcome: "rejected" | "upheld" | null;
            outcomeReasons: string | null;
            /** Format: date-time */
            outcomeAt: string | null;
            reEvaluation: components["schemas"]["ReEvaluationDto"] | null;
            /**
             * @description What the re-evaluation changed
             * @enum {string|null}
             */
            result: "funded_from_reserve" | "first_on_reserve_list" | "unchanged" | null;
            /** @description The grant from the redress reserve, in cents */
            resultGrantCents: number | null;
            /** Format: date-time */
            concludedAt: string | null;
        };
        ApplicationRedressDto: {
            /** Format: uuid */
            applicationId: string;
            /** @description null before the decision */
            window: components["schemas"]["RedressWindowDto"] | null;
            /** @description The caller may ask for redress now */
            canRequest: boolean;
            request: components["schemas"]["RedressViewDto"] | null;
        };
        RedressRequestDto: {
            /**
             * @description Why the procedure was wrong: at least 20 characters
             * @example The impact criterion was scored against a rule the call text does not have.
             */
            grounds: string;
        };
        RedressDeskDto: {
            /** Format: uuid */
            callId: string;
            /** @enum {string} */
            remedy: "reserve_budget" | "reserve_list";
            /** @description The budget held back for redress, in cents */
            reserveCents: number;
            /** @description Granted from it so far, in cents */
            reserveCommittedCents: number;
            requests: components["schemas"]["RedressViewDto"][];
        };
        RedressPolicyDto: {
            /**
             * @description An upheld redress lifted above the budget line: reserve_budget (a grant from the redress reserve while it covers it, else first on the reserve list) or reserve_list (first on the reserve list)
             * @enum {string}
             */
            remedy: "reserve_budget" | "reserve_list";
            /** @description The budget the call holds back for redress, in euro cents, apart from its budget */
            reserveCents: number;
        };
        ReviewerCandidateDto: {
            /** Format: uuid */
            userId: string;
            name: string;
            eligible: boolean;
            /** @description Why not, when not eligible */
            reasons: ("not_evaluator" | "assigned_on_call" | "conflict")[];
        };
        AppointReviewerDto: {
            /**
             * Format: uuid
             * @description An evaluator who took no part in the call’s evaluation and has no conflict with the application
             */
            reviewerId: string;
        };
        RedressOutcomeDto: {
            /**
             * @description rejected ends the request; upheld has the application re-evaluated by new evaluators
             * @enum {string}
             */
            outcome: "rejected" | "upheld";
            /** @description The reasons, told to the applicant */
            reasons: string;
        };
        DeciderCallDto: {
            /** Format: uuid */
            id: string;
            /** @description In the language asked for, or the first present */
            title: string;
            /** @enum {string} */
            state: "scheduled" | "open" | "closed" | "in_evaluation" | "decided";
            /** Format: date-time */
            closesAt: string;
            /** Format: date-time */
            reviewDeadline: string;
            budgetCents: number;
            /**
             * @description The funding proposal, null before the ranking made one
             * @enum {string|null}
             */
            proposalState: "proposed" | "decided" | null;
            /** @description A proposal waits for your approval: the call is in evaluation and its proposal undecided */
            awaitingDecision: boolean;
        };
        DeciderCallPageDto: {
            items: components["schemas"]["DeciderCallDto"][];
            total: number;
            page: number;
            limit: number;
        };
        EligibilityOutcomeDto: {
            /** @description The latest submitted revision, which the check judged */
            revision: number;
            /** @enum {string} */
            status: "pending" | "eligible" | "ineligible";
            /** @description Every rule with its verdict and reason */
            verdicts: components["schemas"]["EligibilityVerdictDto"][];
        };
        ResultOutcomeDto: {
            /**
             * @description What became of the application once its call is decided; pending until then
             * @enum {string}
             */
            status: "pending" | "not_submitted" | "withdrawn" | "ineligible" | "below_threshold" | "reserve" | "funded" | "grant_declined" | "not_funded" | "invited" | "not_invited";
            /** @description ineligible: the eligibility rules it failed */
            failedRules: ("minOperatorsInCities" | "leadOrganisationTypes" | "maxGrant" | "fundingRate" | "durationMonths" | "testBedsPublished" | "requiredFields")[];
            /** @description below_threshold and not_invited: the criteria whose mean fell below their threshold, and `total` when the weighted total did */
            failedThresholds: string[];
        };
        CriterionOutcomeDto: {
            key: string;
            /**
             * @example {
             *       "fi": "Vaikuttavuus",
             *       "en": "Impact"
             *     }
             */
            name: {
                [key: string]: string;
            };
            weight: number;
            /** @description The mean that counts: the consensus score where one was recorded, else the mean of the reviews */
            mean: number;
            /** @description The mean of the reviews alone */
            reviewMean: number | null;
            /** @description How many reviews scored it */
            reviewCount: number;
            threshold: number;
            pass: boolean;
            /** @description The coordinator's consensus score replaced the reviews' mean */
            consensus: boolean;
        };
        ConsensusOutcomeDto: {
            used: boolean;
            reason: string | null;
            /** @description Criteria whose consensus score counts */
            criteria: string[];
            /** Format: date-time */
            recordedAt: string | null;
            /** @description Criteria on which the reviews diverged by the call’s limit or more */
            divergentCriteria: string[];
        };
        ScoresOutcomeDto: {
            reviewCount: number;
            criteria: components["schemas"]["CriterionOutcomeDto"][];
            /** @description Σ weight × mean */
            total: number;
            overallThreshold: number;
            /** @description total ≥ overallThreshold */
            totalPass: boolean;
            /** @description Every criterion passes and the total does */
            pass: boolean;
            consensus: components["schemas"]["ConsensusOutcomeDto"];
        };
        TieBreakOutcomeDto: {
            /**
             * @description The rule that separated equal totals: criterion:<key>, submitted_at or application_id
             * @example criterion:impact
             */
            rule: string;
            /** @description Rank of the application with the same total ranked just above */
            againstRank: number | null;
            /**
             * Format: uuid
             * @description Only for those who run the call, its deciders and admins
             */
            againstApplicationId?: string;
            /** @description Only for those who run the call, its deciders and admins */
            againstTitle?: string;
        };
        RankingOutcomeDto: {
            rank: number;
            tieBreak: components["schemas"]["TieBreakOutcomeDto"] | null;
        };
        BudgetPositionDto: {
            /** @enum {string} */
            kind: "grant" | "reserve" | "rejected" | "none";
            /** @description grant: euro cents */
            grantCents?: number;
            /** @description grant, reserve: the most it may get, euro cents */
            capCents?: number;
            /** @description grant, reserve */
            rank?: number;
            /**
             * @description grant
             * @enum {string}
             */
            state?: "proposed" | "awarded" | "declined" | "withdrawn";
            /** @description reserve: place on the reserve list */
            position?: number;
            /**
             * @description rejected
             * @enum {string}
             */
            reason?: "failed_thresholds" | "no_grant" | "removed";
        };
        OutcomeBudgetLineDto: {
            /** @enum {string} */
            policy: "strict" | "skip";
            /** @description Euro cents */
            budgetCents: number;
            /** @description Sum of the live grants, euro cents */
            committedCents: number;
            remainingCents: number;
            lastFundedRank: number | null;
            firstUnfundedRank: number | null;
            position: components["schemas"]["BudgetPositionDto"];
        };
        DecisionOutcomeDto: {
            /** @enum {string} */
            outcome: "funded" | "not_funded" | "reserve";
            grantCents: number | null;
            reservePosition: number | null;
            /** @description The decider's display name */
            approvedBy: string;
            /** Format: date-time */
            approvedAt: string;
            /** @description The proposal was amended (with reasons) before approval */
            amended: boolean;
        };
        OutcomeDto: {
            /** Format: uuid */
            applicationId: string;
            /** Format: uuid */
            callId: string;
            title: string;
            applicationState: string;
            /** @enum {string} */
            audience: "internal" | "consortium";
            /** @description null for an application never submitted */
            eligibility: components["schemas"]["EligibilityOutcomeDto"] | null;
            result: components["schemas"]["ResultOutcomeDto"];
            /** @enum {string} */
            scoresStatus: "aggregated" | "awaiting_consensus" | "awaiting_reviews" | "not_reviewed";
            scores: components["schemas"]["ScoresOutcomeDto"] | null;
            /** @enum {string} */
            rankingStatus: "ranked" | "not_ranked" | "pending";
            /** @enum {string|null} */
            notRankedReason: "failed_thresholds" | "ineligible" | "withdrawn" | "not_reviewed" | null;
            /**
             * @description Which totals the call ranks by: the raw totals of the reviews (the default) or totals calibrated for each evaluator's bias (chosen before evaluation starts)
             * @enum {string}
             */
            rankingBasis: "raw" | "calibrated";
            ranking: components["schemas"]["RankingOutcomeDto"] | null;
            /** @enum {string} */
            budgetLineStatus: "proposed" | "decided" | "no_proposal";
            budgetLine: components["schemas"]["OutcomeBudgetLineDto"] | null;
            /** @enum {string} */
            decisionStatus: "decided" | "pending";
            decision: components["schemas"]["DecisionOutcomeDto"] | null;
        };
        PilotSummaryDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            applicationId: string;
            /** Format: uuid */
            callId: string;
            title: string;
            /** Format: uuid */
            leadOrganisationId: string;
            leadOrganisationName: string;
            /** @enum {string} */
            state: "active" | "completed" | "cancelled";
            grantCents: number;
            /** Format: date */
            pilotStart: string | null;
            /** Format: date */
            pilotEnd: string | null;
            /** @description Reports awaiting review */
            pendingReports: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            completedAt: string | null;
        };
        PilotPageDto: {
            items: components["schemas"]["PilotSummaryDto"][];
            total: number;
            page: number;
            limit: number;
        };
        GrantShareDto: {
            source: string;
            sharePercent: number;
            cents: number;
        };
        PilotGrantDto: {
            /** Format: uuid */
            id: string;
            grantCents: number;
            state: string;
            /** Format: date-time */
            awardedAt: string | null;
            shares: components["schemas"]["GrantShareDto"][];
        };
        PilotKpiDto: {
            id: string;
            name: string;
            baseline: string;
            target: string;
            /** @description From the latest accepted report that gave one */
            latestValue: string | null;
            /** @description From the accepted final report */
            finalValue: string | null;
        };
        PilotBookingDto: {
            /** Format: uuid */
            bookingId: string;
            /** Format: uuid */
            testbedId: string;
            testbedName: {
                [key: string]: string;
            };
            /** Format: date */
            startDate: string;
            /** Format: date */
            endDate: string;
            /**
             * @description The booking’s state now
             * @enum {string}
             */
            bookingState: "requested" | "approved" | "declined" | "cancelled";
            /**
             * @description confirmed: approved (by the bed’s city before the decision, or with it); awaiting_city: a bed of another city, whose coordinators were asked to approve it; over_capacity: the decision could not approve it within the bed’s capacity, the city settles it; declined or cancelled since
             * @enum {string}
             */
            status: "confirmed" | "awaiting_city" | "over_capacity" | "declined" | "cancelled";
            /** @description Whether the booking is approved now */
            confirmed: boolean;
            /** @description Why it is not confirmed (capacity, the city it awaits, the city’s reason to decline); null when confirmed */
            reason: string | null;
            /**
             * Format: date-time
             * @description When the decision linked it to the pilot
             */
            checkedAt: string;
        };
        PilotReportDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "progress" | "final";
            /** Format: date */
            periodStart: string;
            /** Format: date */
            periodEnd: string;
            text: string;
            kpiValues: {
                [key: string]: string;
            };
            /** @enum {string} */
            state: "submitted" | "accepted" | "returned";
            /** Format: date-time */
            submittedAt: string;
            /** Format: date-time */
            reviewedAt: string | null;
            reviewComment: string | null;
            returnReason: string | null;
        };
        PilotDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            applicationId: string;
            /** Format: uuid */
            callId: string;
            title: string;
            /** Format: uuid */
            leadOrganisationId: string;
            leadOrganisationName: string;
            /** @enum {string} */
            state: "active" | "completed" | "cancelled";
            grantCents: number;
            /** Format: date */
            pilotStart: string | null;
            /** Format: date */
            pilotEnd: string | null;
            /** @description Reports awaiting review */
            pendingReports: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            completedAt: string | null;
            grant: components["schemas"]["PilotGrantDto"];
            kpis: components["schemas"]["PilotKpiDto"][];
            /** @description The lead organisation’s bookings on the test beds its application chose, overlapping the pilot period, linked when the decision is made: one the bed’s city had already approved is linked as it is; a requested one on a bed of the call’s own city is approved with the decision within the bed’s capacity (or stays requested, over_capacity, for the city to settle); a requested one on another city’s bed stays requested and that city’s coordinators are asked to decide it (awaiting_city). Each shows its state now. Bookings made after the decision are not linked. */
            bookings: components["schemas"]["PilotBookingDto"][];
            reports: components["schemas"]["PilotReportDto"][];
        };
        FileReportDto: {
            /**
             * @description A final report gives a value for every KPI; its acceptance completes the pilot
             * @enum {string}
             */
            kind: "progress" | "final";
            /**
             * Format: date
             * @example 2027-03-01
             */
            periodStart: string;
            /**
             * Format: date
             * @description Not before periodStart
             * @example 2027-05-31
             */
            periodEnd: string;
            text: string;
            /**
             * @description Values keyed by the KPI ids of the pilot (its application’s submitted KPIs)
             * @example {
             *       "2f1d…": "1200"
             *     }
             */
            kpiValues?: {
                [key: string]: string;
            };
        };
        AcceptReportDto: {
            comment?: string;
        };
        ReturnReportDto: {
            /** @description What is to be changed */
            reason: string;
        };
        RecipientOrganisationDto: {
            name: string;
            /**
             * @description Finnish business ID (Y-tunnus)
             * @example 1234567-8
             */
            businessId: string | null;
            foreignRegistrationId: string | null;
            /** @example FI */
            country: string;
            /** @example Tampere */
            municipality: string;
        };
        FundingOrganisationDto: {
            /**
             * @description City slug, or `national`
             * @example tampere
             */
            id: string;
            name: string;
            nameLocalized: {
                [key: string]: string;
            };
        };
        GrantProgrammeDto: {
            /**
             * Format: uuid
             * @description The call
             */
            id: string;
            title: string;
            titleLocalized: {
                [key: string]: string;
            };
        };
        CoFundingDto: {
            /** @example ERDF */
            source: string;
            sharePercent: number;
            /**
             * @description Euros, two decimals
             * @example 24000.00
             */
            amount: string;
            amountCents: number;
        };
        OpenDataGrantDto: {
            /**
             * @description 360Giving Identifier
             * @example KOKEILU-5d0c5a4e-0000-4000-8000-000000000001
             */
            identifier: string;
            /** @description Title (of the application as submitted) */
            title: string;
            /** @description Description: the application summary */
            description: string | null;
            /** @enum {string} */
            currency: "EUR";
            /**
             * @description Amount Awarded, euros with two decimals
             * @example 40000.00
             */
            amountAwarded: string;
            amountAwardedCents: number;
            /**
             * Format: date
             * @description Award Date: the day of the decision in Europe/Helsinki
             */
            awardDate: string;
            recipientOrganisation: components["schemas"]["RecipientOrganisationDto"];
            fundingOrganisation: components["schemas"]["FundingOrganisationDto"];
            grantProgramme: components["schemas"]["GrantProgrammeDto"];
            coFunding: components["schemas"]["CoFundingDto"][];
            /** Format: uuid */
            applicationId: string;
        };
        OpenDataGrantPageDto: {
            /**
             * Format: date-time
             * @description When this answer was made
             */
            generatedAt: string;
            licence: components["schemas"]["LicenceDto"];
            /** @description Credit line the licence asks for */
            attribution: string;
            /** @description Every awarded grant, not only this page */
            total: number;
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
            items: components["schemas"]["OpenDataGrantDto"][];
        };
        ThreeSixtyGivingPublisherDto: {
            /** @example 360G-kokeilu */
            identifier: string;
            name: string;
            /** Format: uri */
            website: string;
        };
        ThreeSixtyGivingOrganizationDto: {
            /**
             * @description Org-id: `FI-PRO-<Y-tunnus>` for a Finnish business ID, else `360G-kokeilu-org-<uuid>` (recipient) or `360G-kokeilu-funder-<city>`
             * @example FI-PRO-1234567-8
             */
            id: string;
            name: string;
            /**
             * @description Finnish business ID (Y-tunnus)
             * @example 1234567-8
             */
            companyNumber?: string;
            /**
             * @description Home municipality
             * @example Tampere
             */
            addressLocality?: string;
            /**
             * @description ISO 3166-1 alpha-2
             * @example FI
             */
            addressCountry?: string;
        };
        ThreeSixtyGivingProgrammeDto: {
            /**
             * Format: uuid
             * @description The call
             */
            code: string;
            /** @description The call's title (Finnish first) */
            title: string;
        };
        ThreeSixtyGivingPlannedDatesDto: {
            /**
             * Format: date
             * @description First day of the pilot period
             */
            startDate: string;
            /**
             * Format: date
             * @description Last day of the pilot period
             */
            endDate: string;
            /** @description Months, a begun month counted */
            duration: number;
        };
        ThreeSixtyGivingLocationDto: {
            /** @example 360G-kokeilu-city-tampere */
            id: string;
            /** @example Tampere */
            name: string;
            /** @enum {string} */
            countryCode: "FI";
        };
        ThreeSixtyGivingClassificationDto: {
            /** @example 360G-kokeilu-ranking-basis */
            vocabulary: string;
            /** @enum {string} */
            code: "raw" | "calibrated";
            title: string;
        };
        ThreeSixtyGivingGrantDto: {
            /** @example 360G-kokeilu-5d0c5a4e-0000-4000-8000-000000000001 */
            id: string;
            /** @description The application as submitted */
            title: string;
            /** @description The summary of the application (its title when it gave none) */
            description: string;
            /** @enum {string} */
            currency: "EUR";
            /**
             * @description Euros, as a number
             * @example 40000
             */
            amountAwarded: number;
            /**
             * @description Euros requested in the decided revision
             * @example 45000
             */
            amountAppliedFor?: number;
            /**
             * Format: date
             * @description The day of the decision in Europe/Helsinki
             */
            awardDate: string;
            /** @description The lead organisation */
            recipientOrganization: components["schemas"]["ThreeSixtyGivingOrganizationDto"][];
            /** @description The call's city, or the national programme */
            fundingOrganization: components["schemas"]["ThreeSixtyGivingOrganizationDto"][];
            grantProgramme: components["schemas"]["ThreeSixtyGivingProgrammeDto"][];
            /** @description The pilot period; absent when the application gave none */
            plannedDates?: components["schemas"]["ThreeSixtyGivingPlannedDatesDto"][];
            /** @description The cities of the test beds the application named; absent when it named none */
            beneficiaryLocation?: components["schemas"]["ThreeSixtyGivingLocationDto"][];
            /** @enum {string} */
            fromOpenCall: "Yes";
            /** @description Whether the call ranked by raw or calibrated totals */
            classifications: components["schemas"]["ThreeSixtyGivingClassificationDto"][];
        };
        ThreeSixtyGivingPackageDto: {
            /**
             * @description Version of the 360Giving standard
             * @example 1.4
             */
            version: string;
            title: string;
            description: string;
            /** @example 360G-kokeilu-grants */
            identifier: string;
            /**
             * Format: date-time
             * @description When this answer was made
             */
            issued: string;
            publisher: components["schemas"]["ThreeSixtyGivingPublisherDto"];
            /** Format: uri */
            license: string;
            /** Format: uri */
            downloadURL: string;
            /** @description Every awarded grant, in id order (the standard asks for at least one: before the first decision the list is empty) */
            grants: components["schemas"]["ThreeSixtyGivingGrantDto"][];
        };
        OpenDataLinksDto: {
            /** @example /api/v1/open-data/testbeds */
            testbeds: string;
            /** @example /api/v1/open-data/calls */
            calls: string;
            /** @example /api/v1/open-data/grants */
            grants: string;
        };
        IndexLinksDto: {
            /**
             * @description The API reference (Swagger UI)
             * @example /docs
             */
            docs: string;
            /**
             * @description The OpenAPI document
             * @example /docs-json
             */
            openapi: string;
            /** @example /health */
            health: string;
            /** @description Open data (JSON; add `.csv` for CSV) */
            openData: components["schemas"]["OpenDataLinksDto"];
        };
        IndexDto: {
            /** @example Kokeilu API */
            name: string;
            /** @example 1 */
            version: string;
            links: components["schemas"]["IndexLinksDto"];
        };
        FieldErrorDto: {
            /** @example businessId */
            field: string;
            /** @example not a valid Finnish business ID */
            message: string;
        };
        /** @description An RFC 9457 problem; extension members may follow */
        ProblemDto: {
            /** @example urn:kokeilu:problem:validation_failed */
            type: string;
            /** @example Bad Request */
            title: string;
            /** @example 400 */
            status: number;
            /** @description What went wrong, as a sentence; in the caller's language (`Accept-Language`, named by `Content-Language`) when `messageCode` is given */
            detail: string;
            /** @example validation_failed */
            code: string;
            /**
             * @description The stable code of the sentence in `detail`, for a client that words it itself
             * @example booking.not_requested
             */
            messageCode?: string;
            instance?: string;
            /** @description The `x-request-id` of the request: the one sent, when well-formed, else a UUID */
            requestId?: string;
            /** @description Seconds to wait before retrying, as the `Retry-After` header says */
            retryAfterSeconds?: number;
            errors?: components["schemas"]["FieldErrorDto"][];
        } & {
            [key: string]: unknown;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AuthController_register: {
        parameters: {
            query?: never;
            header?: {
                /** @description Picks the language of the texts (q-values honoured), falling back to en, fi, sv */
                "accept-language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterDto"];
            };
        };
        responses: {
            /** @description The account, not verified yet: a verification e-mail (link and code) is on its way */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_verifyEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyEmailDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailVerifiedDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_resendVerification: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["EmptyBody"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationSentDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: {
                /** @description For browsers: `cookie` keeps the refresh token in the httpOnly cookie `kokeilu_refresh` (SameSite=Strict, Path=/api/v1/auth, Secure when the API is served over https) instead of the JSON body. Left out, the tokens travel in the body. */
                "X-Session"?: "cookie";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            /** @description Signed in. With `X-Session: cookie` the refresh token is set as the cookie `kokeilu_refresh` and `refreshToken` is null. */
            200: {
                headers: {
                    /** @description With `X-Session: cookie`: `kokeilu_refresh=<refresh token>; Max-Age=<refresh lifetime>; Path=/api/v1/auth; HttpOnly; SameSite=Strict` (and `Secure` over https) */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_refresh: {
        parameters: {
            query?: never;
            header?: {
                /** @description For browsers: `cookie` keeps the refresh token in the httpOnly cookie `kokeilu_refresh` (SameSite=Strict, Path=/api/v1/auth, Secure when the API is served over https) instead of the JSON body. Left out, the tokens travel in the body. */
                "X-Session"?: "cookie";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            /** @description A new token pair; the refresh token presented is spent. With `X-Session: cookie` (and a body of `{}`) the refresh token is read from the cookie and the new one replaces it. */
            200: {
                headers: {
                    /** @description With `X-Session: cookie`: `kokeilu_refresh=<refresh token>; Max-Age=<refresh lifetime>; Path=/api/v1/auth; HttpOnly; SameSite=Strict` (and `Secure` over https) */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: {
                /** @description For browsers: `cookie` keeps the refresh token in the httpOnly cookie `kokeilu_refresh` (SameSite=Strict, Path=/api/v1/auth, Secure when the API is served over https) instead of the JSON body. Left out, the tokens travel in the body. */
                "X-Session"?: "cookie";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            /** @description The sign-in of this refresh token has ended. With `X-Session: cookie` (and a body of `{}`) the token is read from the cookie, and the cookie is cleared. */
            204: {
                headers: {
                    /** @description With `X-Session: cookie`: `kokeilu_refresh=` expired at once */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MeController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    DashboardsController_call: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description For the coordinators of the call's city and admins (a national call: admins); 403 for others, 404 for them while the call is a draft. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallDashboardDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    DashboardsController_city: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description For the city's coordinators and admins; 403 for others. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CityDashboardDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    DashboardsController_results: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Public once the funding decision is made; 404 before, for everyone. Scores and people are left out. The first stage (ideas) of a two-stage call funds nothing and has no results of its own: 404 naming the call it leads to (`secondStageId`), which holds the results. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallResultsDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    DashboardsController_programme: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Public. Each decided call's awarded grants count wholly towards its city and its focus area, so both lists add up to the total; calls not yet decided are left out. A two-stage call counts once: its first stage (ideas) funds nothing and is no call here. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeResultsDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OrganisationsController_list: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your organisations (all of them for admins) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationPageDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OrganisationsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganisationDto"];
            };
        };
        responses: {
            /** @description A business ID another organisation holds is not refused: the organisation is created with identity `disputed`, as a claim on it that a coordinator or an admin resolves (see /organisation-claims) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OrganisationsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OrganisationsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrganisationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OrganisationsController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["EmptyBody"];
            };
        };
        responses: {
            /** @description For coordinators and admins (403 for everyone else). 409 when it is verified already, or its business ID is claimed: resolve the claim instead */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDto"];
                };
            };
            /**
             * @description Invalid input; `errors` names each field
             *
             *     Invalid input; `errors` names each field
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OrganisationsController_members: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberDto"][];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OrganisationsController_invitations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Invitations not accepted yet, newest first; an expired one stays until it is revoked or sent again */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationDto"][];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OrganisationsController_invite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteDto"];
            };
        };
        responses: {
            /** @description The invitation; the code goes to the invitee by e-mail only */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OrganisationsController_revokeInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                invitationId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["EmptyBody"];
            };
        };
        responses: {
            /** @description Revoked: its code no longer works. 409 when it has been accepted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Invalid input; `errors` names each field
             *
             *     Invalid input; `errors` names each field
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OrganisationsController_removeMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["EmptyBody"];
            };
        };
        responses: {
            /** @description Removed (or left, when it is yourself) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Invalid input; `errors` names each field
             *
             *     Invalid input; `errors` names each field
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OrganisationClaimsController_list: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
                /** @description `open` gives the claims waiting to be resolved */
                state?: "open" | "resolved" | "withdrawn";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description For coordinators and admins (403 for everyone else), oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationClaimPageDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OrganisationClaimsController_resolve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolveClaimDto"];
            };
        };
        responses: {
            /** @description The organisation awarded the business ID holds it and is verified; the other loses it (identity `rejected`) and must give its own registration. Both are audited and their owners notified. 409 when the claim is resolved or withdrawn already */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationClaimDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    InvitationsController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptInvitationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JoinedDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    UsersController_list: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
                /** @description Part of an e-mail address */
                email?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Admins only */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPageDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    UsersController_grant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GrantRoleDto"];
            };
        };
        responses: {
            /** @description Admins grant platform roles */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleGrantDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    UsersController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                grantId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["EmptyBody"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Invalid input; `errors` names each field
             *
             *     Invalid input; `errors` names each field
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CitiesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The six cities and any partner cities; public */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CityDto"][];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CitiesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCityDto"];
            };
        };
        responses: {
            /** @description Admins add partner cities */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CityDto"];
                };
            };
            /**
             * @description Invalid input; `errors` names each field
             *
             *     Invalid input; `errors` names each field
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    DecidersController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The users holding the decider role, by name, to name as a call's deciders; coordinators (of any city) and admins, 403 for everyone else */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeciderDto"][];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuditController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from `nextCursor` of the previous page */
                cursor?: string;
                entityType?: string;
                entityId?: string;
                action?: string;
                actorId?: string;
                organisationId?: string;
                cityId?: string;
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first. Admins see all; everyone else each event whose object they may read in the state it was in: members their organisations' and their consortia's, coordinators their cities', deciders their calls' (from publication). A draft's edits stay its consortium's; scores, ranks and consensus reach the consortium once the call is decided. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPageDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    TestbedsController_search: {
        parameters: {
            query?: {
                /** @description Words in Finnish, Swedish or English; every word must match (also inside compound words) */
                q?: string;
                /** @description City slug or id */
                city?: string;
                /** @description Beds with any of these themes; repeat the parameter or separate with commas */
                theme?: ("mobility" | "energy" | "health_and_wellbeing" | "education" | "built_environment" | "circular_economy" | "data_and_ai" | "participation" | "safety" | "culture_and_tourism")[];
                /** @description Beds with all of these capability tags (at most 30); repeat the parameter or separate with commas */
                capability?: string[];
                cost?: "free" | "fee" | "negotiable";
                /** @description With availableTo: beds with one window covering the whole period; alone: that day */
                availableFrom?: string;
                /** @description Inclusive end of the period */
                availableTo?: string;
                /** @description Map view: minLon,minLat,maxLon,maxLat (WGS84) */
                bbox?: string;
                /** @description Default: relevance with q, newest without; relevance needs q */
                sort?: "relevance" | "newest" | "name";
                /** @description summary (the default): each bed as a `TestbedSummaryDto`, for lists and maps; full: each bed whole, as a `TestbedDto` */
                view?: "summary" | "full";
                limit?: number;
                /** @description Opaque cursor from `nextCursor` of the previous page */
                cursor?: string;
                /** @description Overrides Accept-Language; `all` keeps Accept-Language for the texts and adds `translations` with every language */
                lang?: "fi" | "sv" | "en" | "all";
            };
            header?: {
                /** @description Picks the language of the texts (q-values honoured), falling back to en, fi, sv */
                "accept-language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Public search of published test beds (archived beds leave the search) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestbedPageDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    TestbedsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Picks the language of the texts (q-values honoured), falling back to en, fi, sv */
                "accept-language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTestbedDto"];
            };
        };
        responses: {
            /** @description A new draft, with `translations`; coordinators of the city and admins only */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestbedDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    TestbedsController_get: {
        parameters: {
            query?: {
                /** @description Overrides Accept-Language; `all` keeps Accept-Language for the texts and adds `translations` with every language */
                lang?: "fi" | "sv" | "en" | "all";
            };
            header?: {
                /** @description Picks the language of the texts (q-values honoured), falling back to en, fi, sv */
                "accept-language"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Published and archived beds are public; drafts only for the city coordinators and admins (404 for others) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestbedDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    TestbedsController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description Picks the language of the texts (q-values honoured), falling back to en, fi, sv */
                "accept-language"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTestbedDto"];
            };
        };
        responses: {
            /** @description Replaces the fields sent (null clears an optional one). 409 on a stale version or an archived bed; 422 when a published bed would become incomplete. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestbedDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Breaks a domain rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    TestbedsController_publish: {
        parameters: {
            query?: never;
            header?: {
                /** @description Picks the language of the texts (q-values honoured), falling back to en, fi, sv */
                "accept-language"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransitionTestbedDto"];
            };
        };
        responses: {
            /** @description draft → published. 409 from any other state; 422 naming what is missing (summary, location, themes, availability). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestbedDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Breaks a domain rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    TestbedsController_archive: {
        parameters: {
            query?: never;
            header?: {
                /** @description Picks the language of the texts (q-values honoured), falling back to en, fi, sv */
                "accept-language"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransitionTestbedDto"];
            };
        };
        responses: {
            /** @description draft or published → archived (read-only, out of the search). 409 when already archived. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestbedDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CityTestbedsController_list: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
                /** @description Only the beds in this state; every state when left out */
                state?: "draft" | "published" | "archived";
            };
            header?: {
                /** @description Picks the language of the texts (q-values honoured), falling back to en, fi, sv */
                "accept-language"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every bed of the city in every state (drafts and archived ones too), by name, for the city's coordinators and admins; 403 for everyone else */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CityTestbedPageDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    BookingsController_listForTestbed: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
                state?: "requested" | "approved" | "declined" | "cancelled";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description By start date. The city's coordinators see all bookings; others their own organisations' only */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingPageDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    BookingsController_request: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestBookingDto"];
            };
        };
        responses: {
            /** @description A member of the organisation requests a period; the city is notified */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Breaks a domain rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    BookingsController_mine: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your organisations' bookings, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingPageDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    BookingsController_forCities: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
                /** @description `requested` gives the requests waiting for a decision */
                state?: "requested" | "approved" | "declined" | "cancelled";
                /** @description Only the bookings of this test bed */
                testbedId?: string;
                /** @description Only this city (one of yours; an admin: any) */
                cityId?: string;
                /** @description Only bookings that end on or after this day */
                from?: string;
                /** @description Only bookings that begin on or before this day */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description For coordinators: the bookings on the beds of the cities you coordinate; for admins: every city’s. By start date. `state=requested` lists the requests waiting for a decision; narrow by test bed, city and a period (bookings that overlap it). 403 for everyone else. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CityBookingPageDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    BookingsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    BookingsController_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["EmptyBody"];
            };
        };
        responses: {
            /** @description 409 lists the conflicting periods when capacity would be exceeded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingDto"];
                };
            };
            /**
             * @description Invalid input; `errors` names each field
             *
             *     Invalid input; `errors` names each field
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    BookingsController_decline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclineDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    BookingsController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    NotificationsController_unsubscribe: {
        parameters: {
            query: {
                /** @description The token of the e-mail’s unsubscribe link */
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UnsubscribeBody"];
                "application/x-www-form-urlencoded": components["schemas"]["UnsubscribeBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsubscribedDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    NotificationsController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from `nextCursor` of the previous page */
                cursor?: string;
                /** @description Only unread notifications */
                unread?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your notifications, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPageDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    NotificationsController_readAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["EmptyBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarkedDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    NotificationsController_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["EmptyBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationDto"];
                };
            };
            /**
             * @description Invalid input; `errors` names each field
             *
             *     Invalid input; `errors` names each field
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    NotificationPreferencesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferencesDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    NotificationPreferencesController_set: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetPreferenceDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferenceDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AlertsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedSearchListDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AlertsController_save: {
        parameters: {
            query?: never;
            header?: {
                /** @description The feed’s language when `locale` is not given (the first language asked for; else fi) */
                "accept-language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveSearchDto"];
            };
        };
        responses: {
            /** @description You had saved this search already (the same filters): that one, with the name, frequency and language given */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedSearchDto"];
                };
            };
            /** @description Saved */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedSearchDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AlertsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["EmptyBody"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Invalid input; `errors` names each field
             *
             *     Invalid input; `errors` names each field
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AlertsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSearchDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedSearchDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AlertsController_replaceFeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["EmptyBody"];
            };
        };
        responses: {
            /** @description The search with its new feed address */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedSearchDto"];
                };
            };
            /**
             * @description Invalid input; `errors` names each field
             *
             *     Invalid input; `errors` names each field
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AlertFeedsController_feed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The feed’s unguessable token, from `feedUrl` */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Atom 1.0 (RFC 4287) in the saved search’s language: the published test beds or calls it told of, newest first (at most 50), each linking to its page. Objects no longer public leave it. Needs no sign-in: the address is the key; a replaced or deleted one is a 404. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/atom+xml": string;
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PersonalDataController_listExports: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataExportListDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PersonalDataController_requestExport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["EmptyBody"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataExportDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PersonalDataController_getExport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataExportDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PersonalDataController_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ZIP file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": string;
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PersonalDataController_erasure: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErasureDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PersonalDataController_requestErasure: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["EmptyBody"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErasureDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PersonalDataController_cancelErasure: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErasureDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CalendarController_testbed: {
        parameters: {
            query?: {
                /** @description Overrides Accept-Language, for calendar clients that send none */
                lang?: "fi" | "sv" | "en";
            };
            header?: {
                /** @description Picks the language of the texts (q-values honoured), falling back to en, fi, sv */
                "accept-language"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One published or archived test bed (a draft is 404). iCalendar (RFC 5545) of approved bookings only, as all-day events (DTEND is the day after the last day), with no organisation, purpose or people. Bookings that ended over 365 days ago drop out. Subscribe to the URL; REFRESH-INTERVAL and X-PUBLISHED-TTL ask clients to fetch it hourly. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CalendarController_city: {
        parameters: {
            query?: {
                /** @description Overrides Accept-Language, for calendar clients that send none */
                lang?: "fi" | "sv" | "en";
            };
            header?: {
                /** @description Picks the language of the texts (q-values honoured), falling back to en, fi, sv */
                "accept-language"?: string;
            };
            path: {
                /** @description The city */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every published test bed of the city. iCalendar (RFC 5545) of approved bookings only, as all-day events (DTEND is the day after the last day), with no organisation, purpose or people. Bookings that ended over 365 days ago drop out. Subscribe to the URL; REFRESH-INTERVAL and X-PUBLISHED-TTL ask clients to fetch it hourly. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OpenDataController_schema: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The JSON Schema (2020-12) of a page of `/open-data/testbeds`, with a description of every field; its `$id` is its own address. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/schema+json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OpenDataController_testbeds: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from `nextCursor` of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Published test beds, every language, in id order, a page at a time (licence CC-BY-4.0). Contacts (personal data) and images (third-party copyright) are left out; `url` leads to the public page of the bed. Described field by field by `/open-data/testbeds.schema.json`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenDataTestbedPageDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OpenDataController_csv: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every published test bed, one row each, as RFC 4180 CSV (UTF-8 without BOM, CRLF, a header row; licence CC-BY-4.0). Texts get a column per language (name_fi, name_sv, name_en …); lists are joined with `;` (a `;` or `\` inside a value is escaped with `\`); availability windows are ISO 8601 intervals `start/end`, both days included; money is euro cents. Cells a spreadsheet would run as formulas start with `'`. Contacts (personal data) and images (third-party copyright) are left out; `url` leads to the public page of the bed. Columns: id, url, calendar_url, city, name_fi, name_sv, name_en, summary_fi, summary_sv, summary_en, description_fi, description_sv, description_en, terms_fi, terms_sv, terms_en, street, postal_code, municipality, lon, lat, themes, capabilities, capacity, availability, cost_kind, cost_amount_cents, cost_unit, data_set_titles, data_set_urls, published_at, updated_at. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CallsController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from `nextCursor` of the previous page */
                cursor?: string;
                /** @description One or more (comma-separated) of scheduled, open, closed, in_evaluation, decided; `draft` for those who run calls. A two-stage call is listed when either of its stages is in one of them (a call whose first stage takes ideas is `open`) */
                state?: string;
                /** @description City slug or id, or `national` */
                city?: string;
                focusArea?: "open_innovation_platforms" | "open_data_and_interfaces" | "open_participation_and_customership";
                /** @description Overrides Accept-Language; `all` keeps Accept-Language for the texts and adds `translations` with every language */
                lang?: "fi" | "sv" | "en" | "all";
            };
            header?: {
                /** @description Picks the language of the texts (q-values honoured), falling back to en, fi, sv */
                "accept-language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Public list of published calls, by closesAt. Drafts only when asked for (`state=draft`, alone or with other states), for coordinators (their cities’ drafts) and admins (every draft); 403 for anyone else. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallPageDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CallsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Picks the language of the texts (q-values honoured), falling back to en, fi, sv */
                "accept-language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCallDto"];
            };
        };
        responses: {
            /** @description A new draft; coordinators of the city, or admins (national calls: admins only). 400 names each bad field by its path. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Breaks a domain rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CallsController_get: {
        parameters: {
            query?: {
                /** @description Overrides Accept-Language; `all` keeps Accept-Language for the texts and adds `translations` with every language */
                lang?: "fi" | "sv" | "en" | "all";
            };
            header?: {
                /** @description Picks the language of the texts (q-values honoured), falling back to en, fi, sv */
                "accept-language"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Published calls are public; drafts only for the coordinators of the city and admins (404 for others) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CallsController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description Picks the language of the texts (q-values honoured), falling back to en, fi, sv */
                "accept-language"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCallDto"];
            };
        };
        responses: {
            /** @description Replaces the fields sent. A draft changes freely; after publishing only title, summary, body and the dates still ahead (opensAt until it opens, closesAt until it closes, reviewDeadline until decided): anything else is 409 naming the fields. A moved opensAt or closesAt reschedules the transition. 409 with `current` on a stale version; 422 when a moved deadline has passed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Breaks a domain rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CallsController_publish: {
        parameters: {
            query?: never;
            header?: {
                /** @description Picks the language of the texts (q-values honoured), falling back to en, fi, sv */
                "accept-language"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishCallDto"];
            };
        };
        responses: {
            /** @description draft → scheduled, or open at once when opensAt has passed; it then opens at opensAt and closes at closesAt by itself. 409 from any other state (or a stale version); 422 when closesAt has passed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Breaks a domain rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CallsController_setFirstStage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Picks the language of the texts (q-values honoured), falling back to en, fi, sv */
                "accept-language"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FirstStageDto"];
            };
        };
        responses: {
            /** @description Makes a draft call two-stage, or replaces its first stage: ideas (a page of text, a budget estimate, the consortium) with their own dates, criteria, threshold, reviewers and required fields, the best of them (by rank, up to `invitation`) invited to the call itself. The first stage is a call of its own (`firstStage.callId`), published with the call and opening and closing by itself. Sending the same stage again changes nothing. 400/422 name each bad field; 409 once the call is published, on a first stage, or on a stale version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Breaks a domain rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CallsCalendarController_calls: {
        parameters: {
            query?: {
                /** @description Overrides Accept-Language, for calendar clients that send none */
                lang?: "fi" | "sv" | "en";
            };
            header?: {
                /** @description Picks the language of the texts (q-values honoured), falling back to en, fi, sv */
                "accept-language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description iCalendar (RFC 5545) of every published call: one event when it opens and one when it closes (zero-length, in UTC); a two-stage call has two more, when its first stage (ideas) opens and closes, at the same call address. Calls that closed over 365 days ago drop out. Subscribe to the URL; clients are asked to fetch it hourly. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CallsOpenDataController_schema: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The JSON Schema (2020-12) of a page of `/open-data/calls`, with a description of every field; its `$id` is its own address. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/schema+json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CallsOpenDataController_calls: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from `nextCursor` of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Published calls (never drafts), every language, in id order, a page at a time (licence CC-BY-4.0). Decider ids are left out. A two-stage call is one item, its first stage (ideas) inside it as `firstStage`. Described field by field by `/open-data/calls.schema.json`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenDataCallPageDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CallsOpenDataController_csv: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every published call, one row each, as RFC 4180 CSV (UTF-8 without BOM, CRLF, a header row; licence CC-BY-4.0). Title and summary get a column per language (the full text is in the JSON); funding sources are `source:percent` joined with `;`; money is euro cents; city is `national` for a national call. A two-stage call is one row, its first stage (ideas) in the `first_stage_*` columns (the invitation rule as `count:3` or `share:25`), empty for a one-stage call. Columns: id, url, city, state, focus_area, title_fi, title_sv, title_en, summary_fi, summary_sv, summary_en, opens_at, closes_at, review_deadline, currency, budget_cents, funding_sources, funding_rate_percent, max_grant_cents, duration_min_months, duration_max_months, testbed_ids, published_at, updated_at, first_stage_call_id, first_stage_opens_at, first_stage_closes_at, first_stage_review_deadline, first_stage_invitation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ApplicationsController_mine: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your organisations' applications, as lead or partner, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationPageDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ApplicationsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApplicationDto"];
            };
        };
        responses: {
            /** @description A draft for an open call, led by your organisation. 409 when the call is not open. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ApplicationsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The consortium sees the working copy; the call coordinators the latest revision; nobody else (404) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ApplicationsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateApplicationDto"];
            };
        };
        responses: {
            /** @description Saves the fields sent (null clears an optional one). The lead only (partners 403). 409 on a stale version, with `current`, or once review has begun. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ApplicationsController_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplicationVersionDto"];
            };
        };
        responses: {
            /** @description Stores an immutable revision and starts the eligibility check. 409 at or after the deadline ("The call closed at 23.11.2026 klo 16.00 (Europe/Helsinki)") unless your organisation has an extension, and on a stale version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ApplicationsController_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawApplicationDto"];
            };
        };
        responses: {
            /** @description Possible until the funding decision; 409 afterwards */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ApplicationsController_eligibility: {
        parameters: {
            query?: {
                /** @description A revision number; the latest by default */
                revision?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Each rule's verdict with its reason in fi, sv and en; `pending` until the check has run */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EligibilityReportDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ApplicationsController_revisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every submission, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevisionSummaryDto"][];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ApplicationsController_revision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                number: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevisionDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ApplicationsController_diff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                number: number;
                to: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What changed from revision `number` to revision `to`: fields by path, and list items added, removed or changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevisionDiffDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ApplicationsController_invite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvitePartnerDto"];
            };
        };
        responses: {
            /** @description Invites a partner organisation (by id or business ID); its owners are notified by e-mail and in the app. The invitation is listed under partners; it names the organisation only once it accepts (or to its own members). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ApplicationsController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["EmptyBody"];
            };
        };
        responses: {
            /** @description An owner of the invited organisation joins the consortium; partners read but do not edit */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDto"];
                };
            };
            /**
             * @description Invalid input; `errors` names each field
             *
             *     Invalid input; `errors` names each field
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ApplicationsController_removePartner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["EmptyBody"];
            };
        };
        responses: {
            /** @description The lead removes a partner, or an owner of the partner declines or leaves */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Invalid input; `errors` names each field
             *
             *     Invalid input; `errors` names each field
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EligibilityPrecheckController_precheck: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A dry run of the check a submission starts: the working copy with the partners that have accepted, judged by the same rules. Stores nothing. The consortium only: the call’s city, its deciders and evaluators get 403. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EligibilityPrecheckDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CallApplicationsController_list: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
                state?: "draft" | "submitted" | "eligible" | "ineligible" | "in_review" | "reviewed" | "ranked" | "proposed" | "reserve" | "rejected" | "funded" | "not_funded" | "withdrawn" | "invited" | "not_invited";
                /** @description Lead or accepted partner */
                organisationId?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The call's applications for its city's coordinators, its deciders and admins; submitted ones as their latest revision says */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallApplicationPageDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CallApplicationsController_csv: {
        parameters: {
            query?: {
                state?: "draft" | "submitted" | "eligible" | "ineligible" | "in_review" | "reviewed" | "ranked" | "proposed" | "reserve" | "rejected" | "funded" | "not_funded" | "withdrawn" | "invited" | "not_invited";
                /** @description Lead or accepted partner */
                organisationId?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The same list, every row, as RFC 4180 CSV (UTF-8, CRLF, a header row); money in euro cents, times in UTC (ISO 8601). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CallApplicationsController_xlsx: {
        parameters: {
            query?: {
                state?: "draft" | "submitted" | "eligible" | "ineligible" | "in_review" | "reviewed" | "ranked" | "proposed" | "reserve" | "rejected" | "funded" | "not_funded" | "withdrawn" | "invited" | "not_invited";
                /** @description Lead or accepted partner */
                organisationId?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The same list as an Excel workbook: euros in a currency format, times in Europe/Helsinki. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CallApplicationsController_extensionsOf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallExtensionDto"][];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CallApplicationsController_grant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GrantExtensionDto"];
            };
        };
        responses: {
            /** @description Lets exactly one organisation submit until a later deadline, with a stated reason (audited). One per organisation and call (409 for a second). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallExtensionDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Breaks a domain rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CallEvaluationController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Those who run the call */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PoolEvaluatorDto"][];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CallEvaluationController_add: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddEvaluatorDto"];
            };
        };
        responses: {
            /** @description 400 for a user without the evaluator role or an unknown tag; 409 when already in the pool or the call is decided */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PoolEvaluatorDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CallEvaluationController_candidates: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
                /** @description Words of the name, each somewhere in it (not the e-mail address) */
                q?: string;
                /** @description An expertise tag earlier pools gave the evaluator */
                expertise?: "mobility" | "energy" | "health_and_wellbeing" | "education" | "built_environment" | "circular_economy" | "data_and_ai" | "participation" | "safety" | "culture_and_tourism" | "open_innovation_platforms" | "open_data_and_interfaces" | "open_participation_and_customership";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Those who run the call (403 for others; 404 for a draft call they may not see). By name; each with the expertise earlier pools gave them and whether already in this pool; no e-mail addresses. 400 names `expertise` for an unknown tag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluatorCandidatePageDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CallEvaluationController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["EmptyBody"];
            };
        };
        responses: {
            /** @description Their unsubmitted reviews are withdrawn and handed to the rest of the pool; submitted ones stay */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Invalid input; `errors` names each field
             *
             *     Invalid input; `errors` names each field
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CallEvaluationController_assign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["EmptyBody"];
            };
        };
        responses: {
            /** @description Queues the assignment job: it keeps existing assignments and fills only what is missing. 409 before the call has closed. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentRequestDto"];
                };
            };
            /**
             * @description Invalid input; `errors` names each field
             *
             *     Invalid input; `errors` names each field
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CallEvaluationController_status: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Those who run the call and its deciders */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentStatusDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReviewsController_mine: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
                state?: "assigned" | "submitted" | "declined";
                callId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentPageDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReviewsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Its evaluator always; those who run the call and its deciders once it is submitted (403 before); anyone else 404 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewDetailDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReviewsController_save: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveReviewDto"];
            };
        };
        responses: {
            /** @description The evaluator only. 400 names each score off its criterion scale (`scores.<key>.score`); 409 on a stale version (with `current`) or a final review. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewDetailDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReviewsController_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewVersionDto"];
            };
        };
        responses: {
            /** @description 422 names every criterion still unscored; 409 on a stale version or a final review */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewDetailDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Breaks a domain rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReviewsController_decline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclineReviewDto"];
            };
        };
        responses: {
            /** @description Only before submitting (409 after) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewDetailDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ApplicationReviewsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An assigned evaluator sees their own, and the other submitted ones once theirs is submitted; those who run the call and its deciders see the submitted ones. The consortium gets 403, strangers 404. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewDto"][];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ClarificationsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The call's coordinators (admins for a national call), the consortium and the application's assigned evaluators; its deciders get 403, anyone else 404. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClarificationDto"][];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ClarificationsController_ask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AskClarificationDto"];
            };
        };
        responses: {
            /** @description The same question to the same deadline asked again while it is open: the clarification already asked, unchanged */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClarificationDto"];
                };
            };
            /** @description The coordinators of the call's city (admins for a national call), while the application is checked for eligibility or evaluated after its call closed (409 otherwise). The consortium is notified; ranking waits for the answer or the deadline, whichever comes first. 400 names `question`, `answerDueAt` or `suggestionId`; 409 for a suggestion already settled. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClarificationDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ClarificationsController_answer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                clarificationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerClarificationDto"];
            };
        };
        responses: {
            /** @description Members of the consortium (the lead and the partners that accepted); others who may read the application get 403, anyone else 404. Once, before the deadline: the same answer again answers as it stands, a different one or a late one 409. Those who run the call and the assigned evaluators are notified. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClarificationDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ClarificationsController_suggestions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The call's coordinators (and admins) read all; an assigned evaluator their own. The consortium and the deciders get 403, anyone else 404. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClarificationSuggestionDto"][];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ClarificationsController_suggest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SuggestClarificationDto"];
            };
        };
        responses: {
            /** @description The same open suggestion made again: the one already made, unchanged */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClarificationSuggestionDto"];
                };
            };
            /** @description The application's assigned evaluators, in the same phase as questions (409 otherwise). The call's coordinators are notified. 400 names `question`. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClarificationSuggestionDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ClarificationsController_dismiss: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                suggestionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DismissSuggestionDto"];
            };
        };
        responses: {
            /** @description The coordinators of the call's city (and admins). Dismissing a dismissed suggestion answers it as it stands; an asked one is 409. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClarificationSuggestionDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ConflictsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeclaredConflictDto"][];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ConflictsController_declare: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclareConflictDto"];
            };
        };
        responses: {
            /** @description Users with the evaluator role (403 otherwise). Your assigned reviews it concerns are withdrawn at once (they can no longer be submitted) and handed to others. Names the organisation only if you are a member of it. 409 when already declared. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeclarationResultDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ConflictsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["EmptyBody"];
            };
        };
        responses: {
            /** @description Takes effect at the next assignment run; existing assignments stay as they are */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Invalid input; `errors` names each field
             *
             *     Invalid input; `errors` names each field
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    FundingController_calibrationView: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Those who run the call (its city's coordinators and admins) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalibrationDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    FundingController_setRankingBasis: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RankingBasisDto"];
            };
        };
        responses: {
            /** @description Those who run the call, until evaluation starts: 409 once the call has closed. Audited when it changes; repeating it changes nothing. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RankingBasisSetDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    FundingController_consensus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsensusDto"];
            };
        };
        responses: {
            /** @description The application with the consensus applied. Those who run the call only; 409 when nothing diverges or ranking has moved on. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RankingEntryDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    FundingController_declineGrant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclineGrantDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GrantDeclinedDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    FundingController_ranking: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Those who run the call and its deciders */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RankingDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    FundingController_requestRanking: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["EmptyBody"];
            };
        };
        responses: {
            /** @description Those who run the call; 409 once a decider has amended or decided the proposal */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RankingRequestedDto"];
                };
            };
            /**
             * @description Invalid input; `errors` names each field
             *
             *     Invalid input; `errors` names each field
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    FundingController_proposal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Those who run the call and its deciders; 404 before the first proposal */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundingProposalDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    FundingController_amend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AmendmentDto"];
            };
        };
        responses: {
            /** @description The amended proposal. 422 when it would exceed the budget; 409 once decided. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundingProposalDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Breaks a domain rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    FundingController_decide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["EmptyBody"];
            };
        };
        responses: {
            /** @description The decided proposal; 409 without a proposal or when already decided */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundingProposalDto"];
                };
            };
            /**
             * @description Invalid input; `errors` names each field
             *
             *     Invalid input; `errors` names each field
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Breaks a domain rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RedressController_ofApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Its consortium once the decision is public, and those who run the call */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationRedressDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RedressController_request: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RedressRequestDto"];
            };
        };
        responses: {
            /** @description Within 30 days of the decision (Finnish calendar days), for an application left unfunded; 409 when late or already asked. Repeating the same request answers the one made. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedressViewDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RedressController_desk: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Those who run the call */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedressDeskDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RedressController_setPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RedressPolicyDto"];
            };
        };
        responses: {
            /** @description Those who run the call, until the decision (409 after). Audited when it changes; repeating it changes nothing. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedressDeskDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RedressController_assigned: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedressViewDto"][];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RedressController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Its consortium, those who run the call and its reviewer; anyone else gets 404 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedressViewDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RedressController_candidates: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Those who run the call */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewerCandidateDto"][];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RedressController_appoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppointReviewerDto"];
            };
        };
        responses: {
            /** @description Those who run the call, until the outcome is recorded (409 after); 400 naming reviewerId when not eligible. Appointing the same one again changes nothing. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedressViewDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RedressController_decide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RedressOutcomeDto"];
            };
        };
        responses: {
            /** @description The appointed reviewer only; 409 before the appointment or when another outcome is recorded. Repeating the same outcome changes nothing. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedressViewDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RedressController_assignAgain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["EmptyBody"];
            };
        };
        responses: {
            /** @description Those who run the call, while the re-evaluation runs (409 otherwise) */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedressViewDto"];
                };
            };
            /**
             * @description Invalid input; `errors` names each field
             *
             *     Invalid input; `errors` names each field
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    DeciderCallsController_list: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
                /** @description Overrides Accept-Language for the titles */
                lang?: "fi" | "sv" | "en";
            };
            header?: {
                /** @description Picks the language of the texts (q-values honoured), falling back to en, fi, sv */
                "accept-language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Published calls only, the latest deadline first; empty for anyone who decides none (other deciders' calls never show) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeciderCallPageDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OutcomeController_outcome: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description For those who run the call and its deciders at any time, admins, and the consortium once its call is decided, whatever became of the application (403 before; 403 for the assigned evaluators; 404 for everyone else). `result` says what became of it and why (ineligible with the rules it failed, below which thresholds, reserve, funded); `eligibility` gives every verdict. Reviewers are never named. A part without data is null and its status says why (not_reviewed, awaiting_reviews, no_proposal, pending). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutcomeDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PilotsController_list: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your organisations' pilots (lead or partner), your cities' and your calls' (as decider); admins all. Newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PilotPageDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PilotsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description For its consortium, the call’s city and deciders, and admins (as its outcome); 403 for the evaluators who reviewed it, 404 for everyone else. Bookings: The lead organisation’s bookings on the test beds its application chose, overlapping the pilot period, linked when the decision is made: one the bed’s city had already approved is linked as it is; a requested one on a bed of the call’s own city is approved with the decision within the bed’s capacity (or stays requested, over_capacity, for the city to settle); a requested one on another city’s bed stays requested and that city’s coordinators are asked to decide it (awaiting_city). Each shows its state now. Bookings made after the decision are not linked. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PilotDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PilotsController_file: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FileReportDto"];
            };
        };
        responses: {
            /** @description KPI values are keyed by the KPI ids of the pilot; a final report gives one for each. 409 once the pilot is completed, or while another final report awaits review. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PilotReportDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Breaks a domain rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PilotsController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                reportId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptReportDto"];
            };
        };
        responses: {
            /** @description The consortium is notified. 409 when the report is already answered, the pilot is completed, or other reports still await review before the final one. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PilotDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PilotsController_return: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                reportId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnReportDto"];
            };
        };
        responses: {
            /** @description The consortium is notified and files a new report. 409 when the report is already answered or the pilot is completed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PilotDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Authenticated but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found, or not visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A path parameter is longer than the router takes (100 characters) */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is not `application/json` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    GrantsOpenDataController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from `nextCursor` of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Grants awarded by a funding decision, in id order (licence CC-BY-4.0). A grant given back leaves the list. Scores and people are left out. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenDataGrantPageDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    GrantsOpenDataController_threeSixtyGiving: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every awarded grant as one 360Giving data package (standard 1.4; licence CC-BY-4.0) that validates against the standard's package and grant schemas. Grant ids are `360G-kokeilu-<grant id>`; organisations with a Finnish business ID are `FI-PRO-<Y-tunnus>` (org-id.guide); amounts are euros as numbers; `plannedDates` is the pilot period, `beneficiaryLocation` the cities of the named test beds, and the classification `360G-kokeilu-ranking-basis` says whether the call ranked by raw or calibrated totals. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThreeSixtyGivingPackageDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    GrantsOpenDataController_csv: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every awarded grant, one row each, as RFC 4180 CSV (UTF-8 without BOM, CRLF, a header row; licence CC-BY-4.0). 360Giving fields: identifier (Identifier), title (Title), description (Description), currency (Currency), amount_awarded (Amount Awarded, euros), award_date (Award Date), recipient_org_* (Recipient Org), funding_org_* (Funding Org), grant_programme_* (Grant Programme). co_funding is `source:cents` joined with `;`. Columns: identifier, title, description, currency, amount_awarded, amount_awarded_cents, award_date, recipient_org_name, recipient_org_business_id, recipient_org_foreign_registration_id, recipient_org_country, recipient_org_municipality, funding_org_id, funding_org_name, grant_programme_id, grant_programme_title, co_funding, application_id. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OpsController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Database and queue backend reachable */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                        info: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        error: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        details: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is down: the problem says which in `checks` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OpsController_scrape: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Prometheus text exposition format (version 0.0.4) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    IndexController_index: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndexDto"];
                };
            };
            /** @description An unexpected failure, logged with the request id; the problem says no more */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached; retry after `Retry-After` seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
}
