/**
 * An Atom 1.0 feed (RFC 4287) of a saved search: every element the RFC requires — the feed's
 * `id`, `title`, `updated` and `author` (or one per entry), each entry's `id`, `title`,
 * `updated` and, having no `content`, a `link rel="alternate"` and a `summary` — with ids as URIs
 * that never change (`urn:uuid:`), times in RFC 3339, and every text escaped.
 */
export interface AtomEntry {
  /** The object's id (a UUID). */
  id: string;
  title: string;
  summary: string | null;
  /** The object's page in the web app, whole. */
  link: string;
  /** When the object was published. */
  updated: Date;
  /** The object's kind, as an Atom category. */
  category: string;
}

export interface AtomFeed {
  /** The saved search's id (a UUID). */
  id: string;
  title: string;
  subtitle: string;
  language: string;
  /** The feed's own address, and the search page it follows. */
  self: string;
  alternate: string;
  author: string;
  /** Newest first. */
  entries: AtomEntry[];
  /** When the search was saved: the feed's time while it has no entry. */
  createdAt: Date;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text for XML content or an attribute; characters XML 1.0 forbids are dropped. */
export function xmlEscape(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

export function renderAtom(feed: AtomFeed): string {
  const updated = feed.entries.reduce((latest, e) => (e.updated > latest ? e.updated : latest), feed.createdAt);
  const entries = feed.entries.map((e) =>
    [
      '  <entry>',
      `    <id>urn:uuid:${xmlEscape(e.id)}</id>`,
      `    <title>${xmlEscape(e.title)}</title>`,
      `    <updated>${e.updated.toISOString()}</updated>`,
      `    <link rel="alternate" type="text/html" href="${xmlEscape(e.link)}"/>`,
      `    <category term="${xmlEscape(e.category)}"/>`,
      ...(e.summary ? [`    <summary>${xmlEscape(e.summary)}</summary>`] : []),
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlEscape(feed.language)}">`,
    `  <id>urn:uuid:${xmlEscape(feed.id)}</id>`,
    `  <title>${xmlEscape(feed.title)}</title>`,
    `  <subtitle>${xmlEscape(feed.subtitle)}</subtitle>`,
    `  <updated>${updated.toISOString()}</updated>`,
    `  <author><name>${xmlEscape(feed.author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(feed.alternate)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

/** The feed's texts in its language. */
export const FEED_TEXTS = {
  fi: { testbeds: 'Uudet testiympäristöt', calls: 'Uudet haut', author: 'Kokeilu', testbed: 'testiympäristö', call: 'haku' },
  sv: { testbeds: 'Nya testmiljöer', calls: 'Nya utlysningar', author: 'Kokeilu', testbed: 'testmiljö', call: 'utlysning' },
  en: { testbeds: 'New test beds', calls: 'New calls', author: 'Kokeilu', testbed: 'test bed', call: 'call' },
} as const;
