import { Injectable } from '@nestjs/common';
import { DomainError, messageOf } from '@kokeilu/platform';
import { ACCESS_MESSAGES, FORBIDDEN_MESSAGES } from './domain/messages.js';
import { Action, Actor, decide, Resource } from './domain/policy.js';

/** Applies the policy to a loaded object: a hidden object answers exactly like a missing one. */
@Injectable()
export class Policy {
  authorize(actor: Actor | null, action: Action, resource: Resource, label = 'Resource'): void {
    const decision = decide(actor, action, resource);
    if (decision === 'hide') throw DomainError.notFound(label);
    if (decision === 'forbid') {
      if (!actor) throw new DomainError('unauthenticated', messageOf(ACCESS_MESSAGES, 'access.sign_in'));
      throw DomainError.forbidden({ code: `forbidden.${action}`, text: FORBIDDEN_MESSAGES[action] });
    }
  }

  allows(actor: Actor | null, action: Action, resource: Resource): boolean {
    return decide(actor, action, resource) === 'allow';
  }
}
