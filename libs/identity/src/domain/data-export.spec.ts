import { dataExportExpiresAt, downloadProblem, EXPORT_SECTIONS, exportFiles, exportSummary, SOMEONE_ELSE, withoutOthersPersonalData } from './data-export.js';

describe('data export', () => {
  const builtAt = new Date('2027-01-10T10:00:00Z');
  const data = {
    profile: { email: 'anna@firma.fi', displayName: 'Anna Virtanen', locale: 'fi' },
    memberships: [{ organisationName: 'Firma Oy', role: 'owner' }],
    applications: [{ title: 'Sensors' }, { title: 'Buses' }],
    reviews: [],
    bookings: [],
    notifications: [{ title: 'Booking approved' }],
    'audit-events': [{ action: 'organisation.invitation_created', after: { email: 'bo@firma.fi', role: 'member' } }, { action: 'user.registered', after: { email: 'anna@firma.fi', displayName: 'Anna Virtanen' } }],
  };

  it('expires after its time to live', () => {
    expect(dataExportExpiresAt(builtAt, 24).toISOString()).toBe('2027-01-11T10:00:00.000Z');
  });

  it('downloads only when built and not expired', () => {
    const expiresAt = new Date('2027-01-11T10:00:00Z');
    expect(downloadProblem({ state: 'building', expiresAt: null }, builtAt)).toBe('not_ready');
    expect(downloadProblem({ state: 'failed', expiresAt: null }, builtAt)).toBe('not_ready');
    expect(downloadProblem({ state: 'ready', expiresAt }, builtAt)).toBeNull();
    expect(downloadProblem({ state: 'ready', expiresAt }, expiresAt)).toBe('expired');
  });

  it("leaves out other people's names and addresses, keeps the user's own", () => {
    const own = { email: 'anna@firma.fi', displayName: 'Anna Virtanen' };
    expect(withoutOthersPersonalData([{ email: 'Anna@Firma.fi', displayName: 'Anna Virtanen' }, { after: { email: 'bo@firma.fi', displayName: 'Bo' }, at: builtAt }], own)).toEqual([
      { email: 'Anna@Firma.fi', displayName: 'Anna Virtanen' },
      { after: { email: SOMEONE_ELSE, displayName: SOMEONE_ELSE }, at: builtAt },
    ]);
  });

  it('has one JSON file per section and a summary in the user’s language', () => {
    const files = exportFiles(data, 'fi', builtAt);
    expect(Object.keys(files).sort()).toEqual([...EXPORT_SECTIONS.map((s) => `${s}.json`), 'summary.md'].sort());
    expect(JSON.parse(files['applications.json'])).toEqual(data.applications);
    const audit = files['audit-events.json'];
    expect(audit).not.toContain('bo@firma.fi');
    expect(audit).toContain('anna@firma.fi');
    expect(files['summary.md']).toContain('# Tietosi Kokeilu-palvelussa');
    expect(files['summary.md']).toContain('`applications.json`: Hakemukset, jotka kirjoitit tai joihin organisaatiosi osallistuu (2 tietuetta)');
    expect(files['summary.md']).toContain('Anna Virtanen');
  });

  it('writes the summary in Swedish and English too', () => {
    expect(exportSummary(data, 'sv', builtAt)).toContain('`notifications.json`: Dina aviseringar (1 post)');
    expect(exportSummary(data, 'en', builtAt)).toMatch(/^# Your data in Kokeilu\n/);
    expect(exportSummary(data, 'en', builtAt)).toContain('(built 10 January 2027');
  });
});
