import type { Locale } from '@kokeilu/platform';

export type DataExportState = 'queued' | 'building' | 'ready' | 'failed';

/** When a download built at `completedAt` stops being downloadable. */
export function dataExportExpiresAt(completedAt: Date, ttlHours: number): Date {
  return new Date(completedAt.getTime() + ttlHours * 3_600_000);
}

/** Why a download cannot be fetched now, or null when it can. */
export function downloadProblem(exp: { state: DataExportState; expiresAt: Date | null }, now: Date): 'not_ready' | 'expired' | null {
  if (exp.state !== 'ready' || !exp.expiresAt) return 'not_ready';
  return exp.expiresAt.getTime() <= now.getTime() ? 'expired' : null;
}

/** Whose the personal fields are: the user's own stay, anybody else's are left out. */
export interface OwnIdentity {
  email: string;
  displayName: string;
}

/** Stands where another person's name or address was: a download holds the user's data, not other people's. */
export const SOMEONE_ELSE = '(another person)';

/**
 * Any `email` or `displayName` field (at any depth) that is not the user's own, replaced: the
 * audit events about a user also name the people they invited, and those are not theirs to take.
 */
export function withoutOthersPersonalData(value: unknown, own: OwnIdentity): unknown {
  if (Array.isArray(value)) return value.map((item) => withoutOthersPersonalData(item, own));
  if (!value || typeof value !== 'object' || value instanceof Date) return value;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value as Record<string, unknown>)) {
    if (key === 'email' && typeof field === 'string') out[key] = field.trim().toLowerCase() === own.email.toLowerCase() ? field : SOMEONE_ELSE;
    else if (key === 'displayName' && typeof field === 'string') out[key] = field === own.displayName ? field : SOMEONE_ELSE;
    else out[key] = withoutOthersPersonalData(field, own);
  }
  return out;
}

/** The sections of a download, each one JSON file; the order is the order of the summary. */
export const EXPORT_SECTIONS = ['profile', 'memberships', 'applications', 'reviews', 'bookings', 'notifications', 'audit-events'] as const;
export type ExportSection = (typeof EXPORT_SECTIONS)[number];

export type ExportData = { profile: Record<string, unknown> } & { [S in Exclude<ExportSection, 'profile'>]: unknown[] };

const TEXTS: Record<Locale, { title: string; intro: (name: string, at: string) => string; files: string; count: (n: number) => string; sections: Record<ExportSection, string>; note: string }> = {
  fi: {
    title: 'Tietosi Kokeilu-palvelussa',
    intro: (name, at) => `Tämä paketti sisältää kaiken, mitä Kokeilu-palvelu säilyttää käyttäjästä ${name} (koottu ${at}).`,
    files: 'Tiedostot',
    count: (n) => (n === 1 ? '1 tietue' : `${n} tietuetta`),
    sections: {
      profile: 'Profiili: nimi, sähköpostiosoite, kieli, roolit',
      memberships: 'Jäsenyydet organisaatioissa',
      applications: 'Hakemukset, jotka kirjoitit tai joihin organisaatiosi osallistuu',
      reviews: 'Kirjoittamasi arvioinnit',
      bookings: 'Pyytämäsi varaukset',
      notifications: 'Ilmoituksesi',
      'audit-events': 'Lokitapahtumat, jotka koskevat sinua tai joissa toimit itse',
    },
    note: 'Muiden ihmisten nimet ja sähköpostiosoitteet on jätetty pois. Tiedostot ovat JSON-muodossa.',
  },
  sv: {
    title: 'Dina uppgifter i Kokeilu',
    intro: (name, at) => `Det här paketet innehåller allt som Kokeilu har sparat om användaren ${name} (sammanställt ${at}).`,
    files: 'Filer',
    count: (n) => (n === 1 ? '1 post' : `${n} poster`),
    sections: {
      profile: 'Profil: namn, e-postadress, språk, roller',
      memberships: 'Medlemskap i organisationer',
      applications: 'Ansökningar som du skrev eller som din organisation deltar i',
      reviews: 'Bedömningar som du skrev',
      bookings: 'Bokningar som du begärde',
      notifications: 'Dina aviseringar',
      'audit-events': 'Loggade händelser som gäller dig eller som du utförde',
    },
    note: 'Andra personers namn och e-postadresser har utelämnats. Filerna är i JSON-format.',
  },
  en: {
    title: 'Your data in Kokeilu',
    intro: (name, at) => `This download holds everything Kokeilu keeps about the user ${name} (built ${at}).`,
    files: 'Files',
    count: (n) => (n === 1 ? '1 record' : `${n} records`),
    sections: {
      profile: 'Profile: name, e-mail address, language, roles',
      memberships: 'Memberships of organisations',
      applications: 'Applications you wrote or your organisations take part in',
      reviews: 'Reviews you wrote',
      bookings: 'Bookings you asked for',
      notifications: 'Your notifications',
      'audit-events': 'Logged events about you or done by you',
    },
    note: "Other people's names and e-mail addresses are left out. The files are JSON.",
  },
};

/** The readable summary of a download, in the user's language (Markdown). */
export function exportSummary(data: ExportData, locale: Locale, builtAt: Date): string {
  const t = TEXTS[locale];
  const at = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : `${locale}-FI`, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Helsinki' }).format(builtAt);
  const name = String(data.profile.displayName ?? '');
  const lines = [`# ${t.title}`, '', t.intro(name, at), '', `## ${t.files}`, ''];
  for (const section of EXPORT_SECTIONS) {
    const count = section === 'profile' ? 1 : data[section].length;
    lines.push(`- \`${section}.json\`: ${t.sections[section]} (${t.count(count)})`);
  }
  lines.push('', t.note, '');
  return lines.join('\n');
}

/** Every file of a download by name: one JSON file per section and `summary.md`. */
export function exportFiles(data: ExportData, locale: Locale, builtAt: Date): Record<string, string> {
  const files: Record<string, string> = {};
  const own: OwnIdentity = { email: String(data.profile.email ?? ''), displayName: String(data.profile.displayName ?? '') };
  for (const section of EXPORT_SECTIONS) files[`${section}.json`] = `${JSON.stringify(withoutOthersPersonalData(data[section], own), null, 2)}\n`;
  files['summary.md'] = exportSummary(data, locale, builtAt);
  return files;
}
