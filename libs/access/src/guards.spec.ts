import { DomainError } from '@kokeilu/platform';
import { JwtAuthGuard, OptionalJwtAuthGuard, PendingActor, sendAsCaller, unverifiedRefusal } from './guards.js';

describe('the JWT guards when the actor cannot be loaded', () => {
  const lost = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });

  it('pass the look-up error on instead of answering 401 or treating the caller as anonymous', () => {
    expect(() => new JwtAuthGuard().handleRequest(lost, false)).toThrow(lost);
    expect(() => new OptionalJwtAuthGuard().handleRequest(lost, false)).toThrow(lost);
  });

  it('still refuse a missing or invalid token with 401, and let an anonymous caller through where that is allowed', () => {
    expect(() => new JwtAuthGuard().handleRequest(null, false)).toThrow(DomainError);
    expect(new OptionalJwtAuthGuard().handleRequest(null, false)).toBeNull();
  });
});

describe('the JWT guard for an account whose e-mail address is not verified', () => {
  const unverified = { emailVerified: false };

  it('lets it read, and write where the route allows it', () => {
    for (const method of ['GET', 'HEAD', 'get']) expect(unverifiedRefusal(unverified, method, false)).toBeNull();
    expect(unverifiedRefusal(unverified, 'POST', true)).toBeNull();
  });

  it('refuses its other writes with 403 email_unverified that says what to do', () => {
    for (const method of ['POST', 'PATCH', 'PUT', 'DELETE']) {
      const refusal = unverifiedRefusal(unverified, method, false);
      expect(refusal).toMatchObject({ code: 'email_unverified', details: { reason: 'email_unverified' } });
      expect(refusal?.message).toMatch(/verify-email/);
    }
  });

  it('lets a verified account write', () => {
    expect(unverifiedRefusal({ emailVerified: true }, 'POST', false)).toBeNull();
  });
});

describe("a pending actor, checked in the route's own transaction", () => {
  const session = { userId: '6b1f3c1e-0d3a-4f4e-9a43-0c6f1c7a2e10', sessionId: '0e9b7b0a-6a57-4c7e-8d0e-5c3f6c2b9f11', generation: 3 };
  const row = (emailVerified: boolean) => ({ id: session.userId, email: 'a@example.fi', email_verified: emailVerified, grants: [{ role: 'evaluator', cityId: null }], memberships: null });

  it('sends the sign-in check in front of the statements and answers the actor with their rows', async () => {
    const sent: unknown[] = [];
    const pending = new PendingActor(session, 'POST', false);
    const [actor, rows] = await sendAsCaller(pending, async (statements) => {
      sent.push(...statements);
      return [[row(true)], [{ n: 1 }], [{ n: 2 }]];
    }, [{ text: 'SELECT 1' }, { text: 'SELECT 2' }]);
    expect(sent).toHaveLength(3);
    expect(sent[0]).toMatchObject({ values: [session.userId, session.sessionId, 3] });
    expect(actor).toMatchObject({ userId: session.userId, evaluator: true, memberships: [], emailVerified: true });
    expect(rows).toEqual([[{ n: 1 }], [{ n: 2 }]]);
  });

  it("refuses with 401 when the check finds no row, and an unverified account's write with 403", () => {
    expect(() => new PendingActor(session, 'POST', false).actorOf([])).toThrow(expect.objectContaining({ code: 'unauthenticated' }));
    expect(() => new PendingActor(session, 'POST', false).actorOf([row(false)])).toThrow(expect.objectContaining({ code: 'email_unverified' }));
    expect(new PendingActor(session, 'POST', true).actorOf([row(false)]).emailVerified).toBe(false);
  });

  it('leaves a loaded actor as it is and sends only the statements', async () => {
    const loaded = { userId: session.userId, email: 'a@example.fi', admin: false, coordinatorCityIds: [], evaluator: false, decider: false, memberships: [] };
    const [actor, rows] = await sendAsCaller(loaded, async (statements) => statements.map(() => []), [{ text: 'SELECT 1' }]);
    expect(actor).toBe(loaded);
    expect(rows).toEqual([[]]);
  });
});
