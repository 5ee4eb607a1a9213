// Portable proofs of an entry (c2sp.org/tlog-proof@v1): the entry's index, its audit path, and the published
// checkpoint with its witnesses' cosignatures, as text anyone can verify offline with the log's and the
// witnesses' keys. The extra line carries the entry's canonical bytes, so that the holder has what its leaf
// hashes; the inclusion proof is what authenticates them.
import { cosignedBy } from '../keys/cosignature.ts'
import { openNote, type Verifier } from '../keys/signed-note.ts'
import { leafHash, verifyInclusion, type Hash } from './merkle.ts'

const header = 'c2sp.org/tlog-proof@v1'

export interface TlogProof { extra?: Buffer, index: number, path: Hash[], checkpoint: string }

export const formatTlogProof = ({ extra, index, path, checkpoint }: TlogProof) =>
  `${header}\n${extra ? `extra ${extra.toString('base64')}\n` : ''}index ${index}\n${path.map((hash) => `${hash.toString('base64')}\n`).join('')}\n${checkpoint}`

const hashLine = (line: string): Hash => {
  const hash = Buffer.from(line, 'base64')
  if (hash.length !== 32 || hash.toString('base64') !== line) throw new Error(`not a base64 SHA-256 hash: ${line}`)
  return hash
}

/** Parses a tlog-proof@v1; throws for anything else. */
export function parseTlogProof (text: string): TlogProof {
  const blank = text.indexOf('\n\n')
  const head = text.slice(0, Math.max(blank, 0)).split('\n')
  if (blank < 0 || head[0] !== header) throw new Error(`not a ${header}`)
  const extra = /^extra ([A-Za-z0-9+/]*=*)$/.exec(head[1])
  const [indexLine, ...path] = head.slice(extra ? 2 : 1)
  const index = /^index (0|[1-9][0-9]*)$/.exec(indexLine ?? '')
  if (!index) throw new Error('no index line')
  return { ...extra && { extra: Buffer.from(extra[1], 'base64') }, index: Number(index[1]), path: path.map(hashLine), checkpoint: text.slice(blank + 2) }
}

export type TlogProofReport = { ok: true, index: number, treeSize: number, cosigners: string[] } | { ok: false, reason: string }

/**
 * The spec's four steps: the entry's leaf hash, the checkpoint signed by the log's key under its origin (the
 * key's name), `quorum` cosignatures among the known witnesses, and the audit path from the leaf to the root.
 */
export function verifyTlogProof (text: string, entry: Buffer | undefined, policy: { log: Verifier, witnesses: readonly Verifier[], quorum: number }): TlogProofReport {
  let proof: TlogProof
  let checkpoint: string
  try {
    proof = parseTlogProof(text)
    checkpoint = openNote(proof.checkpoint, policy.log)
  } catch (err) {
    return { ok: false, reason: (err as Error).message }
  }
  const data = entry ?? proof.extra
  if (!data) return { ok: false, reason: 'no entry given and none in the proof' }
  const [origin, size, root] = checkpoint.split('\n')
  if (origin !== policy.log.name || !/^(0|[1-9][0-9]*)$/.test(size ?? '')) return { ok: false, reason: `not a checkpoint of ${policy.log.name}` }
  const cosigners = cosignedBy(proof.checkpoint, policy.witnesses).map((w) => w.name)
  if (cosigners.length < policy.quorum) return { ok: false, reason: `${cosigners.length} of the ${policy.quorum} witness cosignatures required` }
  if (!verifyInclusion(proof.index, Number(size), leafHash(data), proof.path, Buffer.from(root, 'base64'))) {
    return { ok: false, reason: `the entry is not at index ${proof.index} of the tree the checkpoint signed` }
  }
  return { ok: true, index: proof.index, treeSize: Number(size), cosigners }
}
