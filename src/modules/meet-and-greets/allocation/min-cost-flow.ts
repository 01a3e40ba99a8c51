// Minimum-cost flow of free size: successive shortest augmenting paths, stopping at the first path
// that no longer lowers the cost. Because the cheapest cost of a flow of size k is convex in k, that
// flow is the cheapest of all sizes; with profits entered as negative costs it is the most
// profitable one. Shortest paths: one Bellman-Ford pass for the first potentials (negative costs, no
// negative cycles in the acyclic networks built here), then Dijkstra on reduced costs.
// O(F · E log V) for a flow of size F. Integer costs keep every comparison exact; ties break on
// node and arc order, so the same network always gives the same flow.

const UNREACHED = Number.POSITIVE_INFINITY;

export class FlowNetwork {
  private readonly firstArc: Int32Array;
  private nextArc = new Int32Array(64);
  private head = new Int32Array(64);
  private capacity = new Int32Array(64);
  private cost = new Float64Array(64);
  private arcCount = 0;

  constructor(readonly nodeCount: number) {
    this.firstArc = new Int32Array(nodeCount).fill(-1);
  }

  /** Adds an arc and its residual twin (id ^ 1); returns the arc's id. */
  addArc(from: number, to: number, capacity: number, cost: number): number {
    const id = this.arcCount;
    this.pushArc(from, to, capacity, cost);
    this.pushArc(to, from, 0, -cost);
    return id;
  }

  flowOn(arc: number): number {
    return this.capacity[arc ^ 1] as number;
  }

  /** Sends the flow of least total cost (of any size) from source to sink; returns that cost. */
  minimiseCost(source: number, sink: number): { flow: number; cost: number } {
    const potential = this.initialPotentials(source);
    const distance = new Float64Array(this.nodeCount);
    const parentArc = new Int32Array(this.nodeCount);
    let flow = 0;
    let cost = 0;
    for (;;) {
      this.dijkstra(source, sink, potential, distance, parentArc);
      const toSink = distance[sink] as number;
      if (toSink === UNREACHED) break;
      for (let node = 0; node < this.nodeCount; node++) {
        potential[node] = (potential[node] as number) + Math.min(distance[node] as number, toSink);
      }
      const pathCost = (potential[sink] as number) - (potential[source] as number);
      if (pathCost >= 0) break;
      let bottleneck = Number.POSITIVE_INFINITY;
      for (let node = sink; node !== source; node = this.head[(parentArc[node] as number) ^ 1] as number) {
        bottleneck = Math.min(bottleneck, this.capacity[parentArc[node] as number] as number);
      }
      for (let node = sink; node !== source; node = this.head[(parentArc[node] as number) ^ 1] as number) {
        const arc = parentArc[node] as number;
        this.capacity[arc] = (this.capacity[arc] as number) - bottleneck;
        this.capacity[arc ^ 1] = (this.capacity[arc ^ 1] as number) + bottleneck;
      }
      flow += bottleneck;
      cost += bottleneck * pathCost;
    }
    return { flow, cost };
  }

  private pushArc(from: number, to: number, capacity: number, cost: number): void {
    if (this.arcCount === this.head.length) this.grow();
    const id = this.arcCount++;
    this.head[id] = to;
    this.capacity[id] = capacity;
    this.cost[id] = cost;
    this.nextArc[id] = this.firstArc[from] as number;
    this.firstArc[from] = id;
  }

  private grow(): void {
    const size = this.head.length * 2;
    const copy = <T extends Int32Array | Float64Array>(old: T, grown: T) => {
      grown.set(old);
      return grown;
    };
    this.nextArc = copy(this.nextArc, new Int32Array(size));
    this.head = copy(this.head, new Int32Array(size));
    this.capacity = copy(this.capacity, new Int32Array(size));
    this.cost = copy(this.cost, new Float64Array(size));
  }

  private initialPotentials(source: number): Float64Array {
    const distance = new Float64Array(this.nodeCount).fill(UNREACHED);
    distance[source] = 0;
    for (let pass = 0; pass < this.nodeCount; pass++) {
      let changed = false;
      for (let arc = 0; arc < this.arcCount; arc++) {
        if ((this.capacity[arc] as number) <= 0) continue;
        const from = distance[this.head[arc ^ 1] as number] as number;
        const to = this.head[arc] as number;
        if (from + (this.cost[arc] as number) < (distance[to] as number)) {
          distance[to] = from + (this.cost[arc] as number);
          changed = true;
        }
      }
      if (!changed) break;
    }
    return distance.map((value) => (value === UNREACHED ? 0 : value));
  }

  private dijkstra(
    source: number,
    sink: number,
    potential: Float64Array,
    distance: Float64Array,
    parentArc: Int32Array,
  ): void {
    distance.fill(UNREACHED);
    parentArc.fill(-1);
    distance[source] = 0;
    const heap = new NodeHeap();
    heap.push(0, source);
    while (heap.size > 0) {
      const nodeDistance = heap.topKey();
      const node = heap.pop();
      if (nodeDistance > (distance[node] as number)) continue;
      // Nodes still unsettled are at least as far as the sink; the potential update caps them there.
      if (node === sink) return;
      const nodePotential = potential[node] as number;
      for (let arc = this.firstArc[node] as number; arc !== -1; arc = this.nextArc[arc] as number) {
        if ((this.capacity[arc] as number) <= 0) continue;
        const to = this.head[arc] as number;
        const candidate =
          nodeDistance + (this.cost[arc] as number) + nodePotential - (potential[to] as number);
        if (candidate < (distance[to] as number)) {
          distance[to] = candidate;
          parentArc[to] = arc;
          heap.push(candidate, to);
        }
      }
    }
  }
}

/** Binary min-heap of (distance, node), ties on the lower node. */
class NodeHeap {
  private readonly keys: number[] = [];
  private readonly nodes: number[] = [];

  get size(): number {
    return this.nodes.length;
  }

  topKey(): number {
    return this.keys[0] as number;
  }

  push(key: number, node: number): void {
    this.keys.push(key);
    this.nodes.push(node);
    let child = this.nodes.length - 1;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if (!this.less(child, parent)) break;
      this.swap(child, parent);
      child = parent;
    }
  }

  /** Removes the nearest node and returns it. */
  pop(): number {
    const top = this.nodes[0] as number;
    const lastKey = this.keys.pop() as number;
    const lastNode = this.nodes.pop() as number;
    if (this.nodes.length > 0) {
      this.keys[0] = lastKey;
      this.nodes[0] = lastNode;
      let parent = 0;
      for (;;) {
        const left = 2 * parent + 1;
        const right = left + 1;
        let smallest = parent;
        if (left < this.nodes.length && this.less(left, smallest)) smallest = left;
        if (right < this.nodes.length && this.less(right, smallest)) smallest = right;
        if (smallest === parent) break;
        this.swap(parent, smallest);
        parent = smallest;
      }
    }
    return top;
  }

  private less(a: number, b: number): boolean {
    const keyA = this.keys[a] as number;
    const keyB = this.keys[b] as number;
    return keyA < keyB || (keyA === keyB && (this.nodes[a] as number) < (this.nodes[b] as number));
  }

  private swap(a: number, b: number): void {
    const key = this.keys[a] as number;
    this.keys[a] = this.keys[b] as number;
    this.keys[b] = key;
    const node = this.nodes[a] as number;
    this.nodes[a] = this.nodes[b] as number;
    this.nodes[b] = node;
  }
}
