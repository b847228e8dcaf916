import { listOf, Verdict, verdict } from './verdict.js';

export interface ChosenTestbed {
  id: string;
  /** Null when the test bed no longer exists. */
  state: 'draft' | 'published' | 'archived' | null;
  name: string | null;
  /** The call links this bed, or links none (then any published bed will do). */
  offeredByCall: boolean;
}

/**
 * Rule 2f: every test bed the application names is published and, when the call links test beds,
 * one of them (none chosen passes).
 */
export function testBedsPublished(chosen: ChosenTestbed[]): Verdict {
  const unpublished = chosen.filter((t) => t.state !== 'published');
  const notOffered = chosen.filter((t) => t.state === 'published' && !t.offeredByCall);
  if (!unpublished.length && !notOffered.length) {
    const n = chosen.length;
    return verdict('testBedsPublished', true, {
      fi: n ? `Kaikki ${n} valittua testiympäristöä on julkaistu ja kuuluvat hakuun.` : 'Hakemuksessa ei ole valittu testiympäristöjä.',
      sv: n ? `Alla ${n} valda testmiljöer är publicerade och hör till utlysningen.` : 'Ansökan har inga valda testmiljöer.',
      en: n ? `All ${n} chosen test beds are published and offered by the call.` : 'The application names no test beds.',
    });
  }
  const reasons = { fi: [] as string[], sv: [] as string[], en: [] as string[] };
  if (unpublished.length) {
    const names = listOf(unpublished.map((t) => t.name ?? t.id));
    reasons.fi.push(`Nämä valitut testiympäristöt eivät ole julkaistuja: ${names}.`);
    reasons.sv.push(`Dessa valda testmiljöer är inte publicerade: ${names}.`);
    reasons.en.push(`These chosen test beds are not published: ${names}.`);
  }
  if (notOffered.length) {
    const names = listOf(notOffered.map((t) => t.name ?? t.id));
    reasons.fi.push(`Haku ei tarjoa näitä valittuja testiympäristöjä: ${names}.`);
    reasons.sv.push(`Utlysningen erbjuder inte dessa valda testmiljöer: ${names}.`);
    reasons.en.push(`The call does not offer these chosen test beds: ${names}.`);
  }
  return verdict('testBedsPublished', false, { fi: reasons.fi.join(' '), sv: reasons.sv.join(' '), en: reasons.en.join(' ') });
}
