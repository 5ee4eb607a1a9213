// Signed checkpoints of the audit chain, every N entries or T seconds: tree size, Merkle root (RFC 6962),
// chain head and time, as a compact JWS with the gateway's key. An auditor who keeps one can later prove
// that the log only grew.
import { CompactSign, compactVerify, createLocalJWKSet, type JWK } from 'jose'
import type { KeyRing } from '../onceonly/signing-keys.ts'
import type { Store } from '../store/store.ts'
import { rootOf } from './merkle.ts'

export interface Checkpoint { treeSize: number, root: string, chainHead: string, at: string, kid: string, jws: string }

export const checkpointType = 'oog-checkpoint+jws'

export async function verifyCheckpointSignature (checkpoint: Checkpoint, jwks: { keys: JWK[] }): Promise<boolean> {
  try {
    const { payload, protectedHeader } = await compactVerify(checkpoint.jws, createLocalJWKSet(jwks), { algorithms: ['ES256'] })
    const signed = JSON.parse(new TextDecoder().decode(payload))
    return protectedHeader.typ === checkpointType && signed.treeSize === checkpoint.treeSize && signed.root === checkpoint.root &&
      signed.chainHead === checkpoint.chainHead && signed.at === checkpoint.at
  } catch {
    return false
  }
}

interface CheckpointRow { tree_size: string, root: string, chain_head: string, at: Date, kid: string, jws: string }
const fromRow = (r: CheckpointRow): Checkpoint => ({ treeSize: Number(r.tree_size), root: r.root, chainHead: r.chain_head, at: new Date(r.at).toISOString(), kid: r.kid, jws: r.jws })

/** The leaf hashes of the chained entries, in order: leaf i is the entry genesis + 1 + i. */
export async function leafHashes (store: Store, treeSize: number): Promise<Buffer[]> {
  const { rows } = await store.query<{ leaf_hash: string }>(
    'SELECT leaf_hash FROM audit_log WHERE seq > (SELECT genesis_seq FROM audit_head) ORDER BY seq LIMIT $1', [treeSize])
  return rows.map((r) => Buffer.from(r.leaf_hash, 'hex'))
}

export class Checkpointer {
  #store: Store
  #keys: KeyRing
  #every: number
  #lastSize = 0
  #creating?: Promise<unknown>
  #timer: NodeJS.Timeout

  constructor (deps: { store: Store, keys: KeyRing, every: number, intervalSeconds: number }) {
    this.#store = deps.store
    this.#keys = deps.keys
    this.#every = deps.every
    this.#timer = setInterval(() => { this.#createQuietly() }, deps.intervalSeconds * 1000).unref()
  }

  /** Called after each audit commit with the chain's new sequence number. */
  committed (seq: number) {
    if (seq - this.#lastSize >= this.#every) this.#createQuietly()
  }

  stop (): Promise<unknown> {
    clearInterval(this.#timer)
    return this.#creating ?? Promise.resolve()
  }

  list (): Promise<Checkpoint[]> {
    return listCheckpoints(this.#store)
  }

  /** Signs a checkpoint of the chain as it is now, unless one of that size exists. */
  async create (): Promise<Checkpoint | undefined> {
    const head = (await this.#store.query<{ seq: string, hash: string, genesis_seq: string }>('SELECT seq, hash, genesis_seq FROM audit_head WHERE id = 1')).rows[0]
    const treeSize = Number(head.seq) - Number(head.genesis_seq)
    this.#lastSize = Math.max(this.#lastSize, Number(head.seq))
    if (treeSize === 0 || (await this.#store.query('SELECT 1 FROM audit_checkpoints WHERE tree_size = $1', [treeSize])).rows.length > 0) return undefined
    const root = rootOf(await leafHashes(this.#store, treeSize)).toString('hex')
    const key = this.#keys.current
    const at = new Date().toISOString()
    const payload = { treeSize, root, chainHead: head.hash, at }
    const jws = await new CompactSign(new TextEncoder().encode(JSON.stringify(payload))).setProtectedHeader({ alg: 'ES256', kid: key.kid, typ: checkpointType }).sign(key.privateKey)
    // Another gateway process may have signed the same size first; either checkpoint is as good.
    await this.#store.query('INSERT INTO audit_checkpoints (tree_size, root, chain_head, at, kid, jws) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (tree_size) DO NOTHING',
      [treeSize, root, head.hash, at, key.kid, jws])
    return { ...payload, kid: key.kid, jws }
  }

  #createQuietly () {
    if (this.#creating) return
    this.#creating = this.create().catch(() => undefined).finally(() => { this.#creating = undefined })
  }
}

export async function listCheckpoints (store: Store): Promise<Checkpoint[]> {
  const { rows } = await store.query<CheckpointRow>('SELECT * FROM audit_checkpoints ORDER BY tree_size')
  return rows.map(fromRow)
}
