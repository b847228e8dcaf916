import { partnerReference } from './partners';

describe('partnerReference', () => {
  it('tells a business ID from an organisation id', () => {
    expect(partnerReference(' 0112038-9 ')).toEqual({ businessId: '0112038-9' });
    expect(partnerReference('6F9619FF-8B86-D011-B42D-00C04FC964FF')).toEqual({ organisationId: '6f9619ff-8b86-d011-b42d-00c04fc964ff' });
  });
  it('refuses anything else', () => {
    expect(partnerReference('0112038')).toBeNull();
    expect(partnerReference('Liikennelabra Oy')).toBeNull();
    expect(partnerReference('')).toBeNull();
  });
});
