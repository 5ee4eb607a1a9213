// Auditor reads (the log's queries and exports, the once-only report) go to a streaming replica when
// DATABASE_READ_URL is set, so that long scans do not compete with the audit writer on the primary. While
// the replica is unreachable, or trails the primary by more than DATABASE_READ_MAX_LAG_SECONDS, they go to the
// primary, and back to the replica once a probe finds it again, caught up.
// Writes, the chain head and reads that must see their own writes never come here: they use the store.
import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import { StoreUnavailable } from '../errors.ts'
import { isUnreachable, openStore, type Queryable, type Store } from './store.ts'

export interface ReplicaHealth {
  /**
   * `lagging`: it answers, but trails the primary by more than the maximum lag; `down`: unreachable, or not
   * answering as a replica. Either way auditor reads are on the primary meanwhile.
   */
  state: 'ok' | 'lagging' | 'down'
  /** How long ago the primary committed what the replica has not replayed yet (0 when it has replayed everything). */
  lagSeconds?: number
  /** WAL bytes the primary wrote that the replica has not replayed yet. */
  lagBytes?: number
}

/** How often the replica is probed: its lag, and whether it is back. */
const probeEveryMs = 1000
/** How long a statement may run on the replica (an auditor's export streams in pages, each well within). */
const replicaStatementTimeoutMs = 10_000
/** A replica silent this long after its own statement timeout is taken as gone (cut off without a reset). */
const replicaSilentMs = replicaStatementTimeoutMs + 5000
/** How long a read that must see the primary's latest commit waits for the replica to replay it before reading the primary. */
const catchUpWaitMs = 1000
const catchUpPollMs = 20

export class AuditorReads implements Queryable {
  #primary: Store
  #replica: Store | undefined
  #maxLagSeconds: number
  #health: ReplicaHealth = { state: 'down' }

  /** `maxLagSeconds`: past it, the replica counts as lagging (DATABASE_READ_MAX_LAG_SECONDS). */
  constructor (primary: Store, replica?: { store: Store, maxLagSeconds: number }) {
    this.#primary = primary
    this.#replica = replica?.store
    this.#maxLagSeconds = replica?.maxLagSeconds ?? Infinity
  }

  /** The replica's state at the last probe or read; undefined without a replica. */
  get health (): ReplicaHealth | undefined {
    return this.#replica && this.#health
  }

  async query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: T[] }> {
    if (this.#replica && this.#health.state === 'ok') {
      try {
        return await this.#replica.query<T>(sql, params)
      } catch (err) {
        this.#failedOnReplica(err)
      }
    }
    return this.#primary.query<T>(sql, params)
  }

  /**
   * Where to read what must include everything the primary has committed until now (an export, and its own
   * audit entry): these auditor reads once the replica has replayed up to the primary's current WAL position
   * (waited for up to catchUpWaitMs), else the primary. Replay only moves forward: what it has, it keeps.
   */
  async caughtUp (): Promise<Queryable> {
    const replica = this.#replica
    if (!replica || this.#health.state !== 'ok') return this.#primary
    const { rows: [primary] } = await this.#primary.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn')
    const end = Date.now() + catchUpWaitMs
    try {
      for (;;) {
        const { rows: [replayed] } = await replica.query<{ past: boolean | null }>('SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS past', [primary.lsn])
        if (replayed.past) return this
        if (Date.now() >= end) return this.#primary
        await new Promise((resolve) => setTimeout(resolve, catchUpPollMs))
      }
    } catch (err) {
      this.#failedOnReplica(err)
      return this.#primary
    }
  }

  /**
   * Only a replica that cannot be reached sends reads to the primary (it is down until a probe finds it). A
   * statement that failed there (a timeout, a conflict with recovery, a write refused) fails as it would on
   * the primary: run again there, a heavy scan would land on the very server the replica is there to spare.
   */
  #failedOnReplica (err: unknown): void {
    if (!(err instanceof StoreUnavailable) || !isUnreachable(err.cause)) throw err
    this.#health = { state: 'down' }
  }

  /**
   * Asks the replica what it has replayed and the primary how far its WAL is past that. The time since the last
   * replayed commit grows while the primary is idle, so it counts only while there is WAL left to replay.
   */
  async probe (): Promise<ReplicaHealth | undefined> {
    if (!this.#replica) return undefined
    try {
      const { rows: [replica] } = await this.#replica.query<{ standby: boolean, replayed: string | null, seconds: number | null }>(
        'SELECT pg_is_in_recovery() AS standby, pg_last_wal_replay_lsn()::text AS replayed, extract(epoch FROM now() - pg_last_xact_replay_timestamp())::float8 AS seconds')
      if (!replica.standby || !replica.replayed) throw new Error('not a streaming replica')
      const { rows: [primary] } = await this.#primary.query<{ bytes: number }>('SELECT greatest(pg_wal_lsn_diff(pg_current_wal_lsn(), $1::pg_lsn), 0)::float8 AS bytes', [replica.replayed])
      const lagSeconds = primary.bytes > 0 ? Math.max(replica.seconds ?? 0, 0) : 0
      this.#health = { state: lagSeconds > this.#maxLagSeconds ? 'lagging' : 'ok', lagBytes: primary.bytes, lagSeconds }
    } catch {
      this.#health = { state: 'down' }
    }
    return this.#health
  }

  async close (): Promise<void> {
    await this.#replica?.close()
  }
}

declare module 'fastify' {
  interface FastifyInstance { auditorReads: AuditorReads }
}

/** `report`: told every probe's result (the metrics' gauges). */
export default fp(async (app: FastifyInstance, opts: { report?: (health: ReplicaHealth) => void }) => {
  const { databaseReadUrl, databaseReadMaxLagSeconds, dataDir, databasePoolSize } = app.config
  const replica = databaseReadUrl
    ? await openStore({ databaseUrl: databaseReadUrl, dataDir, poolSize: databasePoolSize, statementTimeoutMs: replicaStatementTimeoutMs, queryTimeoutMs: replicaSilentMs })
    : undefined
  const reads = new AuditorReads(app.store, replica && { store: replica, maxLagSeconds: databaseReadMaxLagSeconds })
  app.decorate('auditorReads', reads)
  if (!databaseReadUrl) return
  // One probe at a time: an unreachable replica can take the connection timeout to say so.
  let probing: Promise<void> | undefined
  const probe = () => {
    probing ??= reads.probe().then((health) => { if (health) opts.report?.(health) }).finally(() => { probing = undefined })
    return probing
  }
  await probe()
  const timer = setInterval(probe, probeEveryMs).unref()
  app.addHook('onClose', async () => {
    clearInterval(timer)
    await probing
    await reads.close()
  })
}, { name: 'gateway-auditor-reads', fastify: '5.x', dependencies: ['gateway-store'] })
