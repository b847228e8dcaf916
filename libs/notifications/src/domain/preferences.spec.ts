import { NOTIFICATION_KINDS } from './params.js';
import { deliveryOf, mandatoryReason, MANDATORY_KINDS, preferenceProblem } from './preferences.js';

describe('notification preferences', () => {
  it('deliver at once unless the recipient chose otherwise', () => {
    expect(deliveryOf('booking.approved', null)).toBe('immediate');
    expect(deliveryOf('booking.approved', 'digest')).toBe('digest');
    expect(deliveryOf('review.reminder', 'in_app')).toBe('in_app');
  });

  it('follow what a notification asks for (a saved search’s frequency), unless its kind was turned off', () => {
    expect(deliveryOf('alert.testbed', null, 'digest')).toBe('digest');
    expect(deliveryOf('alert.testbed', 'digest', 'immediate')).toBe('immediate');
    expect(deliveryOf('alert.call', 'immediate', 'digest')).toBe('digest');
    expect(deliveryOf('alert.call', 'in_app', 'immediate')).toBe('in_app');
    expect(deliveryOf('funding.decided', 'in_app', 'digest')).toBe('immediate');
  });

  it('always deliver receipts, decisions and deadlines at once, whatever was chosen', () => {
    expect(deliveryOf('application.submitted', 'in_app')).toBe('immediate');
    expect(deliveryOf('funding.decided', 'digest')).toBe('immediate');
    expect(mandatoryReason('application.submitted')).toBe('receipt');
    expect(mandatoryReason('funding.decided')).toBe('decision');
    expect(mandatoryReason('application.extension_granted')).toBe('deadline');
    expect(mandatoryReason('booking.requested')).toBeNull();
    // A question with an answer deadline always comes; its answer and an evaluator's suggestion may wait.
    expect(mandatoryReason('clarification.asked')).toBe('deadline');
    expect(mandatoryReason('clarification.answered')).toBeNull();
    expect(mandatoryReason('clarification.suggested')).toBeNull();
  });

  it('refuse turning a mandatory kind off or into the digest, but not choosing immediate', () => {
    expect(preferenceProblem('funding.decided', 'in_app')).toEqual({ code: 'notification_mandatory', reason: 'decision' });
    expect(preferenceProblem('funding.decided', 'immediate')).toBeNull();
    expect(preferenceProblem('booking.approved', 'in_app')).toBeNull();
  });

  it('name only kinds that exist', () => {
    for (const kind of Object.keys(MANDATORY_KINDS)) expect(NOTIFICATION_KINDS).toContain(kind);
  });
});
