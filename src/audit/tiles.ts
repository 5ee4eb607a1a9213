// The sharing log as a c2sp tiled transparency log (c2sp.org/tlog-tiles): its latest checkpoint note and
// the tiles of its Merkle tree, up to the published size and no further. Level-0 tiles are the leaf hashes
// the log stores; a hash at level L is the root of 256**L leaves. Entry bundles hold the canonical entries
// those leaves hash (length-prefixed), for auditors.
import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import { LogTileArchived, LogTilePathInvalid, LogTileUnpublished } from '../errors.ts'
import type { LogKeys } from '../keys/log-keys.ts'
import { signNote } from '../keys/signed-note.ts'
import type { Store } from '../store/store.ts'
import { entryCanonical, entryFromRow } from './audit-entry.ts'
import { checkpointNoteText, onlineStart } from './checkpoints.ts'
import { emptyRoot, frontierSize, Subtrees } from './merkle.ts'
import { StoredTree } from './stored-tree.ts'

/** A tile (`level` a number) or an entry bundle: `width` hashes or entries, 256 when full. */
export interface TilePath { level: number | 'entries', index: number, width: number }

/** `<L>/<N>[.p/<W>]` or `entries/<N>[.p/<W>]`, with N in 3-digit elements all but the last x-prefixed (x001/x234/067), as the spec writes them and no other way. */
export function parseTilePath (path: string): TilePath {
  const match = /^(entries|0|[1-9][0-9]?)\/((?:x[0-9]{3}\/)*[0-9]{3})(?:\.p\/([1-9][0-9]{0,2}))?$/.exec(path)
  const elements = match?.[2].split('/').map((e) => Number(e.replace('x', ''))) ?? []
  const level = match?.[1] === 'entries' ? 'entries' : Number(match?.[1])
  const index = elements.reduce((n, e) => n * 1000 + e, 0)
  const width = match?.[3] ? Number(match[3]) : 256
  if (!match || (typeof level === 'number' && level > 63) || (match[3] && width > 255) || (elements.length > 1 && elements[0] === 0) || !Number.isSafeInteger(index)) {
    throw new LogTilePathInvalid(path)
  }
  return { level, index, width }
}

const span = (level: number) => 256 ** level

/** The big-endian uint16 length-prefixed entries of a bundle. */
function bundle (entries: Buffer[]): Buffer {
  return Buffer.concat(entries.flatMap((entry) => {
    if (entry.length > 0xffff) throw new Error(`an entry of ${entry.length} bytes does not fit an entry bundle`)
    const length = Buffer.alloc(2)
    length.writeUInt16BE(entry.length)
    return [length, entry]
  }))
}

export class TiledLog {
  #store: Store
  #origin: string
  #logKeys: LogKeys
  #witnesses: string[]
  #quorum: number

  /** `witnesses`: the configured witnesses' vkeys, `quorum` of which must have cosigned a checkpoint to publish it. */
  constructor (deps: { store: Store, origin: string, logKeys: LogKeys, witnesses: string[], quorum: number }) {
    this.#store = deps.store
    this.#origin = deps.origin
    this.#logKeys = deps.logKeys
    this.#witnesses = deps.witnesses
    this.#quorum = deps.quorum
  }

  /**
   * The latest published checkpoint note, with the configured witnesses' cosignatures, and its size: the latest
   * that a quorum of them cosigned. Before the first, the empty tree's (consistent with any).
   */
  async checkpoint (): Promise<{ note: string, treeSize: number }> {
    // Only cosigned sizes are looked at, newest first: a long wait for a quorum does not lengthen the search.
    const { rows: [latest] } = await (this.#quorum === 0
      ? this.#store.query<{ tree_size: string, root: string, note: string | null }>('SELECT tree_size, root, note FROM audit_checkpoints ORDER BY tree_size DESC LIMIT 1')
      : this.#store.query<{ tree_size: string, root: string, note: string | null }>(
        `SELECT c.tree_size, c.root, c.note FROM audit_checkpoints c WHERE c.tree_size = (SELECT tree_size FROM audit_cosignatures
         WHERE witness = ANY($1) GROUP BY tree_size HAVING count(*) >= $2 ORDER BY tree_size DESC LIMIT 1)`, [this.#witnesses, this.#quorum]))
    if (!latest) return { note: await signNote(checkpointNoteText(this.#origin, 0, emptyRoot()), this.#logKeys.signers), treeSize: 0 }
    const treeSize = Number(latest.tree_size)
    if (latest.note) {
      const { rows } = await this.#store.query<{ line: string }>('SELECT line FROM audit_cosignatures WHERE tree_size = $1 AND witness = ANY($2) ORDER BY witness', [treeSize, this.#witnesses])
      return { note: latest.note + rows.map(({ line }) => `${line}\n`).join(''), treeSize }
    }
    // A checkpoint made before notes existed (an upgraded log) is signed as a note once, when first asked for;
    // Ed25519 is deterministic, so processes doing it at once write the same note.
    const note = await signNote(checkpointNoteText(this.#origin, treeSize, Buffer.from(latest.root, 'hex')), this.#logKeys.signers)
    await this.#store.query('UPDATE audit_checkpoints SET note = $2 WHERE tree_size = $1 AND note IS NULL', [treeSize, note])
    return { note, treeSize }
  }

  /**
   * The hashes of a tile, or the entries of a bundle, within the published tree, as `kind` says the route
   * serves: the public tile route never serves a bundle, however its path arrives (`entries%2F000` is not the
   * auditors' route but decodes to its path).
   */
  async read (text: string, kind: 'tile' | 'entries'): Promise<Buffer> {
    const path = parseTilePath(text)
    if ((path.level === 'entries') !== (kind === 'entries')) throw new LogTilePathInvalid(text)
    const height = path.level === 'entries' ? 0 : path.level
    const lo = path.index * span(height + 1)
    const hi = lo + path.width * span(height)
    if (hi > (await this.checkpoint()).treeSize) throw new LogTileUnpublished(text)
    const start = await onlineStart(this.#store)
    if (lo < frontierSize(start.frontier!)) throw new LogTileArchived(text)
    if (path.level === 'entries') {
      const { rows } = await this.#store.query('SELECT * FROM audit_log WHERE seq > $1 AND seq <= $2 ORDER BY seq', [start.chainGenesis + lo, start.chainGenesis + hi])
      return bundle(rows.map((row) => Buffer.from(entryCanonical(entryFromRow(row as never)))))
    }
    const tree = new StoredTree(this.#store, start)
    // Level 1 from its leaves in one read; higher levels from the stored tree's kept frontiers.
    if (height <= 1) {
      const leaves = await tree.leaves(lo, hi)
      return height === 0 ? Buffer.concat(leaves) : Buffer.concat(Array.from({ length: path.width }, (_, i) => new Subtrees(leaves.slice(i * 256, (i + 1) * 256)).root()))
    }
    return Buffer.concat(await Promise.all(Array.from({ length: path.width }, (_, i) => tree.node(lo + i * span(height), lo + (i + 1) * span(height)))))
  }
}

declare module 'fastify' {
  interface FastifyInstance { tiles: TiledLog }
}

export default fp(async (app: FastifyInstance) => {
  app.decorate('tiles', new TiledLog({
    store: app.store,
    origin: app.config.auditLogOrigin,
    logKeys: app.logKeys,
    witnesses: app.config.auditWitnesses.map((w) => w.vkey),
    quorum: app.config.auditWitnessQuorum
  }))
}, { name: 'gateway-tiles', fastify: '5.x', dependencies: ['gateway-store', 'gateway-log-keys'] })
