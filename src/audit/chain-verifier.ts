// Verifies a stream of audit entries and checkpoints: the hash chain entry by entry, the Merkle root and
// chain head at each checkpoint, and each checkpoint's signature. The same code serves GET /v1/audit/verify
// and the offline verifier, so both name the same first bad sequence number and reason.
import type { JWK } from 'jose'
import type { AuditVerificationReport } from '../generated/types.ts'
import { chainHash, entryCanonical, entryLeafHash, genesisHash, type ChainedEntry, type Genesis } from './audit-entry.ts'
import { verifyCheckpointSignature, type Checkpoint } from './checkpoints.ts'
import { MerkleFrontier } from './merkle.ts'
import { verifySealSignature, type Seal } from './seal.ts'

export type VerificationReport = AuditVerificationReport
export type FailureReason = NonNullable<VerificationReport['firstBad']>['reason']

export interface StoredEntry {
  entry: ChainedEntry
  prevHash: string
  hash: string
  /** The entry's canonical JSON when the caller already has it (an export line carries it verbatim). */
  canonical?: string
  /** Its sequence number, when known without decoding the entry. */
  seq?: number
}

export class ChainVerifier {
  #jwks: { keys: JWK[] }
  #frontier: MerkleFrontier
  #seq: number
  #head: string
  #entries = 0
  #checkpoints = 0
  #lastGoodCheckpoint: number
  #firstBad?: VerificationReport['firstBad']

  constructor (jwks: { keys: JWK[] }, genesis: Genesis = { seq: 0, hash: genesisHash }) {
    this.#jwks = jwks
    this.#seq = genesis.seq
    this.#head = genesis.hash
    this.#frontier = new MerkleFrontier(genesis.frontier)
    this.#lastGoodCheckpoint = genesis.seq
  }

  /** A file that says it starts where the entries so far end (the next archive, or the online log after them). */
  continueWith (genesis: Genesis) {
    if (this.#firstBad) return
    const frontier = new MerkleFrontier(genesis.frontier)
    if (genesis.seq !== this.#seq || genesis.hash !== this.#head || frontier.size !== this.#frontier.size || !frontier.root().equals(this.#frontier.root())) {
      this.#fail(this.#seq + 1, 'missing', `the next file starts after entry ${genesis.seq}, not after entry ${this.#seq} where the previous one ended`)
    }
  }

  /** The signed end of an archive: it must be signed by a published key and name the chain as verified. */
  async seal (seal: Seal) {
    if (this.#firstBad) return
    if (!(await verifySealSignature(seal, this.#jwks))) return this.#fail(seal.to, 'bad-signature', `the seal of archive ${seal.month} is not signed by a published key`)
    if (seal.to !== this.#seq || seal.chainHead !== this.#head || seal.treeSize !== this.#frontier.size || seal.root !== this.#frontier.root().toString('hex')) {
      this.#fail(this.#lastGoodCheckpoint + 1, 'checkpoint-mismatch', `the entries of archive ${seal.month} differ from what its seal signed`)
    }
  }

  get failed (): boolean {
    return this.#firstBad !== undefined
  }

  /** Entries must come in the order they are stored (by sequence number). */
  entry (stored: StoredEntry) {
    if (this.#firstBad) return
    const { prevHash, hash } = stored
    const seq = stored.seq ?? stored.entry.seq
    if (!this.#next(seq)) return
    const canonical = stored.canonical ?? entryCanonical(stored.entry)
    if (chainHash(prevHash, canonical) !== hash) {
      const entry = stored.entry
      const movedFrom = this.#originalSeq(entry, prevHash, hash)
      return movedFrom === undefined
        ? this.#fail(entry.seq, 'altered', `entry ${entry.seq} does not match its hash`)
        : this.#fail(entry.seq, 'reordered', `entry ${entry.seq} was written as entry ${movedFrom}`)
    }
    this.#link(seq, prevHash, hash, entryLeafHash(canonical))
  }

  /**
   * An entry whose chain hash its caller has found to hold, with its leaf hash: the offline verifier hashes
   * entries on other threads, and gives the others (that fail, or that it cannot read as bytes) to entry().
   */
  hashedEntry (seq: number, prevHash: string, hash: string, leaf: Buffer) {
    if (this.#firstBad || !this.#next(seq)) return
    this.#link(seq, prevHash, hash, leaf)
  }

  /** Whether `seq` is the next sequence number; a failure otherwise. */
  #next (seq: number): boolean {
    const expected = this.#seq + 1
    if (seq === expected) return true
    this.#fail(expected, 'missing', seq > expected ? `entries ${expected} to ${seq - 1} are missing` : `entry ${seq} appears again after ${this.#seq}`)
    return false
  }

  #link (seq: number, prevHash: string, hash: string, leaf: Buffer) {
    if (prevHash !== this.#head) return this.#fail(seq, 'reordered', `entry ${seq} does not follow entry ${this.#seq}`)
    this.#seq = seq
    this.#head = hash
    this.#frontier.add(leaf)
    this.#entries++
  }

  /** A checkpoint is checked when the entries so far reach its size (or at the end, when they never do). */
  get size (): number {
    return this.#frontier.size
  }

  async checkpoint (checkpoint: Checkpoint) {
    if (this.#firstBad) return
    const start = this.#seq - this.#frontier.size
    if (!(await verifyCheckpointSignature(checkpoint, this.#jwks))) {
      return this.#fail(start + checkpoint.treeSize, 'bad-signature', `the checkpoint of size ${checkpoint.treeSize} is not signed by a published key`)
    }
    if (checkpoint.treeSize > this.#frontier.size) {
      return this.#fail(this.#seq + 1, 'missing', `the checkpoint of size ${checkpoint.treeSize} covers entries that are not there`)
    }
    if (checkpoint.treeSize < this.#frontier.size) throw new Error('checkpoints must be given when the entries reach their size')
    if (this.#frontier.root().toString('hex') !== checkpoint.root || this.#head !== checkpoint.chainHead) {
      return this.#fail(this.#lastGoodCheckpoint + 1, 'checkpoint-mismatch',
        `entries ${this.#lastGoodCheckpoint + 1} to ${this.#seq} differ from what the checkpoint of size ${checkpoint.treeSize} signed`)
    }
    this.#lastGoodCheckpoint = this.#seq
    this.#checkpoints++
  }

  report (): VerificationReport {
    return {
      ok: !this.#firstBad,
      entries: this.#entries,
      checkpoints: this.#checkpoints,
      treeSize: this.#frontier.size,
      root: this.#frontier.root().toString('hex'),
      chainHead: this.#head,
      ...(this.#firstBad ? { firstBad: this.#firstBad } : {})
    }
  }

  #fail (seq: number, reason: FailureReason, message: string) {
    this.#firstBad = { seq, reason, message }
  }

  /** An intact entry stored under another sequence number: its own hash holds for a nearby original one. */
  #originalSeq (entry: ChainedEntry, prevHash: string, hash: string): number | undefined {
    for (let delta = 1; delta <= 16; delta++) {
      for (const seq of [entry.seq - delta, entry.seq + delta]) {
        if (seq > 0 && chainHash(prevHash, entryCanonical({ ...entry, seq })) === hash) return seq
      }
    }
    return undefined
  }
}
