import { AssignmentPlan, AssignmentProblem, ConflictPair, ExistingReview, planAssignment } from './assignment.js';

function apps(n: number, required: number) {
  return Array.from({ length: n }, (_, i) => ({ id: `a${i}`, required }));
}
function pool(n: number) {
  return Array.from({ length: n }, (_, i) => `e${i}`);
}
function spread(plan: AssignmentPlan): number {
  const loads = Object.values(plan.loads);
  return Math.max(...loads) - Math.min(...loads);
}
function byApplication(plan: AssignmentPlan, existing: readonly ExistingReview[] = []): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const a of [...existing.filter((r) => r.state !== 'declined'), ...plan.assignments]) {
    result.set(a.applicationId, [...(result.get(a.applicationId) ?? []), a.evaluatorId]);
  }
  return result;
}
/** Applies a plan as the service does: new reviews become `assigned`. */
function applied(problem: AssignmentProblem, plan: AssignmentPlan): AssignmentProblem {
  return { ...problem, existing: [...problem.existing, ...plan.assignments.map((a) => ({ ...a, state: 'assigned' as const }))] };
}

describe('reviewer assignment', () => {
  it('gives every application its reviewers, distinct, with even loads', () => {
    const plan = planAssignment({ applications: apps(5, 3), evaluatorIds: pool(6), existing: [], conflicts: [] });
    expect(plan.assignments).toHaveLength(15);
    expect(plan.unassignable).toEqual([]);
    for (const evaluators of byApplication(plan).values()) expect(new Set(evaluators).size).toBe(3);
    // 15 reviews over 6 evaluators: 3 of them take 3, the others 2.
    expect(Object.values(plan.loads).sort()).toEqual([2, 2, 2, 3, 3, 3]);
  });

  it('uses the whole pool when it is exactly as large as the reviews asked for', () => {
    const plan = planAssignment({ applications: apps(4, 3), evaluatorIds: pool(3), existing: [], conflicts: [] });
    expect(plan.unassignable).toEqual([]);
    expect(plan.loads).toEqual({ e0: 4, e1: 4, e2: 4 });
  });

  it('balances where assigning one application at a time would not', () => {
    // Taking the least loaded evaluator per application, in order, gives a0 → e0 and then a1 has
    // only e0 left: loads 2 and 0. The flow sends a0 to e1 instead.
    const conflicts: ConflictPair[] = [{ applicationId: 'a1', evaluatorId: 'e1', kinds: ['membership'] }];
    const plan = planAssignment({ applications: apps(2, 1), evaluatorIds: pool(2), existing: [], conflicts });
    expect(plan.assignments).toEqual([
      { applicationId: 'a0', evaluatorId: 'e1' },
      { applicationId: 'a1', evaluatorId: 'e0' },
    ]);
    expect(spread(plan)).toBe(0);
  });

  it('never assigns a conflicted evaluator, even under heavy conflicts', () => {
    const applications = apps(6, 2);
    const evaluatorIds = pool(5);
    // Each application conflicts with all but three evaluators.
    const conflicts: ConflictPair[] = applications.flatMap((a, i) =>
      evaluatorIds.filter((_, j) => ![i % 5, (i + 1) % 5, (i + 2) % 5].includes(j)).map((e) => ({ applicationId: a.id, evaluatorId: e, kinds: ['email_domain' as const] })),
    );
    const plan = planAssignment({ applications, evaluatorIds, existing: [], conflicts });
    expect(plan.unassignable).toEqual([]);
    const forbidden = new Set(conflicts.map((c) => `${c.applicationId}/${c.evaluatorId}`));
    for (const a of plan.assignments) expect(forbidden.has(`${a.applicationId}/${a.evaluatorId}`)).toBe(false);
    expect(spread(plan)).toBeLessThanOrEqual(1);
  });

  it('reports an application the pool cannot cover, with the reason, and still assigns what it can', () => {
    const conflicts: ConflictPair[] = [
      { applicationId: 'a1', evaluatorId: 'e0', kinds: ['membership', 'email_domain'] },
      { applicationId: 'a1', evaluatorId: 'e1', kinds: ['declared_organisation'] },
    ];
    const existing: ExistingReview[] = [{ applicationId: 'a1', evaluatorId: 'e2', state: 'declined' }];
    const plan = planAssignment({ applications: apps(2, 2), evaluatorIds: pool(4), existing, conflicts });
    expect(plan.assignments.filter((a) => a.applicationId === 'a1')).toEqual([{ applicationId: 'a1', evaluatorId: 'e3' }]);
    expect(plan.unassignable).toEqual([
      {
        applicationId: 'a1',
        required: 2,
        covered: 1,
        missing: 1,
        reason: {
          code: 'not_enough_evaluators',
          message:
            'needs 1 more evaluator, but no other evaluator of the pool of 4 is free to take it: 2 with a conflict of interest (membership: 1, email domain: 1, declared organisation: 1); 1 declined',
          poolSize: 4,
          candidates: 1,
          conflicted: 2,
          conflictKinds: { membership: 1, email_domain: 1, declared_organisation: 1 },
          declined: 1,
        },
      },
    ]);
    expect(byApplication(plan).get('a0')).toHaveLength(2);
  });

  it('reports every application of an empty pool', () => {
    const plan = planAssignment({ applications: apps(2, 1), evaluatorIds: [], existing: [], conflicts: [] });
    expect(plan.assignments).toEqual([]);
    expect(plan.unassignable.map((u) => [u.applicationId, u.missing, u.reason.poolSize])).toEqual([
      ['a0', 1, 0],
      ['a1', 1, 0],
    ]);
  });

  it('keeps what exists and fills only what is missing, so running it again changes nothing', () => {
    const problem: AssignmentProblem = { applications: apps(4, 2), evaluatorIds: pool(4), existing: [], conflicts: [] };
    const first = planAssignment(problem);
    const again = planAssignment(applied(problem, first));
    expect(again.assignments).toEqual([]);
    expect(again.unassignable).toEqual([]);
    expect(again.loads).toEqual(first.loads);
  });

  it('replaces a declined review with another evaluator, never the one who declined', () => {
    const problem: AssignmentProblem = { applications: apps(3, 2), evaluatorIds: pool(3), existing: [], conflicts: [] };
    const first = planAssignment(problem);
    const declined = first.assignments[0];
    const existing: ExistingReview[] = first.assignments.map((a) => ({ ...a, state: a === declined ? 'declined' : 'assigned' }));
    const second = planAssignment({ ...problem, existing });
    expect(second.assignments).toHaveLength(1);
    expect(second.assignments[0].applicationId).toBe(declined.applicationId);
    expect(second.assignments[0].evaluatorId).not.toBe(declined.evaluatorId);
    expect(byApplication(second, existing).get(declined.applicationId)).toHaveLength(2);
  });

  it('gives late work to the least loaded, counting submitted reviews but not declined ones', () => {
    const existing: ExistingReview[] = [
      { applicationId: 'x0', evaluatorId: 'e0', state: 'submitted' },
      { applicationId: 'x1', evaluatorId: 'e0', state: 'assigned' },
      { applicationId: 'x0', evaluatorId: 'e1', state: 'assigned' },
      { applicationId: 'x2', evaluatorId: 'e2', state: 'declined' },
    ];
    const plan = planAssignment({ applications: [{ id: 'late', required: 2 }], evaluatorIds: pool(3), existing, conflicts: [] });
    expect(plan.assignments.map((a) => a.evaluatorId).sort()).toEqual(['e1', 'e2']);
    expect(plan.loads).toEqual({ e0: 2, e1: 2, e2: 1 });
  });

  it('prefers matching expertise among equally balanced plans', () => {
    const match = (a: string, e: string) => ((a === 'a0' && e === 'e2') || (a === 'a1' && e === 'e0') ? 1 : 0);
    const plan = planAssignment({ applications: apps(3, 1), evaluatorIds: pool(3), existing: [], conflicts: [], match });
    expect(plan.assignments).toEqual(
      expect.arrayContaining([
        { applicationId: 'a0', evaluatorId: 'e2' },
        { applicationId: 'a1', evaluatorId: 'e0' },
        { applicationId: 'a2', evaluatorId: 'e1' },
      ]),
    );
  });

  it('puts balance before expertise', () => {
    // e0 fits everything, but may take only its share.
    const match = (_a: string, e: string) => (e === 'e0' ? 1 : 0);
    const plan = planAssignment({ applications: apps(4, 1), evaluatorIds: pool(2), existing: [], conflicts: [], match });
    expect(plan.loads).toEqual({ e0: 2, e1: 2 });
  });

  it('finds the most even spread the conflicts allow, checked against every possible plan on small cases', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let round = 0; round < 60; round++) {
      const applications = apps(1 + Math.floor(random() * 3), 1 + Math.floor(random() * 2));
      const evaluatorIds = pool(2 + Math.floor(random() * 3));
      const conflicts: ConflictPair[] = [];
      for (const a of applications) for (const e of evaluatorIds) if (random() < 0.3) conflicts.push({ applicationId: a.id, evaluatorId: e, kinds: ['declared_application'] });
      const plan = planAssignment({ applications, evaluatorIds, existing: [], conflicts });
      const best = bruteForce(applications, evaluatorIds, conflicts);
      expect(plan.assignments.length).toBe(best.count);
      expect(Object.values(plan.loads).reduce((s, l) => s + l * l, 0)).toBe(best.squares);
      const reachable = spreadOf(best.loads);
      expect(spread(plan)).toBe(reachable);
    }
  });
});

function spreadOf(loads: number[]): number {
  return Math.max(...loads) - Math.min(...loads);
}

/** Every way to give each application up to `required` conflict-free evaluators: most reviews, then least Σ load². */
function bruteForce(applications: { id: string; required: number }[], evaluatorIds: string[], conflicts: ConflictPair[]) {
  const options = applications.map((a) => {
    const free = evaluatorIds.map((_, j) => j).filter((j) => !conflicts.some((c) => c.applicationId === a.id && c.evaluatorId === evaluatorIds[j]));
    const take = Math.min(a.required, free.length);
    return subsets(free, take);
  });
  let best = { count: -1, squares: Infinity, loads: [] as number[] };
  const walk = (i: number, loads: number[], count: number) => {
    if (i === options.length) {
      const squares = loads.reduce((s, l) => s + l * l, 0);
      if (count > best.count || (count === best.count && squares < best.squares)) best = { count, squares, loads: [...loads] };
      return;
    }
    for (const subset of options[i]) {
      for (const j of subset) loads[j] += 1;
      walk(i + 1, loads, count + subset.length);
      for (const j of subset) loads[j] -= 1;
    }
  };
  walk(0, evaluatorIds.map(() => 0), 0);
  return best;
}

function subsets(items: number[], size: number): number[][] {
  if (size === 0) return [[]];
  if (items.length < size) return [];
  const [first, ...rest] = items;
  return [...subsets(rest, size - 1).map((s) => [first, ...s]), ...subsets(rest, size)];
}

describe('reviewer assignment at the size of a large call', () => {
  it('assigns 200 applications × 3 over 40 evaluators, each evaluator conflicted with some', () => {
    const applications = apps(200, 3);
    const evaluatorIds = pool(40);
    const conflicts: ConflictPair[] = applications.flatMap((a, i) => [0, 7, 13].map((k) => ({ applicationId: a.id, evaluatorId: `e${(i * 3 + k) % 40}`, kinds: ['membership' as const] })));
    const match = (a: string, e: string) => ((a.length + e.length + Number(a.slice(1)) * Number(e.slice(1))) % 5) / 4;
    const plan = planAssignment({ applications, evaluatorIds, existing: [], conflicts, match });
    expect(plan.assignments).toHaveLength(600);
    expect(spread(plan)).toBe(0);
  });
});

describe('reviewer assignment by expertise classes', () => {
  function expertiseCost(plan: AssignmentPlan, match: (a: string, e: string) => number): number {
    return plan.assignments.reduce((s, a) => s + Math.round(100 * (1 - match(a.applicationId, a.evaluatorId))), 0);
  }

  it('plans as well with expertise given as tags as with the same fit given pair by pair', () => {
    let seed = 11;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const tagSets = [['mobility'], ['energy'], ['mobility', 'energy'], []];
    for (let round = 0; round < 40; round++) {
      const applications = apps(2 + Math.floor(random() * 12), 1 + Math.floor(random() * 3));
      const evaluatorIds = pool(3 + Math.floor(random() * 6));
      const evaluators = new Map(evaluatorIds.map((e) => [e, tagSets[Math.floor(random() * tagSets.length)]]));
      const topics = new Map(applications.map((a) => [a.id, tagSets[Math.floor(random() * 3)]]));
      const conflicts: ConflictPair[] = [];
      for (const a of applications) for (const e of evaluatorIds) if (random() < 0.1) conflicts.push({ applicationId: a.id, evaluatorId: e, kinds: ['membership'] });
      const existing: ExistingReview[] = random() < 0.5 ? [{ applicationId: 'old', evaluatorId: evaluatorIds[0], state: 'submitted' }] : [];
      const match = (a: string, e: string) => {
        const own = new Set(evaluators.get(e));
        const wanted = topics.get(a) ?? [];
        return wanted.length ? wanted.filter((t) => own.has(t)).length / wanted.length : 0;
      };
      const grouped = planAssignment({ applications, evaluatorIds, existing, conflicts, expertise: { evaluators, topics } });
      const pairwise = planAssignment({ applications, evaluatorIds, existing, conflicts, match });
      expect(grouped.assignments.length).toBe(pairwise.assignments.length);
      const squares = (plan: AssignmentPlan) => Object.values(plan.loads).reduce((s, l) => s + l * l, 0);
      expect(squares(grouped)).toBe(squares(pairwise));
      expect(expertiseCost(grouped, match)).toBe(expertiseCost(pairwise, match));
      const forbidden = new Set(conflicts.map((c) => `${c.applicationId}/${c.evaluatorId}`));
      for (const a of grouped.assignments) expect(forbidden.has(`${a.applicationId}/${a.evaluatorId}`)).toBe(false);
      for (const evaluators of byApplication(grouped).values()) expect(new Set(evaluators).size).toBe(evaluators.length);
    }
  });

  // How fast is for bench:workflow to say (the network of every pair took minutes; classes take a fraction of a second).
  it('assigns 10,000 applications × 2 over 500 evaluators, some conflicted', () => {
    const applications = apps(10_000, 2);
    const evaluatorIds = pool(500);
    const evaluators = new Map(evaluatorIds.map((e, j) => [e, j % 2 ? ['mobility'] : ['open_innovation_platforms']]));
    const topics = new Map(applications.map((a) => [a.id, ['open_innovation_platforms']]));
    const conflicts: ConflictPair[] = applications.filter((_, i) => i % 50 === 0).map((a, i) => ({ applicationId: a.id, evaluatorId: `e${i % 500}`, kinds: ['membership' as const] }));
    const plan = planAssignment({ applications, evaluatorIds, existing: [], conflicts, expertise: { evaluators, topics } });
    expect(plan.assignments).toHaveLength(20_000);
    expect(plan.unassignable).toEqual([]);
    expect(spread(plan)).toBe(0);
    for (const evaluators of byApplication(plan).values()) expect(new Set(evaluators).size).toBe(2);
    const forbidden = new Set(conflicts.map((c) => `${c.applicationId}/${c.evaluatorId}`));
    expect(plan.assignments.some((a) => forbidden.has(`${a.applicationId}/${a.evaluatorId}`))).toBe(false);
  });
});
