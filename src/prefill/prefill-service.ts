// One prefill: plan the sources the form needs, collect them in parallel within the deadline (live sources
// through the fetcher, recognised records from the store, slow sources through queue workers), map, sign a
// receipt, audit, and only then answer. Sources still pending at the deadline are parked with the queue,
// which calls `complete` when they have answered.
import type { AdapterTestResult, PrefillRequest, PrefillResponse, SourceHealthReport, Subject, SourceResult } from '../generated/types.ts'
import { SubjectIdInvalid } from '../errors.ts'
import type { PrefillJobs, ParkedPrefill } from '../jobs/prefill-jobs.ts'
import type { AuditLog } from '../audit/audit-log.ts'
import type { Client, ClientDirectory } from '../auth/clients.ts'
import type { RecordCache } from '../cache/record-cache.ts'
import type { GatewayMetrics } from '../metrics/metrics.ts'
import type { Receipts } from '../onceonly/receipts.ts'
import type { RecordStore } from '../onceonly/records.ts'
import type { AgreementRegistry, Permit } from '../policy/agreements.ts'
import { isLive, type AdapterRegistry, type CompiledAdapter, type LiveAdapter } from '../registry/adapter-registry.ts'
import { bindingsOf } from '../registry/bindings.ts'
import type { CompiledForm } from '../registry/compiled-form.ts'
import type { FormRegistry } from '../registry/form-registry.ts'
import { assertSubjectId, maskSubjectId } from '../subject/subject-id.ts'
import type { SubjectHasher } from '../subject/subject-hasher.ts'
import type { CircuitBreakers, CircuitState } from './circuit-breakers.ts'
import { conformanceResult } from './conformance-test.ts'
import type { SourceFetcher } from './fetcher.ts'
import type { SourceHealth } from './source-health.ts'
import { mapDocuments, mapField, type FetchedSource } from './mapper.ts'

/** Time kept back from the deadline for mapping, signing and the audit commit. */
const answerReserveMs = 50

export interface PrefillDeps {
  adapters: AdapterRegistry
  forms: FormRegistry
  agreements: AgreementRegistry
  fetcher: SourceFetcher
  cache: RecordCache
  breakers: CircuitBreakers
  health: SourceHealth
  records: RecordStore
  receipts: Receipts
  audit: AuditLog
  hasher: SubjectHasher
  metrics: GatewayMetrics
  jobs: PrefillJobs
  clients: ClientDirectory
  defaultDeadlineMs: number
}

/** A source that timed out because this request's deadline was shorter than the source's own timeout. */
function missedBudget (adapter: CompiledAdapter, outcome: SourceResult, budgetMs: number): boolean {
  return isLive(adapter) && outcome.status === 'unavailable' && ['SOURCE_TIMEOUT', 'DEADLINE_EXCEEDED'].includes(outcome.reason) && budgetMs < adapter.manifest.transport.timeoutMs
}

const pending: SourceResult = { status: 'pending', ms: 0 }
const queueDown: SourceResult = { status: 'unavailable', reason: 'QUEUE_UNAVAILABLE', ms: 0 }

/** A prefill judged before it runs: the form, what the client's agreements permit, the sources to ask. */
export interface PrefillPlan {
  body: PrefillRequest
  clientId: string
  form: CompiledForm
  permit: Permit
  planned: CompiledAdapter[]
  /** The registrations it was judged on (each list is kept until a registration changes). */
  judgedOn: ReadonlyArray<readonly unknown[]>
}

interface Answer {
  requestId: string
  traceId: string
  client: Client
  body: PrefillRequest
  form: CompiledForm
  permit: Permit
  planned: CompiledAdapter[]
  outcomes: Record<string, SourceResult>
  action: 'prefill' | 'prefill.complete'
}

export class PrefillService {
  #deps: PrefillDeps

  constructor (deps: PrefillDeps) {
    this.#deps = deps
  }

  /**
   * What a prefill of `body` for `client` will ask, judged once: the route's admission reads ahead what it
   * would look up in the cache (cacheKeys), and the prefill carries it out. Throws what the prefill would.
   */
  plan (body: PrefillRequest, client: Client): PrefillPlan {
    const form = this.#deps.forms.forSubject(body.procedure, body.version, body.subject)
    const permit = this.#deps.agreements.permit(client.id, form.procedure, body.purpose)
    return { body, clientId: client.id, form, permit, planned: this.#plan(form, permit), judgedOn: this.#registrations() }
  }

  /** Whether no form, agreement or adapter has changed since the plan was judged. */
  isCurrent (plan: PrefillPlan): boolean {
    return this.#registrations().every((list, i) => list === plan.judgedOn[i])
  }

  #registrations (): ReadonlyArray<readonly unknown[]> {
    return [this.#deps.forms.list(), this.#deps.agreements.list(), this.#deps.adapters.list()]
  }

  /** Where the cached records the plan's prefill would look up are kept (cache/record-cache.ts). */
  cacheKeys ({ body, planned }: PrefillPlan): string[] {
    // Slow sources are fetched by the workers, which read the cache themselves.
    return planned.filter((a) => isLive(a) && !a.manifest.transport.async && a.manifest.cache.ttlSeconds > 0).map((a) => this.#deps.cache.keyOf(a, body.subject))
  }

  /** `readAhead`: cached records already read (cacheKeys), so that the cache need not be asked again. */
  async prefill ({ body, clientId, form, permit, planned }: PrefillPlan, { requestId, traceId }: { requestId: string, traceId: string }, client: Client, readAhead?: ReadonlyMap<string, Buffer | null>): Promise<PrefillResponse> {
    if (clientId !== client.id) throw new Error(`a prefill for client ${client.id} was planned for client ${clientId}`)
    const { jobs } = this.#deps
    const budgetMs = (body.deadlineMs ?? this.#deps.defaultDeadlineMs) - answerReserveMs
    const deadline = Date.now() + budgetMs
    const slow = planned.filter((a) => a.manifest.transport.async).map((a) => a.manifest.id)
    // Slow sources go to the workers first, so that they run while the others are asked.
    const queued = await jobs.enqueue(requestId, body.subject, slow)
    const live = await Promise.all(planned.filter((a) => !a.manifest.transport.async).map(async (adapter) =>
      [adapter, await this.#collect(adapter, body.subject, deadline, client.agency, readAhead)] as const))
    const handedOver = await jobs.enqueue(requestId, body.subject, live.filter(([a, o]) => missedBudget(a, o, budgetMs)).map(([a]) => a.manifest.id))
    const fromJobs = await jobs.collect(requestId, queued, deadline)

    const outcomes: Record<string, SourceResult> = Object.fromEntries([
      ...live.map(([a, outcome]) => [a.manifest.id, handedOver.includes(a.manifest.id) ? pending : outcome]),
      ...slow.map((id) => [id, fromJobs[id] ?? (queued.includes(id) ? pending : queueDown)])
    ])
    const stillPending = Object.keys(outcomes).filter((id) => outcomes[id].status === 'pending')
    if (stillPending.length > 0) {
      const known = Object.fromEntries(Object.entries(outcomes).filter(([, o]) => o.status !== 'pending'))
      try {
        await jobs.park({ requestId, traceId, clientId: client.id, request: { ...body, version: form.version }, outcomes: known, pending: stillPending })
      } catch {
        for (const id of stillPending) outcomes[id] = queueDown
      }
    }
    return this.#answer({ requestId, traceId, client, body, form, permit, planned, outcomes, action: 'prefill' })
  }

  /** The whole result of a parked prefill, once its pending sources have answered (a queue worker calls it). */
  async complete (parked: ParkedPrefill, answered: Record<string, SourceResult>): Promise<PrefillResponse> {
    const client = this.#deps.clients.byId(parked.clientId)
    if (!client) throw new Error(`client ${parked.clientId} is no longer registered`)
    const body = parked.request
    const form = this.#deps.forms.get(body.procedure, body.version)
    // Agreements are judged again now: one that expired in between denies its fields.
    const permit = this.#deps.agreements.permit(client.id, form.procedure, body.purpose)
    const outcomes = { ...parked.outcomes }
    for (const id of parked.pending) outcomes[id] = answered[id] ?? { status: 'unavailable', reason: 'SOURCE_NOT_ANSWERED', ms: 0 }
    return this.#answer({ requestId: parked.requestId, traceId: parked.traceId, client, body, form, permit, planned: this.#plan(form, permit), outcomes, action: 'prefill.complete' })
  }

  /** One source for one subject within the source's own timeout (a queue worker calls it). */
  async fetchSource (sourceId: string, subject: Subject): Promise<SourceResult> {
    const adapter = this.#deps.adapters.current(sourceId)
    if (!adapter) return { status: 'unavailable', reason: 'SOURCE_NOT_REGISTERED', ms: 0 }
    // A record type answers from the store: it has no timeout of its own.
    return this.#collect(adapter, subject, Date.now() + (isLive(adapter) ? adapter.manifest.transport.timeoutMs : 0))
  }

  /** A conformance test of an adapter: one subject fetched as a prefill would, but past the cache and breaker. */
  async testAdapter (adapter: CompiledAdapter, subject: Subject, agency?: string): Promise<AdapterTestResult> {
    if (subject.type !== adapter.manifest.subject) throw new SubjectIdInvalid(`subject type must be ${adapter.manifest.subject}`)
    assertSubjectId(subject)
    const outcome = isLive(adapter)
      ? await this.#deps.fetcher.fetch(adapter, subject, Date.now() + adapter.manifest.transport.timeoutMs)
      : await this.#deps.records.recognised(adapter, subject, agency)
    return conformanceResult(adapter, outcome)
  }

  circuitStates (): Record<string, CircuitState> {
    return this.#deps.breakers.states()
  }

  /** How each of these live sources has answered this instance over the window, and its circuit now. */
  health (sources: LiveAdapter[], windowMs: number): SourceHealthReport['sources'] {
    const circuits = this.circuitStates()
    return sources.map(({ manifest: { id, agency } }) => ({ id, agency, ...this.#deps.health.stats(id, windowMs), circuit: circuits[id] ?? 'closed' }))
  }

  /** Data minimisation: only the sources whose fields (or waiver evidence) an agreement covers are asked. */
  #plan (form: CompiledForm, permit: Permit): CompiledAdapter[] {
    const needed = new Set([
      ...form.fields.flatMap((f) => bindingsOf(f.prefill).filter((b) => permit.binding(b)).map((b) => b.source)),
      ...form.documents.flatMap((d) => d.waivedBy.filter((id) => permit.source(id)))
    ])
    return [...needed].flatMap((id) => this.#deps.adapters.current(id) ?? [])
  }

  /** Maps, signs the receipt, audits, and only then answers. */
  async #answer ({ requestId, traceId, client, body, form, permit, planned, outcomes, action }: Answer): Promise<PrefillResponse> {
    const { audit, hasher, receipts, metrics } = this.#deps
    const fetched = planned.map((adapter): FetchedSource => ({ adapter, outcome: outcomes[adapter.manifest.id] ?? queueDown }))
    const bySource = new Map(fetched.map((f) => [f.adapter.manifest.id, f]))
    const fields = Object.fromEntries(form.fields.map((field) => [field.field, mapField(field, bySource, permit)]))
    const documents = mapDocuments(form, bySource, permit)
    const sources = fetched.map(({ adapter, outcome }) => ({
      id: adapter.manifest.id,
      agency: adapter.manifest.agency,
      outcome: outcome.status,
      ...(outcome.status === 'unavailable' ? { reason: outcome.reason } : {}),
      ms: outcome.ms
    }))
    const filled = Object.entries(fields).filter(([, f]) => f.status === 'filled')
    const waived = documents.filter((d) => d.status === 'waived').map((d) => d.code)
    const subjectHmac = hasher.hash(body.subject)
    const receipt = await receipts.sign({
      requestId,
      clientId: client.id,
      procedure: form.procedure,
      version: form.version,
      subjectHmac,
      values: filled.map(([pointer, f]) => ({ pointer, value: f.value, source: f.source!.id })),
      waived,
      pending: sources.filter((s) => s.outcome === 'pending').map((s) => s.id)
    })
    const masked = maskSubjectId(body.subject.id)
    const status = sources.some((s) => s.outcome === 'pending') ? 'pending' : 'complete'
    const entry = await audit.append({
      requestId,
      traceId,
      clientId: client.id,
      role: 'portal',
      action,
      subjectHmac,
      subjectMasked: masked,
      procedure: form.procedure,
      version: form.version,
      purpose: body.purpose,
      legalBasis: [...new Set(planned.map((a) => a.manifest.legalBasis))].join('; '),
      sources: sources.map(({ ms, ...s }) => s),
      fields: filled.map(([pointer]) => pointer),
      receiptId: receipt.id,
      detail: {
        fieldsAsked: form.fields.length,
        fieldsFilled: filled.length,
        documents: documents.length,
        documentsWaived: waived.length,
        denied: Object.entries(fields).filter(([, f]) => f.status === 'denied').map(([pointer]) => pointer),
        status
      },
      result: 'ok'
    }, [receipt.row])

    const labels = { procedure: form.procedure, client: client.id }
    metrics.steps.inc({ ...labels, step: action === 'prefill' ? 'prefill' : 'completion', outcome: status })
    if (action === 'prefill') {
      metrics.prefills.inc(labels)
      metrics.fieldsAsked.inc(labels, form.fields.length)
      metrics.fieldsFilled.inc(labels, filled.length)
      metrics.documents.inc({ ...labels, status: 'waived' }, waived.length)
      metrics.documents.inc({ ...labels, status: 'required' }, documents.length - waived.length)
    }
    return {
      requestId,
      status,
      procedure: form.procedure,
      version: form.version,
      subject: { type: body.subject.type, masked },
      fields,
      documents,
      sources,
      receipt: { id: receipt.id, token: receipt.token, expiresAt: receipt.expiresAt },
      audit: { entry }
    }
  }

  /** One real call to a source (past the cache and the circuit), counted for the source's health. */
  async #call (adapter: LiveAdapter, subject: Subject, deadline: number): Promise<SourceResult> {
    const outcome = await this.#deps.fetcher.fetch(adapter, subject, deadline)
    this.#deps.health.record(adapter.manifest.id, outcome)
    return outcome
  }

  async #collect (adapter: CompiledAdapter, subject: Subject, deadline: number, agency?: string, readAhead?: ReadonlyMap<string, Buffer | null>): Promise<SourceResult> {
    const outcome = isLive(adapter)
      ? await this.#deps.cache.through(adapter, subject, () => this.#deps.breakers.call(adapter.manifest.id, () => this.#call(adapter, subject, deadline)), readAhead)
      : await this.#deps.records.recognised(adapter, subject, agency)
    const { metrics } = this.#deps
    metrics.sourceSeconds.observe({ source: adapter.manifest.id, outcome: outcome.status }, outcome.ms / 1000)
    if (outcome.status === 'unavailable') metrics.sourceErrors.inc({ source: adapter.manifest.id, reason: outcome.reason })
    return outcome
  }
}
