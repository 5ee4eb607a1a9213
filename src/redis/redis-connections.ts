// The Redis connections BullMQ uses. Producers fail fast while Redis is down, so a prefill can mark its slow
// sources unavailable at once; workers and event listeners block, and wait for Redis to come back. Through
// Sentinels, every connection asks them for the primary, again after each loss: a failover is an outage
// that ends when a replica is promoted.
import { once } from 'node:events'
import { setTimeout } from 'node:timers/promises'
import { Redis, type RedisOptions } from 'ioredis'

/** A Redis URL, or the Sentinels that know the primary of that name. */
export type RedisTarget = string | SentinelTarget

export interface SentinelTarget {
  sentinels: Array<{ host: string, port: number }>
  name: string
  sentinelUsername?: string
  sentinelPassword?: string
  // The primary's, as REDIS_URL gives them:
  username?: string
  password?: string
  db?: number
  /** TLS to the primary and to the Sentinels alike: one switch, as one `rediss://` gives it. */
  tls?: boolean
}

/** A BullMQ worker, as far as closing it goes. */
interface Closable { close (force?: boolean): Promise<void> }

export class RedisConnections {
  readonly producer: Redis
  #target: RedisTarget
  #opened: Redis[] = []
  #workers: Closable[] = []

  constructor (target: RedisTarget) {
    this.#target = target
    // A Redis that stops answering while connected is down too: a command it has not answered in a second fails.
    this.producer = this.#open({ maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: true, commandTimeout: 1000 })
    this.producer.connect().catch(() => {})
  }

  /**
   * Whether commands can be sent now. BullMQ waits for a connection that is down; a request must not, so
   * callers that queue work ask this first.
   */
  get ready (): boolean {
    return this.producer.status === 'ready'
  }

  /** Runs `start` now if Redis is there, otherwise once it is (never, if the connections close first). */
  whenReady (start: () => void): void {
    if (this.ready) start()
    else this.producer.once('ready', start)
  }

  blocking (): Redis {
    return this.#open({ maxRetriesPerRequest: null })
  }

  /** A worker started on a blocking connection, to be closed first when Redis is down (see readyToClose). */
  adopt (worker: Closable): void {
    this.#workers.push(worker)
  }

  /**
   * Makes these BullMQ queues and workers safe to close: BullMQ stops listening when it closes. While Redis is
   * down, every worker of the process is closed at once, without waiting for the jobs it holds (their processors
   * may still be running: their results are lost, and each job runs again once its lock runs out, or fails if
   * it had stalled before), and then the connections end (one still waiting for Redis would report its end to
   * no one). Cut first, BullMQ 5 would retry a failing job's last command on the closed connection in a loop
   * that never yields to the event loop. While Redis is up, they finish starting (the version check, INFO, that
   * a starting one sent would be cut by the close and reject with no one to hear it), unless Redis goes away
   * meanwhile, and within 10 s whatever happens; a Redis lost after that holds the workers' close until it is
   * back or the process's grace period ends.
   */
  async readyToClose (...starting: Array<{ waitUntilReady (): Promise<unknown> } | undefined>): Promise<void> {
    if (!this.ready) {
      await Promise.all(this.#workers.map((worker) => worker.close(true)))
      await this.close()
      await new Promise((resolve) => setImmediate(resolve))
      return
    }
    const stop = new AbortController()
    await Promise.race([
      Promise.all(starting.map((bull) => bull?.waitUntilReady().catch(() => {}))),
      once(this.producer, 'close', { signal: stop.signal }).catch(() => {}),
      setTimeout(10_000, undefined, { signal: stop.signal }).catch(() => {})
    ]).finally(() => stop.abort())
  }

  /** Ends every connection; resolves once those that had a socket have said so ('end'), within a second. */
  async close (): Promise<void> {
    await Promise.all(this.#opened.map(async (connection) => {
      // A connection between two attempts has no socket to close, and ends without a word.
      const ending = ['connecting', 'connect', 'ready'].includes(connection.status)
      const ended = ending ? once(connection, 'end', { signal: AbortSignal.timeout(1000) }).catch(() => {}) : undefined
      connection.disconnect()
      await ended
    }))
  }

  #open (options: RedisOptions): Redis {
    const target = this.#target
    // No failoverDetector: it ends a connection for good when the switch is announced while that connection is
    // asking a Sentinel for the primary (ioredis 5.11). A Sentinel that demotes a primary it can reach
    // disconnects its clients, and a connection that loses its server asks the Sentinels again; a primary cut
    // off from the Sentinels alone is the servers' min-replicas-to-write to fence (README).
    const connection = typeof target === 'string' ? new Redis(target, options) : new Redis({ ...options, ...sentinelOptions(target) })
    // Readiness and the workers report an outage; a line per failed reconnect would flood the log.
    connection.on('error', () => {})
    this.#opened.push(connection)
    return connection
  }
}

function sentinelOptions ({ tls, ...target }: SentinelTarget): RedisOptions {
  // Without enableTLSForSentinelMode, ioredis would reach the primary the Sentinels name in clear.
  return tls ? { ...target, tls: {}, enableTLSForSentinelMode: true, sentinelTLS: {} } : target
}
