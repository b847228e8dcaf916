const BUSINESS_ID = /^\d{7}-\d$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What a person typed to name a partner, as the API takes it: a business ID (`1234567-8`) or an organisation id (a UUID); null for anything else. */
export function partnerReference(text: string): { businessId: string } | { organisationId: string } | null {
  const value = text.trim();
  if (BUSINESS_ID.test(value)) return { businessId: value };
  if (UUID.test(value)) return { organisationId: value.toLowerCase() };
  return null;
}
