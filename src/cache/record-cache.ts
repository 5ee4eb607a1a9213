// A shared cache of source records in Redis, for sources whose manifest enables it: keys are a keyed hash
// of source and subject, values are encrypted with AES-256-GCM, and a burst for one subject makes one source
// call (single flight). Redis being down only means no cache.
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto'
import type { Redis } from 'ioredis'
import type { Subject } from '../generated/types.ts'
import type { SourceOutcome } from '../prefill/fetcher.ts'
import type { CompiledAdapter } from '../registry/adapter-registry.ts'

type Found = Extract<SourceOutcome, { status: 'found' }>

export class RecordCache {
  #redis: Redis
  #prefix: string
  #key: Buffer
  #inFlight = new Map<string, Promise<SourceOutcome>>()

  constructor (deps: { redis: Redis, prefix: string, key: Buffer }) {
    if (deps.key.length !== 32) throw new Error('the cache key must be 32 bytes')
    this.#redis = deps.redis
    this.#prefix = deps.prefix
    this.#key = deps.key
  }

  /** The cached record, or the fetched one (cached when found); concurrent calls for one key share one fetch. */
  async through (adapter: CompiledAdapter, subject: Subject, fetch: () => Promise<SourceOutcome>): Promise<SourceOutcome> {
    const ttl = adapter.manifest.cache.ttlSeconds
    if (ttl === 0) return fetch()
    const key = this.#cacheKey(adapter, subject)
    const pending = this.#inFlight.get(key)
    if (pending) return pending
    const lookup = (async () => {
      const cached = await this.#get(key)
      if (cached) return cached
      const outcome = await fetch()
      if (outcome.status === 'found') await this.#set(key, outcome, ttl)
      return outcome
    })().finally(() => this.#inFlight.delete(key))
    this.#inFlight.set(key, lookup)
    return lookup
  }

  #cacheKey (adapter: CompiledAdapter, subject: Subject): string {
    const mac = createHmac('sha256', this.#key).update(`${adapter.manifest.id}@${adapter.manifest.version}|${subject.type}:${subject.id}`).digest('base64url')
    return `${this.#prefix}cache:${mac}`
  }

  async #get (key: string): Promise<Found | undefined> {
    const sealed = await this.#redis.getBuffer(key).catch(() => null)
    if (!sealed || sealed.length < 28) return undefined
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.#key, sealed.subarray(0, 12))
      decipher.setAAD(Buffer.from(key))
      decipher.setAuthTag(sealed.subarray(12, 28))
      const plain = JSON.parse(Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8'))
      return { status: 'found', record: plain.record, retrievedAt: new Date(plain.retrievedAt), validUntil: plain.validUntil ? new Date(plain.validUntil) : undefined, ms: 0 }
    } catch {
      return undefined
    }
  }

  async #set (key: string, outcome: Found, ttlSeconds: number): Promise<void> {
    const iv = randomBytes(12)
    const cipher = createCipheriv('aes-256-gcm', this.#key, iv)
    // The key is authenticated with the value, so a value cannot be moved under another subject's key.
    cipher.setAAD(Buffer.from(key))
    const body = Buffer.concat([cipher.update(JSON.stringify({ record: outcome.record, retrievedAt: outcome.retrievedAt, validUntil: outcome.validUntil })), cipher.final()])
    await this.#redis.set(key, Buffer.concat([iv, cipher.getAuthTag(), body]), 'EX', ttlSeconds).catch(() => {})
  }
}
