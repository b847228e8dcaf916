import { renderNotification } from '@kokeilu/notifications';

describe('pilot report notifications', () => {
  const base = { applicationTitle: 'Robottibussit Hervannassa', periodStart: '2027-03-01', periodEnd: '2027-05-31' };
  const period = { fi: '1.3.2027–31.5.2027', sv: '1.3.2027–31.5.2027', en: '1 March 2027 – 31 May 2027' };

  it.each(['fi', 'sv', 'en'] as const)('tells the city of a filed report and the consortium of the verdict in %s', (locale) => {
    const filed = renderNotification('pilot.report_filed', locale, { ...base, organisationName: 'Robottibussi Oy', reportKind: 'final' });
    expect(filed.title).toContain(base.applicationTitle);
    expect(filed.body).toContain('Robottibussi Oy');
    const accepted = renderNotification('pilot.report_accepted', locale, { ...base, reportKind: 'progress', comment: 'Hyvä', completed: 'no' });
    expect(accepted.body).toContain('Hyvä');
    expect(accepted.body).toContain(period[locale]);
    const returned = renderNotification('pilot.report_returned', locale, { ...base, reportKind: 'progress', reason: 'Lisää toukokuun luvut' });
    expect(returned.body).toContain('Lisää toukokuun luvut');
  });

  it('says when the accepted final report completes the pilot', () => {
    expect(renderNotification('pilot.report_accepted', 'en', { ...base, reportKind: 'final', comment: '', completed: 'yes' }).body).toMatch(/The pilot is completed\.$/);
    expect(renderNotification('pilot.report_accepted', 'fi', { ...base, reportKind: 'progress', comment: '', completed: 'no' }).body).not.toMatch(/päättynyt/);
  });
});
