import { renderAtom, xmlEscape } from './atom.js';

const feed = {
  id: '0b6c1f0e-3d1a-4a59-9a39-1f0c7f1f5a11',
  title: 'Uudet testiympäristöt: Robotit & <droonit>',
  subtitle: 'Robotit',
  language: 'fi',
  self: 'https://kokeilu.example/api/v1/alert-feeds/abc',
  alternate: 'https://kokeilu.example/fi/testbeds?q=robotti&city=tampere',
  author: 'Kokeilu',
  createdAt: new Date('2027-01-01T10:00:00Z'),
  entries: [
    {
      id: '1e1e1e1e-0000-4000-8000-000000000001',
      title: 'Hervannan "robotti" labra',
      summary: 'Katuja roboteille',
      link: 'https://kokeilu.example/fi/testbeds/1e1e1e1e-0000-4000-8000-000000000001',
      updated: new Date('2027-02-03T04:05:06Z'),
      category: 'testiympäristö',
    },
  ],
};

/** The children of an element, by name, from a flat reading of the document (enough for this shape). */
function elementsOf(xml: string, parent: string): string[] {
  const body = new RegExp(`<${parent}[^>]*>([\\s\\S]*?)</${parent}>`).exec(xml)?.[1] ?? '';
  const withoutEntries = parent === 'feed' ? body.replace(/<entry>[\s\S]*?<\/entry>/g, '') : body;
  return [...withoutEntries.matchAll(/<([a-z]+)[\s/>]/g)].map((m) => m[1]);
}

describe('an Atom feed (RFC 4287)', () => {
  const xml = renderAtom(feed);

  it('has the feed elements the RFC requires, once each, and links to itself and to the search', () => {
    const names = elementsOf(xml, 'feed');
    for (const required of ['id', 'title', 'updated', 'author']) expect(names.filter((n) => n === required)).toHaveLength(1);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="fi">/);
    expect(xml).toContain('<id>urn:uuid:0b6c1f0e-3d1a-4a59-9a39-1f0c7f1f5a11</id>');
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://kokeilu.example/api/v1/alert-feeds/abc"/>');
    expect(xml).toContain('<link rel="alternate" type="text/html" href="https://kokeilu.example/fi/testbeds?q=robotti&amp;city=tampere"/>');
    // The feed is as new as its newest entry.
    expect(xml).toContain('  <updated>2027-02-03T04:05:06.000Z</updated>');
  });

  it('gives every entry an id, a title, an update time and, having no content, an alternate link', () => {
    const names = elementsOf(xml, 'entry');
    for (const required of ['id', 'title', 'updated', 'link']) expect(names.filter((n) => n === required)).toHaveLength(1);
    expect(xml).toContain('<title>Hervannan &quot;robotti&quot; labra</title>');
    expect(xml).toContain('<summary>Katuja roboteille</summary>');
  });

  it('escapes text and drops characters XML forbids', () => {
    expect(xml).toContain('<title>Uudet testiympäristöt: Robotit &amp; &lt;droonit&gt;</title>');
    expect(xmlEscape('a\u0001b\u000bc\td')).toBe('abc\td');
  });

  it('is as old as the saved search while it has no entry', () => {
    const empty = renderAtom({ ...feed, entries: [] });
    expect(empty).toContain('<updated>2027-01-01T10:00:00.000Z</updated>');
    expect(empty).not.toContain('<entry>');
  });
});
