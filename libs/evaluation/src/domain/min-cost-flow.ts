/**
 * Minimum-cost maximum flow by successive shortest paths (Dijkstra on reduced costs with Johnson
 * potentials), each shortest-path round saturated with a blocking flow. Integer capacities and
 * non-negative integer costs; the result is a maximum flow of least total cost.
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

  /**
   * Sends as much as possible from `source` to `sink` at least cost. Each round finds the shortest
   * distances once (Dijkstra), then sends a blocking flow along every shortest path at once (the
   * edges whose reduced cost is zero, in BFS layers so that zero-cost cycles are never followed):
   * as many rounds as there are distinct path costs, not as many as there are units.
   */
  solve(source: number, sink: number): { flow: number; cost: number } {
    const n = this.nodes;
    const potential = new Array<number>(n).fill(0);
    let flow = 0;
    let total = 0;
    for (;;) {
      const dist = new Array<number>(n).fill(Infinity);
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
            heap.push(nd, v);
          }
        }
      }
      if (dist[sink] === Infinity) return { flow, cost: total };
      for (let v = 0; v < n; v++) if (dist[v] < Infinity) potential[v] += dist[v];
      const admissible = (e: number, u: number) => this.capacity[e] > 0 && this.cost[e] + potential[u] - potential[this.to[e]] === 0;
      for (;;) {
        const layer = this.layers(source, sink, admissible);
        if (layer[sink] < 0) break;
        const arc = this.head.slice();
        for (;;) {
          const sent = this.augment(source, sink, Infinity, layer, arc, admissible);
          if (!sent.pushed) break;
          flow += sent.pushed;
          total += sent.cost;
        }
      }
    }
  }

  /** BFS depth of every node over admissible residual edges; -1 where unreached. */
  private layers(source: number, sink: number, admissible: (e: number, u: number) => boolean): Int32Array {
    const layer = new Int32Array(this.nodes).fill(-1);
    layer[source] = 0;
    const queue = [source];
    for (let i = 0; i < queue.length; i++) {
      const u = queue[i];
      if (u === sink) continue;
      for (let e = this.head[u]; e !== -1; e = this.next[e]) {
        const v = this.to[e];
        if (layer[v] >= 0 || !admissible(e, u)) continue;
        layer[v] = layer[u] + 1;
        queue.push(v);
      }
    }
    return layer;
  }

  /** One augmenting path of the layered admissible graph (Dinic, with current-arc pointers). */
  private augment(
    u: number,
    sink: number,
    limit: number,
    layer: Int32Array,
    arc: number[],
    admissible: (e: number, u: number) => boolean,
  ): { pushed: number; cost: number } {
    if (u === sink) return { pushed: limit, cost: 0 };
    for (; arc[u] !== -1; arc[u] = this.next[arc[u]]) {
      const e = arc[u];
      const v = this.to[e];
      if (layer[v] !== layer[u] + 1 || !admissible(e, u)) continue;
      const sent = this.augment(v, sink, Math.min(limit, this.capacity[e]), layer, arc, admissible);
      if (!sent.pushed) continue;
      this.capacity[e] -= sent.pushed;
      this.capacity[e ^ 1] += sent.pushed;
      return { pushed: sent.pushed, cost: sent.cost + sent.pushed * this.cost[e] };
    }
    return { pushed: 0, cost: 0 };
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
