import { createHash } from 'node:crypto'
import t from 'tap'
import { MerkleFrontier, Subtrees, leafHash, rootOf, verifyConsistency, verifyInclusion } from '../../src/audit/merkle.ts'

const leaves = (n: number) => Array.from({ length: n }, (_, i) => leafHash(Buffer.from(`entry ${i}`)))

t.test('RFC 6962 hashing', async (t) => {
  t.equal(rootOf([]).toString('hex'), createHash('sha256').digest('hex'), 'the empty tree hashes the empty string')
  // The first test vector of the Certificate Transparency reference tests: the empty leaf.
  t.equal(leafHash(Buffer.alloc(0)).toString('hex'), '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d')
  const three = leaves(3)
  const manual = createHash('sha256').update(Buffer.from([1])).update(
    createHash('sha256').update(Buffer.from([1])).update(three[0]).update(three[1]).digest()).update(three[2]).digest()
  t.same(rootOf(three), manual, 'a tree of 3 splits 2 + 1')
})

t.test('inclusion and consistency proofs verify for every size and index, and fail when wrong', async (t) => {
  const all = leaves(33)
  for (let n = 1; n <= all.length; n++) {
    const tree = all.slice(0, n)
    const root = rootOf(tree)
    const frontier = new MerkleFrontier()
    tree.forEach((leaf) => frontier.add(leaf))
    if (!frontier.root().equals(root)) t.fail(`frontier root of ${n}`)
    for (let m = 0; m < n; m++) {
      const proof = new Subtrees(tree).inclusionProof(m)
      if (!verifyInclusion(m, n, tree[m], proof, root)) t.fail(`inclusion ${m} of ${n}`)
      if (n > 1 && verifyInclusion(m, n, tree[(m + 1) % n], proof, root)) t.fail(`another leaf passes as ${m} of ${n}`)
    }
    for (let m = 1; m <= n; m++) {
      const proof = new Subtrees(tree).consistencyProof(m)
      if (!verifyConsistency(m, n, rootOf(tree.slice(0, m)), root, proof)) t.fail(`consistency ${m} to ${n}`)
      if (m < n && verifyConsistency(m, n, rootOf(all.slice(1, m + 1)), root, proof)) t.fail(`a rewritten prefix passes ${m} to ${n}`)
    }
  }
  t.pass('33 tree sizes, every index and every prefix')
})

t.test('with the oldest leaves archived, the frontier stands for them in roots and proofs', async (t) => {
  const all = leaves(45)
  for (const archived of [1, 6, 8, 13, 32]) {
    const frontier = new MerkleFrontier()
    all.slice(0, archived).forEach((leaf) => frontier.add(leaf))
    const partial = new Subtrees(all.slice(archived), frontier.nodes)
    const whole = new Subtrees(all)
    t.same(partial.root(), whole.root(), `root, ${archived} archived`)
    for (let n = archived + 1; n <= all.length; n++) {
      for (let m = archived; m < n; m++) if (!partial.inclusionProof(m, n).every((h, i) => h.equals(whole.inclusionProof(m, n)[i]))) t.fail(`path ${m} of ${n}`)
      for (let m = archived; m <= n; m++) if (!verifyConsistency(m, n, whole.root(m), whole.root(n), partial.consistencyProof(m, n))) t.fail(`consistency ${m} to ${n}`)
    }
    const resumed = new MerkleFrontier(frontier.nodes)
    all.slice(archived).forEach((leaf) => resumed.add(leaf))
    t.same(resumed.root(), whole.root(), 'a frontier resumed from its nodes goes on to the same root')
  }
  t.throws(() => new Subtrees(all.slice(13), (() => { const f = new MerkleFrontier(); all.slice(0, 13).forEach((l) => f.add(l)); return f.nodes })()).inclusionProof(2, 20), /archived/, 'an archived leaf\'s path needs the archive')
})

t.test('an export line\'s own sequence number, not one nested in its detail', async (t) => {
  const { topLevelSeq } = await import('../../src/audit/entry-line.ts')
  t.equal(topLevelSeq('{"action":"audit.proof","detail":{"seq":7,"x":"\\"seq\\":9"},"role":"auditor","seq":31,"sources":[{"seq":2}]}'), 31)
  t.equal(topLevelSeq('{"detail":{"seq":7}}'), undefined)
})
