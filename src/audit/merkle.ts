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
const split = (n: number) => 2 ** Math.floor(Math.log2(n - 1))

/** MTH(D[0:n]) of the given leaf hashes. */
export function rootOf (leaves: readonly Hash[]): Hash {
  if (leaves.length === 0) return emptyRoot()
  if (leaves.length === 1) return leaves[0]
  const k = split(leaves.length)
  return nodeHash(rootOf(leaves.slice(0, k)), rootOf(leaves.slice(k)))
}

/** PATH(m, D[0:n]): the audit path of leaf m (0-based). */
export function inclusionProof (m: number, leaves: readonly Hash[]): Hash[] {
  if (leaves.length <= 1) return []
  const k = split(leaves.length)
  return m < k
    ? [...inclusionProof(m, leaves.slice(0, k)), rootOf(leaves.slice(k))]
    : [...inclusionProof(m - k, leaves.slice(k)), rootOf(leaves.slice(0, k))]
}

/** PROOF(m, D[0:n]): that the tree of the first m leaves is a prefix of the tree of n. */
export function consistencyProof (m: number, leaves: readonly Hash[]): Hash[] {
  const subproof = (m: number, leaves: readonly Hash[], complete: boolean): Hash[] => {
    const n = leaves.length
    if (m === n) return complete ? [] : [rootOf(leaves)]
    const k = split(n)
    return m <= k
      ? [...subproof(m, leaves.slice(0, k), complete), rootOf(leaves.slice(k))]
      : [...subproof(m - k, leaves.slice(k), false), rootOf(leaves.slice(0, k))]
  }
  return m === 0 || m === leaves.length ? [] : subproof(m, leaves, true)
}

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
  #nodes: Array<{ size: number, hash: Hash }> = []
  size = 0

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
