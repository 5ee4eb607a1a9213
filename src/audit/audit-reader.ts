// Reading the sharing log for auditors: filtered queries with a cursor, the whole log in order with its
// checkpoints (export and verification), and inclusion and consistency proofs.
import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import type { AuditQuery } from '../generated/types.ts'
import { StoreUnavailable } from '../errors.ts'
import type { Queryable, Store } from '../store/store.ts'
import { assertSubjectId } from '../subject/subject-id.ts'
import type { SubjectHasher } from '../subject/subject-hasher.ts'
import { entryCanonical, entryFromRow, type ChainedEntry } from './audit-entry.ts'
import type { Genesis } from './audit-entry.ts'
import { ChainVerifier, type StoredEntry, type VerificationReport } from './chain-verifier.ts'
import { listCheckpoints, onlineStart, type Checkpoint } from './checkpoints.ts'
import { consistencyRanges, frontierSize, inclusionRanges, type NodeRange } from './merkle.ts'
import { StoredTree } from './stored-tree.ts'
import { canonicalAt, entryLinePrefix, hashAt, prevHashAt, topLevelSeq } from './entry-line.ts'
import type { Seal } from './seal.ts'
import type { JWK } from 'jose'

export interface AuditFilter {
  subjectHmac?: string
  client?: string
  agency?: string
  procedure?: string
  action?: string
  from?: Date
  to?: Date
  /** Return entries after this sequence number. */
  after?: number
  limit: number
}

export type { Genesis }

/** What an auditor's query asks the store for: the subject hashed (after checking its id), dates parsed. */
export function auditFilter (q: AuditQuery, hasher: SubjectHasher): AuditFilter {
  const subject = q.subjectId === undefined ? undefined : { type: q.subjectType ?? 'citizen', id: q.subjectId }
  if (subject) assertSubjectId(subject)
  return {
    subjectHmac: subject && hasher.hash(subject),
    client: q.client,
    agency: q.agency,
    procedure: q.procedure,
    action: q.action,
    from: q.from ? new Date(q.from) : undefined,
    to: q.to ? new Date(q.to) : undefined,
    after: q.cursor ? Number(q.cursor) : undefined,
    limit: q.limit ?? 100
  }
}

/** The filters a query used, as its audit entry records them (the subject by name only). */
export function filterNames (q: AuditQuery): string[] {
  const names = Object.keys(q).filter((k) => k !== 'subjectId' && k !== 'cursor' && k !== 'limit')
  return q.subjectId === undefined ? names : [...names, 'subject']
}

/** An export (or an archive file): a header, the entries in order with each checkpoint after the entry that completes it, and for an archive its seal. */
export type ExportLine =
  | { type: 'header', format: 'oog-audit-export/1', genesis: Genesis, exportedAt: string, archive?: string }
  | ({ type: 'entry' } & StoredEntry)
  | ({ type: 'checkpoint' } & Checkpoint)
  | ({ type: 'seal' } & Seal)

const pageSize = 5000

/**
 * The entries of a log table after sequence number `after` (the tree holding `size` leaves before them), a
 * page at a time, each of these checkpoints right after the entry that completes it. Entry lines carry their
 * leaf hash, for whoever keeps a frontier.
 */
export async function * chainLines (store: Queryable, table: string, after: number, size: number, checkpoints: Checkpoint[]): AsyncGenerator<ExportLine & { leafHash?: string }> {
  let next = 0
  for (;;) {
    const { rows } = await store.query<{ prev_hash: string, hash: string, leaf_hash: string }>(`SELECT * FROM ${table} WHERE seq > $1 ORDER BY seq LIMIT $2`, [after, pageSize])
    for (const row of rows) {
      const entry = entryFromRow(row as never)
      yield { type: 'entry', entry, prevHash: row.prev_hash, hash: row.hash, leafHash: row.leaf_hash }
      size++
      after = entry.seq
      while (next < checkpoints.length && checkpoints[next].treeSize <= size) yield { type: 'checkpoint', ...checkpoints[next++] }
    }
    if (rows.length < pageSize) return
  }
}

const hexNodes = async (tree: StoredTree, ranges: NodeRange[]) => (await Promise.all(ranges.map(([lo, hi]) => tree.node(lo, hi)))).map((h) => h.toString('hex'))

export class AuditReader {
  #store: Store
  /** Where queries and exports read: a replica's lag is no harm to them. Verification and proofs, which must agree with the chain head and the published checkpoints, read the store. */
  #reads: Queryable

  constructor (store: Store, reads: Queryable = store) {
    this.#store = store
    this.#reads = reads
  }

  async query (filter: AuditFilter): Promise<{ entries: ChainedEntry[], next?: number }> {
    const where: string[] = ['seq > $1']
    const params: unknown[] = [filter.after ?? 0]
    const add = (sql: string, value: unknown) => { params.push(value); where.push(sql.replace('?', `$${params.length}`)) }
    if (filter.subjectHmac) add('subject_hmac = ?', filter.subjectHmac)
    if (filter.client) add('client_id = ?', filter.client)
    if (filter.agency) add('sources @> ?::jsonb', JSON.stringify([{ agency: filter.agency }]))
    if (filter.procedure) add('procedure = ?', filter.procedure)
    if (filter.action) add('action = ?', filter.action)
    if (filter.from) add('at >= ?', filter.from)
    if (filter.to) add('at < ?', filter.to)
    params.push(filter.limit + 1)
    const { rows } = await this.#reads.query<never>(`SELECT * FROM audit_log WHERE ${where.join(' AND ')} ORDER BY seq LIMIT $${params.length}`, params)
    const entries = rows.slice(0, filter.limit).map(entryFromRow)
    return { entries, ...(rows.length > filter.limit ? { next: entries[entries.length - 1].seq } : {}) }
  }

  /** Where the online log starts (after the archives, which hold the rest). */
  async genesis (from: Queryable = this.#store): Promise<Genesis> {
    const { chainGenesis, ...start } = await onlineStart(from)
    return start
  }

  /** The online chain in order, each checkpoint right after the entry that completes it; from the auditor reads' database unless told. */
  async * export (from: Queryable = this.#reads): AsyncGenerator<ExportLine> {
    const genesis = await this.genesis(from)
    yield { type: 'header', format: 'oog-audit-export/1', genesis, exportedAt: new Date().toISOString() }
    const archived = frontierSize(genesis.frontier!)
    const checkpoints = (await listCheckpoints(from)).filter((c) => c.treeSize >= archived)
    let placed = 0
    for await (const { leafHash, ...line } of chainLines(from, 'audit_log', genesis.seq, archived, checkpoints)) {
      if (line.type === 'checkpoint') placed++
      yield line
    }
    // Checkpoints past the last entry read (signed while the export ran) close it.
    for (const checkpoint of checkpoints.slice(placed)) yield { type: 'checkpoint', ...checkpoint }
  }

  /** Verifies the stored chain and checkpoints, and that the chain head agrees with the last entry. */
  async verify (jwks: { keys: JWK[] }): Promise<VerificationReport> {
    const verifier = await verifyLines(this.export(this.#store), jwks)
    const report = verifier.report()
    if (!report.ok) return report
    const head = (await this.#store.query<{ seq: string, hash: string }>('SELECT seq, hash FROM audit_head WHERE id = 1')).rows[0]
    if (head.hash !== report.chainHead) {
      return { ...report, ok: false, firstBad: { seq: report.treeSize + 1, reason: 'missing', message: `the chain head is entry ${head.seq}, the log ends before it` } }
    }
    return report
  }

  /** An entry's audit path to a checkpoint; undefined when no checkpoint covers it or it is archived (its archive proves it). */
  async inclusion (seq: number, treeSize?: number) {
    const checkpoint = await this.#checkpoint(treeSize)
    const start = await onlineStart(this.#store)
    const index = seq - start.chainGenesis - 1
    if (!checkpoint || seq <= start.seq || index >= checkpoint.treeSize) return undefined
    const tree = new StoredTree(this.#store, start)
    const { rows } = await this.#store.query<never>('SELECT * FROM audit_log WHERE seq = $1', [seq])
    return {
      seq,
      leafIndex: index,
      entry: entryFromRow(rows[0]),
      leafHash: (await tree.node(index, index + 1)).toString('hex'),
      proof: await hexNodes(tree, inclusionRanges(index, checkpoint.treeSize)),
      checkpoint
    }
  }

  /** That the later checkpoint's log extends the earlier's; undefined when either is unknown or the earlier predates the archives. */
  async consistency (fromSize: number, toSize?: number) {
    const [from, to] = [await this.#checkpoint(fromSize), await this.#checkpoint(toSize)]
    if (!from || !to || from.treeSize > to.treeSize) return undefined
    const tree = new StoredTree(this.#store, await onlineStart(this.#store))
    try {
      return { from, to, proof: await hexNodes(tree, consistencyRanges(from.treeSize, to.treeSize)) }
    } catch (err) {
      // A proof that reaches into the archives is not given here; a store that fails is no answer about proofs.
      if (err instanceof StoreUnavailable) throw err
      return undefined
    }
  }

  /** The checkpoint of that size, or the latest. */
  async #checkpoint (treeSize?: number): Promise<Checkpoint | undefined> {
    const all = await listCheckpoints(this.#store)
    return treeSize === undefined ? all[all.length - 1] : all.find((c) => c.treeSize === treeSize)
  }
}

/**
 * One line of an export. An entry line carries the entry's canonical bytes verbatim, so that a verifier
 * hashes what was hashed instead of re-encoding it (its layout: entry-line.ts).
 */
export function exportLineText (line: ExportLine): string {
  if (line.type !== 'entry') return JSON.stringify(line)
  return `${entryLinePrefix}${line.prevHash}","hash":"${line.hash}","entry":${line.canonical ?? entryCanonical(line.entry)}}`
}

export function parseExportLine (text: string): ExportLine {
  if (!text.startsWith(entryLinePrefix)) return JSON.parse(text)
  const canonical = text.slice(canonicalAt, -1)
  const seq = topLevelSeq(canonical)
  return {
    type: 'entry',
    prevHash: text.slice(prevHashAt, prevHashAt + 64),
    hash: text.slice(hashAt, hashAt + 64),
    canonical,
    seq,
    // Decoded only when needed (a failure's diagnosis): most entries are checked by their bytes alone.
    get entry () { return JSON.parse(canonical) }
  }
}

/** Checks export lines one by one; shared by the server and the offline verifier. */
export class ExportVerifier {
  #jwks: { keys: JWK[] }
  #verifier?: ChainVerifier

  constructor (jwks: { keys: JWK[] }) {
    this.#jwks = jwks
  }

  get failed (): boolean {
    return this.#verifier?.failed ?? false
  }

  /** An entry line already hashed (ChainVerifier.hashedEntry). */
  hashedEntry (seq: number, prevHash: string, hash: string, leaf: Buffer) {
    if (!this.#verifier) throw new Error('an export starts with its header line')
    this.#verifier.hashedEntry(seq, prevHash, hash, leaf)
  }

  /** Returns a promise only for checkpoints (their signatures); entries are checked synchronously. */
  add (line: ExportLine): Promise<void> | undefined {
    if (line.type === 'header') {
      // Several files in order (archives, then an export of the online log) must each continue the last.
      if (this.#verifier) this.#verifier.continueWith(line.genesis)
      else this.#verifier = new ChainVerifier(this.#jwks, line.genesis)
      return undefined
    }
    if (!this.#verifier) throw new Error('an export starts with its header line')
    if (line.type === 'entry') {
      this.#verifier.entry(line)
      return undefined
    }
    if (line.type === 'seal') {
      const { type, ...seal } = line
      return this.#verifier.seal(seal)
    }
    const { type, ...checkpoint } = line
    // A checkpoint past the entries still present is reported as missing entries.
    return checkpoint.treeSize >= this.#verifier.size ? this.#verifier.checkpoint(checkpoint) : undefined
  }

  report (): VerificationReport {
    if (!this.#verifier) throw new Error('empty export')
    return this.#verifier.report()
  }
}

export async function verifyLines (lines: AsyncIterable<ExportLine>, jwks: { keys: JWK[] }): Promise<ExportVerifier> {
  const verifier = new ExportVerifier(jwks)
  for await (const line of lines) {
    await verifier.add(line)
    if (verifier.failed) break
  }
  return verifier
}

declare module 'fastify' {
  interface FastifyInstance { auditReader: AuditReader }
}

export default fp(async (app: FastifyInstance) => {
  app.decorate('auditReader', new AuditReader(app.store, app.auditorReads))
}, { name: 'gateway-audit-reader', fastify: '5.x', dependencies: ['gateway-store', 'gateway-auditor-reads'] })
