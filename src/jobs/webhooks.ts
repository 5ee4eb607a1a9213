// Portal webhooks for completed prefills. A delivery is a BullMQ job: POSTed with an HMAC signature over the
// time and the body, retried with jittered exponential backoff, and after its last attempt kept in the failed
// set, which is the dead-letter queue an admin lists and replays. Deliveries go through the same outbound
// address policy as sources.
import { createHmac, randomBytes } from 'node:crypto'
import { Job, Queue, type Worker } from 'bullmq'
import type { SealedBox } from '../cache/sealed-box.ts'
import { DeadLetterUnknown, QueueUnavailable, WebhookRefused } from '../errors.ts'
import type { DeadLetter, PrefillResponse, Webhook } from '../generated/types.ts'
import { hostProblem, resolvedProblem, type OutboundPolicy } from '../outbound/address-policy.ts'
import { GuardedPools } from '../outbound/guarded-pools.ts'
import type { Store } from '../store/store.ts'
import { depthOf, retried, startWorker, type QueueDepth, type QueueSetup } from './bull.ts'

export interface WebhookOptions extends QueueSetup {
  store: Store
  box: SealedBox
  outbound: OutboundPolicy
  attempts: number
  backoffMs: number
  timeoutMs: number
}

type Delivery = { clientId: string, requestId: string, body: string }

const queueDown = (err: Error): never => { throw Object.assign(new QueueUnavailable(), { cause: err }) }

const letterOf = (job: Job<Delivery>): DeadLetter => ({
  id: job.id!,
  requestId: job.data.requestId,
  clientId: job.data.clientId,
  attempts: job.attemptsMade,
  reason: job.failedReason,
  failedAt: new Date(job.finishedOn ?? job.timestamp).toISOString()
})

/** The signature header: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" with the webhook's secret>`. */
export function webhookSignature (secret: string, time: number, body: string): string {
  return `t=${time},v1=${createHmac('sha256', secret).update(`${time}.${body}`).digest('hex')}`
}

export class Webhooks {
  #options: WebhookOptions
  #queue: Queue<Delivery>
  #worker?: Worker<Delivery>
  #pools: GuardedPools

  constructor (options: WebhookOptions) {
    this.#options = options
    this.#queue = new Queue<Delivery>('webhooks', { connection: options.connections.producer, prefix: options.prefix })
    this.#queue.on('error', () => {})
    this.#pools = new GuardedPools(options.outbound, { connectTimeout: options.timeoutMs })
  }

  async register (clientId: string, agency: string | undefined, url: string): Promise<Required<Webhook>> {
    const parsed = URL.canParse(url) ? new URL(url) : undefined
    const problem = !parsed || !/^https?:$/.test(parsed.protocol)
      ? 'an absolute http(s) URL is required'
      : (agency ? hostProblem(parsed.hostname, agency, this.#options.outbound) : undefined) ?? await resolvedProblem(parsed.hostname, this.#options.outbound)
    if (problem) throw Object.assign(new WebhookRefused(), { problems: [{ path: '/url', message: problem }] })
    const secret = randomBytes(32).toString('base64url')
    const { rows } = await this.#options.store.query<{ updated_at: Date }>(
      `INSERT INTO webhooks (client_id, url, secret) VALUES ($1, $2, $3)
       ON CONFLICT (client_id) DO UPDATE SET url = excluded.url, secret = excluded.secret, updated_at = now() RETURNING updated_at`,
      [clientId, url, secret])
    // Deliveries from this instance go to the new address from now on.
    await this.#pools.release(clientId)
    return { url, secret, updatedAt: new Date(rows[0].updated_at).toISOString() }
  }

  async registered (clientId: string): Promise<Required<Webhook> | undefined> {
    const { rows } = await this.#options.store.query<{ url: string, secret: string, updated_at: Date }>('SELECT url, secret, updated_at FROM webhooks WHERE client_id = $1', [clientId])
    return rows[0] && { url: rows[0].url, secret: rows[0].secret, updatedAt: new Date(rows[0].updated_at).toISOString() }
  }

  async remove (clientId: string): Promise<boolean> {
    const { rows } = await this.#options.store.query('DELETE FROM webhooks WHERE client_id = $1 RETURNING client_id', [clientId])
    await this.#pools.release(clientId)
    return rows.length > 0
  }

  /** Queues the delivery of a completed prefill when the client has a webhook. */
  async deliver (clientId: string, response: PrefillResponse): Promise<void> {
    if (!await this.registered(clientId)) return
    if (!this.#options.connections.ready) throw new QueueUnavailable()
    const jobId = `${response.requestId}.webhook`
    await this.#queue.add('deliver', { clientId, requestId: response.requestId, body: this.#options.box.seal(response, jobId).toString('base64') }, {
      jobId,
      // A delivery that failed every attempt stays as a dead letter until an admin replays it.
      ...retried(this.#options.attempts, this.#options.backoffMs, { completed: 24 * 3600, failed: false })
    })
  }

  work (concurrency: number): void {
    startWorker<Delivery>(this.#options, 'webhooks', (job) => this.#post(job), concurrency, (worker) => { this.#worker = worker })
  }

  depth (): Promise<QueueDepth> { return depthOf(this.#queue) }

  async deadLetters (): Promise<DeadLetter[]> {
    if (!this.#options.connections.ready) throw new QueueUnavailable()
    return (await this.#queue.getFailed(0, 999).catch(queueDown)).map(letterOf)
  }

  /** Sends a dead letter again, with a fresh set of attempts. */
  async replay (id: string): Promise<DeadLetter> {
    if (!this.#options.connections.ready) throw new QueueUnavailable()
    const job = await Job.fromId<Delivery>(this.#queue, id).catch(queueDown)
    if (!job || !await job.isFailed()) throw new DeadLetterUnknown(id)
    const letter = letterOf(job)
    await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true })
    return letter
  }

  async close (): Promise<void> {
    await this.#options.connections.readyToClose(this.#worker, this.#queue)
    await this.#worker?.close()
    await this.#queue.close()
    await this.#pools.close()
  }

  async #post (job: Job<Delivery>): Promise<void> {
    const webhook = await this.registered(job.data.clientId)
    if (!webhook) return
    const response = this.#options.box.open<PrefillResponse>(Buffer.from(job.data.body, 'base64'), job.id!)
    if (!response) throw new Error('the delivery cannot be opened with this gateway\'s key')
    const url = new URL(webhook.url)
    const body = JSON.stringify(response)
    const answer = await this.#pools.get(job.data.clientId, url).request({
      path: url.pathname + url.search,
      method: 'POST',
      body,
      headers: {
        'content-type': 'application/json',
        'x-gateway-delivery': job.id!,
        'x-gateway-signature': webhookSignature(webhook.secret, Math.floor(Date.now() / 1000), body)
      },
      headersTimeout: this.#options.timeoutMs,
      bodyTimeout: this.#options.timeoutMs
    })
    await answer.body.dump()
    if (answer.statusCode < 200 || answer.statusCode > 299) throw new Error(`the webhook answered ${answer.statusCode}`)
  }
}
