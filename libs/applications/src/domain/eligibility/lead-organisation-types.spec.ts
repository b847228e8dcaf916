import { leadOrganisationTypes } from './lead-organisation-types.js';

describe('leadOrganisationTypes', () => {
  it('passes a lead of an allowed type', () => {
    expect(leadOrganisationTypes(['company', 'association'], { name: 'Robotti Oy', type: 'company' }).pass).toBe(true);
  });

  it('fails another type and names the allowed ones in each language', () => {
    const verdict = leadOrganisationTypes(['company'], { name: 'Tampereen yliopisto', type: 'research_organisation' });
    expect(verdict).toMatchObject({ rule: 'leadOrganisationTypes', pass: false });
    expect(verdict.reason.fi).toBe('Päähakija Tampereen yliopisto on tutkimusorganisaatio; päähakijana voi olla vain: yritys.');
    expect(verdict.reason.sv).toContain('forskningsorganisation');
    expect(verdict.reason.en).toContain('only these may lead: company');
  });
});
