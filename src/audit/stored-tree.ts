// Node hashes of the stored log, for proofs, without reading every leaf: a perfect block that a checkpoint's
// frontier (or the archives') holds is read from there, a block of at most 64 leaves is hashed from its
// leaves, and anything else is split in two. Checkpoints every N entries hold every block larger than N, so
// an audit path reads a few N leaves and about log n frontiers, whatever the size of the log.
import type { Store } from '../store/store.ts'
import type { Genesis } from './audit-entry.ts'
import { emptyRoot, frontierNode, frontierSize, nodeHash, split, Subtrees, type FrontierNode, type Hash } from './merkle.ts'

/** Blocks this small are hashed from their leaves rather than looked for. */
const leafBlock = 64

export class StoredTree {
  #store: Store
  #start: Genesis & { chainGenesis: number }
  #archived: number

  constructor (store: Store, start: Genesis & { chainGenesis: number }) {
    this.#store = store
    this.#start = start
    this.#archived = frontierSize(start.frontier!)
  }

  /** MTH(D[lo:hi]); throws for a node inside the archives (its archive proves it). */
  async node (lo: number, hi: number): Promise<Hash> {
    const size = hi - lo
    if (size === 0) return emptyRoot()
    const kept = frontierNode(this.#start.frontier!, lo, size) ?? await this.#kept(lo, size)
    if (kept) return kept
    if (hi <= this.#archived) throw new Error(`leaves ${lo} to ${hi - 1} are archived: use the archive`)
    if (size <= leafBlock && lo >= this.#archived) return new Subtrees(await this.leaves(lo, hi)).root()
    const k = split(size)
    const [left, right] = await Promise.all([this.node(lo, lo + k), this.node(lo + k, hi)])
    return nodeHash(left, right)
  }

  /** A perfect left-hand block is a frontier node of the trees of sizes lo + size to lo + 2 size - 1. */
  async #kept (lo: number, size: number): Promise<Hash | undefined> {
    if ((size & (size - 1)) !== 0 || lo % (2 * size) !== 0 || size <= leafBlock) return undefined
    const { rows } = await this.#store.query<{ frontier: FrontierNode[] | string }>(
      'SELECT frontier FROM audit_checkpoints WHERE frontier IS NOT NULL AND tree_size >= $1 AND tree_size < $2 LIMIT 1', [lo + size, lo + 2 * size])
    if (!rows[0]) return undefined
    return frontierNode(typeof rows[0].frontier === 'string' ? JSON.parse(rows[0].frontier) : rows[0].frontier, lo, size)
  }

  /** The leaf hashes of D[lo:hi], read in one query. */
  async leaves (lo: number, hi: number): Promise<Hash[]> {
    const { rows } = await this.#store.query<{ leaf_hash: string }>('SELECT leaf_hash FROM audit_log WHERE seq > $1 AND seq <= $2 ORDER BY seq',
      [this.#start.chainGenesis + lo, this.#start.chainGenesis + hi])
    if (rows.length !== hi - lo) throw new Error(`the log holds ${rows.length} of the leaves ${lo} to ${hi - 1}`)
    return rows.map((r) => Buffer.from(r.leaf_hash, 'hex'))
  }
}
