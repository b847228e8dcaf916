/** The kinds of notification under the heading of their area, in the order the settings show them. */
export function groupByArea<T extends { kind: string }>(preferences: readonly T[]): { area: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const preference of preferences) {
    const area = preference.kind.split('.')[0];
    groups.set(area, [...(groups.get(area) ?? []), preference]);
  }
  return [...groups].map(([area, items]) => ({ area, items }));
}
