/**
 * Conflicts of interest (DOMAIN.md rule 3): why an evaluator must not review an application. Every
 * reason is kept, so the call can show why an evaluator was left out.
 */
export const CONFLICT_KINDS = ['membership', 'email_domain', 'declared_organisation', 'declared_application', 'past_consortium'] as const;
export type ConflictKind = (typeof CONFLICT_KINDS)[number];

export interface ConflictReason {
  kind: ConflictKind;
  /** The consortium organisation concerned; null for a conflict declared on the application itself. */
  organisationId: string | null;
  /** One sentence for people, e.g. "member of Acme Oy". */
  detail: string;
}

/** A conflict an evaluator declared: with an organisation or with one application. */
export interface DeclaredConflict {
  organisationId: string | null;
  applicationId: string | null;
  reason: string;
}

export interface EvaluatorFacts {
  userId: string;
  email: string;
  /** Organisations the evaluator is a member (or owner) of. */
  organisationIds: readonly string[];
  declared: readonly DeclaredConflict[];
}

export interface ConsortiumOrganisation {
  id: string;
  name: string;
  /** `organisations.email_domain`, e.g. `acme.fi`; null when the organisation has none. */
  emailDomain: string | null;
}

export interface ApplicationFacts {
  id: string;
  callId: string;
  /** The lead and the accepted partners of the revision under review. */
  organisations: readonly ConsortiumOrganisation[];
}

/** One of an evaluator's assigned reviews, with the organisations of its application's consortium. */
export interface AssignedReview {
  reviewId: string;
  applicationId: string;
  organisationIds: readonly string[];
}

/**
 * The assigned reviews a new declaration withdraws at once, in the transaction that records it:
 * the review of the declared application, or of every application whose consortium includes the
 * declared organisation. A submitted review stands; one still assigned can no longer be submitted.
 */
export function withdrawnByDeclaration(declared: Pick<DeclaredConflict, 'organisationId' | 'applicationId'>, assigned: readonly AssignedReview[]): string[] {
  return assigned
    .filter((r) => (declared.applicationId !== null && r.applicationId === declared.applicationId) || (declared.organisationId !== null && r.organisationIds.includes(declared.organisationId)))
    .map((r) => r.reviewId);
}

/**
 * One consortium of the platform's history: the lead and the accepted partners of an application
 * to some call. Only applications submitted at least once count (a draft is no collaboration yet).
 */
export interface PastConsortium {
  applicationId: string;
  callId: string;
  callTitle: string;
  organisationIds: readonly string[];
}

/** The domain of an e-mail address, lower-cased (`Matti@Acme.FI` → `acme.fi`); null when it has none. */
export function emailDomainOf(email: string): string | null {
  const at = email.lastIndexOf('@');
  if (at < 0 || at === email.length - 1) return null;
  return email.slice(at + 1).trim().toLowerCase();
}

function normalDomain(domain: string): string {
  return domain.trim().toLowerCase().replace(/^@/, '').replace(/\.$/, '');
}

/** An organisation's e-mail domain by organisation id, as a revision recorded it at submission. */
export type RecordedDomains = Readonly<Record<string, string | null>>;

/**
 * The e-mail domain by which an organisation's conflicts with one application are judged: the one
 * its revision recorded at submission, which the applicant cannot change afterwards to choose or
 * avoid reviewers; the current one only for a revision from before domains were recorded. An
 * organisation outside the revision (a partner who joined since) is judged by no domain.
 */
export function conflictDomain(recorded: RecordedDomains | null, organisationId: string, current: string | null): string | null {
  if (!recorded) return current;
  return recorded[organisationId] ?? null;
}

export interface EmailDomainChange {
  organisationId: string;
  atSubmission: string | null;
  now: string | null;
}

/** The organisations of a revision whose e-mail domain is no longer the one recorded at its submission. */
export function emailDomainChanges(recorded: RecordedDomains | null, current: readonly { id: string; emailDomain: string | null }[]): EmailDomainChange[] {
  if (!recorded) return [];
  const key = (domain: string | null) => (domain ? normalDomain(domain) : '');
  return current
    .filter((org) => org.id in recorded && key(recorded[org.id] ?? null) !== key(org.emailDomain))
    .map((org) => ({ organisationId: org.id, atSubmission: recorded[org.id] ?? null, now: org.emailDomain }));
}

/**
 * The evaluator's address is at the organisation's domain or one of its subdomains
 * (`x@lab.acme.fi` shares `acme.fi`); `notacme.fi` does not.
 */
export function sharesEmailDomain(email: string, organisationDomain: string | null): boolean {
  if (!organisationDomain || !normalDomain(organisationDomain)) return false;
  const own = emailDomainOf(email);
  if (!own) return false;
  const theirs = normalDomain(organisationDomain);
  return own === theirs || own.endsWith(`.${theirs}`);
}

/**
 * Every reason why `evaluator` has a conflict of interest with `application`; empty when none.
 * - membership: the evaluator is a member of a consortium organisation;
 * - email_domain: the evaluator's e-mail domain is a consortium organisation's domain;
 * - declared_organisation / declared_application: the evaluator said so;
 * - past_consortium: an organisation of the evaluator was in one consortium (lead or accepted
 *   partner) with a consortium organisation in an application to another call.
 */
export function detectConflicts(evaluator: EvaluatorFacts, application: ApplicationFacts, history: readonly PastConsortium[] = []): ConflictReason[] {
  const reasons: ConflictReason[] = [];
  const own = new Set(evaluator.organisationIds);
  for (const org of application.organisations) {
    if (own.has(org.id)) reasons.push({ kind: 'membership', organisationId: org.id, detail: `member of ${org.name}` });
    if (sharesEmailDomain(evaluator.email, org.emailDomain)) {
      reasons.push({ kind: 'email_domain', organisationId: org.id, detail: `e-mail domain of ${org.name} (${normalDomain(org.emailDomain ?? '')})` });
    }
    for (const declared of evaluator.declared) {
      if (declared.organisationId === org.id) reasons.push({ kind: 'declared_organisation', organisationId: org.id, detail: `declared conflict with ${org.name}: ${declared.reason}` });
    }
  }
  for (const declared of evaluator.declared) {
    if (declared.applicationId === application.id) reasons.push({ kind: 'declared_application', organisationId: null, detail: `declared conflict with this application: ${declared.reason}` });
  }
  reasons.push(...pastConsortiumConflicts(own, application, history));
  return reasons;
}

function pastConsortiumConflicts(own: ReadonlySet<string>, application: ApplicationFacts, history: readonly PastConsortium[]): ConflictReason[] {
  const reasons: ConflictReason[] = [];
  const seen = new Set<string>();
  for (const past of history) {
    if (past.callId === application.callId || past.applicationId === application.id) continue;
    const members = new Set(past.organisationIds);
    if (![...own].some((id) => members.has(id))) continue;
    for (const org of application.organisations) {
      // Being in this consortium oneself is a membership conflict, reported above.
      if (own.has(org.id) || !members.has(org.id) || seen.has(org.id)) continue;
      seen.add(org.id);
      reasons.push({ kind: 'past_consortium', organisationId: org.id, detail: `was in a consortium with ${org.name} in the call "${past.callTitle}"` });
    }
  }
  return reasons;
}
