// Merkle tree hashing and proofs of RFC 6962 (Certificate Transparency), section 2.1: leaves are hashed
// with a 0x00 prefix, nodes with 0x01, and a tree of n leaves splits at the largest power of two below n.
import { sha256 } from './sha256.ts'

export type Hash = Buffer
const leafPrefix = Buffer.from([0])
const nodePrefix = Buffer.from([1])

export const leafHash = (data: Buffer): Hash => sha256(leafPrefix, data)
export const nodeHash = (left: Hash, right: Hash): Hash => sha256(nodePrefix, left, right)
export const emptyRoot = (): Hash => sha256()

/** Largest power of two strictly below n (n > 1). */
export const split = (n: number) => 2 ** Math.floor(Math.log2(n - 1))

/** A perfect subtree of the frontier: `size` leaves (a power of two) and their root. */
export interface FrontierNode { size: number, hash: string }

/**
 * The leaves of a log whose oldest ones may have been archived: those are known only by the frontier (the
 * roots of the perfect subtrees that covered them), the rest one by one. Any node a root, an audit path or
 * a consistency proof needs is then either a frontier node, made of newer leaves, or both.
 */
/** How many leaves a frontier stands for. */
export const frontierSize = (nodes: readonly FrontierNode[]): number => nodes.reduce((sum, n) => sum + n.size, 0)

/** The node covering [lo, lo + size) among a frontier's nodes, if it is one of them. */
export function frontierNode (nodes: readonly FrontierNode[], lo: number, size: number): Hash | undefined {
  let start = 0
  for (const node of nodes) {
    if (start === lo && node.size === size) return Buffer.from(node.hash, 'hex')
    start += node.size
  }
  return undefined
}

export class Subtrees {
  readonly #frontier: readonly FrontierNode[]
  readonly #leaves: readonly Hash[]
  readonly #offset: number

  constructor (leaves: readonly Hash[], frontier: readonly FrontierNode[] = []) {
    this.#frontier = frontier
    this.#offset = frontierSize(frontier)
    this.#leaves = leaves
  }

  get size (): number {
    return this.#offset + this.#leaves.length
  }

  /** MTH(D[lo:hi]). */
  node (lo: number, hi: number): Hash {
    if (hi - lo === 0) return emptyRoot()
    if (lo >= this.#offset) {
      if (hi - lo === 1) return this.#leaves[lo - this.#offset]
    } else {
      const archived = frontierNode(this.#frontier, lo, hi - lo)
      if (archived) return archived
      if (hi <= this.#offset) throw new Error(`leaves ${lo} to ${hi - 1} are archived: use the archive`)
    }
    const k = split(hi - lo)
    return nodeHash(this.node(lo, lo + k), this.node(lo + k, hi))
  }

  root (size = this.size): Hash {
    return this.node(0, size)
  }

  inclusionProof (m: number, n = this.size): Hash[] {
    return inclusionRanges(m, n).map(([lo, hi]) => this.node(lo, hi))
  }

  consistencyProof (m: number, n = this.size): Hash[] {
    return consistencyRanges(m, n).map(([lo, hi]) => this.node(lo, hi))
  }
}

/** A node of the tree: the leaves [lo, hi). */
export type NodeRange = [number, number]

/** PATH(m, D[0:n]) as the ranges of its nodes: the audit path of leaf m (0-based) in the tree of n leaves. */
export function inclusionRanges (m: number, n: number): NodeRange[] {
  const path = (m: number, lo: number, hi: number): NodeRange[] => {
    if (hi - lo <= 1) return []
    const k = split(hi - lo)
    return m < k ? [...path(m, lo, lo + k), [lo + k, hi]] : [...path(m - k, lo + k, hi), [lo, lo + k]]
  }
  return path(m, 0, n)
}

/** PROOF(m, D[0:n]) as the ranges of its nodes: that the tree of the first m leaves is a prefix of the tree of n. */
export function consistencyRanges (m: number, n: number): NodeRange[] {
  const subproof = (m: number, lo: number, hi: number, complete: boolean): NodeRange[] => {
    if (m === hi - lo) return complete ? [] : [[lo, hi]]
    const k = split(hi - lo)
    return m <= k ? [...subproof(m, lo, lo + k, complete), [lo + k, hi]] : [...subproof(m - k, lo + k, hi, false), [lo, lo + k]]
  }
  return m === 0 || m === n ? [] : subproof(m, 0, n, true)
}

/** MTH(D[0:n]) of the given leaf hashes. */
export const rootOf = (leaves: readonly Hash[]): Hash => new Subtrees(leaves).root()

/** Verifies an audit path (RFC 9162, 2.1.3.2). `index` is 0-based. */
export function verifyInclusion (index: number, treeSize: number, leaf: Hash, proof: readonly Hash[], root: Hash): boolean {
  if (index >= treeSize) return false
  let fn = index
  let sn = treeSize - 1
  let r = leaf
  for (const p of proof) {
    if (sn === 0) return false
    if ((fn & 1) === 1 || fn === sn) {
      r = nodeHash(p, r)
      if ((fn & 1) === 0) while ((fn & 1) === 0 && fn !== 0) { fn >>= 1; sn >>= 1 }
    } else {
      r = nodeHash(r, p)
    }
    fn >>= 1
    sn >>= 1
  }
  return sn === 0 && r.equals(root)
}

/** Verifies a consistency proof between two tree sizes and roots (RFC 9162, 2.1.4.2). */
export function verifyConsistency (size1: number, size2: number, root1: Hash, root2: Hash, proof: readonly Hash[]): boolean {
  if (size1 > size2) return false
  if (size1 === size2) return proof.length === 0 && root1.equals(root2)
  if (size1 === 0) return proof.length === 0
  const path = [...proof]
  // When size1 is a power of two its root is the first node of the path.
  if ((size1 & (size1 - 1)) === 0) path.unshift(root1)
  if (path.length === 0) return false
  let fn = size1 - 1
  let sn = size2 - 1
  while ((fn & 1) === 1) { fn >>= 1; sn >>= 1 }
  let fr = path[0]
  let sr = path[0]
  for (const c of path.slice(1)) {
    if (sn === 0) return false
    if ((fn & 1) === 1 || fn === sn) {
      fr = nodeHash(c, fr)
      sr = nodeHash(c, sr)
      if ((fn & 1) === 0) while ((fn & 1) === 0 && fn !== 0) { fn >>= 1; sn >>= 1 }
    } else {
      sr = nodeHash(sr, c)
    }
    fn >>= 1
    sn >>= 1
  }
  return sn === 0 && fr.equals(root1) && sr.equals(root2)
}

/**
 * The root of a growing tree in O(log n) memory: the roots of the perfect subtrees that make up the leaves
 * so far, left to right. Used to verify checkpoints while streaming a log.
 */
export class MerkleFrontier {
  #nodes: Array<{ size: number, hash: Hash }>
  size: number

  /** Starts after the leaves that `nodes` (a frontier kept when they were archived) stand for. */
  constructor (nodes: readonly FrontierNode[] = []) {
    this.#nodes = nodes.map((n) => ({ size: n.size, hash: Buffer.from(n.hash, 'hex') }))
    this.size = frontierSize(nodes)
  }

  get nodes (): FrontierNode[] {
    return this.#nodes.map((n) => ({ size: n.size, hash: n.hash.toString('hex') }))
  }

  add (leaf: Hash) {
    let node = { size: 1, hash: leaf }
    while (this.#nodes.length > 0 && this.#nodes[this.#nodes.length - 1].size === node.size) {
      const left = this.#nodes.pop()!
      node = { size: left.size * 2, hash: nodeHash(left.hash, node.hash) }
    }
    this.#nodes.push(node)
    this.size++
  }

  root (): Hash {
    if (this.#nodes.length === 0) return emptyRoot()
    let acc = this.#nodes[this.#nodes.length - 1].hash
    for (let i = this.#nodes.length - 2; i >= 0; i--) acc = nodeHash(this.#nodes[i].hash, acc)
    return acc
  }
}
