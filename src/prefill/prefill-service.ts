// One prefill: plan the sources the form needs, collect them in parallel within the deadline (live sources
// through the fetcher, recognised records from the store), map, sign a receipt, audit, and only then answer.
import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import type { PrefillRequest, PrefillResponse, Subject } from '../generated/types.ts'
import type { AuditLog } from '../audit/audit-log.ts'
import type { Client } from '../auth/clients.ts'
import { SubjectIdInvalid, SubjectTypeMismatch } from '../errors.ts'
import type { RecordCache } from '../cache/record-cache.ts'
import type { GatewayMetrics } from '../metrics/metrics.ts'
import type { Receipts } from '../onceonly/receipts.ts'
import type { RecordStore } from '../onceonly/records.ts'
import type { AgreementRegistry } from '../policy/agreements.ts'
import type { AdapterRegistry, CompiledAdapter } from '../registry/adapter-registry.ts'
import { bindingsOf } from '../registry/bindings.ts'
import type { CompiledForm, FormRegistry } from '../registry/form-registry.ts'
import { maskSubjectId, subjectIdProblem } from '../subject/subject-id.ts'
import type { SubjectHasher } from '../subject/subject-hasher.ts'
import type { CircuitBreakers } from './circuit-breakers.ts'
import type { SourceFetcher, SourceOutcome } from './fetcher.ts'
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
  records: RecordStore
  receipts: Receipts
  audit: AuditLog
  hasher: SubjectHasher
  metrics: GatewayMetrics
  defaultDeadlineMs: number
}

/** The form for a request, after checking that the subject fits it; shared with the submission check. */
export function formForSubject (forms: FormRegistry, procedure: string, version: number | undefined, subject: Subject): CompiledForm {
  const form = forms.get(procedure, version)
  if (form.subject !== subject.type) throw new SubjectTypeMismatch(form.procedure, form.subject, subject.type)
  const problem = subjectIdProblem(subject)
  if (problem) throw new SubjectIdInvalid(subject.type === 'citizen' ? `personal identification number: ${problem}` : `enterprise code: ${problem}`)
  return form
}

export class PrefillService {
  #deps: PrefillDeps

  constructor (deps: PrefillDeps) {
    this.#deps = deps
  }

  async prefill (body: PrefillRequest, { requestId, traceId }: { requestId: string, traceId: string }, client: Client): Promise<PrefillResponse> {
    const { adapters, forms, audit, hasher, receipts, metrics } = this.#deps
    const started = Date.now()
    const form = formForSubject(forms, body.procedure, body.version, body.subject)
    const deadline = started + (body.deadlineMs ?? this.#deps.defaultDeadlineMs) - answerReserveMs
    // Data minimisation: only the sources whose fields (or waiver evidence) an agreement covers are asked.
    const permit = this.#deps.agreements.permit(client.id, form.procedure, body.purpose)
    const needed = new Set([
      ...form.fields.flatMap((f) => bindingsOf(f.prefill).filter((b) => permit.binding(b)).map((b) => b.source)),
      ...form.documents.flatMap((d) => d.waivedBy.filter((id) => permit.source(id)))
    ])
    const planned = [...needed].flatMap((id) => adapters.current(id) ?? [])
    const fetched = await Promise.all(planned.map(async (adapter): Promise<FetchedSource> =>
      ({ adapter, outcome: await this.#collect(adapter, body.subject, deadline, client) })))
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
      procedure: form.procedure,
      version: form.version,
      subjectHmac,
      values: filled.map(([pointer, f]) => ({ pointer, value: f.value, source: f.source!.id })),
      waived
    })
    const masked = maskSubjectId(body.subject.id)
    const entry = await audit.append({
      requestId,
      traceId,
      clientId: client.id,
      role: 'portal',
      action: 'prefill',
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
        denied: Object.entries(fields).filter(([, f]) => f.status === 'denied').map(([pointer]) => pointer)
      },
      result: 'ok'
    })
    await receipts.remember(receipt)

    const labels = { procedure: form.procedure, client: client.id }
    metrics.prefills.inc(labels)
    metrics.fieldsAsked.inc(labels, form.fields.length)
    metrics.fieldsFilled.inc(labels, filled.length)
    metrics.documents.inc({ ...labels, status: 'waived' }, waived.length)
    metrics.documents.inc({ ...labels, status: 'required' }, documents.length - waived.length)
    return {
      requestId,
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

  async #collect (adapter: CompiledAdapter, subject: Subject, deadline: number, client: Client): Promise<SourceOutcome> {
    const outcome = adapter.manifest.transport.kind === 'records'
      ? await this.#deps.records.recognised(adapter, subject, client.agency)
      : await this.#deps.cache.through(adapter, subject, () => this.#deps.breakers.call(adapter.manifest.id, () => this.#deps.fetcher.fetch(adapter, subject, deadline)))
    const { metrics } = this.#deps
    metrics.sourceSeconds.observe({ source: adapter.manifest.id, outcome: outcome.status }, outcome.ms / 1000)
    if (outcome.status === 'unavailable') metrics.sourceErrors.inc({ source: adapter.manifest.id, reason: outcome.reason })
    return outcome
  }
}

declare module 'fastify' {
  interface FastifyInstance { prefill: PrefillService, fetcher: SourceFetcher, breakers: CircuitBreakers }
}

export default fp(async (app: FastifyInstance, opts: { fetcher: SourceFetcher, cache: RecordCache, breakers: CircuitBreakers, defaultDeadlineMs: number }) => {
  app.decorate('fetcher', opts.fetcher)
  app.decorate('prefill', new PrefillService({
    adapters: app.adapters,
    forms: app.forms,
    agreements: app.agreements,
    fetcher: opts.fetcher,
    cache: opts.cache,
    breakers: opts.breakers,
    records: app.records,
    receipts: app.receipts,
    audit: app.audit,
    hasher: app.subjectHasher,
    metrics: app.metrics,
    defaultDeadlineMs: opts.defaultDeadlineMs
  }))
  app.decorate('breakers', opts.breakers)
  app.metrics.circuitStates = () => opts.breakers.states()
  app.addHook('onClose', async () => {
    opts.breakers.shutdown()
    await opts.fetcher.close()
  })
}, { name: 'gateway-prefill', fastify: '5.x', dependencies: ['gateway-registry', 'gateway-audit', 'gateway-onceonly', 'gateway-metrics', 'gateway-policy'] })
