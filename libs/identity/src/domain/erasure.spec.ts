import { emailKey, erasureDueAt, erasureNotDue, organisationsLeftOwnerless, pseudonymOf, readThroughPseudonyms } from './erasure.js';

describe('erasure', () => {
  const requestedAt = new Date('2027-01-10T12:00:00Z');

  it('is due after the grace period, in whole days', () => {
    expect(erasureDueAt(requestedAt, 30).toISOString()).toBe('2027-02-09T12:00:00.000Z');
    expect(erasureDueAt(requestedAt, 0).toISOString()).toBe(requestedAt.toISOString());
    expect(() => erasureDueAt(requestedAt, -1)).toThrow(/grace period/);
    expect(() => erasureDueAt(requestedAt, 1.5)).toThrow(/grace period/);
  });

  it('is carried out only when due, not cancelled and not done', () => {
    const due = new Date('2027-02-09T12:00:00Z');
    const pending = { dueAt: due, cancelledAt: null, completedAt: null };
    expect(erasureNotDue(null, due)).toBe('no_request');
    expect(erasureNotDue(pending, new Date(due.getTime() - 1))).toBe('not_due');
    expect(erasureNotDue(pending, due)).toBeNull();
    expect(erasureNotDue({ ...pending, cancelledAt: requestedAt }, due)).toBe('cancelled');
    expect(erasureNotDue({ ...pending, completedAt: due }, due)).toBe('completed');
  });

  it('names the organisations that would be left without an owner', () => {
    expect(
      organisationsLeftOwnerless([
        { organisationId: 'a', name: 'Alone Oy', role: 'owner', owners: 1 },
        { organisationId: 'b', name: 'Shared Oy', role: 'owner', owners: 2 },
        { organisationId: 'c', name: 'Member Oy', role: 'member', owners: 1 },
      ]),
    ).toEqual([{ organisationId: 'a', name: 'Alone Oy' }]);
  });

  it('gives each user a stable pseudonym that says nothing of the person', () => {
    const id = '0b6c1f0e-3d1a-4a59-9a39-1f0c7f1f5a11';
    expect(pseudonymOf(id)).toEqual(pseudonymOf(id));
    expect(pseudonymOf(id).email).toMatch(/^erased-[0-9a-f]{10}-0b6c1f0e@erased\.invalid$/);
    expect(pseudonymOf(id).displayName).toMatch(/^Pseudonym [0-9a-f]{10}$/);
    expect(pseudonymOf('1b6c1f0e-3d1a-4a59-9a39-1f0c7f1f5a11').email).not.toBe(pseudonymOf(id).email);
  });

  it('keys an address with the secret, whatever its case', () => {
    expect(emailKey('s', 'Anna@Firma.fi ')).toBe(emailKey('s', 'anna@firma.fi'));
    expect(emailKey('s', 'anna@firma.fi')).not.toBe(emailKey('t', 'anna@firma.fi'));
    expect(emailKey('s', 'anna@firma.fi')).not.toContain('anna');
  });

  it('reads earlier events through the pseudonyms, leaving other people as they were', () => {
    const anna = pseudonymOf('0b6c1f0e-3d1a-4a59-9a39-1f0c7f1f5a11');
    const keyOf = (email: string) => emailKey('s', email);
    const mapping = { byEmailKey: new Map([[keyOf('anna@firma.fi'), anna]]), keyOf };
    // An invitation to Anna, recorded by someone else: only her address changes.
    expect(readThroughPseudonyms({ email: 'ANNA@firma.fi', role: 'member', nested: [{ email: 'bo@firma.fi' }] }, mapping)).toEqual({
      email: anna.email,
      role: 'member',
      nested: [{ email: 'bo@firma.fi' }],
    });
    // An event about Anna herself: her name too.
    expect(readThroughPseudonyms({ email: 'anna@firma.fi', displayName: 'Anna Virtanen', locale: 'fi' }, { ...mapping, subject: anna })).toEqual({
      email: anna.email,
      displayName: anna.displayName,
      locale: 'fi',
    });
    expect(readThroughPseudonyms({ displayName: 'Bo' }, mapping)).toEqual({ displayName: 'Bo' });
    expect(readThroughPseudonyms(null, mapping)).toBeNull();
  });
});
