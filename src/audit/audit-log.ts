// The one door to the sharing log: a group-commit writer. While one batch commits, the next gathers; each
// batch is hash-chained and written by one statement under a short lock on the chain head (so several
// gateway processes keep one ordered chain), and only then is every waiting request answered.
import { createHash } from 'node:crypto'
import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import { AuditUnavailable } from '../errors.ts'
import type { Store } from '../store/store.ts'
import { jsonFlaw } from '../validation/storable-json.ts'
import { ensurePartitions } from './partitions.ts'
import { rowColumns, rowValues, unchainedCanonical, type AuditEntry, type UnchainedCanonical } from './audit-entry.ts'

export type { AuditEntry }

/** A row that must be durable exactly when its audit entry is (a receipt's hash): written by the same statement. */
export interface CompanionRow { table: string, columns: readonly string[], values: unknown[] }

/** An entry waiting for its batch, already canonicalised and in its stored form but for its place in the chain. */
interface Waiting { canonical: UnchainedCanonical, row: unknown[], companions: CompanionRow[], resolve: (seq: number) => void, reject: (err: Error) => void }

export interface AuditLogOptions {
  /** How long the first entry of a batch waits for others when no batch is committing (0: this turn of the event loop). */
  maxWaitMs?: number
  maxBatch?: number
}

/**
 * SQLSTATE classes of errors one row causes (data exception, integrity constraint, program limit): a batch
 * failing with one is split until the row stands alone, so that one entry never fails the others.
 */
const rowErrorClasses = new Set(['22', '23', '54'])
const causedByOneRow = (err: unknown) => rowErrorClasses.has(String((err as { code?: unknown } | undefined)?.code ?? '').slice(0, 2))

// A batch's entries go as one JSON array per column (a statement whose text never changes, whatever the
// batch's size): thousands of parameters, one per value, cost PostgreSQL more to parse and plan than the rows to
// insert. JSON rather than PostgreSQL's array text, since JSON.stringify is native where pg escapes each
// element of an array in JavaScript (a fifth of the writer's CPU, bench/README.md).
// The head is locked and the clock read in the same statement, and audit_chain (migration 017) splices each
// entry's time and sequence number into its canonical parts and chains them: one round trip per batch, its
// commit included, where BEGIN with the head's read, the insert and COMMIT took three.
const canonicalParameters = 3
/** The text[] a parameter's JSON array of strings holds, in its order. */
const textArray = (parameter: number) => `ARRAY(SELECT e FROM json_array_elements_text($${parameter}::json) WITH ORDINALITY AS t(e, i) ORDER BY i)`
const entryParameters = rowColumns.length + canonicalParameters
const entryInsert = `INSERT INTO audit_log (seq, at, ${rowColumns.map(([column]) => column).join(', ')}, prev_hash, hash, leaf_hash)
  SELECT u.seq, head.at, ${rowColumns.map(([column, type]) => `u.${column}::${type}`).join(', ')}, u.prev_hash, u.hash, u.leaf_hash
  FROM head, ROWS FROM (${rowColumns.map((_, i) => `json_array_elements_text($${i + canonicalParameters + 1}::json)`).join(', ')},
    audit_chain(head.seq, head.hash, to_char(head.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), ${[1, 2, 3].map(textArray).join(', ')}))
  AS u(${rowColumns.map(([column]) => column).join(', ')}, seq, prev_hash, hash, leaf_hash)
  RETURNING seq, hash, at`

/**
 * Companion rows as one insert per table and column list, the rows as a JSON array of objects read with the
 * table's own row type: the statement's text depends on the tables and columns, never on how many rows.
 */
function groupedByTable (rows: CompanionRow[]): Array<{ sql: string, rows: string }> {
  const groups = new Map<string, { table: string, columns: readonly string[], rows: Array<Record<string, unknown>> }>()
  for (const row of rows) {
    const key = `${row.table}(${row.columns.join()})`
    const group = groups.get(key) ?? groups.set(key, { table: row.table, columns: row.columns, rows: [] }).get(key)!
    group.rows.push(Object.fromEntries(row.columns.map((column, i) => [column, row.values[i]])))
  }
  return [...groups.values()].map(({ table, columns, rows }, i) => ({
    sql: `w${i} AS (INSERT INTO ${table} (${columns.join(', ')}) SELECT ${columns.join(', ')} FROM json_populate_recordset(null::${table}, $${entryParameters + i + 1}::json))`,
    rows: JSON.stringify(rows)
  }))
}

export class AuditLog {
  #store: Store
  #maxWaitMs: number
  #maxBatch: number
  #listeners: Array<(seq: number) => void> = []
  #queue: Waiting[] = []
  #waiting = false
  #flushing?: Promise<void>
  /** The last committed batch's answers, given on the tick after the next batch left (#kick). */
  #answered = Promise.resolve()

  constructor (store: Store, options: AuditLogOptions = {}) {
    this.#store = store
    this.#maxWaitMs = options.maxWaitMs ?? 0
    this.#maxBatch = options.maxBatch ?? 500
  }

  /** Resolves with the entry's sequence number once it is committed; rejects with GW_AUDIT_UNAVAILABLE otherwise. */
  append (entry: AuditEntry, companions: CompanionRow[] = []): Promise<number> {
    return new Promise((resolve, reject) => {
      // PostgreSQL refuses U+0000 and would store a lone surrogate as U+FFFD, so that the row would no longer
      // hash to its chain link: such an entry fails alone, before it joins a batch. The rest of its canonical
      // form and row is made now, while the batch before it commits.
      if (jsonFlaw(entry)) return reject(new Error('an audit entry carries text that cannot be stored'))
      const stored = { ...entry, sources: entry.sources?.length ? entry.sources : undefined, fields: entry.fields?.length ? entry.fields : undefined }
      this.#queue.push({ canonical: unchainedCanonical(stored), row: rowValues(stored), companions, resolve, reject })
      if (this.#queue.length >= this.#maxBatch) this.#kick()
      // While a batch commits the next one gathers, and follows it at once; an idle writer waits a moment
      // (by default only for the appends of this turn of the event loop).
      else if (!this.#flushing && !this.#waiting) {
        this.#waiting = true
        const kick = () => { this.#waiting = false; this.#kick() }
        if (this.#maxWaitMs > 0) setTimeout(kick, this.#maxWaitMs)
        else setImmediate(kick)
      }
    })
  }

  /** Calls `listener` after each committed batch with the chain's last sequence number. */
  subscribe (listener: (seq: number) => void) {
    this.#listeners.push(listener)
  }

  /** Commits whatever waits and answers its appends (graceful shutdown). */
  async flush (): Promise<void> {
    while (this.#queue.length > 0 || this.#flushing) {
      this.#kick()
      await this.#flushing
    }
    await this.#answered
  }

  #kick () {
    // One batch in flight at a time; the next one gathers meanwhile.
    if (this.#flushing || this.#queue.length === 0) return
    const batch = this.#queue.splice(0, this.#maxBatch)
    this.#flushing = this.#commit(batch).then((settle) => {
      this.#flushing = undefined
      this.#kick()
      // The next batch goes to the database before this one's waiters run (they answer their requests, and
      // make the entries after it), so that the database writes it meanwhile. pg's pool sends a query on the
      // next tick, and this tick comes after that one; ticks run in order, so batches are answered in order.
      this.#answered = new Promise((resolve) => process.nextTick(() => { settle(); resolve() }))
    })
  }

  /** Writes a batch (split until a row that fails it stands alone); what answers its waiters. */
  async #commit (batch: Waiting[]): Promise<() => void> {
    try {
      const size = await this.#write(batch)
      return () => {
        const first = size - batch.length + 1
        batch.forEach((w, i) => w.resolve(first + i))
        for (const listener of this.#listeners) {
          try {
            listener(size)
          } catch {
            // A listener's failure is its own (checkpoints log theirs): the entries are committed and answered.
          }
        }
      }
    } catch (err) {
      if (batch.length > 1 && causedByOneRow(err)) {
        const half = Math.ceil(batch.length / 2)
        const halves = [await this.#commit(batch.slice(0, half)), await this.#commit(batch.slice(half))]
        return () => halves.forEach((settle) => settle())
      }
      return () => { for (const w of batch) w.reject(Object.assign(new AuditUnavailable(), { cause: err })) }
    }
  }

  /** Chains the batch onto the head and writes it, its companion rows and the new head in one statement; the new last sequence number. */
  async #write (batch: Waiting[]): Promise<number> {
    const canonical: string[][] = [[], [], []]
    const columns: unknown[][] = Array.from({ length: rowColumns.length }, () => [])
    for (const w of batch) {
      canonical[0].push(w.canonical.beforeAt)
      canonical[1].push(w.canonical.beforeSeq)
      canonical[2].push(w.canonical.afterSeq)
      w.row.forEach((value, i) => columns[i].push(value))
    }
    const companions = groupedByTable(batch.flatMap((w) => w.companions))
    // The head, locked, and the database's clock: times grow with sequence numbers whichever process writes
    // (never earlier than the head's own), so that a month's partition holds one contiguous stretch of the chain.
    const sql = `WITH head AS (SELECT seq, hash, date_trunc('milliseconds', GREATEST(clock_timestamp(), at)) AS at FROM audit_head WHERE id = 1 FOR UPDATE),
  w AS (${entryInsert})${companions.map((c) => `, ${c.sql}`).join('')},
  last AS (SELECT seq, hash, at FROM w ORDER BY seq DESC LIMIT 1)
UPDATE audit_head SET seq = last.seq, hash = last.hash, at = last.at FROM last WHERE audit_head.id = 1 RETURNING audit_head.seq`
    // Prepared under a name its text gives (a few texts in all: with receipts or without), so that
    // PostgreSQL plans it once per connection, not at every batch.
    const parameters = [...canonical, ...columns].map((values) => JSON.stringify(values))
    const { rows } = await this.#store.query<{ seq: string }>(sql, [...parameters, ...companions.map((c) => c.rows)], { name: `audit_append_${createHash('sha256').update(sql).digest('hex').slice(0, 16)}` })
    return Number(rows[0].seq)
  }
}

declare module 'fastify' {
  interface FastifyInstance { audit: AuditLog }
}

export default fp(async (app: FastifyInstance) => {
  await ensurePartitions(app.store, new Date())
  // Months are made two ahead; a check a day keeps it so for a gateway that never restarts.
  const partitions = setInterval(() => { ensurePartitions(app.store, new Date()).catch((err) => app.log.warn({ err: err.message }, 'audit partitions not made')) }, 24 * 3600_000).unref()
  const audit = new AuditLog(app.store, { maxWaitMs: app.config.auditBatchWaitMs })
  app.decorate('audit', audit)
  // Registered after the store, so this runs before the store closes.
  app.addHook('onClose', () => {
    clearInterval(partitions)
    return audit.flush()
  })
}, { name: 'gateway-audit', fastify: '5.x', dependencies: ['gateway-store'] })
