/**
 * The authorization matrix: for every route of the OpenAPI document, on each kind of object it
 * acts on, what each of twelve actors gets. Written from docs/domain.md ("Who may do what") and
 * the route descriptions, not from the policy code, so that the suite catches the policy being
 * wrong.
 *
 * Outcomes: `ok` — allowed: 2xx, or a 4xx other than 401/403/404 (a state conflict such as 409);
 * `401` — not signed in; `403` — may know the object but not do this; `404` — may not even learn
 * that the object exists.
 */

export const ACTORS = [
  'anonymous',
  'applicant',
  'otherApplicant',
  'partner',
  'coordinator',
  'otherCoordinator',
  'assignedEvaluator',
  'unassignedEvaluator',
  'conflictedEvaluator',
  'decider',
  'otherDecider',
  'admin',
] as const;
export type ActorName = (typeof ACTORS)[number];

/** What the actors are, relative to the objects of the matrix. */
export const ACTOR_ROLES: Record<ActorName, string> = {
  anonymous: 'no token',
  applicant: 'owner of the lead organisation (Tampere) of every application probed',
  otherApplicant: 'owner of an organisation with no part in them (Helsinki)',
  partner: 'owner of the consortium partner organisation (Helsinki)',
  coordinator: 'coordinator of Tampere, the city of every test bed, booking and call probed',
  otherCoordinator: 'coordinator of Helsinki',
  assignedEvaluator: 'evaluator in the pool, assigned to the applications in evaluation',
  unassignedEvaluator: 'evaluator in the pool, not assigned to them',
  conflictedEvaluator: 'evaluator in the pool who declared a conflict with the lead organisation',
  decider: 'decider named on the calls probed',
  otherDecider: 'decider named on another Tampere call',
  admin: 'platform admin',
};

export type Outcome = 'ok' | '401' | '403' | '404';

export interface MatrixRow {
  /** `METHOD /path` exactly as in the OpenAPI document. */
  route: string;
  /** Which object the route is called on (a route may have several rows, one per object). */
  object: string;
  expected: Record<ActorName, Outcome>;
  /** `decided`: probed after the funding decision of the decided call; everything else before. */
  stage: 'before-decision' | 'decided';
}

const PUBLIC = 'ok   ok   ok   ok   ok   ok   ok   ok   ok   ok   ok   ok';
const SIGNED_IN = '401  ok   ok   ok   ok   ok   ok   ok   ok   ok   ok   ok';
const ADMINS = '401  403  403  403  403  403  403  403  403  403  403  ok';
const CITY = '401  403  403  403  ok   403  403  403  403  403  403  ok';
const CITY_DRAFT = '401  404  404  404  ok   404  404  404  404  404  404  ok';
const ORG_OWNER = '401  ok   404  404  404  404  404  404  404  404  404  ok';
const APP_READ = '401  ok   404  ok   ok   404  ok   404  404  ok   404  ok';
const APP_LEAD = '401  ok   404  403  403  404  404  404  404  403  404  ok';
/** A draft never submitted is its consortium's own: the call's city and deciders do not learn of it either. */
const DRAFT_LEAD = '401  ok   404  403  404  404  404  404  404  404  404  ok';
const CALL_EVALUATION = '401  403  403  403  ok   403  403  403  403  ok   403  ok';
const CALL_DECIDER = '401  403  403  403  403  403  403  403  403  ok   403  403';
const REVIEW_WRITE = '401  404  404  404  403  404  ok   404  404  403  404  403';
const EVALUATORS = '401  403  403  403  403  403  ok   ok   ok   403  403  403';

// prettier-ignore
const TABLE: [route: string, object: string, outcomes: string, stage?: MatrixRow['stage']][] = [
  //                                                                                        anon lead othA part coor othC asgE unaE cnfE deci othD admn
  ['POST /api/v1/auth/register',                               'a new account',            PUBLIC],
  ['POST /api/v1/auth/login',                                  'own credentials',          PUBLIC],
  ['POST /api/v1/auth/refresh',                                'a refresh token',          PUBLIC],
  ['POST /api/v1/auth/logout',                                 'a refresh token',          PUBLIC],
  // The link of a verification e-mail works for whoever holds it, signed in or not.
  ['POST /api/v1/auth/verify-email',                           'the link of a verification e-mail', PUBLIC],
  ['POST /api/v1/auth/verify-email/resend',                    'own address',              SIGNED_IN],
  ['GET /api/v1/me',                                           'self',                     SIGNED_IN],
  // Each signed-in caller reads the calls naming them as a decider (an empty list for anyone else).
  ['GET /api/v1/me/decider-calls',                             'own calls as a decider',   SIGNED_IN],
  ['GET /health',                                              'the service',              PUBLIC],
  ['GET /metrics',                                             'the service',              PUBLIC],
  ['GET /api/v1',                                              'the index',                PUBLIC],

  ['GET /api/v1/organisations',                                'own organisations',        SIGNED_IN],
  ['GET /api/v1/organisations/{id}',                           'lead organisation',        ORG_OWNER],
  ['PATCH /api/v1/organisations/{id}',                         'lead organisation',        ORG_OWNER],
  ['GET /api/v1/organisations/{id}/members',                   'lead organisation',        ORG_OWNER],
  ['POST /api/v1/organisations/{id}/invitations',              'lead organisation',        ORG_OWNER],
  ['GET /api/v1/organisations/{id}/invitations',               'lead organisation',        ORG_OWNER],
  ['DELETE /api/v1/organisations/{id}/invitations/{invitationId}', 'an invitation of the lead organisation', ORG_OWNER],
  ['DELETE /api/v1/organisations/{id}/members/{userId}',       'a member of the lead organisation', ORG_OWNER],
  // Who an organisation is: checked by coordinators (any city's) and admins, never by the organisation itself.
  ['POST /api/v1/organisations/{id}/verify',                   'lead organisation (verified already: 409)', '401  403  403  403  ok   ok   403  403  403  403  403  ok'],
  ['GET /api/v1/organisation-claims',                          'open claims',              '401  403  403  403  ok   ok   403  403  403  403  403  ok'],
  ['POST /api/v1/organisation-claims/{id}/resolve',            'an open claim',            '401  403  403  403  ok   ok   403  403  403  403  403  ok'],
  ['POST /api/v1/invitations/accept',                          "an invitation to the admin's address", '401  404  404  404  404  404  404  404  404  404  404  ok'],

  ['GET /api/v1/users',                                        'all users',                ADMINS],
  ['GET /api/v1/deciders',                                    'every decider',            '401  403  403  403  ok   ok   403  403  403  403  403  ok'],
  ['POST /api/v1/users/{id}/roles',                            'a user',                   ADMINS],
  ['DELETE /api/v1/users/{id}/roles/{grantId}',                "a user's role grant",      ADMINS],
  ['GET /api/v1/cities',                                       'all cities',               PUBLIC],
  ['POST /api/v1/cities',                                      'a new city',               ADMINS],
  ['GET /api/v1/audit',                                        'events in own scope',      SIGNED_IN],

  ['POST /api/v1/testbeds',                                    'Tampere',                  CITY],
  ['GET /api/v1/testbeds',                                     'the public search',        PUBLIC],
  ['GET /api/v1/cities/{id}/testbeds',                         'Tampere, every state',     CITY],
  ['GET /api/v1/testbeds/{id}',                                'published bed',            PUBLIC],
  ['GET /api/v1/testbeds/{id}',                                'draft bed',                '404  404  404  404  ok   404  404  404  404  404  404  ok'],
  ['PATCH /api/v1/testbeds/{id}',                              'published bed',            CITY],
  ['PATCH /api/v1/testbeds/{id}',                              'draft bed',                CITY_DRAFT],
  ['POST /api/v1/testbeds/{id}/publish',                       'draft bed',                CITY_DRAFT],
  ['POST /api/v1/testbeds/{id}/archive',                       'published bed',            CITY],
  ['POST /api/v1/testbeds/{id}/bookings',                      'published bed, for the lead organisation', ORG_OWNER],
  // A draft bed does not show itself to its would-be bookers either.
  ['POST /api/v1/testbeds/{id}/bookings',                      'draft bed, for the lead organisation', '401  404  404  404  404  404  404  404  404  404  404  ok'],
  ['GET /api/v1/testbeds/{id}/bookings',                       'published bed (own bookings listed)', SIGNED_IN],
  ['GET /api/v1/bookings',                                     'own bookings',             SIGNED_IN],
  ['GET /api/v1/booking-requests',                             "own cities' bookings",     '401  403  403  403  ok   ok   403  403  403  403  403  ok'],
  ['GET /api/v1/bookings/{id}',                                "lead organisation's booking", '401  ok   404  404  ok   404  404  404  404  404  404  ok'],
  ['POST /api/v1/bookings/{id}/approve',                       'requested booking',        '401  403  404  404  ok   404  404  404  404  404  404  ok'],
  ['POST /api/v1/bookings/{id}/decline',                       'requested booking',        '401  403  404  404  ok   404  404  404  404  404  404  ok'],
  ['POST /api/v1/bookings/{id}/cancel',                        'requested booking',        '401  ok   404  404  ok   404  404  404  404  404  404  ok'],

  ['GET /api/v1/notifications',                                'own notifications',        SIGNED_IN],
  ['POST /api/v1/notifications/read-all',                      'own notifications',        SIGNED_IN],
  ['POST /api/v1/notifications/{id}/read',                     "the applicant's notification", '401  ok   404  404  404  404  404  404  404  404  404  404'],
  ['GET /api/v1/me/notification-preferences',                  'own settings',             SIGNED_IN],
  ['PUT /api/v1/me/notification-preferences/{kind}',           'own settings',             SIGNED_IN],
  // A saved search is its owner's alone: nobody else, not even an admin, learns that it exists.
  ['GET /api/v1/me/alerts',                                    'own saved searches',       SIGNED_IN],
  ['POST /api/v1/me/alerts',                                   'a new saved search',       SIGNED_IN],
  ['PATCH /api/v1/me/alerts/{id}',                             "the applicant's saved search", '401  ok   404  404  404  404  404  404  404  404  404  404'],
  ['DELETE /api/v1/me/alerts/{id}',                            "the applicant's saved search", '401  ok   404  404  404  404  404  404  404  404  404  404'],
  ['POST /api/v1/me/alerts/{id}/feed-token',                   "the applicant's saved search", '401  ok   404  404  404  404  404  404  404  404  404  404'],
  // The feed's address is its key: whoever holds it reads the feed, which shows public objects only.
  ['GET /api/v1/alert-feeds/{token}',                          "the applicant's feed",     PUBLIC],
  // A person's data is theirs alone: nobody else, not even an admin, learns that their download exists.
  ['POST /api/v1/me/data-exports',                             'own data',                 SIGNED_IN],
  ['GET /api/v1/me/data-exports',                              'own downloads',            SIGNED_IN],
  ['GET /api/v1/me/data-exports/{id}',                         "the applicant's download", '401  ok   404  404  404  404  404  404  404  404  404  404'],
  ['GET /api/v1/me/data-exports/{id}/download',                "the applicant's download", '401  ok   404  404  404  404  404  404  404  404  404  404'],
  ['GET /api/v1/me/erasure',                                   'own request to be forgotten', SIGNED_IN],
  ['POST /api/v1/me/erasure',                                  'own request to be forgotten', SIGNED_IN],
  ['DELETE /api/v1/me/erasure',                                'own request to be forgotten', SIGNED_IN],
  // The link of an e-mail unsubscribes its recipient for whoever holds it, signed in or not.
  ['POST /api/v1/notifications/unsubscribe',                   "the applicant's unsubscribe link", PUBLIC],

  ['GET /api/v1/calendar/testbeds/{id}.ics',                   'published bed',            PUBLIC],
  ['GET /api/v1/calendar/testbeds/{id}.ics',                   'draft bed',                '404  404  404  404  404  404  404  404  404  404  404  404'],
  ['GET /api/v1/calendar/cities/{slug}.ics',                   'Tampere',                  PUBLIC],
  ['GET /api/v1/calendar/calls.ics',                           'published calls',          PUBLIC],
  ['GET /api/v1/open-data/testbeds',                           'published beds',           PUBLIC],
  ['GET /api/v1/open-data/testbeds.csv',                       'published beds',           PUBLIC],
  ['GET /api/v1/open-data/calls',                              'published calls',          PUBLIC],
  ['GET /api/v1/open-data/calls.csv',                          'published calls',          PUBLIC],
  ['GET /api/v1/open-data/grants',                             'awarded grants',           PUBLIC],
  ['GET /api/v1/programme/results',                            'decided calls',            PUBLIC],
  ['GET /api/v1/open-data/grants.csv',                         'awarded grants',           PUBLIC],
  ['GET /api/v1/open-data/grants.360giving.json',              'awarded grants',           PUBLIC],
  ['GET /api/v1/open-data/testbeds.schema.json',               'schema',                   PUBLIC],
  ['GET /api/v1/open-data/calls.schema.json',                  'schema',                   PUBLIC],

  ['POST /api/v1/calls',                                       'Tampere',                  CITY],
  ['POST /api/v1/calls',                                       'national (no city)',       ADMINS],
  ['GET /api/v1/calls',                                        'published calls',          PUBLIC],
  ['GET /api/v1/calls',                                        'drafts (state=draft)',     '403  403  403  403  ok   ok   403  403  403  403  403  ok'],
  ['GET /api/v1/calls/{id}',                                   'open call',                PUBLIC],
  ['GET /api/v1/calls/{id}',                                   'draft call',               '404  404  404  404  ok   404  404  404  404  404  404  ok'],
  ['PATCH /api/v1/calls/{id}',                                 'open call',                CITY],
  ['PATCH /api/v1/calls/{id}',                                 'draft call',               CITY_DRAFT],
  ['POST /api/v1/calls/{id}/publish',                          'draft call',               CITY_DRAFT],
  // The first stage of a two-stage call is set on the draft by those who run it; an open call answers them 409.
  ['PUT /api/v1/calls/{id}/first-stage',                       'draft call',               CITY_DRAFT],
  ['PUT /api/v1/calls/{id}/first-stage',                       'open call',                CITY],
  ['POST /api/v1/calls/{id}/extensions',                       'open call',                CITY],
  ['GET /api/v1/calls/{id}/extensions',                        'open call',                CITY],
  ['GET /api/v1/calls/{id}/evaluators',                        'open call',                CITY],
  // Finding evaluators to add: those who run the call, not another city's coordinators, its deciders or evaluators.
  ['GET /api/v1/calls/{id}/evaluator-candidates',              'open call',                CITY],
  ['GET /api/v1/calls/{id}/evaluator-candidates',              'draft call',               CITY_DRAFT],
  ['POST /api/v1/calls/{id}/evaluators',                       'open call',                CITY],
  ['DELETE /api/v1/calls/{id}/evaluators/{userId}',            'open call',                CITY],
  // "read applications of a call": the city's coordinators, the call's deciders and admins.
  ['GET /api/v1/calls/{id}/applications',                      'call in evaluation',       CALL_EVALUATION],
  ['GET /api/v1/calls/{id}/applications.csv',                  'call in evaluation',       CALL_EVALUATION],
  ['GET /api/v1/calls/{id}/applications.xlsx',                 'call in evaluation',       CALL_EVALUATION],
  ['POST /api/v1/calls/{id}/assign',                           'call in evaluation',       CITY],
  ['GET /api/v1/calls/{id}/assignments',                       'call in evaluation',       CALL_EVALUATION],

  ['POST /api/v1/applications',                                'open call, led by the lead organisation', ORG_OWNER],
  // Applying to a draft call must not tell that the call exists (admins see drafts: a state conflict).
  ['POST /api/v1/applications',                                'draft call, led by the lead organisation', '401  404  404  404  404  404  404  404  404  404  404  ok'],
  ['GET /api/v1/applications',                                 'own applications',         SIGNED_IN],
  ['GET /api/v1/applications/{id}',                            'application in review',    APP_READ],
  ['GET /api/v1/applications/{id}',                            'draft with a partner',     '401  ok   404  ok   404  404  404  404  404  404  404  ok'],
  ['PATCH /api/v1/applications/{id}',                          'draft with a partner',     DRAFT_LEAD],
  ['POST /api/v1/applications/{id}/submit',                    'draft with a partner',     DRAFT_LEAD],
  ['POST /api/v1/applications/{id}/withdraw',                  'submitted, with a partner', APP_LEAD],
  ['GET /api/v1/applications/{id}/eligibility',                'application in review',    APP_READ],
  // A dry run on the working copy: the consortium's own, never the call's city, deciders or evaluators.
  ['GET /api/v1/applications/{id}/eligibility/precheck',       'application in review',    '401  ok   404  ok   403  404  403  404  404  403  404  ok'],
  ['GET /api/v1/applications/{id}/eligibility/precheck',       'draft with a partner',     '401  ok   404  ok   404  404  404  404  404  404  404  ok'],
  ['GET /api/v1/applications/{id}/revisions',                  'application in review',    APP_READ],
  ['GET /api/v1/applications/{id}/revisions/{number}',         'application in review',    APP_READ],
  ['GET /api/v1/applications/{id}/revisions/{number}/diff/{to}', 'application in review',  APP_READ],
  ['POST /api/v1/applications/{id}/partners',                  'draft with a partner',     DRAFT_LEAD],
  ['POST /api/v1/applications/{id}/partners/{organisationId}/accept', "draft inviting the partner's organisation", '401  403  404  ok   404  404  404  404  404  404  404  ok'],
  ['DELETE /api/v1/applications/{id}/partners/{organisationId}', 'draft with a partner',   '401  ok   404  ok   404  404  404  404  404  404  404  ok'],

  ['GET /api/v1/reviews',                                      'own assignments',          SIGNED_IN],
  ['GET /api/v1/reviews/{id}',                                 'assigned review',          REVIEW_WRITE],
  ['GET /api/v1/reviews/{id}',                                 'submitted review',         '401  404  404  404  ok   404  ok   404  404  ok   404  ok'],
  // Rule 4: an evaluator sees no other review of an application before submitting their own.
  ['GET /api/v1/reviews/{id}',                                 "another evaluator's submitted review", '401  404  404  404  ok   404  404  404  404  ok   404  ok'],
  ['PATCH /api/v1/reviews/{id}',                               'assigned review',          REVIEW_WRITE],
  ['POST /api/v1/reviews/{id}/submit',                         'assigned review',          REVIEW_WRITE],
  ['POST /api/v1/reviews/{id}/decline',                        'assigned review',          REVIEW_WRITE],
  ['GET /api/v1/applications/{id}/reviews',                    'application in review',    '401  403  404  403  ok   404  ok   404  404  ok   404  ok'],
  // Clarifications: the call's city asks, the consortium answers, the assigned evaluators read and
  // suggest; the deciders know the application but not its questions (403), nobody else of it (404).
  ['GET /api/v1/applications/{id}/clarifications',            'application in review',    '401  ok   404  ok   ok   404  ok   404  404  403  404  ok'],
  ['POST /api/v1/applications/{id}/clarifications',           'application in review',    '401  403  404  403  ok   404  403  404  404  403  404  ok'],
  // The consortium's own members answer, not admins on their behalf.
  ['POST /api/v1/applications/{id}/clarifications/{clarificationId}/answer', 'a question asked of the application in review', '401  ok   404  ok   403  404  403  404  404  403  404  403'],
  ['GET /api/v1/applications/{id}/clarification-suggestions', 'application in review',    '401  403  404  403  ok   404  ok   404  404  403  404  ok'],
  ['POST /api/v1/applications/{id}/clarification-suggestions', 'application in review',   '401  403  404  403  403  404  ok   404  404  403  404  403'],
  ['POST /api/v1/applications/{id}/clarification-suggestions/{suggestionId}/dismiss', "the assigned evaluator's suggestion", '401  403  404  403  ok   404  403  404  404  403  404  ok'],
  ['POST /api/v1/conflicts',                                   'an unrelated organisation', EVALUATORS],
  ['GET /api/v1/conflicts',                                    'own declarations',         EVALUATORS],
  // The role is checked before the object: a 403 for a non-evaluator says nothing about the id.
  ['DELETE /api/v1/conflicts/{id}',                            "the conflicted evaluator's declaration", '401  403  403  403  403  403  404  404  ok   403  403  403'],

  // Funding's actions on an application are the consortium's and the call's: its evaluators are strangers to them (404).
  ['POST /api/v1/applications/{id}/consensus',                 'application awaiting consensus', '401  403  404  403  ok   404  404  404  404  403  404  ok'],
  ['GET /api/v1/applications/{id}/outcome',                    'application awaiting consensus', '401  403  404  403  ok   404  403  404  404  ok   404  ok'],
  // The dashboards show each evaluator's scores: those who run the call (or the city) only.
  ['GET /api/v1/calls/{id}/dashboard',                         'open call',                CITY],
  ['GET /api/v1/calls/{id}/dashboard',                         'draft call',               CITY_DRAFT],
  ['GET /api/v1/cities/{id}/dashboard',                        'Tampere',                  CITY],
  // A call's public results exist for nobody before its decision, not even for those who run it.
  ['GET /api/v1/calls/{id}/results',                           'open call',                '404  404  404  404  404  404  404  404  404  404  404  404'],
  ['GET /api/v1/calls/{id}/ranking',                           'call with a proposal',     CALL_EVALUATION],
  ['GET /api/v1/calls/{id}/funding-proposal',                  'call with a proposal',     CALL_EVALUATION],
  ['POST /api/v1/calls/{id}/ranking',                          'call with a proposal',     CITY],
  // Evaluators' biases are for those who run the call, not its deciders.
  ['GET /api/v1/calls/{id}/calibration',                       'call with a proposal',     CITY],
  ['PUT /api/v1/calls/{id}/ranking-basis',                     'open call',                CITY],
  ['POST /api/v1/calls/{id}/funding-proposal/amendments',      'call with a proposal',     CALL_DECIDER],
  ['POST /api/v1/calls/{id}/decision',                         'call with a proposal',     CALL_DECIDER],

  ['GET /api/v1/applications/{id}/outcome',                    'funded application',       '401  ok   404  ok   ok   404  403  404  404  ok   404  ok', 'decided'],
  ['POST /api/v1/applications/{id}/decline-grant',             'funded application',       '401  ok   404  403  403  404  404  404  404  403  404  ok', 'decided'],
  ['GET /api/v1/pilots',                                       'own pilots',               SIGNED_IN, 'decided'],
  ['GET /api/v1/pilots/{id}',                                  'pilot',                    '401  ok   404  ok   ok   404  403  404  404  ok   404  ok', 'decided'],
  ['POST /api/v1/pilots/{id}/reports',                         'pilot',                    '401  ok   404  ok   403  404  403  404  404  403  404  ok', 'decided'],
  ['POST /api/v1/pilots/{id}/reports/{reportId}/accept',       'filed report',             '401  403  404  403  ok   404  403  404  404  403  404  ok', 'decided'],
  ['POST /api/v1/pilots/{id}/reports/{reportId}/return',       'filed report',             '401  403  404  403  ok   404  403  404  404  403  404  ok', 'decided'],

  ['GET /api/v1/calls/{id}/results',                           'decided call',             PUBLIC, 'decided'],
  // Redress: the consortium, those who run the call and the appointed reviewer (the unassigned
  // evaluator); the call's evaluators and deciders and everyone else never read a request or its grounds.
  ['GET /api/v1/applications/{id}/redress',                    'funded application',       '401  ok   404  ok   ok   404  404  404  404  403  404  ok', 'decided'],
  ['POST /api/v1/applications/{id}/redress',                   'funded application',       '401  ok   404  403  403  404  404  404  404  403  404  403', 'decided'],
  ['GET /api/v1/calls/{id}/redress',                           'decided call',             CITY, 'decided'],
  ['PUT /api/v1/calls/{id}/redress-policy',                    'decided call',             CITY, 'decided'],
  ['GET /api/v1/redress',                                      'own redress reviews',      SIGNED_IN, 'decided'],
  ['GET /api/v1/redress/{id}',                                 'redress request',          '401  ok   404  ok   ok   404  404  ok   404  404  404  ok', 'decided'],
  ['GET /api/v1/redress/{id}/reviewers',                       'redress request',          '401  403  404  403  ok   404  404  403  404  404  404  ok', 'decided'],
  ['POST /api/v1/redress/{id}/reviewer',                       'redress request',          '401  403  404  403  ok   404  404  403  404  404  404  ok', 'decided'],
  ['POST /api/v1/redress/{id}/re-evaluation',                  'redress request',          '401  403  404  403  ok   404  404  403  404  404  404  ok', 'decided'],
  ['POST /api/v1/redress/{id}/outcome',                        'redress request',          '401  403  404  403  403  404  404  ok   404  404  404  403', 'decided'],


  // Creations that give the caller something new (an organisation of their own) go last.
  ['POST /api/v1/organisations',                               'a new organisation',       SIGNED_IN, 'decided'],
];

function parse(outcomes: string): Record<ActorName, Outcome> {
  const cells = outcomes.trim().split(/\s+/);
  if (cells.length !== ACTORS.length || cells.some((c) => !['ok', '401', '403', '404'].includes(c))) throw new Error(`bad matrix row: ${outcomes}`);
  return Object.fromEntries(ACTORS.map((actor, i) => [actor, cells[i] as Outcome])) as Record<ActorName, Outcome>;
}

export const MATRIX: MatrixRow[] = TABLE.map(([route, object, outcomes, stage]) => ({ route, object, expected: parse(outcomes), stage: stage ?? 'before-decision' }));

export const rowKey = (row: Pick<MatrixRow, 'route' | 'object'>) => `${row.route} [${row.object}]`;

/** Whether a status is what the outcome allows. */
export function matches(outcome: Outcome, status: number): boolean {
  if (outcome === 'ok') return (status >= 200 && status < 300) || (status >= 400 && status < 500 && ![401, 403, 404].includes(status));
  return status === Number(outcome);
}

/** How a mismatch is named in the report. */
export function classify(outcome: Outcome, status: number): string {
  if (status >= 500) return 'server error';
  if (outcome === 'ok') return 'refused, should be allowed';
  if (matches('ok', status)) return 'allowed, should be refused';
  if (outcome === '404' && status === 403) return 'existence leak: 403 where even existence must not show';
  return 'refused with the wrong status';
}

/**
 * Lists that answer every signed-in caller (each with what is theirs): who must find the named
 * item in them (`y`), who must not (`n`), and where either is right (`-`, e.g. admins, whose own
 * lists may or may not take in everything; or callers the route refuses, checked by the matrix).
 */
export interface VisibilityRow {
  route: string;
  item: string;
  sees: Record<ActorName, 'y' | 'n' | '-'>;
}

// prettier-ignore
const VISIBILITY_TABLE: [route: string, item: string, sees: string][] = [
  //                                                                                        anon lead othA part coor othC asgE unaE cnfE deci othD admn
  ['GET /api/v1/organisations',                   'the lead organisation',                  '-    y    n    n    n    n    n    n    n    n    n    -'],
  ['GET /api/v1/applications',                    'the application in review',              '-    y    n    y    n    n    n    n    n    n    n    -'],
  ['GET /api/v1/bookings',                        "the lead organisation's booking",        '-    y    n    n    -    n    n    n    n    n    n    -'],
  ['GET /api/v1/testbeds/{id}/bookings',          "the lead organisation's booking",        '-    y    n    n    y    n    n    n    n    n    n    y'],
  ['GET /api/v1/booking-requests',                "the lead organisation's booking",        '-    -    -    -    y    n    -    -    -    -    -    y'],
  ['GET /api/v1/reviews',                         'the assigned review',                    '-    n    n    n    n    n    y    n    n    n    n    n'],
  ['GET /api/v1/pilots',                          'the pilot',                              '-    y    n    y    y    n    n    n    n    y    n    y'],
  ['GET /api/v1/notifications',                   "the applicant's notification",           '-    y    n    n    n    n    n    n    n    n    n    n'],
  ['GET /api/v1/me/alerts',                       "the applicant's saved search",           '-    y    n    n    n    n    n    n    n    n    n    n'],
  ['GET /api/v1/me/data-exports',                 "the applicant's download",               '-    y    n    n    n    n    n    n    n    n    n    n'],
  ['GET /api/v1/conflicts',                       "the conflicted evaluator's declaration", '-    -    -    -    -    -    n    n    y    -    -    -'],
  ['GET /api/v1/calls',                           'the draft call (state=draft)',           '-    -    -    -    y    n    -    -    -    -    -    y'],
  // A decider's desk: the calls naming them, never another decider's.
  ['GET /api/v1/me/decider-calls',                'the call with a proposal',               '-    n    n    n    n    n    n    n    n    y    n    n'],
  ['GET /api/v1/me/decider-calls',                "the other decider's call",               '-    n    n    n    n    n    n    n    n    n    y    n'],
  ['GET /api/v1/audit',                           'events of the lead organisation',        '-    y    n    n    n    n    n    n    n    n    n    y'],
  ['GET /api/v1/audit',                           'events of the call with a proposal',     '-    n    n    n    y    n    n    n    n    y    n    y'],
  // A draft's events are its consortium's; how an application fared in review waits for the decision.
  ['GET /api/v1/audit',                           'events of a draft with a partner',       '-    y    n    y    n    n    n    n    n    n    n    y'],
  ['GET /api/v1/audit',                           'aggregated scores before the decision',  '-    n    n    n    y    n    n    n    n    y    n    y'],
  // Rule 4 again, in an application's review list: the assigned evaluator, not yet submitted, sees
  // only their own; those who run the call and its deciders see the submitted ones only.
  // A clarification's events are the consortium's and the city's, never the deciders'; a suggestion's the city's alone.
  ['GET /api/v1/audit',                           'the clarification asked of the application in review', '-    y    n    y    y    n    n    n    n    n    n    y'],
  ['GET /api/v1/audit',                           "the assigned evaluator's suggestion",    '-    n    n    n    y    n    n    n    n    n    n    y'],
  ['GET /api/v1/applications/{id}/clarification-suggestions', "the assigned evaluator's suggestion", '-    -    -    -    y    -    y    -    -    -    -    y'],
  ['GET /api/v1/applications/{id}/reviews',       "the second evaluator's submitted review", '-    -    -    -    y    -    n    -    -    y    -    y'],
  ['GET /api/v1/applications/{id}/reviews',       "the assigned evaluator's unsubmitted review", '-    -    -    -    n    -    y    -    -    n    -    n'],
];

export const VISIBILITY: VisibilityRow[] = VISIBILITY_TABLE.map(([route, item, sees]) => {
  const cells = sees.trim().split(/\s+/);
  if (cells.length !== ACTORS.length || cells.some((c) => !['y', 'n', '-'].includes(c))) throw new Error(`bad visibility row: ${sees}`);
  return { route, item, sees: Object.fromEntries(ACTORS.map((actor, i) => [actor, cells[i]])) as VisibilityRow['sees'] };
});
