import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../api/schema';
import { api, unwrap } from '../app/api/client';
import { ApiError } from '../app/api/problems';
import type { Amendment } from './budget';

export type Proposal = components['schemas']['FundingProposalDto'];

/** The call's funding proposal; null before the first one (the API's 404). */
export function useProposal(callId: string) {
  return useQuery({
    queryKey: ['funding', callId, 'proposal'],
    queryFn: async () => {
      try {
        return await unwrap(api.GET('/api/v1/calls/{id}/funding-proposal', { params: { path: { id: callId } } }));
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
    staleTime: 0,
  });
}

export function useAmend(callId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ amendment, reason }: { amendment: Amendment; reason: string }) =>
      unwrap(api.POST('/api/v1/calls/{id}/funding-proposal/amendments', { params: { path: { id: callId } }, body: { ...amendment, reason } })),
    onSuccess: (proposal) => {
      client.setQueryData(['funding', callId, 'proposal'], proposal);
      void client.invalidateQueries({ queryKey: ['funding', callId, 'record'] });
    },
  });
}

export function useApprove(callId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/calls/{id}/decision', { params: { path: { id: callId } }, body: {} })),
    onSuccess: (proposal) => {
      client.setQueryData(['funding', callId, 'proposal'], proposal);
      void client.invalidateQueries({ queryKey: ['funding', callId, 'record'] });
    },
  });
}

/** The amendments of the proposal with their reasons, from the call's audit trail (deciders read their calls'). */
export function useAmendmentRecord(callId: string) {
  return useQuery({
    queryKey: ['funding', callId, 'record'],
    queryFn: () => unwrap(api.GET('/api/v1/audit', { params: { query: { entityId: callId, action: 'funding.proposal_amended', limit: 100 } } })),
    staleTime: 0,
  });
}

/** The calls naming the signed-in user as a decider, with whether a proposal awaits them. */
export function useDeciderCalls(locale: string) {
  return useQuery({
    queryKey: ['calls', 'decider', locale],
    queryFn: () => unwrap(api.GET('/api/v1/me/decider-calls', { params: { query: { limit: 100, lang: locale as 'fi' } } })),
    staleTime: 0,
  });
}

/** Calls past their deadline, for the desks that pick one (evaluation, ranking, decision). */
export function useClosedCalls(locale: string) {
  return useQuery({
    queryKey: ['calls', 'closed', locale],
    queryFn: () => unwrap(api.GET('/api/v1/calls', { params: { query: { state: 'closed,in_evaluation,decided', limit: 100, lang: locale as 'fi' } } })),
    staleTime: 0,
  });
}
