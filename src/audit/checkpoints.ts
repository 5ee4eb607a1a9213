// Signed checkpoints of the audit chain, every N entries or T seconds: tree size, Merkle root (RFC 6962),
// chain head and time, as a compact JWS with the gateway's key, and the same tree head as a c2sp
// tlog-checkpoint signed with the log's note keys, which anyone can check with standard tools. An auditor
// who keeps one can later prove that the log only grew.
import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import type { JWK } from 'jose'
import type { AuditCheckpoint } from '../generated/types.ts'
import { signCompact, verifiedPayload } from '../keys/jws.ts'
import type { KeyRing } from '../keys/key-ring.ts'
import type { LogKeys } from '../keys/log-keys.ts'
import { signNote } from '../keys/signed-note.ts'
import type { Queryable, Store } from '../store/store.ts'
import { genesisHash } from './audit-entry.ts'
import type { Genesis } from './audit-entry.ts'
import { frontierSize, MerkleFrontier, type FrontierNode } from './merkle.ts'

export type Checkpoint = AuditCheckpoint

export const checkpointType = 'oog-checkpoint+jws'

/** The c2sp tlog-checkpoint of a tree head: origin, tree size and base64 root, each on its line. */
export const checkpointNoteText = (origin: string, treeSize: number, root: Buffer) => `${origin}\n${treeSize}\n${root.toString('base64')}\n`

export async function verifyCheckpointSignature (checkpoint: Checkpoint, jwks: { keys: JWK[] }): Promise<boolean> {
  const text = await verifiedPayload(checkpoint.jws, jwks, checkpointType)
  const signed = text === undefined ? undefined : JSON.parse(text) as Partial<Checkpoint>
  return signed?.treeSize === checkpoint.treeSize && signed.root === checkpoint.root && signed.chainHead === checkpoint.chainHead && signed.at === checkpoint.at
}

interface CheckpointRow { tree_size: string, root: string, chain_head: string, at: Date, kid: string, jws: string }
const fromRow = (r: CheckpointRow): Checkpoint => ({ treeSize: Number(r.tree_size), root: r.root, chainHead: r.chain_head, at: new Date(r.at).toISOString(), kid: r.kid, jws: r.jws })

/** Where the log still online starts: after the last archived entry, or at the chain's genesis. */
export async function onlineStart (store: Queryable): Promise<Genesis & { chainGenesis: number }> {
  const { rows } = await store.query<{ genesis_seq: string, archived_seq: string | null, archived_hash: string | null, archived_frontier: FrontierNode[] | string | null }>(
    'SELECT genesis_seq, archived_seq, archived_hash, archived_frontier FROM audit_head WHERE id = 1')
  const head = rows[0]
  const chainGenesis = Number(head.genesis_seq)
  if (head.archived_seq === null) return { seq: chainGenesis, hash: genesisHash, frontier: [], chainGenesis }
  const frontier = typeof head.archived_frontier === 'string' ? JSON.parse(head.archived_frontier) : head.archived_frontier ?? []
  return { seq: Number(head.archived_seq), hash: head.archived_hash!, frontier, chainGenesis }
}

/**
 * The frontier of the first `treeSize` leaves, from the latest kept frontier below it (a checkpoint's, or the
 * archives') and the leaves since: a checkpoint costs the entries since the last one, not the whole log.
 */
async function frontierAt (store: Store, treeSize: number): Promise<MerkleFrontier> {
  const start = await onlineStart(store)
  const archived = frontierSize(start.frontier!)
  const { rows } = await store.query<{ tree_size: string, frontier: FrontierNode[] | string }>(
    'SELECT tree_size, frontier FROM audit_checkpoints WHERE frontier IS NOT NULL AND tree_size >= $1 AND tree_size <= $2 ORDER BY tree_size DESC LIMIT 1', [archived, treeSize])
  const kept = rows[0] ? (typeof rows[0].frontier === 'string' ? JSON.parse(rows[0].frontier) : rows[0].frontier) : start.frontier
  const frontier = new MerkleFrontier(kept)
  const leaves = await store.query<{ leaf_hash: string }>('SELECT leaf_hash FROM audit_log WHERE seq > $1 AND seq <= $2 ORDER BY seq',
    [start.chainGenesis + frontier.size, start.chainGenesis + treeSize])
  for (const { leaf_hash: leaf } of leaves.rows) frontier.add(Buffer.from(leaf, 'hex'))
  if (frontier.size !== treeSize) throw new Error(`the log holds ${frontier.size} of the ${treeSize} leaves to checkpoint`)
  return frontier
}

export class Checkpointer {
  #store: Store
  #keys: KeyRing
  #logKeys: LogKeys
  #origin: string
  #every: number
  /** The chain sequence number the last checkpoint was asked at (a sequence number, not a tree size). */
  #lastSeq = 0
  #creating?: Promise<unknown>
  #timer: NodeJS.Timeout
  #listeners: Array<(treeSize: number) => void> = []

  constructor (deps: { store: Store, keys: KeyRing, logKeys: LogKeys, origin: string, every: number, intervalSeconds: number }) {
    this.#store = deps.store
    this.#keys = deps.keys
    this.#logKeys = deps.logKeys
    this.#origin = deps.origin
    this.#every = deps.every
    this.#timer = setInterval(() => { this.#createQuietly() }, deps.intervalSeconds * 1000).unref()
  }

  /** Called after each audit commit with the chain's new sequence number. */
  committed (seq: number) {
    if (seq - this.#lastSeq >= this.#every) this.#createQuietly()
  }

  /** Called after each checkpoint this process signs, with its tree size. */
  subscribe (listener: (treeSize: number) => void) {
    this.#listeners.push(listener)
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
    this.#lastSeq = Math.max(this.#lastSeq, Number(head.seq))
    if (treeSize === 0 || (await this.#store.query('SELECT 1 FROM audit_checkpoints WHERE tree_size = $1', [treeSize])).rows.length > 0) return undefined
    const frontier = await frontierAt(this.#store, treeSize)
    const rootHash = frontier.root()
    const root = rootHash.toString('hex')
    const key = this.#keys.current
    const at = new Date().toISOString()
    const payload = { treeSize, root, chainHead: head.hash, at }
    const [jws, note] = await Promise.all([signCompact(key, checkpointType, payload), signNote(checkpointNoteText(this.#origin, treeSize, rootHash), this.#logKeys.signers)])
    // Another gateway process may have signed the same size first; either checkpoint is as good.
    await this.#store.query('INSERT INTO audit_checkpoints (tree_size, root, chain_head, at, kid, jws, frontier, note) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (tree_size) DO NOTHING',
      [treeSize, root, head.hash, at, key.kid, jws, JSON.stringify(frontier.nodes), note])
    for (const listener of this.#listeners) listener(treeSize)
    return { ...payload, kid: key.kid, jws }
  }

  #createQuietly () {
    if (this.#creating) return
    this.#creating = this.create().catch(() => undefined).finally(() => { this.#creating = undefined })
  }
}

export async function listCheckpoints (store: Queryable): Promise<Checkpoint[]> {
  const { rows } = await store.query<CheckpointRow>('SELECT * FROM audit_checkpoints ORDER BY tree_size')
  return rows.map(fromRow)
}

declare module 'fastify' {
  interface FastifyInstance { checkpoints: Checkpointer }
}

export default fp(async (app: FastifyInstance) => {
  const checkpoints = new Checkpointer({ store: app.store, keys: app.keys, logKeys: app.logKeys, origin: app.config.auditLogOrigin, every: app.config.auditCheckpointEvery, intervalSeconds: app.config.auditCheckpointSeconds })
  app.audit.subscribe((seq) => checkpoints.committed(seq))
  app.decorate('checkpoints', checkpoints)
  app.addHook('onClose', () => checkpoints.stop())
}, { name: 'gateway-checkpoints', fastify: '5.x', dependencies: ['gateway-audit', 'gateway-keys', 'gateway-log-keys'] })
