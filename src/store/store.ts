// The system of record: PostgreSQL through pg when a URL is given, PGlite (PostgreSQL in WASM) in a folder
// otherwise. Both speak the same SQL, so the rest of the gateway sees one small interface.
import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import pg from 'pg'
import type { PGlite as PGliteType } from '@electric-sql/pglite'
import { StoreUnavailable } from '../errors.ts'

export interface QueryOptions {
  /**
   * Prepared once per connection under this name (PostgreSQL; PGlite ignores it): planned once instead of at
   * every call. A name must only ever stand for one text.
   */
  name?: string
}

export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[], options?: QueryOptions): Promise<{ rows: T[] }>
}

export interface Executable extends Queryable {
  /** Runs a whole SQL script, several statements without parameters (migrations). */
  exec (sql: string): Promise<void>
}

export interface Store extends Executable {
  readonly kind: 'pg' | 'pglite'
  transaction<T>(fn: (tx: Executable) => Promise<T>): Promise<T>
  close (): Promise<void>
}

export interface StoreOptions {
  databaseUrl?: string
  dataDir: string
  pgliteDataDir?: string
  /** PostgreSQL connections held at most (DATABASE_POOL_SIZE); pg's own default, 10, for tests and tools. */
  poolSize?: number
  /** A statement not answered within this fails as the store being unreachable (pg only): a server gone silent is not waited for. */
  queryTimeoutMs?: number
  /**
   * The server cancels a statement running longer than this (pg only; 57014, the store unavailable for that
   * statement, the server still reachable). Below queryTimeoutMs, so that a slow statement is told from a silent server.
   */
  statementTimeoutMs?: number
  /** Told what opening is doing, for a person watching a first start (initdb can take a minute). */
  progress?: (message: string) => void
}

export async function openStore (options: StoreOptions): Promise<Store> {
  return classifying(options.databaseUrl ? openPg(options.databaseUrl, options) : await openPGlite(options.pgliteDataDir ?? `${options.dataDir}/pglite`, options.progress))
}

/**
 * SQLSTATEs that say the server cannot be reached or has let the connection go: connection exceptions (08),
 * too many connections (53300), shutdown, restart or a terminated session (57P0x).
 */
const unreachableStates = /^(08...|53300|57P0.)$/
/**
 * SQLSTATEs that say the server is there but cannot serve this statement now: a rollback worth retrying
 * (serialization failure, which is also a replica's conflict with recovery; deadlock), a read-only server
 * after a failover, insufficient resources (53: disk full, out of memory), a cancelled or lock-timed-out
 * statement (57014 is also a statement timeout) and system errors (58).
 */
const busyStates = /^(40001|40P01|25006|53...|55P03|57014|58000|58030)$/
/** Socket failures on the way to the server. */
const unreachableSockets = new Set(['ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN'])
/**
 * The drivers' own words, without a code: a lost or closed connection, the pool's wait for one, a server
 * silent past queryTimeoutMs, PGlite closed.
 */
const unreachableMessages = /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed|Cannot use a pool after calling end|Query read timeout|PGlite is clos)/

/**
 * Whether a driver's failure (a StoreUnavailable's cause) says the server could not be reached or dropped the
 * connection, rather than that it failed this statement: only then may another server answer in its place
 * without running the same statement twice.
 */
export function isUnreachable (err: unknown): boolean {
  const e = err as { code?: unknown, message?: unknown } | null | undefined
  if (typeof e?.code === 'string' && (unreachableStates.test(e.code) || unreachableSockets.has(e.code))) return true
  return typeof e?.message === 'string' && unreachableMessages.test(e.message)
}

function isUnavailable (err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code
  return isUnreachable(err) || (typeof code === 'string' && busyStates.test(code))
}

/** A failure of the database itself becomes GW_STORE_UNAVAILABLE (503); a wrong statement stays as it is (500). */
function classified (err: unknown): never {
  throw isUnavailable(err) ? new StoreUnavailable({ cause: err }) : err
}

/** The one place where either driver's failures are classified, so that every caller sees the same errors. */
function classifying (store: Store): Store {
  const executable = (e: Executable): Executable => ({
    query: <T>(sql: string, params?: unknown[], options?: QueryOptions) => e.query<T>(sql, params, options).catch(classified),
    exec: (sql) => e.exec(sql).catch(classified)
  })
  return {
    kind: store.kind,
    ...executable(store),
    transaction: (fn) => store.transaction((tx) => fn(executable(tx))).catch(classified),
    close: () => store.close()
  }
}

/** pg's form of a query, named when it is to be prepared. */
const pgQuery = (sql: string, params: unknown[] | undefined, options?: QueryOptions) =>
  options?.name ? { name: options.name, text: sql, values: params } : { text: sql, values: params }

function openPg (connectionString: string, { poolSize, queryTimeoutMs, statementTimeoutMs }: StoreOptions): Store {
  const pool = new pg.Pool({ connectionString, max: poolSize, connectionTimeoutMillis: 5000, query_timeout: queryTimeoutMs, statement_timeout: statementTimeoutMs })
  // An idle client that loses its server must not crash the process; the next query reports it.
  pool.on('error', () => {})
  return {
    kind: 'pg',
    query: (sql, params, options) => pool.query(pgQuery(sql, params, options)) as never,
    exec: async (sql) => { await pool.query(sql) },
    async transaction (fn) {
      const client = await pool.connect()
      // A connection lost while checked out fails the statement under way, and then the client emits 'error':
      // unheard, that would crash the process. The lost client is dropped, not given back to the pool.
      let lost: Error | undefined
      const onLost = (err: Error) => { lost = err }
      client.on('error', onLost)
      let begun = false
      const query = async (sql: string, params?: unknown[], options?: QueryOptions) => {
        if (!begun) {
          begun = true
          await client.query('BEGIN')
        }
        return client.query(pgQuery(sql, params, options))
      }
      try {
        const result = await fn({ query: query as never, exec: async (sql) => { await query(sql) } })
        if (begun) await client.query('COMMIT')
        return result
      } catch (err) {
        await client.query('ROLLBACK').catch(() => {})
        throw err
      } finally {
        client.off('error', onLost)
        client.release(lost)
      }
    },
    close: () => pool.end()
  }
}

async function openPGlite (dataDir: string, progress: (message: string) => void = () => {}): Promise<Store> {
  progress(existsSync(join(dataDir, 'PG_VERSION'))
    ? `opening the embedded database in ${dataDir}`
    : `initialising the embedded database in ${dataDir} (first start can take a minute)`)
  await mkdir(dataDir, { recursive: true })
  const { PGlite } = await import('@electric-sql/pglite')
  const db: PGliteType = await PGlite.create(dataDir)
  return {
    kind: 'pglite',
    query: (sql, params) => db.query(sql, params as unknown[]) as never,
    exec: async (sql) => { await db.exec(sql) },
    transaction: (fn) => db.transaction((tx) => fn({ query: (sql, params) => tx.query(sql, params as unknown[]) as never, exec: async (sql) => { await tx.exec(sql) } })),
    close: async () => { if (!db.closed) await db.close() }
  }
}
