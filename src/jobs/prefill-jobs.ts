// Slow sources through BullMQ. A prefill queues one fetch job per slow source, waits for them until its
// deadline, and parks whatever is still pending; when the last pending source has answered, a completion job
// builds the whole result (mapped, receipted and audited like any prefill) and keeps it, sealed, for the
// portal to poll or for its webhook. Jobs live in Redis, so a gateway restart loses none, and any instance's
// worker may run them, once.
//
// Whoever sees "parked and every pending source answered" first (the last fetch job, or the prefill that has
// just parked) queues the completion; its job id is the request's, so it is queued once.
import { setTimeout } from 'node:timers/promises'
import { Queue, type Job, type JobsOptions, type Worker } from 'bullmq'
import type { Redis } from 'ioredis'
import type { SealedBox } from '../cache/sealed-box.ts'
import { QueueUnavailable } from '../errors.ts'
import { depthOf, retried, startWorker, type QueueDepth, type QueueSetup } from './bull.ts'
import type { FieldReason, PrefillRequest, PrefillResponse, Subject, SourceResult } from '../generated/types.ts'

/** What a prefill leaves behind when some of its sources are still being fetched. */
export interface ParkedPrefill {
  requestId: string
  traceId: string
  clientId: string
  request: PrefillRequest
  /** Outcomes known when the prefill answered, by source id. */
  outcomes: Record<string, SourceResult>
  /** Sources a fetch job is still working on. */
  pending: string[]
}

export interface PrefillJobHandlers {
  /** One source for one subject, within the source's own timeout. */
  fetch (sourceId: string, subject: Subject): Promise<SourceResult>
  /** The whole result once every source has answered. */
  complete (parked: ParkedPrefill, outcomes: Record<string, SourceResult>): Promise<PrefillResponse>
  /** Hands a completed result on (the portal's webhook). */
  completed (clientId: string, response: PrefillResponse): Promise<void>
}

export interface PrefillJobOptions extends QueueSetup {
  box: SealedBox
  fetchAttempts: number
  fetchBackoffMs: number
  resultTtlSeconds: number
}

type FetchJob = { requestId: string, sourceId: string, subject: string }
type CompleteJob = { requestId: string }

/** Failures worth another try: the source may answer next time. */
const retryable = new Set<FieldReason>(['SOURCE_TIMEOUT', 'SOURCE_UNAVAILABLE', 'SOURCE_ERROR', 'CIRCUIT_OPEN', 'DEADLINE_EXCEEDED'])

export type PrefillResult = { status: 'pending' } | { status: 'complete', response: PrefillResponse }

export class PrefillJobs {
  #queue: Queue
  #options: PrefillJobOptions
  #worker?: Worker
  #redis: Redis
  #stopped?: Promise<void>
  #retried: JobsOptions

  constructor (options: PrefillJobOptions) {
    this.#options = options
    this.#retried = retried(options.fetchAttempts, options.fetchBackoffMs, { completed: options.resultTtlSeconds, failed: options.resultTtlSeconds })
    this.#redis = options.connections.producer
    this.#queue = new Queue('prefill', { connection: this.#redis, prefix: options.prefix })
    this.#queue.on('error', () => {})
  }

  /** Starts this process's worker, which the prefill service's handlers do the work of. */
  work (handlers: PrefillJobHandlers, concurrency: number): void {
    startWorker<FetchJob | CompleteJob>(this.#options, 'prefill', async (job) => {
      if (job.name === 'fetch') return this.#fetch(job as Job<FetchJob>, handlers)
      if (job.name === 'complete') return this.#complete((job.data as CompleteJob).requestId, handlers)
    }, concurrency, (worker) => { this.#worker = worker })
  }

  depth (): Promise<QueueDepth> { return depthOf(this.#queue) }

  /** Queues a fetch per source; the ids it could not queue (Redis down) are left out. */
  async enqueue (requestId: string, subject: Subject, sourceIds: string[]): Promise<string[]> {
    const { box } = this.#options
    if (!this.#options.connections.ready) return []
    const queued = await Promise.all(sourceIds.map(async (sourceId) => {
      const jobId = `${requestId}.${sourceId}`
      await this.#queue.add('fetch', { requestId, sourceId, subject: box.seal(subject, jobId).toString('base64') }, { jobId, ...this.#retried })
      return sourceId
    }).map((p) => p.catch(() => undefined)))
    return queued.filter((id): id is string => id !== undefined)
  }

  /**
   * The outcomes of queued fetches that finish before the deadline. It polls (from 10 ms, doubling, at most
   * 100 ms apart): BullMQ's event stream would answer sooner but cannot be closed while Redis is down.
   */
  async collect (requestId: string, sourceIds: string[], deadline: number): Promise<Record<string, SourceResult>> {
    if (sourceIds.length === 0) return {}
    const key = this.#key(requestId, 'outcomes')
    try {
      for (let wait = 10; await this.#redis.hlen(key) < sourceIds.length && Date.now() + wait < deadline; wait = Math.min(wait * 2, 100)) {
        await setTimeout(wait)
      }
      return await this.#outcomes(requestId)
    } catch {
      return {}
    }
  }

  /** Keeps a partly answered prefill until its pending sources answer, then completes it. */
  async park (parked: ParkedPrefill): Promise<void> {
    if (!this.#options.connections.ready) throw new QueueUnavailable()
    const key = this.#key(parked.requestId, 'parked')
    await this.#redis.set(key, this.#options.box.seal(parked, key), 'EX', this.#options.resultTtlSeconds)
    await this.#completeWhenReady(parked.requestId)
  }

  /** A parked or completed prefill of this client; another client's is not there. */
  async result (requestId: string, clientId: string): Promise<PrefillResult | undefined> {
    if (!this.#options.connections.ready) throw new QueueUnavailable()
    const resultKey = this.#key(requestId, 'result')
    const done = this.#options.box.open<{ clientId: string, response: PrefillResponse }>(await this.#redis.getBuffer(resultKey), resultKey)
    if (done) return done.clientId === clientId ? { status: 'complete', response: done.response } : undefined
    const parked = await this.#parked(requestId)
    return parked?.clientId === clientId ? { status: 'pending' } : undefined
  }

  /** Stops this process's worker, once the jobs it holds are done, or at once while Redis is down (the prefill plugin, before its fetcher closes). */
  stopWorking (): Promise<void> {
    this.#stopped ??= (async () => {
      await this.#options.connections.readyToClose(this.#worker, this.#queue)
      await this.#worker?.close()
    })()
    return this.#stopped
  }

  async close (): Promise<void> {
    await this.stopWorking()
    await this.#queue.close()
  }

  async #fetch (job: Job<FetchJob>, handlers: PrefillJobHandlers): Promise<void> {
    const { requestId, sourceId } = job.data
    const subject = this.#options.box.open<Subject>(Buffer.from(job.data.subject, 'base64'), job.id!)
    const outcome: SourceResult = subject ? await handlers.fetch(sourceId, subject) : { status: 'unavailable', reason: 'JOB_UNREADABLE', ms: 0 }
    // A retryable failure is retried by BullMQ with jittered backoff; the last try's outcome is kept as it is.
    if (outcome.status === 'unavailable' && retryable.has(outcome.reason) && job.attemptsMade + 1 < (job.opts.attempts ?? 1)) {
      throw new Error(`${sourceId}: ${outcome.reason}`)
    }
    const key = this.#key(requestId, 'outcomes')
    await this.#redis.multi()
      .hset(key, sourceId, this.#options.box.seal(outcome, `${key}|${sourceId}`))
      .expire(key, this.#options.resultTtlSeconds)
      .exec()
    await this.#completeWhenReady(requestId)
  }

  async #completeWhenReady (requestId: string): Promise<void> {
    const parked = await this.#parked(requestId)
    if (!parked) return
    const answered = new Set(await this.#redis.hkeys(this.#key(requestId, 'outcomes')))
    if (!parked.pending.every((id) => answered.has(id))) return
    await this.#queue.add('complete', { requestId }, { jobId: `${requestId}.complete`, ...this.#retried })
  }

  async #complete (requestId: string, handlers: PrefillJobHandlers): Promise<void> {
    const parked = await this.#parked(requestId)
    if (!parked) return
    const resultKey = this.#key(requestId, 'result')
    // A retried completion does not audit twice: the result, once kept, is what is handed on.
    let response = this.#options.box.open<{ response: PrefillResponse }>(await this.#redis.getBuffer(resultKey), resultKey)?.response
    if (!response) {
      response = await handlers.complete(parked, await this.#outcomes(requestId))
      await this.#redis.set(resultKey, this.#options.box.seal({ clientId: parked.clientId, response }, resultKey), 'EX', this.#options.resultTtlSeconds)
    }
    await handlers.completed(parked.clientId, response)
    await this.#redis.del(this.#key(requestId, 'parked'), this.#key(requestId, 'outcomes'))
  }

  async #parked (requestId: string): Promise<ParkedPrefill | undefined> {
    const key = this.#key(requestId, 'parked')
    return this.#options.box.open<ParkedPrefill>(await this.#redis.getBuffer(key), key)
  }

  async #outcomes (requestId: string): Promise<Record<string, SourceResult>> {
    const key = this.#key(requestId, 'outcomes')
    const sealed = await this.#redis.hgetallBuffer(key)
    return Object.fromEntries(Object.entries(sealed).flatMap(([sourceId, value]) => {
      const outcome = this.#options.box.open<SourceResult>(value, `${key}|${sourceId}`)
      return outcome ? [[sourceId, outcome]] : []
    }))
  }

  #key (requestId: string, part: 'parked' | 'outcomes' | 'result'): string {
    return `${this.#options.prefix}prefill:${requestId}:${part}`
  }
}
