// Reaches sources: one undici pool per source, every call bounded by the source's timeout and the
// request's deadline, the body cut off past a size cap. Every failure becomes an outcome with a reason
// code, so one bad source never fails the whole prefill.
import { setTimeout as sleep } from 'node:timers/promises'
import type { FieldReason, Subject, SourceResult } from '../generated/types.ts'
import type { LiveAdapter } from '../registry/adapter-registry.ts'
import { problemsOf } from '../validation/ajv.ts'
import { SourceFailure, type SourceResponse } from '../registry/code-adapter.ts'
import { codeAdapters } from '../registry/code-adapters.ts'
import { valueAt } from '../registry/json-schema.ts'
import { GuardedPools } from '../outbound/guarded-pools.ts'
import type { OutboundPolicy } from '../outbound/address-policy.ts'
import { sourceHeaders, sourceUrl } from '../registry/source-url.ts'
import { sameSubjectId } from '../subject/subject-id.ts'
import { jsonFlaw } from '../validation/storable-json.ts'

/** Retries of an idempotent call, and the first delay's upper bound (doubled each time, fully jittered). */
const maxRetries = 2
const retryBaseMs = 25

export interface FetcherOptions { vars: Record<string, string>, maxBodyBytes: number, outbound: OutboundPolicy }

export class SourceFetcher {
  #pools: GuardedPools
  #options: FetcherOptions

  constructor (options: FetcherOptions) {
    this.#options = options
    this.#pools = new GuardedPools(options.outbound, { connections: 64, connectTimeout: 2000, keepAliveTimeout: 10_000, maxResponseSize: options.maxBodyBytes })
  }

  /**
   * One source for one subject. An idempotent call (GET) that fails in a way worth repeating (connection
   * refused or reset, 500/502/503/504) is tried again after a fully jittered exponential delay, while the
   * deadline leaves room for another try.
   */
  async fetch (adapter: LiveAdapter, subject: Subject, deadline: number): Promise<SourceResult> {
    const started = performance.now()
    const idempotent = (adapter.manifest.transport.method ?? 'GET') === 'GET'
    for (let attempt = 0; ; attempt++) {
      const attemptStarted = Date.now()
      const { outcome, retryable } = await this.#attempt(adapter, subject, deadline)
      const delay = Math.random() * retryBaseMs * 2 ** attempt
      // Another try is only worth it if it can finish: it is expected to take as long as this one did.
      const tooLate = Date.now() + delay + Math.max(Date.now() - attemptStarted, retryBaseMs) > deadline
      if (!retryable || !idempotent || attempt === maxRetries || tooLate) {
        return { ...outcome, ms: Math.round(performance.now() - started) }
      }
      await sleep(delay)
    }
  }

  async #attempt (adapter: LiveAdapter, subject: Subject, deadline: number): Promise<{ outcome: SourceResult, retryable: boolean }> {
    const budget = Math.min(adapter.manifest.transport.timeoutMs, deadline - Date.now())
    if (budget <= 0) return { outcome: { status: 'unavailable', reason: 'DEADLINE_EXCEEDED', ms: 0 }, retryable: false }
    try {
      const found = await this.#retrieve(adapter, subject, Date.now() + budget)
      if (!found.found) return { outcome: { status: 'not_found', ms: 0 }, retryable: false }
      // Before anything walks the record recursively (the schema, the cache's seal, the receipt's canonical
      // JSON); and the gateway releases no value it would refuse when a portal sends it back.
      const flaw = jsonFlaw(found.record)
      if (flaw) throw new SourceFailure('SOURCE_BAD_RESPONSE', `${flaw.path || 'the record'}: ${flaw.message}`)
      if (!adapter.validateRecord(found.record)) {
        // A record that fails its schema is rejected whole; the problems name paths, never values.
        return { outcome: { status: 'unavailable', reason: 'RECORD_INVALID', ms: 0, problems: problemsOf(adapter.validateRecord.errors) }, retryable: false }
      }
      const stated = adapter.manifest.response.subject
      if (stated !== undefined && !sameSubjectId(valueAt(found.record, stated), subject.id)) {
        // Never released, whatever else it holds; the problem names the pointer, never the id found there.
        return { outcome: { status: 'unavailable', reason: 'SOURCE_WRONG_SUBJECT', ms: 0, problems: [{ path: stated, message: 'the record is about another subject than the one asked for' }] }, retryable: false }
      }
      return { outcome: { status: 'found', record: found.record, retrievedAt: new Date().toISOString(), validUntil: validUntilOf(adapter, found.record), ms: 0 }, retryable: false }
    } catch (err) {
      const reason = reasonOf(err)
      return { outcome: { status: 'unavailable', reason, detail: detailOf(err), ms: 0 }, retryable: reason === 'SOURCE_UNAVAILABLE' || (err instanceof SourceFailure && err.retryable) }
    }
  }

  close (): Promise<void> {
    return this.#pools.close()
  }

  async #retrieve (adapter: LiveAdapter, subject: Subject, until: number) {
    const { transport, response } = adapter.manifest
    const url = sourceUrl(transport.url, this.#options.vars, subject.id)
    const request = (target: URL, init: { method?: 'GET' | 'POST', headers?: Record<string, string>, body?: string } = {}) =>
      this.#request(adapter.manifest.id, target, init, until)
    if (transport.kind === 'code') return codeAdapters.get(transport.module)!.fetch({ subject, url, request })
    const answer = await request(url, { method: transport.method ?? 'GET', headers: sourceHeaders(transport.headers, subject.id) })
    if ((response.notFound ?? [404]).includes(answer.status)) return { found: false as const }
    if (answer.status < 200 || answer.status > 299) throw SourceFailure.status(answer.status)
    let body: unknown
    try {
      body = JSON.parse(answer.body)
    } catch {
      throw SourceFailure.unreadable('JSON', answer)
    }
    const record = valueAt(body, response.record)
    if (record === undefined) throw new SourceFailure('SOURCE_BAD_RESPONSE', `no record at ${response.record}`)
    return { found: true as const, record }
  }

  /**
   * One call, over by `until` whatever holds it up: a free connection, connecting, the headers (undici's
   * headers timeout) or a trickled body. A call given up on is left to undici's own timeouts and whatever it
   * still brings is thrown away. No AbortSignal: with one per call, a 3-source prefill took about 1.5 ms of
   * the gateway's CPU at saturation, without about 1.0 ms.
   */
  async #request (sourceId: string, url: URL, init: { method?: 'GET' | 'POST', headers?: Record<string, string>, body?: string }, until: number): Promise<SourceResponse> {
    const left = () => Math.max(1, until - Date.now())
    const call = this.#pools.get(sourceId, url).request({
      path: url.pathname + url.search,
      method: init.method ?? 'GET',
      headers: init.headers,
      body: init.body,
      headersTimeout: left(),
      bodyTimeout: left()
    })
    let timer: NodeJS.Timeout | undefined
    const overdue = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new SourceFailure('SOURCE_TIMEOUT', 'no whole answer in time')), left())
    })
    try {
      const answer = await Promise.race([call, overdue])
      const body = answer.body.text()
      body.catch(() => {})
      // The pool cuts the body off past maxResponseSize (reasonOf names it SOURCE_TOO_LARGE).
      return { status: answer.statusCode, body: await Promise.race([body, overdue]), contentType: String(answer.headers['content-type'] ?? '') }
    } catch (err) {
      // A late answer is destroyed unread; undici reports that as an aborted body, which nobody awaits.
      call.then((answer) => { answer.body.on('error', () => {}).destroy() }, () => {})
      throw err
    } finally {
      clearTimeout(timer)
    }
  }
}

/** Where the manifest says the record carries its own end of validity. */
function validUntilOf (adapter: LiveAdapter, record: unknown): string | undefined {
  const pointer = adapter.manifest.response.validUntil
  const value = pointer === undefined ? undefined : valueAt(record, pointer)
  const date = typeof value === 'string' ? new Date(value) : undefined
  return date && !Number.isNaN(date.getTime()) ? date.toISOString() : undefined
}

/** OpenSSL's certificate verification codes and Node's own TLS codes. */
const tlsCode = /^(ERR_TLS_|ERR_SSL_|CERT_|DEPTH_ZERO_SELF_SIGNED_CERT$|SELF_SIGNED_CERT_IN_CHAIN$|UNABLE_TO_|HOSTNAME_MISMATCH$)/

/**
 * Why a call failed, for the conformance test: the error code of a failed connection or TLS handshake, never
 * the error's text (it may carry the address or a body).
 */
function detailOf (err: unknown): string | undefined {
  if (err instanceof SourceFailure) return err.message
  const e = err as { code?: string, cause?: { code?: string } }
  const code = e.cause?.code ?? e.code
  if (!code) return undefined
  if (tlsCode.test(code)) return `TLS error ${code}`
  if (code.startsWith('UND_ERR_')) return `HTTP client error ${code}`
  return `connection error ${code}`
}

function reasonOf (err: unknown): FieldReason {
  if (err instanceof SourceFailure) return err.reason
  const e = err as { code?: string, cause?: { code?: string } }
  if (e.code === 'GW_ADDRESS_REFUSED' || e.cause?.code === 'GW_ADDRESS_REFUSED') return 'SOURCE_ADDRESS_REFUSED'
  if (e.code === 'UND_ERR_RES_EXCEEDED_MAX_SIZE') return 'SOURCE_TOO_LARGE'
  if (e.code === 'UND_ERR_HEADERS_TIMEOUT' || e.code === 'UND_ERR_BODY_TIMEOUT' || e.code === 'UND_ERR_CONNECT_TIMEOUT') return 'SOURCE_TIMEOUT'
  return 'SOURCE_UNAVAILABLE'
}
