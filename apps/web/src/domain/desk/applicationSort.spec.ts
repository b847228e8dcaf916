import type { components } from '../../api/schema';
import { sortApplications } from './applicationSort';

type Row = components['schemas']['CallApplicationDto'];
const row = (id: string, overrides: Partial<Row>): Row =>
  ({ id, state: 'eligible', leadOrganisationId: id, leadOrganisationName: id, leadBusinessId: null, partners: [], title: id, requestedGrantCents: null, totalCents: 0, eligibleTotalCents: 0, pilotStart: null, pilotEnd: null, revision: 1, submittedAt: null, late: false, eligible: null, createdAt: '2027-01-01T00:00:00Z', ...overrides }) as Row;

const rows = [
  row('a', { title: 'Örkki', leadOrganisationName: 'Beta', requestedGrantCents: 100, submittedAt: '2027-01-02T00:00:00Z', eligible: false }),
  row('b', { title: 'Aalto', leadOrganisationName: 'Alfa', requestedGrantCents: 300, submittedAt: '2027-01-03T00:00:00Z', eligible: true }),
  row('c', { title: 'Zeta', leadOrganisationName: 'Gamma', requestedGrantCents: null, submittedAt: '2027-01-01T00:00:00Z', eligible: null }),
];
const ids = (list: Row[]) => list.map((r) => r.id);
const fi = new Intl.Collator('fi');

describe('sorting the applications of a call', () => {
  it('sorts by submission, title (Finnish letters last), lead, grant and eligibility', () => {
    expect(ids(sortApplications(rows, 'submitted', fi))).toEqual(['c', 'a', 'b']);
    expect(ids(sortApplications(rows, 'title', fi))).toEqual(['b', 'c', 'a']);
    expect(ids(sortApplications(rows, 'lead', fi))).toEqual(['b', 'a', 'c']);
    expect(ids(sortApplications(rows, 'grant', fi))).toEqual(['b', 'a', 'c']);
    expect(ids(sortApplications(rows, 'eligibility', fi))).toEqual(['b', 'c', 'a']);
  });
});
