// A client of a c2sp tiled transparency log written from the specs alone (c2sp.org/signed-note,
// tlog-checkpoint, tlog-tiles, and RFC 6962 / RFC 9162 for the tree), sharing no code with the gateway: what
// an outsider who knows only the log's verifier key and origin would write to check it.
import { createPublicKey, hash, verify } from 'node:crypto'

const sha256 = (...parts: Uint8Array[]) => hash('sha256', Buffer.concat(parts), 'buffer') as Buffer
export const leafHashOf = (entry: Uint8Array) => sha256(Buffer.from([0]), entry)
const nodeHashOf = (left: Buffer, right: Buffer) => sha256(Buffer.from([1]), left, right)

export interface Verifier { name: string, keyId: Buffer, publicKey: Buffer }

/**
 * `<name>+<hex key ID>+base64(type || Ed25519 public key)`, whose key ID must be the one signed-note derives:
 * type 0x01 for a log's note key, 0x04 for a witness's cosignature key (c2sp.org/tlog-cosignature).
 */
export function parseVkey (vkey: string, type = 0x01): Verifier {
  // The name holds no plus and the key ID is hex, but base64 may hold pluses.
  const match = /^([^+\s]+)\+([0-9a-f]{8})\+([A-Za-z0-9+/]+=*)$/.exec(vkey.trim())
  if (!match) throw new Error('not a vkey')
  const [, name, id, key] = match
  const material = Buffer.from(key, 'base64')
  if (material.length !== 33 || material[0] !== type) throw new Error(`not an Ed25519 vkey of type ${type}`)
  const keyId = Buffer.from(id, 'hex')
  if (!sha256(Buffer.from(`${name}\n`), material).subarray(0, 4).equals(keyId)) throw new Error('the key ID is not the one of this name and key')
  return { name, keyId, publicKey: material.subarray(1) }
}

const ed25519 = (publicKey: Buffer) => createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: publicKey.toString('base64url') }, format: 'jwk' })

/** The text of a note, if the verifier's key signed it; throws otherwise (and for any known-key signature that fails). */
export function openNote (note: string, verifier: Verifier): string {
  if ([...note].some((c) => c < ' ' && c !== '\n')) throw new Error('a note holds no control character but newline')
  const split = note.lastIndexOf('\n\n')
  if (split < 0 || !note.endsWith('\n')) throw new Error('not a note')
  const text = note.slice(0, split + 1)
  let verified = false
  for (const line of note.slice(split + 2, -1).split('\n')) {
    const match = /^— (\S+) ([A-Za-z0-9+/=]+)$/.exec(line)
    if (!match) throw new Error(`not a signature line: ${line}`)
    const signature = Buffer.from(match[2], 'base64')
    if (match[1] !== verifier.name || !signature.subarray(0, 4).equals(verifier.keyId)) continue
    if (!verify(null, Buffer.from(text), ed25519(verifier.publicKey), signature.subarray(4))) throw new Error('a signature of the known key does not verify')
    verified = true
  }
  if (!verified) throw new Error('no signature of the known key')
  return text
}

export interface Checkpoint { origin: string, size: number, root: Buffer }

export function parseCheckpoint (text: string, origin: string): Checkpoint {
  const lines = text.split('\n')
  if (lines.length < 4 || lines[lines.length - 1] !== '' || lines.slice(0, -1).some((l) => l === '')) throw new Error('not a checkpoint')
  if (lines[0] !== origin) throw new Error(`a checkpoint of ${lines[0]}, not ${origin}`)
  if (!/^(0|[1-9][0-9]*)$/.test(lines[1])) throw new Error('not a tree size')
  const root = Buffer.from(lines[2], 'base64')
  if (root.length !== 32 || root.toString('base64') !== lines[2]) throw new Error('not a root hash')
  return { origin, size: Number(lines[1]), root }
}

/** `<N>` of a tile path: 3-digit elements, all but the last prefixed with x (1234067: x001/x234/067). */
export function tileIndexPath (index: number): string {
  const parts: string[] = []
  do {
    parts.unshift(String(index % 1000).padStart(3, '0'))
    index = Math.floor(index / 1000)
  } while (index > 0)
  return parts.map((p, i) => i < parts.length - 1 ? `x${p}` : p).join('/')
}

/** The path of tile `index` at `level` (or of the entry bundle) as a tree of `size` leaves has it: full, or partial at the right edge. */
export function tilePath (level: number | 'entries', index: number, size: number): string {
  const height = level === 'entries' ? 0 : level
  const width = Math.min(256, Math.floor(size / 256 ** height) - index * 256)
  if (width <= 0) throw new Error(`a tree of ${size} has no tile ${index} at level ${height}`)
  return `tile/${level}/${tileIndexPath(index)}${width < 256 ? `.p/${width}` : ''}`
}

/** Entry bundles: big-endian uint16 length-prefixed entries. */
export function bundleEntries (bundle: Buffer): Buffer[] {
  const entries: Buffer[] = []
  for (let at = 0; at < bundle.length;) {
    const length = bundle.readUInt16BE(at)
    entries.push(bundle.subarray(at + 2, at + 2 + length))
    at += 2 + length
  }
  return entries
}

const largestPowerOfTwoBelow = (n: number) => 2 ** Math.floor(Math.log2(n - 1))

/** The tree of a checkpoint as its tiles show it: any node, the root, and audit paths. */
export class TiledTree {
  readonly size: number
  #fetch: (path: string) => Promise<Buffer>
  #tiles = new Map<string, Promise<Buffer>>()

  constructor (size: number, fetchTile: (path: string) => Promise<Buffer>) {
    this.size = size
    this.#fetch = fetchTile
  }

  /** Hash `index` of tile level `level`: MTH of the 256**level leaves from index * 256**level. */
  async tileHash (level: number, index: number): Promise<Buffer> {
    const path = tilePath(level, Math.floor(index / 256), this.size)
    if (!this.#tiles.has(path)) this.#tiles.set(path, this.#fetch(path))
    const tile = await this.#tiles.get(path)!
    const at = (index % 256) * 32
    if (tile.length % 32 !== 0 || at + 32 > tile.length) throw new Error(`tile ${path} is ${tile.length} bytes`)
    return tile.subarray(at, at + 32)
  }

  /** MTH(D[lo:hi]) of RFC 6962, from the highest tiles that hold its perfect subtrees. */
  async node (lo: number, hi: number): Promise<Buffer> {
    const n = hi - lo
    if (n === 0) return sha256()
    if ((n & (n - 1)) === 0 && lo % n === 0) {
      const level = Math.floor(Math.log2(n) / 8)
      const span = 256 ** level
      let hashes = await Promise.all(Array.from({ length: n / span }, (_, i) => this.tileHash(level, lo / span + i)))
      while (hashes.length > 1) hashes = Array.from({ length: hashes.length / 2 }, (_, i) => nodeHashOf(hashes[2 * i], hashes[2 * i + 1]))
      return hashes[0]
    }
    const k = largestPowerOfTwoBelow(n)
    const [left, right] = await Promise.all([this.node(lo, lo + k), this.node(lo + k, hi)])
    return nodeHashOf(left, right)
  }

  root (): Promise<Buffer> {
    return this.node(0, this.size)
  }

  /** PATH(m, D[0:size]) of RFC 6962, 2.1.1. */
  async inclusionPath (m: number): Promise<Buffer[]> {
    const path = async (m: number, lo: number, hi: number): Promise<Buffer[]> => {
      if (hi - lo <= 1) return []
      const k = largestPowerOfTwoBelow(hi - lo)
      return m < k ? [...await path(m, lo, lo + k), await this.node(lo + k, hi)] : [...await path(m - k, lo + k, hi), await this.node(lo, lo + k)]
    }
    return path(m, 0, this.size)
  }
}

/** The root an audit path leads to from a leaf (RFC 9162, 2.1.3.2), or undefined when the path does not fit the tree. */
export function rootFromInclusion (index: number, size: number, leaf: Buffer, path: readonly Buffer[]): Buffer | undefined {
  if (index >= size) return undefined
  let fn = index
  let sn = size - 1
  let r = leaf
  for (const p of path) {
    if (sn === 0) return undefined
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHashOf(p, r)
      while (fn % 2 === 0 && fn !== 0) { fn /= 2; sn = Math.floor(sn / 2) }
    } else {
      r = nodeHashOf(r, p)
    }
    fn = Math.floor(fn / 2)
    sn = Math.floor(sn / 2)
  }
  return sn === 0 ? r : undefined
}

/** The note's signature lines (after its last blank line). */
const signatureLines = (note: string) => note.slice(note.lastIndexOf('\n\n') + 2, -1).split('\n')

/**
 * The timestamp of the witness's cosignature on a checkpoint note (c2sp.org/tlog-cosignature, Ed25519): its
 * bytes are key ID, a big-endian u64 timestamp and a signature of "cosignature/v1\ntime <t>\n" and the note's
 * text. Undefined when the witness did not cosign it; throws for a cosignature of its key that does not verify.
 */
export function cosignatureTime (note: string, witness: Verifier): number | undefined {
  const text = note.slice(0, note.lastIndexOf('\n\n') + 1)
  let time: number | undefined
  for (const line of signatureLines(note)) {
    const match = /^— (\S+) ([A-Za-z0-9+/=]+)$/.exec(line)
    const signature = Buffer.from(match?.[2] ?? '', 'base64')
    if (!match || match[1] !== witness.name || !signature.subarray(0, 4).equals(witness.keyId)) continue
    if (signature.length !== 76) throw new Error('a cosignature is 4 + 8 + 64 bytes')
    const timestamp = signature.readBigUInt64BE(4)
    if (!verify(null, Buffer.from(`cosignature/v1\ntime ${timestamp}\n${text}`), ed25519(witness.publicKey), signature.subarray(12))) throw new Error(`the cosignature of ${witness.name} does not verify`)
    time = Number(timestamp)
  }
  return time
}

export interface TlogProof { extra?: Buffer, index: number, path: Buffer[], checkpoint: string }

/** c2sp.org/tlog-proof@v1: the header, an optional extra line, the index, the inclusion path, a blank line, the checkpoint. */
export function parseTlogProof (proof: string): TlogProof {
  const blank = proof.indexOf('\n\n')
  const head = proof.slice(0, blank).split('\n')
  if (blank < 0 || head[0] !== 'c2sp.org/tlog-proof@v1') throw new Error('not a c2sp.org/tlog-proof@v1')
  const extra = /^extra ([A-Za-z0-9+/]*=*)$/.exec(head[1] ?? '')
  const rest = head.slice(extra ? 2 : 1)
  const index = /^index (0|[1-9][0-9]*)$/.exec(rest[0] ?? '')
  if (!index) throw new Error('no index line')
  const path = rest.slice(1).map((line) => {
    const h = Buffer.from(line, 'base64')
    if (h.length !== 32 || h.toString('base64') !== line) throw new Error(`not a hash line: ${line}`)
    return h
  })
  return { ...extra && { extra: Buffer.from(extra[1], 'base64') }, index: Number(index[1]), path, checkpoint: proof.slice(blank + 2) }
}

/**
 * Verifies a tlog proof as the spec's four steps: the leaf hash of the entry, the checkpoint's origin and log
 * signature, a quorum of cosignatures among the known witnesses, and the inclusion path to the signed root.
 * Returns the witnesses that cosigned; throws with the reason otherwise.
 */
export function verifyTlogProof (proof: string, entry: Buffer, policy: { origin: string, log: Verifier, witnesses: Verifier[], quorum: number }): string[] {
  const parsed = parseTlogProof(proof)
  const leaf = leafHashOf(entry)
  const checkpoint = parseCheckpoint(openNote(parsed.checkpoint, policy.log), policy.origin)
  const cosigned = policy.witnesses.filter((w) => cosignatureTime(parsed.checkpoint, w) !== undefined).map((w) => w.name)
  if (cosigned.length < policy.quorum) throw new Error(`${cosigned.length} of the ${policy.quorum} cosignatures needed`)
  if (!rootFromInclusion(parsed.index, checkpoint.size, leaf, parsed.path)?.equals(checkpoint.root)) throw new Error('the entry is not in the checkpoint\'s tree')
  return cosigned
}
