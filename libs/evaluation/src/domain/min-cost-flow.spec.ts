import { MinCostFlow } from './min-cost-flow.js';

describe('min-cost flow', () => {
  it('sends the maximum flow along the cheapest paths', () => {
    // 0 → 1 → 3 costs 1 + 1 (capacity 1); the second unit goes 0 → 1 → 2 → 3 for 1 + 0 + 2, not
    // 0 → 2 → 3 for 5 + 2; the third has only 0 → 2 → 3 left.
    const network = new MinCostFlow(4);
    const a = network.addEdge(0, 1, 2, 1);
    const b = network.addEdge(0, 2, 2, 5);
    network.addEdge(1, 3, 1, 1);
    network.addEdge(2, 3, 2, 2);
    const shortcut = network.addEdge(1, 2, 2, 0);
    expect(network.solve(0, 3)).toEqual({ flow: 3, cost: 2 + 3 + 7 });
    expect(network.flowOn(a)).toBe(2);
    expect(network.flowOn(b)).toBe(1);
    expect(network.flowOn(shortcut)).toBe(1);
  });

  it('reroutes earlier flow when a later path needs its edge', () => {
    // The cheapest first path 0-1-2-3 blocks both others; the optimum uses 0-1-3 and 0-2-3.
    const network = new MinCostFlow(4);
    network.addEdge(0, 1, 1, 0);
    network.addEdge(0, 2, 1, 0);
    network.addEdge(1, 2, 1, 0);
    network.addEdge(1, 3, 1, 5);
    network.addEdge(2, 3, 1, 0);
    expect(network.solve(0, 3)).toEqual({ flow: 2, cost: 5 });
  });

  it('refuses negative or fractional capacities and costs', () => {
    const network = new MinCostFlow(2);
    expect(() => network.addEdge(0, 1, -1, 0)).toThrow(RangeError);
    expect(() => network.addEdge(0, 1, 1, 0.5)).toThrow(RangeError);
    expect(() => network.addEdge(0, 1, 1, -2)).toThrow(RangeError);
  });
});
