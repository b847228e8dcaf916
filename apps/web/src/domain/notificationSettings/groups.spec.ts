import { groupByArea } from './groups';

describe('groupByArea', () => {
  it('puts each kind under its area, in the order given', () => {
    const kinds = ['booking.requested', 'application.submitted', 'booking.approved', 'funding.decided'].map((kind) => ({ kind }));
    expect(groupByArea(kinds)).toEqual([
      { area: 'booking', items: [{ kind: 'booking.requested' }, { kind: 'booking.approved' }] },
      { area: 'application', items: [{ kind: 'application.submitted' }] },
      { area: 'funding', items: [{ kind: 'funding.decided' }] },
    ]);
  });
});
