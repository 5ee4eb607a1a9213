// The Redis connections BullMQ uses. Producers fail fast while Redis is down, so a prefill can mark its slow
// sources unavailable at once; workers and event listeners block, and wait for Redis to come back.
import { Redis, type RedisOptions } from 'ioredis'

export class RedisConnections {
  readonly producer: Redis
  #url: string
  #opened: Redis[] = []

  constructor (url: string) {
    this.#url = url
    this.producer = this.#open({ maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: true })
    this.producer.connect().catch(() => {})
  }

  /**
   * Whether commands can be sent now. BullMQ waits for a connection that is down; a request must not, so
   * callers that queue work ask this first.
   */
  get ready (): boolean {
    return this.producer.status === 'ready'
  }

  blocking (): Redis {
    return this.#open({ maxRetriesPerRequest: null })
  }

  close (): void {
    for (const connection of this.#opened) connection.disconnect()
  }

  #open (options: RedisOptions): Redis {
    const connection = new Redis(this.#url, options)
    // Readiness and the workers report an outage; a line per failed reconnect would flood the log.
    connection.on('error', () => {})
    this.#opened.push(connection)
    return connection
  }
}
