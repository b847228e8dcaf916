import { listOf, Verdict, verdict } from './verdict.js';

export interface ChosenTestbed {
  id: string;
  /** Null when the test bed no longer exists. */
  state: 'draft' | 'published' | 'archived' | null;
  name: string | null;
}

/** Rule 2f: every test bed the application names is published (none chosen passes). */
export function testBedsPublished(chosen: ChosenTestbed[]): Verdict {
  const unpublished = chosen.filter((t) => t.state !== 'published');
  if (!unpublished.length) {
    const n = chosen.length;
    return verdict('testBedsPublished', true, {
      fi: n ? `Kaikki ${n} valittua kehitysalustaa on julkaistu.` : 'Hakemuksessa ei ole valittu kehitysalustoja.',
      sv: n ? `Alla ${n} valda testbäddar är publicerade.` : 'Ansökan har inga valda testbäddar.',
      en: n ? `All ${n} chosen test beds are published.` : 'The application names no test beds.',
    });
  }
  const names = listOf(unpublished.map((t) => t.name ?? t.id));
  return verdict('testBedsPublished', false, {
    fi: `Nämä valitut kehitysalustat eivät ole julkaistuja: ${names}.`,
    sv: `Dessa valda testbäddar är inte publicerade: ${names}.`,
    en: `These chosen test beds are not published: ${names}.`,
  });
}
