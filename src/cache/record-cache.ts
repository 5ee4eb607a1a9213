// A shared cache of source records in Redis, for sources whose manifest enables it: keys are a keyed hash
// of source and subject, values are sealed (AES-256-GCM), and a burst for one subject makes one source
// call (single flight). When an agency publishes a newer record about a subject, what its sources said about
// that subject is forgotten. Redis being down only means no cache. A prefill's lookups are read ahead with its
// admission (auth/admission.ts), in the same round trip.
import type { Redis } from 'ioredis'
import type { SealedBox } from './sealed-box.ts'
import type { Subject, SourceResult } from '../generated/types.ts'
import type { CompiledAdapter } from '../registry/adapter-registry.ts'

/**
 * Stores sent and not yet acknowledged. Beyond, a record is not cached: a Redis that stops answering while
 * still connected must not hold a copy of every record fetched meanwhile in this process's memory.
 */
export const maxPendingStores = 256

export class RecordCache {
  #redis: Redis
  #prefix: string
  #box: SealedBox
  #inFlight = new Map<string, Promise<SourceResult>>()
  #pendingStores = 0

  constructor (deps: { redis: Redis, prefix: string, box: SealedBox }) {
    this.#redis = deps.redis
    this.#prefix = deps.prefix
    this.#box = deps.box
  }

  /**
   * The cached record, or the fetched one (cached when found); concurrent calls for one key share one fetch.
   * What `readAhead` holds for the key (null: nothing cached) is used instead of asking Redis: read a moment
   * earlier, with the request's admission, it may miss a record stored or forgotten meanwhile, as a lookup
   * may miss what happens while its answer travels.
   */
  async through (adapter: CompiledAdapter, subject: Subject, fetch: () => Promise<SourceResult>, readAhead?: ReadonlyMap<string, Buffer | null>): Promise<SourceResult> {
    const ttl = adapter.manifest.cache.ttlSeconds
    if (ttl === 0) return fetch()
    const key = this.keyOf(adapter, subject)
    const pending = this.#inFlight.get(key)
    if (pending) return pending
    const lookup = (async () => {
      const sealed = readAhead?.has(key) ? readAhead.get(key)! : await this.#redis.getBuffer(key).catch(() => null)
      const cached = this.#box.open<SourceResult>(sealed, key)
      if (cached) return { ...cached, ms: 0 }
      const outcome = await fetch()
      if (outcome.status === 'found') this.#store(key, outcome, ttl)
      return outcome
    })().finally(() => this.#inFlight.delete(key))
    this.#inFlight.set(key, lookup)
    return lookup
  }

  /** Forgets what these sources said about the subject (its agency has published something newer). */
  async invalidate (adapters: CompiledAdapter[], subject: Subject): Promise<void> {
    const keys = adapters.filter((a) => a.manifest.cache.ttlSeconds > 0).map((a) => this.keyOf(a, subject))
    if (keys.length > 0) await this.#redis.del(...keys).catch(() => {})
  }

  /**
   * Not waited for: commands on one connection run in order, so a later lookup here finds it all the same. A
   * store left out (too many pending) is a miss next time, nothing worse.
   */
  #store (key: string, outcome: SourceResult, ttl: number): void {
    if (this.#pendingStores >= maxPendingStores) return
    this.#pendingStores++
    this.#redis.set(key, this.#box.seal(outcome, key), 'EX', ttl).catch(() => {}).finally(() => { this.#pendingStores-- })
  }

  /** Where what this source said about the subject is cached (whether or not the source caches at all). */
  keyOf (adapter: CompiledAdapter, subject: Subject): string {
    return `${this.#prefix}cache:${this.#box.name(`${adapter.manifest.id}@${adapter.manifest.version}`, `${subject.type}:${subject.id}`)}`
  }
}
