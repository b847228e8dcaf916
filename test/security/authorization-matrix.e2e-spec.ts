import { createHash, randomBytes, randomUUID } from 'node:crypto';
import request from 'supertest';
import { businessId, callBody, createAdmin, createOrganisation, createTestbed, dayFromToday, registerUser, renewTokens, type TestUser, uniqueEmail, verificationSecrets, verifyEmail } from '../support/api.js';
import { eventually, Stack, startStack } from '../support/stack.js';
import { unsubscribeToken } from '../../libs/notifications/src/index.js';
import { at, EUR } from '../support/workflow.js';
import { ActorName, ACTORS, classify, matches, MATRIX, MatrixRow, Outcome, rowKey, VISIBILITY } from './matrix.js';

/**
 * Every route of the OpenAPI document called by twelve actors on the objects it acts on, against
 * the table in ./matrix.ts (written from docs/domain.md). A route missing from the table, an
 * allowed call refused, a refused call allowed and a 403 where existence must not leak all fail,
 * listed together. Writes go to fresh objects (or run after every refusal of the same object), so
 * that one probe never changes what the next one sees. Beside the matrix: fields a client may not
 * set (400 naming them, nothing changed), what each caller finds in the lists scoped to them, and
 * a revoked role or membership counting at once.
 */

const DAY = 86_400_000;
const REQUESTED = 50_000 * EUR;
/** The pilots run from three months ago to three months ahead: their reports tell of months that have begun. */
const PILOT_PERIOD = { start: dayFromToday(-90), end: dayFromToday(90) };
const reportPeriod = (fromDay: number) => ({ periodStart: dayFromToday(fromDay), periodEnd: dayFromToday(fromDay + 29) });

interface Probe {
  path: string;
  query?: Record<string, string>;
  body?: unknown;
}

interface OpenApi {
  paths: Record<string, Record<string, unknown>>;
}

/** What the routes act on, built through the API. */
interface Fixtures {
  users: Record<Exclude<ActorName, 'anonymous'>, TestUser>;
  /** An evaluator who is not an actor: the second reviewer of the call in evaluation. */
  secondEvaluator: TestUser;
  cities: { tampere: string; helsinki: string };
  orgs: { lead: string; partner: string; other: string; unrelated: string };
  testbed: string;
  draftTestbed: string;
  booking: string;
  calls: { open: string; otherDeciders: string; draft: string; evaluation: string; funding: string };
  /** `untouched`: in review like `inReview`, but no probe changes it (its assigned review stays unsubmitted). */
  applications: { inReview: string; declinable: string; untouched: string; consensus: string[]; funded: string[] };
  /** `untouchedAssigned` and `othersSubmitted`: the assigned evaluator's and the second evaluator's reviews of `untouched`. */
  reviews: { assigned: string; declinable: string; submitted: string; untouchedAssigned: string; othersSubmitted: string };
  conflictToWithdraw: string;
  /** The conflicted evaluator's declaration against the lead organisation. */
  conflict: string;
  invitationToken: string;
  notification: string;
  /** The applicant's saved search. */
  savedSearch: string;
  /** A download of the applicant's data, not yet built. */
  dataExport: string;
  pilot: string;
  /** A question the coordinator asked of `inReview`, and the assigned evaluator's suggestion for it. */
  clarification: string;
  suggestion: string;
}

describe('authorization matrix', () => {
  let stack: Stack;
  let doc: OpenApi;
  let f: Fixtures;
  const api = () => request(stack.http);
  const auth = (user: TestUser) => ({ authorization: `Bearer ${user.token}` });
  const one = async <T>(sql: string, params: unknown[]): Promise<T> => (await stack.db.query(sql, params))[0] as T;
  const versionOf = async (table: 'applications' | 'organisations' | 'testbeds' | 'calls' | 'reviews', id: string) =>
    (await one<{ version: number }>(`SELECT version FROM ${table} WHERE id = $1`, [id])).version;

  // ---- builders of fixtures ----------------------------------------------------------------

  const pilotCall = (cityId: string | null, deciderIds: string[], overrides: Record<string, unknown> = {}) =>
    callBody(cityId, { budgetCents: 10 * REQUESTED, maxGrantCents: REQUESTED, deciderIds, ...overrides });

  async function draftCall(by: TestUser, cityId: string | null, deciderIds: string[], overrides: Record<string, unknown> = {}) {
    const created = await api().post('/api/v1/calls').set(auth(by)).send(pilotCall(cityId, deciderIds, overrides)).expect(201);
    return created.body.id as string;
  }

  async function openCall(deciderIds: string[], overrides: Record<string, unknown> = {}) {
    const id = await draftCall(f.users.coordinator, f.cities.tampere, deciderIds, overrides);
    await api().post(`/api/v1/calls/${id}/publish`).set(auth(f.users.coordinator)).send({ version: await versionOf('calls', id) }).expect(200);
    return id;
  }

  /** A draft of the lead organisation in `callId`; with the partner invited, and accepted unless `accept` is false. */
  async function draftApplication(callId: string, { partner = true, accept = true } = {}) {
    const lead = f.users.applicant;
    const draft = await api()
      .post('/api/v1/applications')
      .set(auth(lead))
      .send({
        callId,
        organisationId: f.orgs.lead,
        title: 'Robottibussit Hervannassa',
        summary: 'Automated shuttles between the campus and the tram',
        budgetLines: [{ category: 'personnel', description: 'Work', amountCents: 2 * REQUESTED, eligible: true }],
        requestedGrantCents: REQUESTED,
        pilotPeriod: PILOT_PERIOD,
        kpis: [{ name: 'Passengers per month', baseline: '0', target: '1000' }],
      })
      .expect(201);
    const id = draft.body.id as string;
    if (partner) {
      await api().post(`/api/v1/applications/${id}/partners`).set(auth(lead)).send({ organisationId: f.orgs.partner }).expect(201);
      if (accept) await api().post(`/api/v1/applications/${id}/partners/${f.orgs.partner}/accept`).set(auth(f.users.partner)).send({}).expect(200);
    }
    return id;
  }

  async function submitApplication(id: string) {
    await api().post(`/api/v1/applications/${id}/submit`).set(auth(f.users.applicant)).send({ version: await versionOf('applications', id) }).expect(200);
  }

  async function spareUser(): Promise<{ id: string; email: string }> {
    const email = uniqueEmail('vara');
    const res = await api().post('/api/v1/auth/register').send({ email, password: 'kesä-kokeilu-2026!', displayName: 'Vara', locale: 'fi' }).expect(201);
    await verifyEmail(stack, res.body.id);
    return { id: res.body.id, email };
  }

  /** A business ID given by two fresh organisations: the second one's open claim. */
  async function openClaim(): Promise<string> {
    const owner = await registerUser(stack);
    const id = businessId();
    await createOrganisation(stack, owner, { name: 'Haltija Oy', businessId: id }, { verified: false });
    const claimant = await createOrganisation(stack, owner, { name: 'Vaatija Oy', businessId: id }, { verified: false });
    return (await one<{ id: string }>(`SELECT id FROM organisation_claims WHERE organisation_id = $1`, [claimant.id])).id;
  }

  async function grant(userId: string, role: 'admin' | 'coordinator' | 'evaluator' | 'decider', cityId?: string) {
    const res = await api().post(`/api/v1/users/${userId}/roles`).set(auth(f.users.admin)).send({ role, ...(cityId ? { cityId } : {}) }).expect(201);
    return res.body.id as string;
  }

  async function requestBooking() {
    const res = await api()
      .post(`/api/v1/testbeds/${f.testbed}/bookings`)
      .set(auth(f.users.applicant))
      .send({ organisationId: f.orgs.lead, start: '2027-04-01', end: '2027-04-30', purpose: 'Shuttle trial', participants: 12 })
      .expect(201);
    return res.body.id as string;
  }

  async function draftTestbed() {
    const res = await api()
      .post('/api/v1/testbeds')
      .set(auth(f.users.coordinator))
      .send({
        cityId: f.cities.tampere,
        name: { fi: 'Luonnos', en: 'Draft lab' },
        summary: { fi: 'Kesken' },
        location: { lon: 23.76, lat: 61.5 },
        themes: ['mobility'],
        availability: [{ start: '2027-01-01', end: '2027-12-31' }],
      })
      .expect(201);
    return res.body.id as string;
  }

  async function submitReview(reviewId: string, impact: number, feasibility: number, evaluator: TestUser) {
    const saved = await api()
      .patch(`/api/v1/reviews/${reviewId}`)
      .set(auth(evaluator))
      .send({ version: await versionOf('reviews', reviewId), scores: { impact: { score: impact, comment: 'As argued' }, feasibility: { score: feasibility, comment: 'Doable' } } })
      .expect(200);
    await api().post(`/api/v1/reviews/${reviewId}/submit`).set(auth(evaluator)).send({ version: saved.body.version }).expect(200);
  }

  const reviewOf = async (applicationId: string, evaluator: TestUser) =>
    (await eventually(() => one<{ id: string } | undefined>(`SELECT id FROM reviews WHERE application_id = $1 AND evaluator_id = $2 AND state = 'assigned'`, [applicationId, evaluator.id]), 30_000, 'an assignment')).id;

  async function fileReport(pilotId: string) {
    const res = await api()
      .post(`/api/v1/pilots/${pilotId}/reports`)
      .set(auth(f.users.applicant))
      .send({ kind: 'progress', ...reportPeriod(-90), text: 'First month done' })
      .expect(201);
    return res.body.id as string;
  }

  async function closeNow(callId: string) {
    await api().patch(`/api/v1/calls/${callId}`).set(auth(f.users.coordinator)).send({ version: await versionOf('calls', callId), closesAt: at(3_000) }).expect(200);
  }

  // ---- the probes: one request per row, actor and object --------------------------------------

  /** `allowed` says whether the table lets this actor through; writes then get an object of their own. */
  type Build = (actor: ActorName, allowed: boolean) => Promise<Probe>;
  const fill = (route: string, params: Record<string, string | number>) =>
    route.replace(/^\S+ /, '').replace(/\{(\w+)\}/g, (_, name: string) => {
      if (params[name] === undefined) throw new Error(`no value for {${name}} in ${route}`);
      return String(params[name]);
    });
  const reviewScores = { impact: { score: 4, comment: 'Clear benefit' }, feasibility: { score: 3.5, comment: 'A tight plan' } };
  const rankJobs: string[] = [];
  /** The refresh token each actor's refresh probe received, for the logout probe. */
  const refreshed = new Map<ActorName, string>();

  function builders(): Record<string, Build> {
    const b: Record<string, Build> = {};
    const row = (route: string, object: string, build: (params: (p: Record<string, string | number>) => string) => Build) => {
      b[`${route} [${object}]`] = build((p) => fill(route, p));
    };
    const user = (actor: ActorName) => (actor === 'anonymous' ? undefined : f.users[actor]);
    /** A fresh object for each allowed caller; one object, made once, for all the refusals of a row. */
    const sharedObjects = new Map<string, Promise<string>>();
    const objectFor = (row: string, allowed: boolean, create: () => Promise<string>) => {
      if (allowed) return create();
      if (!sharedObjects.has(row)) sharedObjects.set(row, create());
      return sharedObjects.get(row)!;
    };

    row('POST /api/v1/auth/register', 'a new account', (path) => async () => ({
      path: path({}),
      body: { email: uniqueEmail('uusi'), password: 'kesä-kokeilu-2026!', displayName: 'Uusi', locale: 'en' },
    }));
    row('POST /api/v1/auth/login', 'own credentials', (path) => async (actor) => {
      const who = user(actor) ?? (await spareUser());
      return { path: path({}), body: { email: who.email, password: 'kesä-kokeilu-2026!' } };
    });
    // Each actor refreshes a sign-in of its own, then ends the one the refresh gave it (anonymous: a
    // throwaway user's). A second sign-in, as ending it ends its access tokens too.
    row('POST /api/v1/auth/refresh', 'a refresh token', (path) => async (actor) => {
      const who = user(actor) ?? (await spareUser());
      const token = (await api().post('/api/v1/auth/login').send({ email: who.email, password: 'kesä-kokeilu-2026!' }).expect(200)).body.refreshToken as string;
      return { path: path({}), body: { refreshToken: token } };
    });
    row('POST /api/v1/auth/logout', 'a refresh token', (path) => async (actor) => {
      const token = refreshed.get(actor);
      if (!token) throw new Error(`no refreshed sign-in of ${actor} to end`);
      return { path: path({}), body: { refreshToken: token } };
    });
    row('POST /api/v1/auth/verify-email', 'the link of a verification e-mail', (path) => async () => {
      const res = await api().post('/api/v1/auth/register').send({ email: uniqueEmail('vahvista'), password: 'kesä-kokeilu-2026!', displayName: 'Vahvista', locale: 'fi' }).expect(201);
      return { path: path({}), body: { token: (await verificationSecrets(stack, res.body.id)).token } };
    });
    row('POST /api/v1/auth/verify-email/resend', 'own address', (path) => async () => ({ path: path({}) }));
    row('GET /api/v1/me', 'self', (path) => async () => ({ path: path({}) }));
    row('GET /api/v1/me/decider-calls', 'own calls as a decider', (path) => async () => ({ path: path({}) }));
    row('GET /health', 'the service', (path) => async () => ({ path: path({}) }));
    row('GET /metrics', 'the service', (path) => async () => ({ path: path({}) }));
    row('GET /api/v1', 'the index', (path) => async () => ({ path: path({}) }));

    row('GET /api/v1/organisations', 'own organisations', (path) => async () => ({ path: path({}) }));
    row('GET /api/v1/organisations/{id}', 'lead organisation', (path) => async () => ({ path: path({ id: f.orgs.lead }) }));
    row('PATCH /api/v1/organisations/{id}', 'lead organisation', (path) => async () => ({
      path: path({ id: f.orgs.lead }),
      body: { version: await versionOf('organisations', f.orgs.lead), sizeClass: 'small' },
    }));
    row('GET /api/v1/organisations/{id}/members', 'lead organisation', (path) => async () => ({ path: path({ id: f.orgs.lead }) }));
    row('POST /api/v1/organisations/{id}/invitations', 'lead organisation', (path) => async () => ({ path: path({ id: f.orgs.lead }), body: { email: uniqueEmail('kutsu'), role: 'member' } }));
    row('GET /api/v1/organisations/{id}/invitations', 'lead organisation', (path) => async () => ({ path: path({ id: f.orgs.lead }) }));
    row('DELETE /api/v1/organisations/{id}/invitations/{invitationId}', 'an invitation of the lead organisation', (path) => async (_actor, allowed) => {
      const invitationId = await objectFor('invitation', allowed, async () => {
        const invited = await api().post(`/api/v1/organisations/${f.orgs.lead}/invitations`).set(auth(f.users.applicant)).send({ email: uniqueEmail('peruttava') }).expect(201);
        return invited.body.id as string;
      });
      return { path: path({ id: f.orgs.lead, invitationId }) };
    });
    row('POST /api/v1/organisations/{id}/verify', 'lead organisation (verified already: 409)', (path) => async () => ({ path: path({ id: f.orgs.lead }) }));
    row('GET /api/v1/organisation-claims', 'open claims', (path) => async () => ({ path: path({}), query: { state: 'open' } }));
    row('POST /api/v1/organisation-claims/{id}/resolve', 'an open claim', (path) => async (_actor, allowed) => ({
      path: path({ id: await objectFor('claim.resolve', allowed, openClaim) }),
      body: { award: 'holder', reason: 'The trade register names the holder' },
    }));
    row('DELETE /api/v1/organisations/{id}/members/{userId}', 'a member of the lead organisation', (path) => async (_actor, allowed) => {
      const member = await objectFor('member', allowed, async () => {
        const { id } = await spareUser();
        // The invitation code goes by e-mail only; the membership it would create is written directly.
        await stack.db.query(`INSERT INTO memberships (organisation_id, user_id, role) VALUES ($1, $2, 'member')`, [f.orgs.lead, id]);
        return id;
      });
      return { path: path({ id: f.orgs.lead, userId: member }) };
    });
    row('POST /api/v1/invitations/accept', "an invitation to the admin's address", (path) => async () => ({ path: path({}), body: { token: f.invitationToken } }));

    row('GET /api/v1/users', 'all users', (path) => async () => ({ path: path({}) }));
    row('GET /api/v1/deciders', 'every decider', (path) => async () => ({ path: path({}) }));
    // One user and one grant for every caller: the refusals come first, the admin's call last.
    let roleTarget: Promise<{ id: string; grantId: string }> | undefined;
    const roleTargetOf = () =>
      (roleTarget ??= spareUser().then(async (target) => ({ id: target.id, grantId: await grant(target.id, 'decider') })));
    row('POST /api/v1/users/{id}/roles', 'a user', (path) => async () => ({ path: path({ id: (await roleTargetOf()).id }), body: { role: 'evaluator' } }));
    row('DELETE /api/v1/users/{id}/roles/{grantId}', "a user's role grant", (path) => async () => ({ path: path(await roleTargetOf()) }));
    row('GET /api/v1/cities', 'all cities', (path) => async () => ({ path: path({}) }));
    row('POST /api/v1/cities', 'a new city', (path) => async () => ({ path: path({}), body: { slug: `kunta-${randomBytes(4).toString('hex')}`, name: { fi: 'Kunta' } } }));
    row('GET /api/v1/audit', 'events in own scope', (path) => async () => ({ path: path({}) }));

    const testbedBody = () => ({ cityId: f.cities.tampere, name: { fi: 'Uusi labra' } });
    row('POST /api/v1/testbeds', 'Tampere', (path) => async () => ({ path: path({}), body: testbedBody() }));
    row('GET /api/v1/testbeds', 'the public search', (path) => async () => ({ path: path({}) }));
    row('GET /api/v1/cities/{id}/testbeds', 'Tampere, every state', (path) => async () => ({ path: path({ id: f.cities.tampere }) }));
    row('GET /api/v1/testbeds/{id}', 'published bed', (path) => async () => ({ path: path({ id: f.testbed }) }));
    row('GET /api/v1/testbeds/{id}', 'draft bed', (path) => async () => ({ path: path({ id: f.draftTestbed }) }));
    row('PATCH /api/v1/testbeds/{id}', 'published bed', (path) => async () => ({
      path: path({ id: f.testbed }),
      body: { version: await versionOf('testbeds', f.testbed), summary: { fi: 'Katuympäristö robottibusseille', en: 'Streets for robot buses' } },
    }));
    row('PATCH /api/v1/testbeds/{id}', 'draft bed', (path) => async () => ({
      path: path({ id: f.draftTestbed }),
      body: { version: await versionOf('testbeds', f.draftTestbed), summary: { fi: 'Yhä kesken' } },
    }));
    row('POST /api/v1/testbeds/{id}/publish', 'draft bed', (path) => async (_actor, allowed) => {
      const id = await objectFor('testbed.publish', allowed, draftTestbed);
      return { path: path({ id }), body: { version: await versionOf('testbeds', id) } };
    });
    row('POST /api/v1/testbeds/{id}/archive', 'published bed', (path) => async (_actor, allowed) => {
      const id = await objectFor('testbed.archive', allowed, async () => (await createTestbed(stack, f.users.coordinator)).id);
      return { path: path({ id }), body: { version: await versionOf('testbeds', id) } };
    });
    row('POST /api/v1/testbeds/{id}/bookings', 'published bed, for the lead organisation', (path) => async () => ({
      path: path({ id: f.testbed }),
      body: { organisationId: f.orgs.lead, start: '2027-05-01', end: '2027-05-31', purpose: 'Delivery robots', participants: 5 },
    }));
    row('POST /api/v1/testbeds/{id}/bookings', 'draft bed, for the lead organisation', (path) => async () => ({
      path: path({ id: f.draftTestbed }),
      body: { organisationId: f.orgs.lead, start: '2027-05-01', end: '2027-05-31', purpose: 'Delivery robots', participants: 5 },
    }));
    row('GET /api/v1/testbeds/{id}/bookings', 'published bed (own bookings listed)', (path) => async () => ({ path: path({ id: f.testbed }) }));
    row('GET /api/v1/bookings', 'own bookings', (path) => async () => ({ path: path({}) }));
    row('GET /api/v1/booking-requests', "own cities' bookings", (path) => async () => ({ path: path({}) }));
    row('GET /api/v1/bookings/{id}', "lead organisation's booking", (path) => async () => ({ path: path({ id: f.booking }) }));
    row('POST /api/v1/bookings/{id}/approve', 'requested booking', (path) => async (_actor, allowed) => ({ path: path({ id: await objectFor('booking.approve', allowed, requestBooking) }) }));
    row('POST /api/v1/bookings/{id}/decline', 'requested booking', (path) => async (_actor, allowed) => ({
      path: path({ id: await objectFor('booking.decline', allowed, requestBooking) }),
      body: { reason: 'Under maintenance in April' },
    }));
    row('POST /api/v1/bookings/{id}/cancel', 'requested booking', (path) => async (_actor, allowed) => ({
      path: path({ id: await objectFor('booking.cancel', allowed, requestBooking) }),
      body: { reason: 'Plans changed' },
    }));

    row('GET /api/v1/notifications', 'own notifications', (path) => async () => ({ path: path({}) }));
    row('POST /api/v1/notifications/read-all', 'own notifications', (path) => async () => ({ path: path({}) }));
    row('POST /api/v1/notifications/{id}/read', "the applicant's notification", (path) => async () => ({ path: path({ id: f.notification }) }));
    row('GET /api/v1/me/notification-preferences', 'own settings', (path) => async () => ({ path: path({}) }));
    row('PUT /api/v1/me/notification-preferences/{kind}', 'own settings', (path) => async () => ({ path: path({ kind: 'booking.approved' }), body: { delivery: 'digest' } }));
    const savedSearchBody = (name: string) => ({ kind: 'testbeds', name, frequency: 'digest', params: { q: name, city: 'tampere' } });
    const saveSearch = async (name: string) => (await api().post('/api/v1/me/alerts').set(auth(f.users.applicant)).send(savedSearchBody(name)).expect(201)).body.id as string;
    row('GET /api/v1/me/alerts', 'own saved searches', (path) => async () => ({ path: path({}) }));
    row('POST /api/v1/me/alerts', 'a new saved search', (path) => async () => ({ path: path({}), body: savedSearchBody('robotti') }));
    row('PATCH /api/v1/me/alerts/{id}', "the applicant's saved search", (path) => async () => ({ path: path({ id: f.savedSearch }), body: { frequency: 'immediate' } }));
    row('DELETE /api/v1/me/alerts/{id}', "the applicant's saved search", (path) => async (_actor, allowed) => ({
      path: path({ id: await objectFor('alert.delete', allowed, () => saveSearch(`poisto${randomBytes(3).toString('hex')}`)) }),
    }));
    row('POST /api/v1/me/alerts/{id}/feed-token', "the applicant's saved search", (path) => async () => ({ path: path({ id: f.savedSearch }) }));
    row('GET /api/v1/alert-feeds/{token}', "the applicant's feed", (path) => async () => ({
      path: path({ token: (await one<{ token: string }>(`SELECT feed_token AS token FROM saved_searches WHERE id = $1`, [f.savedSearch])).token }),
    }));
    row('POST /api/v1/me/data-exports', 'own data', (path) => async () => ({ path: path({}) }));
    row('GET /api/v1/me/data-exports', 'own downloads', (path) => async () => ({ path: path({}) }));
    row('GET /api/v1/me/data-exports/{id}', "the applicant's download", (path) => async () => ({ path: path({ id: f.dataExport }) }));
    row('GET /api/v1/me/data-exports/{id}/download', "the applicant's download", (path) => async () => ({ path: path({ id: f.dataExport }) }));
    row('GET /api/v1/me/erasure', 'own request to be forgotten', (path) => async () => ({ path: path({}) }));
    row('POST /api/v1/me/erasure', 'own request to be forgotten', (path) => async () => ({ path: path({}) }));
    row('DELETE /api/v1/me/erasure', 'own request to be forgotten', (path) => async () => ({ path: path({}) }));
    row('POST /api/v1/notifications/unsubscribe', "the applicant's unsubscribe link", (path) => async () => ({
      path: `${path({})}?token=${encodeURIComponent(unsubscribeToken(stack.config.JWT_SECRET, f.users.applicant.id, 'booking.approved'))}`,
    }));

    row('GET /api/v1/calendar/testbeds/{id}.ics', 'published bed', (path) => async () => ({ path: path({ id: f.testbed }) }));
    row('GET /api/v1/calendar/testbeds/{id}.ics', 'draft bed', (path) => async () => ({ path: path({ id: f.draftTestbed }) }));
    row('GET /api/v1/calendar/cities/{slug}.ics', 'Tampere', (path) => async () => ({ path: path({ slug: 'tampere' }) }));
    row('GET /api/v1/calendar/calls.ics', 'published calls', (path) => async () => ({ path: path({}) }));
    for (const [route, object] of [
      ['GET /api/v1/open-data/testbeds', 'published beds'],
      ['GET /api/v1/open-data/testbeds.csv', 'published beds'],
      ['GET /api/v1/open-data/calls', 'published calls'],
      ['GET /api/v1/open-data/calls.csv', 'published calls'],
      ['GET /api/v1/open-data/grants', 'awarded grants'],
      ['GET /api/v1/programme/results', 'decided calls'],
      ['GET /api/v1/open-data/grants.csv', 'awarded grants'],
      ['GET /api/v1/open-data/grants.360giving.json', 'awarded grants'],
      ['GET /api/v1/open-data/testbeds.schema.json', 'schema'],
      ['GET /api/v1/open-data/calls.schema.json', 'schema'],
    ]) {
      row(route, object, (path) => async () => ({ path: path({}) }));
    }

    row('POST /api/v1/calls', 'Tampere', (path) => async () => ({ path: path({}), body: pilotCall(f.cities.tampere, [f.users.decider.id]) }));
    row('POST /api/v1/calls', 'national (no city)', (path) => async () => ({ path: path({}), body: pilotCall(null, [f.users.decider.id]) }));
    row('GET /api/v1/calls', 'published calls', (path) => async () => ({ path: path({}) }));
    row('GET /api/v1/calls', 'drafts (state=draft)', (path) => async () => ({ path: path({}), query: { state: 'draft' } }));
    row('GET /api/v1/calls/{id}', 'open call', (path) => async () => ({ path: path({ id: f.calls.open }) }));
    row('GET /api/v1/calls/{id}', 'draft call', (path) => async () => ({ path: path({ id: f.calls.draft }) }));
    row('PATCH /api/v1/calls/{id}', 'open call', (path) => async () => ({
      path: path({ id: f.calls.open }),
      body: { version: await versionOf('calls', f.calls.open), summary: { fi: 'Kokeiluja Tampereella', en: 'Pilots in Tampere' } },
    }));
    row('PATCH /api/v1/calls/{id}', 'draft call', (path) => async () => ({
      path: path({ id: f.calls.draft }),
      body: { version: await versionOf('calls', f.calls.draft), budgetCents: 9 * REQUESTED },
    }));
    row('POST /api/v1/calls/{id}/publish', 'draft call', (path) => async (_actor, allowed) => {
      const id = await objectFor('call.publish', allowed, () => draftCall(f.users.coordinator, f.cities.tampere, [f.users.decider.id]));
      return { path: path({ id }), body: { version: await versionOf('calls', id) } };
    });
    const firstStage = (version: number) => ({
      version,
      opensAt: at(-3 * DAY),
      closesAt: at(-2 * DAY),
      reviewDeadline: at(-1.5 * DAY),
      criteria: [{ key: 'novelty', name: { en: 'Novelty' }, weight: 1, scale: { min: 0, max: 5, step: 1 }, threshold: 3 }],
      reviewersPerApplication: 1,
      invitation: { count: 2 },
    });
    row('PUT /api/v1/calls/{id}/first-stage', 'draft call', (path) => async (_actor, allowed) => {
      const id = await objectFor('call.first_stage', allowed, () => draftCall(f.users.coordinator, f.cities.tampere, [f.users.decider.id]));
      return { path: path({ id }), body: firstStage(await versionOf('calls', id)) };
    });
    row('PUT /api/v1/calls/{id}/first-stage', 'open call', (path) => async () => ({ path: path({ id: f.calls.open }), body: firstStage(await versionOf('calls', f.calls.open)) }));
    const extensionOrg: Partial<Record<ActorName, string>> = {};
    row('POST /api/v1/calls/{id}/extensions', 'open call', (path) => async (actor, allowed) => {
      // One extension per organisation and call: each allowed caller gets an organisation of its own.
      const organisationId = allowed ? (extensionOrg[actor] ??= (await createOrganisation(stack, f.users.otherApplicant, { homeMunicipality: 'Helsinki' })).id) : f.orgs.other;
      return { path: path({ id: f.calls.open }), body: { organisationId, deadline: at(40 * DAY), reason: 'The portal was down for them' } };
    });
    row('GET /api/v1/calls/{id}/extensions', 'open call', (path) => async () => ({ path: path({ id: f.calls.open }) }));
    row('GET /api/v1/calls/{id}/evaluators', 'open call', (path) => async () => ({ path: path({ id: f.calls.open }) }));
    row('GET /api/v1/calls/{id}/evaluator-candidates', 'open call', (path) => async () => ({ path: path({ id: f.calls.open }) }));
    row('GET /api/v1/calls/{id}/evaluator-candidates', 'draft call', (path) => async () => ({ path: path({ id: f.calls.draft }) }));
    const newEvaluator = async () => {
      const { id } = await spareUser();
      await grant(id, 'evaluator');
      return id;
    };
    row('POST /api/v1/calls/{id}/evaluators', 'open call', (path) => async (_actor, allowed) => ({
      path: path({ id: f.calls.open }),
      body: { userId: await objectFor('pool.candidate', allowed, newEvaluator), expertise: ['mobility'] },
    }));
    row('DELETE /api/v1/calls/{id}/evaluators/{userId}', 'open call', (path) => async (_actor, allowed) => {
      const userId = await objectFor('pool.member', allowed, async () => {
        const id = await newEvaluator();
        await api().post(`/api/v1/calls/${f.calls.open}/evaluators`).set(auth(f.users.coordinator)).send({ userId: id }).expect(201);
        return id;
      });
      return { path: path({ id: f.calls.open, userId }) };
    });
    for (const route of ['GET /api/v1/calls/{id}/applications', 'GET /api/v1/calls/{id}/applications.csv', 'GET /api/v1/calls/{id}/applications.xlsx', 'GET /api/v1/calls/{id}/assignments']) {
      row(route, 'call in evaluation', (path) => async () => ({ path: path({ id: f.calls.evaluation }) }));
    }
    row('POST /api/v1/calls/{id}/assign', 'call in evaluation', (path) => async () => ({ path: path({ id: f.calls.evaluation }) }));

    row('POST /api/v1/applications', 'open call, led by the lead organisation', (path) => async () => ({
      path: path({}),
      body: { callId: f.calls.open, organisationId: f.orgs.lead, title: 'Kävelyrobotit' },
    }));
    row('POST /api/v1/applications', 'draft call, led by the lead organisation', (path) => async () => ({
      path: path({}),
      body: { callId: f.calls.draft, organisationId: f.orgs.lead, title: 'Kävelyrobotit' },
    }));
    row('GET /api/v1/applications', 'own applications', (path) => async () => ({ path: path({}) }));
    // One shared draft serves every refusal of every row below; each allowed write gets its own.
    const draftWithPartner = (allowed: boolean) => objectFor('draft', allowed, () => draftApplication(f.calls.open));
    row('GET /api/v1/applications/{id}', 'application in review', (path) => async () => ({ path: path({ id: f.applications.inReview }) }));
    row('GET /api/v1/applications/{id}', 'draft with a partner', (path) => async () => ({ path: path({ id: await draftWithPartner(false) }) }));
    row('PATCH /api/v1/applications/{id}', 'draft with a partner', (path) => async (_actor, allowed) => {
      const id = await draftWithPartner(allowed);
      return { path: path({ id }), body: { version: await versionOf('applications', id), title: 'Robottibussit Hervannassa 2' } };
    });
    row('POST /api/v1/applications/{id}/submit', 'draft with a partner', (path) => async (_actor, allowed) => {
      const id = await draftWithPartner(allowed);
      return { path: path({ id }), body: { version: await versionOf('applications', id) } };
    });
    row('POST /api/v1/applications/{id}/withdraw', 'submitted, with a partner', (path) => async (_actor, allowed) => {
      const id = await objectFor('submitted', allowed, async () => {
        const draft = await draftApplication(f.calls.open);
        await submitApplication(draft);
        return draft;
      });
      return { path: path({ id }), body: { reason: 'The pilot site fell through' } };
    });
    for (const route of ['GET /api/v1/applications/{id}/eligibility', 'GET /api/v1/applications/{id}/revisions', 'GET /api/v1/applications/{id}/revisions/{number}', 'GET /api/v1/applications/{id}/revisions/{number}/diff/{to}']) {
      row(route, 'application in review', (path) => async () => ({ path: path({ id: f.applications.inReview, number: 1, to: 2 }) }));
    }
    row('GET /api/v1/applications/{id}/eligibility/precheck', 'application in review', (path) => async () => ({ path: path({ id: f.applications.inReview }) }));
    row('GET /api/v1/applications/{id}/eligibility/precheck', 'draft with a partner', (path) => async () => ({ path: path({ id: await draftWithPartner(false) }) }));
    row('POST /api/v1/applications/{id}/partners', 'draft with a partner', (path) => async (_actor, allowed) => ({
      path: path({ id: await draftWithPartner(allowed) }),
      body: { organisationId: f.orgs.unrelated },
    }));
    row('POST /api/v1/applications/{id}/partners/{organisationId}/accept', "draft inviting the partner's organisation", (path) => async (_actor, allowed) => ({
      path: path({ id: await objectFor('partner.accept', allowed, () => draftApplication(f.calls.open, { accept: false })), organisationId: f.orgs.partner }),
    }));
    row('DELETE /api/v1/applications/{id}/partners/{organisationId}', 'draft with a partner', (path) => async (_actor, allowed) => ({
      path: path({ id: await draftWithPartner(allowed), organisationId: f.orgs.partner }),
    }));

    row('GET /api/v1/reviews', 'own assignments', (path) => async () => ({ path: path({}) }));
    row('GET /api/v1/reviews/{id}', 'assigned review', (path) => async () => ({ path: path({ id: f.reviews.assigned }) }));
    row('GET /api/v1/reviews/{id}', 'submitted review', (path) => async () => ({ path: path({ id: f.reviews.submitted }) }));
    row('GET /api/v1/reviews/{id}', "another evaluator's submitted review", (path) => async () => ({ path: path({ id: f.reviews.othersSubmitted }) }));
    row('PATCH /api/v1/reviews/{id}', 'assigned review', (path) => async () => ({
      path: path({ id: f.reviews.assigned }),
      body: { version: await versionOf('reviews', f.reviews.assigned), scores: reviewScores },
    }));
    row('POST /api/v1/reviews/{id}/submit', 'assigned review', (path) => async (_actor, allowed) => {
      // Scored in full first, so that the submission itself can only be refused for who sends it.
      if (allowed) {
        await api()
          .patch(`/api/v1/reviews/${f.reviews.assigned}`)
          .set(auth(f.users.assignedEvaluator))
          .send({ version: await versionOf('reviews', f.reviews.assigned), scores: reviewScores })
          .expect(200);
      }
      return { path: path({ id: f.reviews.assigned }), body: { version: await versionOf('reviews', f.reviews.assigned) } };
    });
    row('POST /api/v1/reviews/{id}/decline', 'assigned review', (path) => async () => ({ path: path({ id: f.reviews.declinable }), body: { reason: 'I advised the lead last year' } }));
    row('GET /api/v1/applications/{id}/reviews', 'application in review', (path) => async () => ({ path: path({ id: f.applications.inReview }) }));
    row('GET /api/v1/applications/{id}/clarifications', 'application in review', (path) => async () => ({ path: path({ id: f.applications.inReview }) }));
    row('POST /api/v1/applications/{id}/clarifications', 'application in review', (path) => async () => ({
      path: path({ id: f.applications.inReview }),
      body: { question: `Who runs the night line? (${randomUUID()})`, answerDueAt: at(7 * DAY) },
    }));
    row('POST /api/v1/applications/{id}/clarifications/{clarificationId}/answer', 'a question asked of the application in review', (path) => async () => ({
      path: path({ id: f.applications.inReview, clarificationId: f.clarification }),
      body: { answer: 'Our partner runs it under its own permit.' },
    }));
    row('GET /api/v1/applications/{id}/clarification-suggestions', 'application in review', (path) => async () => ({ path: path({ id: f.applications.inReview }) }));
    row('POST /api/v1/applications/{id}/clarification-suggestions', 'application in review', (path) => async () => ({
      path: path({ id: f.applications.inReview }),
      body: { question: 'Ask how the night line is staffed' },
    }));
    row('POST /api/v1/applications/{id}/clarification-suggestions/{suggestionId}/dismiss', "the assigned evaluator's suggestion", (path) => async () => ({
      path: path({ id: f.applications.inReview, suggestionId: f.suggestion }),
      body: { reason: 'The plan answers it' },
    }));
    row('POST /api/v1/conflicts', 'an unrelated organisation', (path) => async () => ({ path: path({}), body: { organisationId: f.orgs.unrelated, reason: 'Former employer' } }));
    row('GET /api/v1/conflicts', 'own declarations', (path) => async () => ({ path: path({}) }));
    row('DELETE /api/v1/conflicts/{id}', "the conflicted evaluator's declaration", (path) => async () => ({ path: path({ id: f.conflictToWithdraw }) }));

    const consensusTargets = [...f.applications.consensus];
    row('POST /api/v1/applications/{id}/consensus', 'application awaiting consensus', (path) => async (_actor, allowed) => {
      const id = allowed ? consensusTargets.shift() : f.applications.consensus.at(-1);
      if (!id) throw new Error('more allowed consensus probes than applications awaiting consensus');
      return { path: path({ id }), body: { scores: { impact: 3.5, feasibility: 3.5 }, reason: 'Agreed in the panel' } };
    });
    row('GET /api/v1/applications/{id}/outcome', 'application awaiting consensus', (path) => async () => ({ path: path({ id: f.applications.consensus[0] }) }));
    row('GET /api/v1/calls/{id}/dashboard', 'open call', (path) => async () => ({ path: path({ id: f.calls.open }) }));
    row('GET /api/v1/calls/{id}/dashboard', 'draft call', (path) => async () => ({ path: path({ id: f.calls.draft }) }));
    row('GET /api/v1/cities/{id}/dashboard', 'Tampere', (path) => async () => ({ path: path({ id: f.cities.tampere }) }));
    row('GET /api/v1/calls/{id}/results', 'open call', (path) => async () => ({ path: path({ id: f.calls.open }) }));
    row('GET /api/v1/calls/{id}/results', 'decided call', (path) => async () => ({ path: path({ id: f.calls.funding }) }));
    row('GET /api/v1/calls/{id}/ranking', 'call with a proposal', (path) => async () => ({ path: path({ id: f.calls.funding }) }));
    row('GET /api/v1/calls/{id}/funding-proposal', 'call with a proposal', (path) => async () => ({ path: path({ id: f.calls.funding }) }));
    row('POST /api/v1/calls/{id}/ranking', 'call with a proposal', (path) => async () => ({ path: path({ id: f.calls.funding }) }));
    row('GET /api/v1/calls/{id}/calibration', 'call with a proposal', (path) => async () => ({ path: path({ id: f.calls.funding }) }));
    // Raw is the default: the allowed ones repeat the choice, which changes nothing.
    row('PUT /api/v1/calls/{id}/ranking-basis', 'open call', (path) => async () => ({ path: path({ id: f.calls.open }), body: { rankingBasis: 'raw' } }));
    row('POST /api/v1/calls/{id}/funding-proposal/amendments', 'call with a proposal', (path) => async () => {
      await rankingSettled();
      return { path: path({ id: f.calls.funding }), body: { op: 'set_grant', applicationId: f.applications.funded[2], grantCents: REQUESTED - 1_000 * EUR, reason: 'Travel costs are not eligible' } };
    });
    row('POST /api/v1/calls/{id}/decision', 'call with a proposal', (path) => async () => ({ path: path({ id: f.calls.funding }) }));

    row('GET /api/v1/applications/{id}/outcome', 'funded application', (path) => async () => ({ path: path({ id: f.applications.funded[0] }) }));
    const declinable = [f.applications.funded[1], f.applications.funded[2]];
    row('POST /api/v1/applications/{id}/decline-grant', 'funded application', (path) => async (_actor, allowed) => {
      const id = allowed ? declinable.shift() : f.applications.funded[2];
      if (!id) throw new Error('more allowed decline-grant probes than funded applications');
      return { path: path({ id }), body: { reason: 'The partner left' } };
    });
    row('GET /api/v1/pilots', 'own pilots', (path) => async () => ({ path: path({}) }));
    row('GET /api/v1/pilots/{id}', 'pilot', (path) => async () => ({ path: path({ id: f.pilot }) }));
    row('POST /api/v1/pilots/{id}/reports', 'pilot', (path) => async () => ({
      path: path({ id: f.pilot }),
      body: { kind: 'progress', ...reportPeriod(-60), text: 'Second month done' },
    }));
    row('POST /api/v1/pilots/{id}/reports/{reportId}/accept', 'filed report', (path) => async (_actor, allowed) => ({
      path: path({ id: f.pilot, reportId: await objectFor('report.accept', allowed, () => fileReport(f.pilot)) }),
      body: { comment: 'Thanks' },
    }));
    row('POST /api/v1/pilots/{id}/reports/{reportId}/return', 'filed report', (path) => async (_actor, allowed) => ({
      path: path({ id: f.pilot, reportId: await objectFor('report.return', allowed, () => fileReport(f.pilot)) }),
      body: { reason: 'Add the KPI figures' },
    }));

    // A request of a not-funded application (its grant given back above), its reviewer the unassigned evaluator.
    // Made once, by whichever probe comes first (the actors of a row are probed together).
    let redress: Promise<string> | undefined;
    const redressRequest = () =>
      (redress ??= one<{ id: string }>(
        `INSERT INTO redress_requests (application_id, call_id, requested_by, grounds, state, reviewer_id, appointed_by, appointed_at)
         VALUES ($1, $2, $3, 'The impact criterion was misread by the panel.', 'in_review', $4, $5, now()) RETURNING id`,
        [f.applications.funded[1], f.calls.funding, f.users.applicant.id, f.users.unassignedEvaluator.id, f.users.coordinator.id],
      ).then((row) => row.id));
    const grounds = 'The impact criterion was scored against a rule the call text does not have.';
    row('GET /api/v1/applications/{id}/redress', 'funded application', (path) => async () => ({ path: path({ id: f.applications.funded[0] }) }));
    // Funded: the lead's request is refused with 409, which the matrix counts as allowed.
    row('POST /api/v1/applications/{id}/redress', 'funded application', (path) => async () => ({ path: path({ id: f.applications.funded[0] }), body: { grounds } }));
    row('GET /api/v1/calls/{id}/redress', 'decided call', (path) => async () => ({ path: path({ id: f.calls.funding }) }));
    // The default setting again, which changes nothing (any change is 409 once decided).
    row('PUT /api/v1/calls/{id}/redress-policy', 'decided call', (path) => async () => ({ path: path({ id: f.calls.funding }), body: { remedy: 'reserve_list', reserveCents: 0 } }));
    row('GET /api/v1/redress', 'own redress reviews', (path) => async () => ({ path: path({}) }));
    row('GET /api/v1/redress/{id}', 'redress request', (path) => async () => ({ path: path({ id: await redressRequest() }) }));
    row('GET /api/v1/redress/{id}/reviewers', 'redress request', (path) => async () => ({ path: path({ id: await redressRequest() }) }));
    row('POST /api/v1/redress/{id}/reviewer', 'redress request', (path) => async () => ({ path: path({ id: await redressRequest() }), body: { reviewerId: f.users.unassignedEvaluator.id } }));
    row('POST /api/v1/redress/{id}/re-evaluation', 'redress request', (path) => async () => ({ path: path({ id: await redressRequest() }) }));
    row('POST /api/v1/redress/{id}/outcome', 'redress request', (path) => async () => ({ path: path({ id: await redressRequest() }), body: { outcome: 'rejected', reasons: 'Applied as the call says.' } }));

    row('POST /api/v1/organisations', 'a new organisation', (path) => async () => ({
      path: path({}),
      body: { name: 'Uusi Oy', type: 'company', businessId: businessId(), homeMunicipality: 'Espoo', sizeClass: 'micro' },
    }));
    return b;
  }

  /** The ranking jobs the POST /ranking probes queued have run, so an amendment cannot race them. */
  async function rankingSettled() {
    if (!rankJobs.length) return;
    await eventually(async () => {
      const [{ done }] = await stack.db.query(`SELECT count(*)::int AS done FROM processed_jobs WHERE job_id = ANY($1::text[])`, [rankJobs]);
      return done === rankJobs.length;
    }, 30_000, 'the requested rankings to run');
    rankJobs.length = 0;
  }

  interface Mismatch {
    key: string;
    actor: ActorName;
    expected: Outcome;
    got: number;
    why: string;
    detail: string;
  }

  async function probeRow(row: MatrixRow, build: Build, mismatches: Mismatch[]): Promise<number> {
    // Refusals first, together, on the shared object (a refusal changes nothing); then the allowed
    // callers one by one, each on an object of its own where the call changes it.
    const refused = ACTORS.filter((a) => row.expected[a] !== 'ok');
    await Promise.all(refused.map((actor) => probe(row, build, actor, mismatches)));
    for (const actor of ACTORS.filter((a) => row.expected[a] === 'ok')) await probe(row, build, actor, mismatches);
    return ACTORS.length;
  }

  async function probe(row: MatrixRow, build: Build, actor: ActorName, mismatches: Mismatch[]): Promise<void> {
    const method = row.route.split(' ')[0].toLowerCase();
    const allowed = row.expected[actor] === 'ok';
    const input = await build(actor, allowed);
    let req = (api() as unknown as Record<string, (url: string) => request.Test>)[method](input.path);
    if (input.query) req = req.query(input.query);
    if (actor !== 'anonymous') req = req.set(auth(f.users[actor]));
    if (input.body !== undefined) req = req.send(input.body as object);
    const res = await req;
    if (row.route === 'POST /api/v1/calls/{id}/ranking' && res.status === 202) rankJobs.push(res.body.jobId);
    if (row.route === 'POST /api/v1/auth/refresh' && res.status === 200) refreshed.set(actor, res.body.refreshToken);
    const detail = String(res.body?.detail ?? res.text ?? '').slice(0, 160);
    if (!matches(row.expected[actor], res.status) || res.status >= 500) {
      mismatches.push({ key: rowKey(row), actor, expected: row.expected[actor], got: res.status, why: classify(row.expected[actor], res.status), detail });
    } else if (allowed && res.status === 400) {
      // Validation runs before authorization: an allowed call refused as invalid proves nothing.
      mismatches.push({ key: rowKey(row), actor, expected: 'ok', got: 400, why: 'invalid probe: a 400 says nothing about authorization', detail });
    } else if (allowed) {
      allowedStatuses.set(res.status, (allowedStatuses.get(res.status) ?? 0) + 1);
    }
  }

  /** The statuses of the allowed calls: 2xx, and any state conflict (409/422) that stands in for one. */
  const allowedStatuses = new Map<number, number>();

  // ---- fixtures ------------------------------------------------------------------------------

  let fixtureSeconds = '';
  beforeAll(async () => {
    const began = Date.now();
    stack = await startStack({ worker: true });
    doc = (await api().get('/docs-json').expect(200)).body as OpenApi;
    const [admin, ...others] = await Promise.all([
      createAdmin(stack),
      ...Array.from({ length: 11 }, () => registerUser(stack, { locale: 'en' })),
    ]);
    const [applicant, otherApplicant, partner, coordinator, otherCoordinator, assignedEvaluator, unassignedEvaluator, conflictedEvaluator, decider, otherDecider, secondEvaluator] = others;
    const cityRows: { id: string; slug: string }[] = await stack.db.query(`SELECT id, slug FROM cities WHERE slug IN ('tampere', 'helsinki')`);
    const city = (slug: string) => cityRows.find((c) => c.slug === slug)!.id;
    f = {
      users: { applicant, otherApplicant, partner, coordinator, otherCoordinator, assignedEvaluator, unassignedEvaluator, conflictedEvaluator, decider, otherDecider, admin },
      secondEvaluator,
      cities: { tampere: city('tampere'), helsinki: city('helsinki') },
    } as Fixtures;
    await grant(coordinator.id, 'coordinator', f.cities.tampere);
    await grant(otherCoordinator.id, 'coordinator', f.cities.helsinki);
    for (const e of [assignedEvaluator, unassignedEvaluator, conflictedEvaluator, secondEvaluator]) await grant(e.id, 'evaluator');
    for (const d of [decider, otherDecider]) await grant(d.id, 'decider');
    // The grants ended the tokens these users had: they refresh, as a client does after the 401.
    await Promise.all([coordinator, otherCoordinator, assignedEvaluator, unassignedEvaluator, conflictedEvaluator, secondEvaluator, decider, otherDecider].map((u) => renewTokens(stack, u)));

    const [lead, partnerOrg, other, unrelated, spare] = await Promise.all([
      createOrganisation(stack, applicant, { name: 'Liikennelabra Oy', homeMunicipality: 'Tampere' }),
      createOrganisation(stack, partner, { name: 'Kumppani Oy', homeMunicipality: 'Helsinki' }),
      createOrganisation(stack, otherApplicant, { name: 'Muu Oy', homeMunicipality: 'Helsinki' }),
      createOrganisation(stack, otherApplicant, { name: 'Sivullinen Oy', homeMunicipality: 'Espoo' }),
      createOrganisation(stack, otherApplicant, { name: 'Vara Oy', homeMunicipality: 'Espoo' }),
    ]);
    f.orgs = { lead: lead.id, partner: partnerOrg.id, other: other.id, unrelated: unrelated.id };
    f.conflict = (await api().post('/api/v1/conflicts').set(auth(conflictedEvaluator)).send({ organisationId: f.orgs.lead, reason: 'I sit on its board' }).expect(201)).body.id;
    f.conflictToWithdraw = (await api().post('/api/v1/conflicts').set(auth(conflictedEvaluator)).send({ organisationId: spare.id, reason: 'A relative works there' }).expect(201)).body.id;

    f.testbed = (await createTestbed(stack, coordinator, { capacity: 50 })).id;
    f.draftTestbed = await draftTestbed();
    f.booking = await requestBooking();

    // The invitation code goes by e-mail only: this one is given a code the test knows. It is to an
    // organisation in no application, so that the admin's accepting it changes no other row's answer.
    const invitation = await api().post(`/api/v1/organisations/${spare.id}/invitations`).set(auth(otherApplicant)).send({ email: admin.email, role: 'member' }).expect(201);
    f.invitationToken = randomBytes(32).toString('base64url');
    await stack.db.query(`UPDATE invitations SET token_hash = $2 WHERE id = $1`, [invitation.body.id, createHash('sha256').update(f.invitationToken).digest('hex')]);

    const deciders = [decider.id];
    const closing = { closesAt: at(60_000) };
    const [open, otherDeciders, draft, evaluation, funding] = await Promise.all([
      openCall(deciders),
      openCall([otherDecider.id]),
      draftCall(coordinator, f.cities.tampere, deciders),
      openCall(deciders, { ...closing, reviewersPerApplication: 2 }),
      openCall(deciders, { ...closing, budgetCents: 4 * REQUESTED }),
    ]);
    f.calls = { open, otherDeciders, draft, evaluation, funding };
    for (const e of [assignedEvaluator, conflictedEvaluator, secondEvaluator]) {
      await api().post(`/api/v1/calls/${evaluation}/evaluators`).set(auth(coordinator)).send({ userId: e.id }).expect(201);
    }
    for (const e of [assignedEvaluator, conflictedEvaluator]) {
      await api().post(`/api/v1/calls/${funding}/evaluators`).set(auth(coordinator)).send({ userId: e.id }).expect(201);
    }

    // In evaluation: one application to read (submitted twice, so it has a diff), one to decline, one left alone, two to diverge.
    const [inReview, declinable, untouched, consensusA, consensusB, fundedA, fundedB, fundedC] = await Promise.all([
      ...Array.from({ length: 5 }, () => draftApplication(evaluation)),
      ...Array.from({ length: 3 }, () => draftApplication(funding)),
    ]);
    for (const id of [inReview, declinable, untouched, consensusA, consensusB, fundedA, fundedB, fundedC]) await submitApplication(id);
    await api().patch(`/api/v1/applications/${inReview}`).set(auth(applicant)).send({ version: await versionOf('applications', inReview), summary: 'Shuttles, now with a night line' }).expect(200);
    await submitApplication(inReview);
    f.applications = { inReview, declinable, untouched, consensus: [consensusA, consensusB], funded: [fundedA, fundedB, fundedC] };

    const inState = async (ids: string[], state: string) =>
      (await stack.db.query(`SELECT count(*)::int AS n FROM applications WHERE id = ANY($1::uuid[]) AND state = $2`, [ids, state]))[0].n === ids.length;
    const all = [inReview, declinable, untouched, consensusA, consensusB, fundedA, fundedB, fundedC];
    await eventually(() => inState(all, 'eligible'), 30_000, 'every application to be eligible');
    await Promise.all([closeNow(evaluation), closeNow(funding)]);
    await eventually(() => inState(all, 'in_review'), 30_000, 'every application to be in review');

    // The unassigned evaluator joins both pools after assignment, so nothing is theirs.
    for (const call of [evaluation, funding]) {
      await api().post(`/api/v1/calls/${call}/evaluators`).set(auth(coordinator)).send({ userId: unassignedEvaluator.id }).expect(201);
    }
    f.reviews = {
      assigned: await reviewOf(inReview, assignedEvaluator),
      declinable: await reviewOf(declinable, assignedEvaluator),
      submitted: await reviewOf(consensusA, assignedEvaluator),
      untouchedAssigned: await reviewOf(untouched, assignedEvaluator),
      othersSubmitted: await reviewOf(untouched, secondEvaluator),
    };
    for (const id of [consensusA, consensusB]) {
      await submitReview(await reviewOf(id, assignedEvaluator), 1, 1, assignedEvaluator);
      await submitReview(await reviewOf(id, secondEvaluator), 5, 5, secondEvaluator);
    }
    for (const id of [inReview, declinable, untouched]) await submitReview(await reviewOf(id, secondEvaluator), 5, 5, secondEvaluator);
    f.clarification = (
      await api().post(`/api/v1/applications/${inReview}/clarifications`).set(auth(coordinator)).send({ question: 'Who runs the night line?', answerDueAt: at(7 * DAY) }).expect(201)
    ).body.id;
    f.suggestion = (await api().post(`/api/v1/applications/${inReview}/clarification-suggestions`).set(auth(assignedEvaluator)).send({ question: 'Ask about staffing' }).expect(201)).body.id;
    for (const id of [fundedA, fundedB, fundedC]) await submitReview(await reviewOf(id, assignedEvaluator), 5, 4.5, assignedEvaluator);

    await eventually(async () => (await api().get(`/api/v1/calls/${funding}/funding-proposal`).set(auth(decider))).status === 200, 30_000, 'the funding proposal');
    f.savedSearch = (await api().post('/api/v1/me/alerts').set(auth(applicant)).send({ kind: 'testbeds', name: 'Robotit', frequency: 'immediate', params: { q: 'robotti' } }).expect(201)).body.id;
    [{ id: f.dataExport }] = await stack.db.query(`INSERT INTO data_exports (user_id, locale) VALUES ($1, 'fi') RETURNING id`, [applicant.id]);
    f.notification = (await eventually(() => one<{ id: string } | undefined>(`SELECT id FROM notifications WHERE user_id = $1 LIMIT 1`, [applicant.id]), 30_000, "the applicant's notification")).id;
    fixtureSeconds = ((Date.now() - began) / 1000).toFixed(1);
  }, 300_000);

  afterAll(async () => {
    await stack?.close();
  });

  it('has a row for every route of the OpenAPI document, and a probe for every row', () => {
    const documented = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods)
        .filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
        .map((m) => `${m.toUpperCase()} ${path}`),
    );
    const inTable = new Set(MATRIX.map((r) => r.route));
    const built = new Set(Object.keys(builders()));
    const problems = [
      ...documented.filter((r) => !inTable.has(r)).map((r) => `missing from the matrix: ${r}`),
      ...[...inTable].filter((r) => !documented.includes(r)).map((r) => `in the matrix but not documented: ${r}`),
      ...MATRIX.filter((r) => !built.has(rowKey(r))).map((r) => `no probe for ${rowKey(r)}`),
      ...[...built].filter((k) => !MATRIX.some((r) => rowKey(r) === k)).map((k) => `a probe without a row: ${k}`),
    ];
    expect(problems).toEqual([]);
    expect(documented.length).toBeGreaterThan(90);
  });

  it('answers every route, actor and object as the matrix says', async () => {
    const started = Date.now();
    const build = builders();
    const mismatches: Mismatch[] = [];
    let checked = 0;
    for (const row of MATRIX.filter((r) => r.stage === 'before-decision')) checked += await probeRow(row, build[rowKey(row)], mismatches);

    // The decider's approval (the last row above) makes pilots of the funded applications.
    f.pilot = (await eventually(() => one<{ id: string } | undefined>(`SELECT id FROM pilots WHERE application_id = $1`, [f.applications.funded[0]]), 30_000, 'the pilot')).id;
    for (const row of MATRIX.filter((r) => r.stage === 'decided')) checked += await probeRow(row, build[rowKey(row)], mismatches);

    const routes = new Set(MATRIX.map((r) => r.route)).size;
    const refusals = MATRIX.reduce((n, r) => n + ACTORS.filter((a) => r.expected[a] !== 'ok').length, 0);
    console.log(
      `authorization matrix: ${routes} routes (${MATRIX.length} route × object rows) × ${ACTORS.length} actors = ${checked} calls checked in ` +
        `${((Date.now() - started) / 1000).toFixed(1)} s after ${fixtureSeconds} s of fixtures; allowed answered ` +
        `${[...allowedStatuses].sort(([a], [b]) => a - b).map(([k, v]) => `${k}×${v}`).join(' ')}; ${refusals} calls to be refused; ${mismatches.length} mismatches`,
    );
    const report = mismatches
      .sort((a, b) => MATRIX.findIndex((r) => rowKey(r) === a.key) - MATRIX.findIndex((r) => rowKey(r) === b.key) || ACTORS.indexOf(a.actor) - ACTORS.indexOf(b.actor))
      .map((m) => `${m.key}\n  actor: ${m.actor}  expected: ${m.expected}  got: ${m.got}  (${m.why}) ${m.detail}`).join('\n');
    expect(report).toBe('');
  }, 300_000);

  it('refuses fields a client may not set, naming them, and changes nothing', async () => {
    const { applicant, coordinator, admin, assignedEvaluator } = f.users;
    const draft = await draftApplication(f.calls.open);
    const fresh = randomBytes(8).toString('hex');
    const snapshot = (table: string, id: string) => async () => JSON.stringify(await one(`SELECT to_jsonb(t) AS row FROM ${table} t WHERE id = $1`, [id]));
    const count = (table: string) => async () => String((await one<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`, [])).n);
    const pilotReport = { kind: 'progress', ...reportPeriod(-30), text: 'Third month' };
    const cases: { who: TestUser; method: 'post' | 'patch'; path: string; body: Record<string, unknown>; field: string; unchanged: () => Promise<string> }[] = [];
    type Body = Record<string, unknown>;
    const add = async (who: TestUser, method: 'post' | 'patch', path: string, base: Body | (() => Promise<Body>), fields: Body, unchanged: () => Promise<string>) => {
      const body = typeof base === 'function' ? await base() : base;
      for (const [field, value] of Object.entries(fields)) cases.push({ who, method, path, body: { ...body, [field]: value }, field, unchanged });
    };
    const someone = f.users.otherApplicant.id;
    await add(applicant, 'post', '/api/v1/auth/register', { email: `${fresh}@example.fi`, password: 'kesä-kokeilu-2026!', displayName: 'Uusi' }, { role: 'admin', admin: true, id: randomUUID() }, count('users'));
    await add(applicant, 'post', '/api/v1/organisations', { name: 'Uusi Oy', type: 'company', businessId: businessId(), homeMunicipality: 'Espoo', sizeClass: 'micro' }, { id: randomUUID(), createdBy: someone, role: 'owner', version: 7 }, count('organisations'));
    await add(applicant, 'patch', `/api/v1/organisations/${f.orgs.lead}`, async () => ({ version: await versionOf('organisations', f.orgs.lead), name: 'Kaapattu Oy' }), { id: randomUUID(), createdBy: someone, members: [someone], role: 'owner' }, snapshot('organisations', f.orgs.lead));
    await add(coordinator, 'post', '/api/v1/testbeds', { cityId: f.cities.tampere, name: { fi: 'Massa' } }, { state: 'published', id: randomUUID(), createdBy: someone, version: 3 }, count('testbeds'));
    await add(coordinator, 'patch', `/api/v1/testbeds/${f.testbed}`, async () => ({ version: await versionOf('testbeds', f.testbed), summary: { fi: 'Muutettu' } }), { state: 'archived', cityId: f.cities.helsinki, id: randomUUID() }, snapshot('testbeds', f.testbed));
    await add(applicant, 'post', `/api/v1/testbeds/${f.testbed}/bookings`, { organisationId: f.orgs.lead, start: '2027-06-01', end: '2027-06-30', purpose: 'Mass assignment', participants: 2 }, { state: 'approved', decidedBy: coordinator.id, cityId: f.cities.helsinki }, count('bookings'));
    await add(coordinator, 'post', '/api/v1/calls', pilotCall(f.cities.tampere, [f.users.decider.id]), { state: 'open', id: randomUUID(), createdBy: someone }, count('calls'));
    await add(coordinator, 'patch', `/api/v1/calls/${f.calls.open}`, async () => ({ version: await versionOf('calls', f.calls.open), summary: { fi: 'Muutettu' } }), { state: 'decided', cityId: f.cities.helsinki, createdBy: someone, id: randomUUID() }, snapshot('calls', f.calls.open));
    await add(applicant, 'post', '/api/v1/applications', { callId: f.calls.open, organisationId: f.orgs.lead, title: 'Massa' }, { state: 'funded', grant: 1, evaluatorIds: [assignedEvaluator.id], id: randomUUID() }, count('applications'));
    await add(applicant, 'patch', `/api/v1/applications/${draft}`, async () => ({ version: await versionOf('applications', draft), title: 'Kaapattu' }), { state: 'submitted', organisationId: f.orgs.other, callId: f.calls.otherDeciders, evaluatorIds: [assignedEvaluator.id], revision: 5, createdBy: someone }, snapshot('applications', draft));
    await add(assignedEvaluator, 'patch', `/api/v1/reviews/${f.reviews.declinable}`, async () => ({ version: await versionOf('reviews', f.reviews.declinable), scores: { impact: { score: 2 } } }), { state: 'submitted', evaluatorId: someone, applicationId: f.applications.inReview }, snapshot('reviews', f.reviews.declinable));
    await add(admin, 'post', `/api/v1/users/${someone}/roles`, { role: 'evaluator' }, { userId: admin.id, id: randomUUID() }, count('role_grants'));
    await add(admin, 'post', '/api/v1/cities', { slug: `massa-${fresh}`, name: { fi: 'Massa' } }, { id: randomUUID(), coordinatorIds: [someone] }, count('cities'));
    await add(coordinator, 'post', `/api/v1/calls/${f.calls.open}/evaluators`, { userId: f.users.unassignedEvaluator.id }, { role: 'admin', load: 0 }, count('call_evaluators'));
    await add(coordinator, 'post', `/api/v1/calls/${f.calls.open}/extensions`, { organisationId: f.orgs.unrelated, deadline: at(40 * DAY), reason: 'Mass assignment' }, { grantedBy: someone, id: randomUUID() }, count('call_extensions'));
    await add(f.users.conflictedEvaluator, 'post', '/api/v1/conflicts', { organisationId: f.orgs.other, reason: 'Mass assignment' }, { evaluatorId: assignedEvaluator.id }, count('declared_conflicts'));
    await add(applicant, 'post', `/api/v1/pilots/${f.pilot}/reports`, pilotReport, { state: 'accepted', amount: 1, pilotId: randomUUID() }, count('pilot_reports'));
    await add(applicant, 'post', `/api/v1/applications/${f.applications.funded[0]}/decline-grant`, { reason: 'Mass assignment' }, { amount: 1, state: 'funded' }, snapshot('applications', f.applications.funded[0]));

    const failures: string[] = [];
    for (const c of cases) {
      const before = await c.unchanged();
      const res = await api()[c.method](c.path).set(auth(c.who)).send(c.body);
      const fields = ((res.body?.errors ?? []) as { field?: string }[]).map((e) => e.field);
      const after = await c.unchanged();
      // Only that field: the rest of the body is valid, so the refusal is for the field alone.
      if (res.status !== 400 || !fields.includes(c.field) || fields.some((name) => name !== c.field)) failures.push(`${c.method.toUpperCase()} ${c.path} with ${c.field}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
      if (before !== after) failures.push(`${c.method.toUpperCase()} ${c.path} with ${c.field} changed the database`);
    }
    expect(failures).toEqual([]);
    expect(cases.length).toBeGreaterThan(50);
  });

  it("keeps every caller's lists to what is theirs", async () => {
    const page = { limit: '100' };
    const draft = await draftApplication(f.calls.open);
    const lists: Record<string, () => { path: string; query?: Record<string, string>; id: string }> = {
      'GET /api/v1/organisations [the lead organisation]': () => ({ path: '/api/v1/organisations', query: page, id: f.orgs.lead }),
      'GET /api/v1/applications [the application in review]': () => ({ path: '/api/v1/applications', query: page, id: f.applications.inReview }),
      "GET /api/v1/bookings [the lead organisation's booking]": () => ({ path: '/api/v1/bookings', id: f.booking }),
      "GET /api/v1/testbeds/{id}/bookings [the lead organisation's booking]": () => ({ path: `/api/v1/testbeds/${f.testbed}/bookings`, id: f.booking }),
      "GET /api/v1/booking-requests [the lead organisation's booking]": () => ({ path: '/api/v1/booking-requests', query: page, id: f.booking }),
      'GET /api/v1/reviews [the assigned review]': () => ({ path: '/api/v1/reviews', query: page, id: f.reviews.assigned }),
      'GET /api/v1/pilots [the pilot]': () => ({ path: '/api/v1/pilots', query: page, id: f.pilot }),
      "GET /api/v1/notifications [the applicant's notification]": () => ({ path: '/api/v1/notifications', query: page, id: f.notification }),
      "GET /api/v1/me/alerts [the applicant's saved search]": () => ({ path: '/api/v1/me/alerts', id: f.savedSearch }),
      "GET /api/v1/me/data-exports [the applicant's download]": () => ({ path: '/api/v1/me/data-exports', id: f.dataExport }),
      "GET /api/v1/conflicts [the conflicted evaluator's declaration]": () => ({ path: '/api/v1/conflicts', id: f.conflict }),
      'GET /api/v1/me/decider-calls [the call with a proposal]': () => ({ path: '/api/v1/me/decider-calls', query: page, id: f.calls.funding }),
      "GET /api/v1/me/decider-calls [the other decider's call]": () => ({ path: '/api/v1/me/decider-calls', query: page, id: f.calls.otherDeciders }),
      'GET /api/v1/calls [the draft call (state=draft)]': () => ({ path: '/api/v1/calls', query: { state: 'draft', limit: '100' }, id: f.calls.draft }),
      'GET /api/v1/audit [events of the lead organisation]': () => ({ path: '/api/v1/audit', query: { entityId: f.orgs.lead }, id: f.orgs.lead }),
      'GET /api/v1/audit [events of the call with a proposal]': () => ({ path: '/api/v1/audit', query: { entityId: f.calls.funding }, id: f.calls.funding }),
      'GET /api/v1/audit [events of a draft with a partner]': () => ({ path: '/api/v1/audit', query: { entityId: draft }, id: draft }),
      'GET /api/v1/audit [aggregated scores before the decision]': () => ({
        path: '/api/v1/audit',
        query: { entityId: f.applications.consensus[0], action: 'application.aggregated' },
        id: f.applications.consensus[0],
      }),
      'GET /api/v1/audit [the clarification asked of the application in review]': () => ({
        path: '/api/v1/audit',
        query: { entityId: f.applications.inReview, action: 'clarification.asked' },
        id: f.clarification,
      }),
      "GET /api/v1/audit [the assigned evaluator's suggestion]": () => ({ path: '/api/v1/audit', query: { entityId: f.applications.inReview, action: 'clarification.suggested' }, id: f.suggestion }),
      "GET /api/v1/applications/{id}/clarification-suggestions [the assigned evaluator's suggestion]": () => ({ path: `/api/v1/applications/${f.applications.inReview}/clarification-suggestions`, id: f.suggestion }),
      "GET /api/v1/applications/{id}/reviews [the second evaluator's submitted review]": () => ({ path: `/api/v1/applications/${f.applications.untouched}/reviews`, id: f.reviews.othersSubmitted }),
      "GET /api/v1/applications/{id}/reviews [the assigned evaluator's unsubmitted review]": () => ({ path: `/api/v1/applications/${f.applications.untouched}/reviews`, id: f.reviews.untouchedAssigned }),
    };
    const failures: string[] = [];
    let checked = 0;
    for (const row of VISIBILITY) {
      const key = `${row.route} [${row.item}]`;
      const list = lists[key];
      if (!list) {
        failures.push(`no list probe for ${key}`);
        continue;
      }
      const { path, query, id } = list();
      for (const actor of ACTORS) {
        const sees = row.sees[actor];
        if (sees === '-') continue;
        checked += 1;
        const res = await api().get(path).query(query ?? {}).set(auth(f.users[actor as Exclude<ActorName, 'anonymous'>]));
        if (res.status !== 200) failures.push(`${key} as ${actor}: ${res.status}`);
        else if (JSON.stringify(res.body).includes(id) !== (sees === 'y')) failures.push(`${key} as ${actor}: ${sees === 'y' ? 'missing' : 'listed, but not theirs'} (${JSON.stringify(res.body).slice(0, 300)})`);
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(80);
  });

  it('counts a revoked role or a removed membership at once, for a token issued before', async () => {
    const who = await registerUser(stack, { locale: 'en' });
    const beforeGrant = who.token;
    const grantId = await grant(who.id, 'coordinator', f.cities.tampere);
    // A change of roles ends the access tokens issued before it; a refresh gives one with the role.
    await api().get('/api/v1/me').set('authorization', `Bearer ${beforeGrant}`).expect(401);
    await renewTokens(stack, who);
    await stack.db.query(`INSERT INTO memberships (organisation_id, user_id, role) VALUES ($1, $2, 'member')`, [f.orgs.lead, who.id]);
    await api().get(`/api/v1/testbeds/${f.draftTestbed}`).set(auth(who)).expect(200);
    await api().get(`/api/v1/organisations/${f.orgs.lead}`).set(auth(who)).expect(200);

    const beforeRevocation = who.token;
    await api().delete(`/api/v1/users/${who.id}/roles/${grantId}`).set(auth(f.users.admin)).expect(204);
    await api().get('/api/v1/me').set('authorization', `Bearer ${beforeRevocation}`).expect(401);
    // A public route takes the ended token for no token at all: the draft is not there for it.
    await api().get(`/api/v1/testbeds/${f.draftTestbed}`).set('authorization', `Bearer ${beforeRevocation}`).expect(404);
    await renewTokens(stack, who);
    await api().delete(`/api/v1/organisations/${f.orgs.lead}/members/${who.id}`).set(auth(f.users.applicant)).expect(204);
    await api().get(`/api/v1/testbeds/${f.draftTestbed}`).set(auth(who)).expect(404);
    await api().patch(`/api/v1/testbeds/${f.testbed}`).set(auth(who)).send({ version: await versionOf('testbeds', f.testbed), summary: { fi: 'Ei enää' } }).expect(403);
    await api().get(`/api/v1/organisations/${f.orgs.lead}`).set(auth(who)).expect(404);
  });
});
