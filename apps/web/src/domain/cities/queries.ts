import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../app/api/client';
import type { Locale } from '../app/i18n/locales';
import type { City } from '../../api/types';

/** The cities (the six and any partner cities); they change rarely. */
export function useCities() {
  return useQuery({
    queryKey: ['cities'],
    queryFn: () => unwrap(api.GET('/api/v1/cities')),
    staleTime: 60 * 60_000,
  });
}

/** A city's name in `locale`, by its slug; the slug itself while the cities load. */
export function cityName(cities: City[] | undefined, slug: string | null | undefined, locale: Locale): string {
  const city = cities?.find((candidate) => candidate.slug === slug);
  const names = city?.name as Partial<Record<Locale, string>> | undefined;
  return names?.[locale] ?? names?.fi ?? slug ?? '';
}
