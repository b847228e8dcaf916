import type { Call } from '../../api/types';
import {
  callInputOf,
  editableAfter,
  firstStageFieldOf,
  firstStageInputOf,
  firstStageValuesOf,
  maxTotal,
  newCallValues,
  newFirstStageValues,
  publishedEditOf,
  rankingBasisToSend,
  shareTotal,
} from './callForm';

describe('the call form', () => {
  it('starts from the programme’s usual rules, its shares summing to 100 %', () => {
    const values = newCallValues('tampere');
    expect(shareTotal(values.fundingSources)).toBe(100);
    expect(values.operatorCities).toEqual(['helsinki', 'espoo', 'vantaa', 'tampere', 'turku', 'oulu']);
    expect(newCallValues('lahti').operatorCities).toContain('lahti');
  });

  it('turns the form into the body: money in cents, times from Helsinki, rules as data', () => {
    const values = {
      ...newCallValues('tampere'),
      title: { fi: 'Haku', sv: '', en: 'Call' },
      opensAt: '2027-03-01T09:00',
      closesAt: '2027-04-15T16:00',
      reviewDeadline: '2027-05-31T16:00',
      budget: '500 000',
      maxGrant: '50000,50',
      tieBreaks: [{ key: 'impact' }, { key: '' }],
    };
    const input = callInputOf(values);
    expect(input).toMatchObject({
      title: { fi: 'Haku', en: 'Call' },
      opensAt: '2027-03-01T07:00:00.000Z',
      closesAt: '2027-04-15T13:00:00.000Z',
      budgetCents: 50_000_000,
      maxGrantCents: 5_000_050,
      tieBreaks: ['impact'],
      eligibility: { minOperatorsInCities: { count: 2 }, maxGrant: true },
    });
    expect(input.criteria[0]).toEqual({ key: 'impact', name: {}, guidance: null, weight: 1, scale: { min: 0, max: 5, step: 0.5 }, threshold: 0 });
  });

  it('adds up the shares and the highest total', () => {
    expect(shareTotal([{ source: 'ERDF', sharePercent: '70' }, { source: 'city', sharePercent: 'x' }])).toBe(70);
    expect(maxTotal(newCallValues(null).criteria)).toBe(10);
  });

  it('lets a published call change only its texts and the dates still ahead', () => {
    expect(editableAfter('draft')).toEqual({ rules: true, texts: true, opensAt: true, closesAt: true, reviewDeadline: true, rankingBasis: true });
    expect(editableAfter('open')).toEqual({ rules: false, texts: true, opensAt: false, closesAt: true, reviewDeadline: true, rankingBasis: true });
    expect(editableAfter('decided').reviewDeadline).toBe(false);
    const values = { ...newCallValues(null), title: { fi: 'Uusi', sv: '', en: '' }, closesAt: '2027-04-15T16:00', reviewDeadline: '2027-05-31T16:00' };
    expect(Object.keys(publishedEditOf(values, 'open')).sort()).toEqual(['body', 'closesAt', 'reviewDeadline', 'summary', 'title']);
  });
});

describe('rankingBasisToSend', () => {
  it('sends nothing for a new call that keeps the default, and the choice when it does not', () => {
    expect(newCallValues(null).rankingBasis).toBe('raw');
    expect(rankingBasisToSend({ rankingBasis: 'raw' })).toBeNull();
    expect(rankingBasisToSend({ rankingBasis: 'calibrated' })).toBe('calibrated');
  });

  it('sends a change while the call is a draft, scheduled or open, and nothing once it has closed', () => {
    for (const state of ['draft', 'scheduled', 'open'] as const) {
      expect(rankingBasisToSend({ rankingBasis: 'calibrated' }, { state, rankingBasis: 'raw' })).toBe('calibrated');
      expect(rankingBasisToSend({ rankingBasis: 'raw' }, { state, rankingBasis: 'calibrated' })).toBe('raw');
      expect(rankingBasisToSend({ rankingBasis: 'raw' }, { state, rankingBasis: 'raw' })).toBeNull();
    }
    for (const state of ['closed', 'in_evaluation', 'decided'] as const) {
      expect(editableAfter(state).rankingBasis).toBe(false);
      expect(rankingBasisToSend({ rankingBasis: 'calibrated' }, { state, rankingBasis: 'raw' })).toBeNull();
    }
  });

  it('is not part of the call body, which the API takes without it', () => {
    expect(callInputOf({ ...newCallValues(null), rankingBasis: 'calibrated' })).not.toHaveProperty('rankingBasis');
  });
});

describe('the first stage’s form', () => {
  const stage: NonNullable<Call['firstStage']> = {
    callId: '00000000-0000-4000-8000-000000000001',
    state: 'draft',
    opensAt: '2027-02-01T07:00:00.000Z',
    closesAt: '2027-02-20T14:00:00.000Z',
    reviewDeadline: '2027-03-05T14:00:00.000Z',
    criteria: [{ key: 'novelty', name: 'Novelty', guidance: null, weight: 1, scale: { min: 0, max: 5, step: 1 }, threshold: 2, translations: { name: { fi: 'Uutuus', en: 'Novelty' }, guidance: null } }],
    overallThreshold: 2,
    tieBreaks: ['novelty'],
    reviewersPerApplication: 1,
    divergenceLimit: 2,
    requiredFields: ['title', 'summary'],
    invitation: { sharePercent: 25 },
  };

  it('starts with one reviewer per idea, a title and a page required, and the best ten invited', () => {
    expect(newFirstStageValues()).toMatchObject({ reviewersPerApplication: '1', requiredFields: ['title', 'summary'], invitationKind: 'count', invitationValue: '10' });
  });

  it('reads a stored stage in Helsinki time with every language, and sends it back as it was', () => {
    const values = firstStageValuesOf(stage, 'en');
    expect(values).toMatchObject({ opensAt: '2027-02-01T09:00', closesAt: '2027-02-20T16:00', invitationKind: 'sharePercent', invitationValue: '25', tieBreaks: [{ key: 'novelty' }] });
    expect(values.criteria[0].name).toEqual({ fi: 'Uutuus', sv: '', en: 'Novelty' });
    expect(firstStageInputOf(values)).toEqual({
      opensAt: stage.opensAt,
      closesAt: stage.closesAt,
      reviewDeadline: stage.reviewDeadline,
      criteria: [{ key: 'novelty', name: { fi: 'Uutuus', en: 'Novelty' }, guidance: null, weight: 1, scale: { min: 0, max: 5, step: 1 }, threshold: 2 }],
      overallThreshold: 2,
      tieBreaks: ['novelty'],
      reviewersPerApplication: 1,
      divergenceLimit: 2,
      requiredFields: ['title', 'summary'],
      invitation: { sharePercent: 25 },
    });
  });

  it('sends the invitation as one number of the kind chosen, and what cannot be read for the API to name', () => {
    const values = { ...newFirstStageValues(), invitationKind: 'count' as const, invitationValue: '3', reviewersPerApplication: 'two' };
    const input = firstStageInputOf(values);
    expect(input.invitation).toEqual({ count: 3 });
    expect(input.reviewersPerApplication).toBeNaN();
    expect(firstStageInputOf({ ...values, invitationValue: '' }).invitation).toEqual({ count: Number.NaN });
  });

  it('shows each of the API’s problems at its field, and the rest only in the summary', () => {
    expect(firstStageFieldOf('closesAt')).toBe('closesAt');
    expect(firstStageFieldOf('invitation')).toBe('invitationValue');
    expect(firstStageFieldOf('invitation.count')).toBe('invitationValue');
    expect(firstStageFieldOf('criteria[1].scale.max')).toBe('criteria.1.max');
    expect(firstStageFieldOf('criteria[0].key')).toBe('criteria.0.key');
    expect(firstStageFieldOf('criteria[0].name')).toBeNull();
    expect(firstStageFieldOf('requiredFields[0]')).toBeNull();
    expect(firstStageFieldOf('secondStage')).toBeNull();
  });
});
