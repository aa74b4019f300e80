/**
 * The token trie's edges, (node, token hash) → child node, in an open-addressing table of typed
 * arrays. A Map keyed by `node * 2 ** 32 + hash` boxes every key as a heap number; these arrays
 * hold an edge in 12 bytes, in every tab the content script runs in.
 */
export class TrieEdges {
  private nodes = new Uint32Array(INITIAL_SLOTS);
  private hashes = new Uint32Array(INITIAL_SLOTS);
  // 0 marks a free slot: the root (node 0) is never a child.
  private children = new Uint32Array(INITIAL_SLOTS);
  private count = 0;

  /** The child reached from `node` by a token of `hash`, or -1. */
  get(node: number, hash: number): number {
    const mask = this.children.length - 1;
    for (let slot = slotOf(node, hash, mask); ; slot = (slot + 1) & mask) {
      const child = this.children[slot]!;
      if (child === 0) return -1;
      if (this.hashes[slot] === hash && this.nodes[slot] === node) return child;
    }
  }

  /** Adds an edge; `child` must be above 0 and the edge new. */
  add(node: number, hash: number, child: number): void {
    if ((this.count + 1) * MAX_LOAD_DENOMINATOR > this.children.length * MAX_LOAD_NUMERATOR) this.grow();
    this.place(node, hash, child);
    this.count += 1;
  }

  private place(node: number, hash: number, child: number): void {
    const mask = this.children.length - 1;
    let slot = slotOf(node, hash, mask);
    while (this.children[slot] !== 0) slot = (slot + 1) & mask;
    this.nodes[slot] = node;
    this.hashes[slot] = hash;
    this.children[slot] = child;
  }

  private grow(): void {
    const { nodes, hashes, children } = this;
    this.nodes = new Uint32Array(children.length * 2);
    this.hashes = new Uint32Array(children.length * 2);
    this.children = new Uint32Array(children.length * 2);
    for (let slot = 0; slot < children.length; slot += 1) {
      if (children[slot] !== 0) this.place(nodes[slot]!, hashes[slot]!, children[slot]!);
    }
  }
}

const INITIAL_SLOTS = 1024;
// At most three quarters full: probes stay short and the table at most 2.7 slots per edge.
const MAX_LOAD_NUMERATOR = 3;
const MAX_LOAD_DENOMINATOR = 4;

function slotOf(node: number, hash: number, mask: number): number {
  return (Math.imul(node, 0x9e3779b1) ^ hash) & mask;
}
