/**
 * Minimum-cost maximum flow by successive shortest paths (Dijkstra on reduced costs with Johnson
 * potentials). Integer capacities and non-negative integer costs; the result is a maximum flow of
 * least total cost. Small and exact, for assignment problems of a few thousand edges.
 */
export class MinCostFlow {
  private readonly to: number[] = [];
  private readonly capacity: number[] = [];
  private readonly cost: number[] = [];
  private readonly next: number[] = [];
  private readonly head: number[];

  constructor(readonly nodes: number) {
    this.head = new Array<number>(nodes).fill(-1);
  }

  /** Adds an edge and returns its id; its flow is read back with `flowOn`. */
  addEdge(from: number, to: number, capacity: number, cost: number): number {
    if (!Number.isInteger(capacity) || capacity < 0) throw new RangeError(`capacity must be a non-negative integer, got ${capacity}`);
    if (!Number.isInteger(cost) || cost < 0) throw new RangeError(`cost must be a non-negative integer, got ${cost}`);
    const id = this.to.length;
    this.push(from, to, capacity, cost);
    this.push(to, from, 0, -cost);
    return id;
  }

  /** The flow on an edge returned by `addEdge`: what its reverse edge holds. */
  flowOn(edge: number): number {
    return this.capacity[edge ^ 1];
  }

  /** Sends as much as possible from `source` to `sink` at least cost. */
  solve(source: number, sink: number): { flow: number; cost: number } {
    const n = this.nodes;
    const potential = new Array<number>(n).fill(0);
    let flow = 0;
    let total = 0;
    for (;;) {
      const dist = new Array<number>(n).fill(Infinity);
      const via = new Array<number>(n).fill(-1);
      dist[source] = 0;
      const heap = new Heap();
      heap.push(0, source);
      while (heap.size) {
        const [d, u] = heap.pop();
        if (d > dist[u]) continue;
        for (let e = this.head[u]; e !== -1; e = this.next[e]) {
          if (this.capacity[e] <= 0) continue;
          const v = this.to[e];
          const nd = d + this.cost[e] + potential[u] - potential[v];
          if (nd < dist[v]) {
            dist[v] = nd;
            via[v] = e;
            heap.push(nd, v);
          }
        }
      }
      if (dist[sink] === Infinity) return { flow, cost: total };
      for (let v = 0; v < n; v++) if (dist[v] < Infinity) potential[v] += dist[v];
      let push = Infinity;
      for (let v = sink; v !== source; v = this.to[via[v] ^ 1]) push = Math.min(push, this.capacity[via[v]]);
      for (let v = sink; v !== source; v = this.to[via[v] ^ 1]) {
        this.capacity[via[v]] -= push;
        this.capacity[via[v] ^ 1] += push;
        total += push * this.cost[via[v]];
      }
      flow += push;
    }
  }

  private push(from: number, to: number, capacity: number, cost: number): void {
    this.to.push(to);
    this.capacity.push(capacity);
    this.cost.push(cost);
    this.next.push(this.head[from]);
    this.head[from] = this.to.length - 1;
  }
}

/** A binary min-heap of (key, node), ties broken by node so that results are deterministic. */
class Heap {
  private readonly keys: number[] = [];
  private readonly values: number[] = [];

  get size(): number {
    return this.keys.length;
  }

  push(key: number, value: number): void {
    this.keys.push(key);
    this.values.push(value);
    let i = this.keys.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  pop(): [number, number] {
    const top: [number, number] = [this.keys[0], this.values[0]];
    const lastKey = this.keys.pop() as number;
    const lastValue = this.values.pop() as number;
    if (this.keys.length) {
      this.keys[0] = lastKey;
      this.values[0] = lastValue;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.keys.length && this.less(l, m)) m = l;
        if (r < this.keys.length && this.less(r, m)) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }

  private less(a: number, b: number): boolean {
    return this.keys[a] < this.keys[b] || (this.keys[a] === this.keys[b] && this.values[a] < this.values[b]);
  }

  private swap(a: number, b: number): void {
    [this.keys[a], this.keys[b]] = [this.keys[b], this.keys[a]];
    [this.values[a], this.values[b]] = [this.values[b], this.values[a]];
  }
}
