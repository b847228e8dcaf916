import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../api/schema';
import { api, unwrap } from '../app/api/client';
import type { Locale } from '../app/i18n/locales';

type Schemas = components['schemas'];
export type Assignment = Schemas['AssignmentItemDto'];
export type ReviewDetail = Schemas['ReviewDetailDto'];
export type Review = Schemas['ReviewDto'];
export type AssignmentStatus = Schemas['AssignmentStatusDto'];
export type PoolEvaluator = Schemas['PoolEvaluatorDto'];
export type RankingEntry = Schemas['RankingEntryDto'];
export type EvaluatorCandidate = Schemas['EvaluatorCandidateDto'];
/** The platform's expertise vocabulary (test-bed themes and focus areas), as the API declares it. */
type ExpertiseTag = NonNullable<Schemas['AddEvaluatorDto']['expertise']>[number];
export type Ranking = Schemas['RankingDto'];
export type Calibration = Schemas['CalibrationDto'];

/** The evaluator's assignments, newest first (every state). */
export function useMyAssignments(page: number) {
  return useQuery({
    queryKey: ['reviews', 'mine', page],
    queryFn: () => unwrap(api.GET('/api/v1/reviews', { params: { query: { page, limit: 50 } } })),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useMyConflicts() {
  return useQuery({ queryKey: ['conflicts', 'mine'], queryFn: () => unwrap(api.GET('/api/v1/conflicts')), staleTime: 0 });
}

export function useReview(id: string) {
  return useQuery({ queryKey: ['reviews', 'one', id], queryFn: () => unwrap(api.GET('/api/v1/reviews/{id}', { params: { path: { id } } })), staleTime: 0 });
}

/** The reviews of an application that the caller may see (the others only after one's own is submitted). */
export function useApplicationReviews(applicationId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['reviews', 'of', applicationId],
    queryFn: () => unwrap(api.GET('/api/v1/applications/{id}/reviews', { params: { path: { id: applicationId } } })),
    enabled,
    staleTime: 0,
  });
}

export function saveReview(id: string, version: number, scores: Record<string, { score: number | null; comment: string }>) {
  return unwrap(api.PATCH('/api/v1/reviews/{id}', { params: { path: { id } }, body: { version, scores } }));
}

export function useSubmitReview(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => unwrap(api.POST('/api/v1/reviews/{id}/submit', { params: { path: { id } }, body: { version } })),
    onSuccess: (review) => {
      client.setQueryData(['reviews', 'one', id], review);
      void client.invalidateQueries({ queryKey: ['reviews', 'mine'] });
      void client.invalidateQueries({ queryKey: ['reviews', 'of', review.applicationId] });
    },
  });
}

export function useDeclineReview() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) => unwrap(api.POST('/api/v1/reviews/{id}/decline', { params: { path: { id } }, body: { reason } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['reviews'] }),
  });
}

export function useDeclareConflict() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { applicationId: string; reason: string }) => unwrap(api.POST('/api/v1/conflicts', { body })),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['reviews'] });
      void client.invalidateQueries({ queryKey: ['conflicts'] });
    },
  });
}

/** A call as those who run it read it (criteria with every language, deciders). */
export function useStaffCall(id: string, locale: Locale) {
  return useQuery({
    queryKey: ['calls', 'staff', id, locale],
    queryFn: () => unwrap(api.GET('/api/v1/calls/{id}', { params: { path: { id }, query: { lang: locale } } })),
    staleTime: 30_000,
  });
}

export function useAssignmentStatus(callId: string) {
  return useQuery({
    queryKey: ['calls', callId, 'assignments'],
    queryFn: () => unwrap(api.GET('/api/v1/calls/{id}/assignments', { params: { path: { id: callId } } })),
    staleTime: 0,
  });
}

export function useRanking(callId: string) {
  return useQuery({ queryKey: ['calls', callId, 'ranking'], queryFn: () => unwrap(api.GET('/api/v1/calls/{id}/ranking', { params: { path: { id: callId } } })), staleTime: 0 });
}

/** Each evaluator's bias and the call's totals raw and calibrated (those who run the call). */
export function useCalibration(callId: string) {
  return useQuery({
    queryKey: ['calls', callId, 'calibration'],
    queryFn: () => unwrap(api.GET('/api/v1/calls/{id}/calibration', { params: { path: { id: callId } } })),
    staleTime: 0,
  });
}

export function useRequestAssignment(callId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/calls/{id}/assign', { params: { path: { id: callId } }, body: {} })),
    onSuccess: () => {
      // The job runs in the worker; read the status again shortly after.
      window.setTimeout(() => void client.invalidateQueries({ queryKey: ['calls', callId, 'assignments'] }), 1500);
    },
  });
}

export function useRecordConsensus(callId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ applicationId, scores, reason }: { applicationId: string; scores: Record<string, number>; reason: string }) =>
      unwrap(api.POST('/api/v1/applications/{id}/consensus', { params: { path: { id: applicationId } }, body: { scores, reason } })),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['calls', callId] });
      void client.invalidateQueries({ queryKey: ['funding', callId] });
    },
  });
}

/** Users with the evaluator role to add to the call's pool, by name and expertise (no e-mail addresses). */
export function useEvaluatorCandidates(callId: string, search: { q: string; expertise: string; page: number; limit: number; n: number } | null) {
  return useQuery({
    queryKey: ['calls', callId, 'evaluator-candidates', search],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/calls/{id}/evaluator-candidates', {
          params: {
            path: { id: callId },
            query: { ...(search!.q.trim() ? { q: search!.q.trim() } : {}), ...(search!.expertise ? { expertise: search!.expertise as ExpertiseTag } : {}), page: search!.page, limit: search!.limit },
          },
        }),
      ),
    enabled: search !== null,
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

function usePoolChanged(callId: string) {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: ['calls', callId, 'assignments'] });
    void client.invalidateQueries({ queryKey: ['calls', callId, 'evaluator-candidates'] });
  };
}

export function useAddEvaluator(callId: string) {
  const changed = usePoolChanged(callId);
  return useMutation({
    mutationFn: ({ userId, expertise }: { userId: string; expertise: string[] }) =>
      unwrap(api.POST('/api/v1/calls/{id}/evaluators', { params: { path: { id: callId } }, body: { userId, expertise: expertise as ExpertiseTag[] } })),
    onSuccess: changed,
  });
}

export function useRemoveEvaluator(callId: string) {
  const changed = usePoolChanged(callId);
  return useMutation({
    mutationFn: (userId: string) => unwrap(api.DELETE('/api/v1/calls/{id}/evaluators/{userId}', { params: { path: { id: callId, userId } }, body: {} })),
    onSuccess: changed,
  });
}
