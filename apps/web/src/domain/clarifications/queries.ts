import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../api/schema';
import { api, unwrap } from '../app/api/client';

export type Clarification = components['schemas']['ClarificationDto'];
export type Suggestion = components['schemas']['ClarificationSuggestionDto'];

const KEY = ['clarifications'] as const;

export function useClarifications(applicationId: string) {
  return useQuery({
    queryKey: [...KEY, applicationId],
    queryFn: () => unwrap(api.GET('/api/v1/applications/{id}/clarifications', { params: { path: { id: applicationId } } })),
    staleTime: 0,
  });
}

export function useSuggestions(applicationId: string) {
  return useQuery({
    queryKey: [...KEY, applicationId, 'suggestions'],
    queryFn: () => unwrap(api.GET('/api/v1/applications/{id}/clarification-suggestions', { params: { path: { id: applicationId } } })),
    staleTime: 0,
  });
}

function useRefresh(applicationId: string) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: [...KEY, applicationId] });
}

export function useAsk(applicationId: string) {
  const refresh = useRefresh(applicationId);
  return useMutation({
    mutationFn: (body: { question: string; answerDueAt: string; suggestionId?: string }) =>
      unwrap(api.POST('/api/v1/applications/{id}/clarifications', { params: { path: { id: applicationId } }, body })),
    onSuccess: () => void refresh(),
  });
}

export function useAnswer(applicationId: string, clarificationId: string) {
  const refresh = useRefresh(applicationId);
  return useMutation({
    mutationFn: (answer: string) =>
      unwrap(api.POST('/api/v1/applications/{id}/clarifications/{clarificationId}/answer', { params: { path: { id: applicationId, clarificationId } }, body: { answer } })),
    onSuccess: () => void refresh(),
  });
}

export function useSuggest(applicationId: string) {
  const refresh = useRefresh(applicationId);
  return useMutation({
    mutationFn: (question: string) => unwrap(api.POST('/api/v1/applications/{id}/clarification-suggestions', { params: { path: { id: applicationId } }, body: { question } })),
    onSuccess: () => void refresh(),
  });
}

export function useDismiss(applicationId: string) {
  const refresh = useRefresh(applicationId);
  return useMutation({
    mutationFn: (suggestionId: string) =>
      unwrap(api.POST('/api/v1/applications/{id}/clarification-suggestions/{suggestionId}/dismiss', { params: { path: { id: applicationId, suggestionId } }, body: {} })),
    onSuccess: () => void refresh(),
  });
}
