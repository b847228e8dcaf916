import { Injectable } from '@nestjs/common';
import { DomainError } from '@kokeilu/platform';
import { Action, Actor, decide, Resource } from './domain/policy.js';

/** Applies the policy to a loaded object: a hidden object answers exactly like a missing one. */
@Injectable()
export class Policy {
  authorize(actor: Actor | null, action: Action, resource: Resource, label = 'Resource'): void {
    const decision = decide(actor, action, resource);
    if (decision === 'hide') throw DomainError.notFound(label);
    if (decision === 'forbid') {
      if (!actor) throw new DomainError('unauthenticated', 'Sign in to do this');
      throw DomainError.forbidden(`You may not ${action.replace(/\./g, ' ')}`);
    }
  }

  allows(actor: Actor | null, action: Action, resource: Resource): boolean {
    return decide(actor, action, resource) === 'allow';
  }
}
