import type { components } from '../../api/schema';
import { auditSentence, namesByEntity, objectName } from './auditSentence';

type AuditEvent = components['schemas']['AuditEventDto'];

const event = (overrides: Partial<AuditEvent>): AuditEvent =>
  ({
    id: '1',
    occurredAt: '2027-01-01T10:00:00Z',
    actorId: 'u',
    actorName: 'Anna',
    action: 'booking.approved',
    entityType: 'booking',
    entityId: 'b',
    organisationId: null,
    cityId: 'c',
    callId: null,
    before: null,
    after: null,
    requestId: null,
    ...overrides,
  }) as AuditEvent;

describe('the audit log as sentences', () => {
  it('names a booking by its period and purpose, a bed by its name in the reader’s language', () => {
    const booking = event({ after: { start: '2027-06-01', end: '2027-06-30', purpose: 'Talvitestit' } as never });
    expect(objectName(booking, 'fi')).toBe('1.6.2027–30.6.2027 (Talvitestit)');
    const bed = event({ entityType: 'testbed', action: 'testbed.published', before: { name: { fi: 'Labra', en: 'Lab' } } as never });
    expect(objectName(bed, 'en')).toBe('Lab');
    expect(objectName(bed, 'sv')).toBe('Labra');
    expect(objectName(event({ entityType: 'call', after: { title: { fi: 'Haku' } } as never }), 'en')).toBe('Haku');
  });

  it('says who did what, with the system’s own work and unknown actions worded too', () => {
    expect(auditSentence(event({ after: { start: '2027-06-01', end: '2027-06-30', decisionReason: null } as never }), 'fi', 'joku')).toEqual({
      key: 'deskAudit.sentences.booking_approved',
      values: { actor: 'Anna', object: '1.6.2027–30.6.2027', action: 'booking.approved', reason: '' },
    });
    expect(auditSentence(event({ action: 'call.opened', entityType: 'call', actorId: null, actorName: null }), 'fi', 'Kokeilu')).toMatchObject({ key: 'deskAudit.sentences.call_opened', values: { actor: 'Kokeilu' } });
    expect(auditSentence(event({ action: 'review.saved' }), 'fi', 'joku').key).toBe('deskAudit.sentences.other');
  });

  it('names an object from its other events when an event keeps only the state', () => {
    const created = event({ entityType: 'testbed', entityId: 't', action: 'testbed.created', after: { name: { fi: 'Labra' } } as never });
    const published = event({ entityType: 'testbed', entityId: 't', action: 'testbed.published', after: { state: 'published' } as never });
    const names = namesByEntity([published, created], 'fi');
    expect(auditSentence(published, 'fi', 'Kokeilu', names).values.object).toBe('Labra');
  });
});

describe('the ranking basis in the audit log', () => {
  it('reads by the basis chosen', () => {
    const chosen = (rankingBasis: string) =>
      auditSentence(event({ action: 'call.ranking_basis_set', entityType: 'call', before: { rankingBasis: 'raw' } as never, after: { rankingBasis } as never }), 'fi', 'Kokeilu', new Map([['call:b', 'Kevään haku']]));
    expect(chosen('calibrated')).toEqual({ key: 'deskAudit.sentences.call_ranking_basis_set_calibrated', values: { actor: 'Anna', object: 'Kevään haku', action: 'call.ranking_basis_set', reason: '' } });
    expect(chosen('raw').key).toBe('deskAudit.sentences.call_ranking_basis_set_raw');
  });
});
