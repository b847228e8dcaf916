import { AUDIT_READERS, auditReaders, auditRules, auditScope } from './audit-audience.js';
import type { Actor } from './policy.js';

const base: Actor = { userId: 'u1', email: 'u1@firma.fi', admin: false, coordinatorCityIds: [], evaluator: false, decider: false, memberships: [] };
const who = (action: string, entityType = action.split('.')[0]) => auditReaders(action, entityType).map((r) => `${r.who}${r.when === 'always' ? '' : ` once ${r.when}`}`);

describe('the readers of audit events', () => {
  it('keeps scores, passes, ranks and consensus from the consortium until the decision is public', () => {
    for (const action of ['application.aggregated', 'application.consensus_recorded', 'application.proposed', 'application.reserve', 'application.rejected', 'application.promoted_from_reserve']) {
      expect(who(action)).toEqual(['consortium once decided', 'city', 'deciders']);
    }
    expect(who('grant.released', 'application')).toEqual(['consortium once decided', 'city', 'deciders']);
    expect(who('application.funded')).toEqual(['consortium', 'city', 'deciders']);
  });

  it("keeps a draft's events and every working-copy edit to the consortium", () => {
    for (const action of ['application.created', 'application.updated', 'application.partner_invited']) expect(who(action)).toEqual(['consortium']);
    expect(who('application.withdrawn')).toEqual(['consortium', 'city once submitted', 'deciders once submitted']);
    expect(who('application.submitted')).toEqual(['consortium', 'city', 'deciders']);
  });

  it("never shows the consortium who reviews it, and an assigned review's drafts to nobody but admins", () => {
    for (const action of ['review.assigned', 'review.submitted', 'review.declined', 'review.withdrawn']) expect(who(action)).toEqual(['city', 'deciders']);
    expect(who('review.saved')).toEqual([]);
    expect(who('conflict.declared', 'declared_conflict')).toEqual([]);
  });

  it("shows a call's deciders its events from its publication; a booking never to deciders", () => {
    expect(who('call.updated')).toEqual(['city', 'deciders once published']);
    expect(who('call.extension_granted')).toEqual(['organisation', 'city', 'deciders once published']);
    expect(who('booking.approved')).toEqual(['organisation', 'city']);
  });

  it('fails closed: an unknown action is for admins alone, unless its object reads the same in every state', () => {
    expect(who('application.something_new')).toEqual([]);
    expect(who('review.something_new')).toEqual([]);
    expect(who('organisation.claimed')).toEqual(['organisation']);
    expect(who('testbed.moved')).toEqual(['city']);
  });

  it('groups the table by reader, every action under each of its readers', () => {
    const rules = auditRules();
    const keys = rules.map((r) => `${r.reader.who}:${r.reader.when}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const [action, readers] of Object.entries(AUDIT_READERS)) {
      const under = rules.filter((r) => r.actions.includes(action)).map((r) => r.reader);
      expect(under).toEqual(expect.arrayContaining([...readers]));
      expect(under).toHaveLength(readers.length);
    }
  });

  it("scopes the actor: admins all, everyone else by organisations, cities and the calls naming them", () => {
    expect(auditScope({ ...base, admin: true })).toEqual({ all: true });
    expect(auditScope({ ...base, memberships: [{ organisationId: 'org1', role: 'owner' }] })).toEqual({ all: false, organisationIds: ['org1'], cityIds: [], userId: 'u1' });
    expect(auditScope({ ...base, coordinatorCityIds: ['helsinki'] })).toEqual({ all: false, organisationIds: [], cityIds: ['helsinki'], userId: 'u1' });
  });
});
