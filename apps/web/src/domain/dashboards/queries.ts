import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../app/api/client';
import type { Locale } from '../app/i18n/locales';

export function useCallDashboard(id: string) {
  return useQuery({
    queryKey: ['dashboards', 'call', id],
    enabled: !!id,
    queryFn: () => unwrap(api.GET('/api/v1/calls/{id}/dashboard', { params: { path: { id } } })),
  });
}

export function useCityDashboard(id: string) {
  return useQuery({
    queryKey: ['dashboards', 'city', id],
    enabled: !!id,
    queryFn: () => unwrap(api.GET('/api/v1/cities/{id}/dashboard', { params: { path: { id } } })),
  });
}

/** The city's calls (the first 50 by deadline), to open their dashboards. */
export function useCityCalls(locale: Locale, cityId: string) {
  return useQuery({
    queryKey: ['dashboards', 'cityCalls', locale, cityId],
    enabled: !!cityId,
    queryFn: () => unwrap(api.GET('/api/v1/calls', { params: { header: { 'accept-language': locale }, query: { city: cityId, limit: 50 } } })),
  });
}
