// The system of record: PostgreSQL through pg when a URL is given, PGlite (PostgreSQL in WASM) in a folder
// otherwise. Both speak the same SQL, so the rest of the gateway sees one small interface.
import { mkdir } from 'node:fs/promises'
import pg from 'pg'
import type { PGlite as PGliteType } from '@electric-sql/pglite'

export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>
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
}

export async function openStore (options: StoreOptions): Promise<Store> {
  return options.databaseUrl ? openPg(options.databaseUrl, options.poolSize) : openPGlite(options.pgliteDataDir ?? `${options.dataDir}/pglite`)
}

function openPg (connectionString: string, poolSize: number | undefined): Store {
  const pool = new pg.Pool({ connectionString, max: poolSize, connectionTimeoutMillis: 5000 })
  // An idle client that loses its server must not crash the process; the next query reports it.
  pool.on('error', () => {})
  return {
    kind: 'pg',
    query: (sql, params) => pool.query(sql, params as unknown[]) as never,
    exec: async (sql) => { await pool.query(sql) },
    async transaction (fn) {
      const client = await pool.connect()
      let begun = false
      // BEGIN rides with the first statement when that has no parameters (one simple query, several
      // statements, the last one's rows): a round trip fewer on the audit writer's path.
      const query = async (sql: string, params?: unknown[]) => {
        if (begun) return client.query(sql, params)
        begun = true
        if (params?.length) {
          await client.query('BEGIN')
          return client.query(sql, params)
        }
        const results = await client.query(`BEGIN; ${sql}`) as unknown as pg.QueryResult[]
        return results[1]
      }
      try {
        const result = await fn({ query: query as never, exec: async (sql) => { await query(sql) } })
        if (begun) await client.query('COMMIT')
        return result
      } catch (err) {
        await client.query('ROLLBACK').catch(() => {})
        throw err
      } finally {
        client.release()
      }
    },
    close: () => pool.end()
  }
}

async function openPGlite (dataDir: string): Promise<Store> {
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
