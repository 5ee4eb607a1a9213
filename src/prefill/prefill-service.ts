// One prefill: plan the sources the form needs, fetch them in parallel within the deadline, map, audit,
// and only then answer.
import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import type { PrefillRequest, PrefillResponse } from '../generated/types.ts'
import type { AuditLog } from '../audit/audit-log.ts'
import type { Client } from '../auth/clients.ts'
import { SubjectIdInvalid, SubjectTypeMismatch } from '../errors.ts'
import type { AdapterRegistry } from '../registry/adapter-registry.ts'
import type { FormRegistry } from '../registry/form-registry.ts'
import { maskSubjectId, subjectIdProblem } from '../subject/subject-id.ts'
import type { SubjectHasher } from '../subject/subject-hasher.ts'
import { SourceFetcher } from './fetcher.ts'
import { mapDocuments, mapField, type FetchedSource } from './mapper.ts'

/** Time kept back from the deadline for mapping and the audit commit. */
const answerReserveMs = 50

export interface PrefillDeps {
  adapters: AdapterRegistry
  forms: FormRegistry
  fetcher: SourceFetcher
  audit: AuditLog
  hasher: SubjectHasher
  defaultDeadlineMs: number
}

export class PrefillService {
  #deps: PrefillDeps

  constructor (deps: PrefillDeps) {
    this.#deps = deps
  }

  async prefill (body: PrefillRequest, requestId: string, client: Client): Promise<PrefillResponse> {
    const { adapters, forms, fetcher, audit, hasher } = this.#deps
    const started = Date.now()
    const form = forms.get(body.procedure, body.version)
    if (form.subject !== body.subject.type) throw new SubjectTypeMismatch(form.procedure, form.subject, body.subject.type)
    const problem = subjectIdProblem(body.subject)
    if (problem) throw new SubjectIdInvalid(body.subject.type === 'citizen' ? `personal identification number: ${problem}` : `enterprise code: ${problem}`)

    const deadline = started + (body.deadlineMs ?? this.#deps.defaultDeadlineMs) - answerReserveMs
    const planned = form.sources.flatMap((id) => adapters.current(id) ?? [])
    const fetched = await Promise.all(planned.map(async (adapter): Promise<FetchedSource> =>
      ({ adapter, outcome: await fetcher.fetch(adapter, body.subject, deadline) })))
    const bySource = new Map(fetched.map((f) => [f.adapter.manifest.id, f]))

    const fields = Object.fromEntries(form.fields.map((field) => [field.field, mapField(field, bySource)]))
    const documents = mapDocuments(form, bySource)
    const sources = fetched.map(({ adapter, outcome }) => ({
      id: adapter.manifest.id,
      agency: adapter.manifest.agency,
      outcome: outcome.status,
      ...(outcome.status === 'unavailable' ? { reason: outcome.reason } : {}),
      ms: outcome.ms
    }))
    const masked = maskSubjectId(body.subject.id)
    const entry = await audit.append({
      requestId,
      clientId: client.id,
      role: 'portal',
      action: 'prefill',
      subjectHmac: hasher.hash(body.subject),
      subjectMasked: masked,
      procedure: form.procedure,
      version: form.version,
      purpose: body.purpose,
      sources: sources.map(({ ms, ...s }) => s),
      fields: Object.entries(fields).filter(([, f]) => f.status === 'filled').map(([pointer]) => pointer),
      result: 'ok'
    })
    return {
      requestId,
      procedure: form.procedure,
      version: form.version,
      subject: { type: body.subject.type, masked },
      fields,
      documents,
      sources,
      audit: { entry }
    }
  }
}

declare module 'fastify' {
  interface FastifyInstance { prefill: PrefillService, fetcher: SourceFetcher }
}

export default fp(async (app: FastifyInstance, opts: { hasher: SubjectHasher, vars: Record<string, string>, maxBodyBytes: number, defaultDeadlineMs: number }) => {
  const fetcher = new SourceFetcher({ vars: opts.vars, maxBodyBytes: opts.maxBodyBytes })
  app.decorate('fetcher', fetcher)
  app.decorate('prefill', new PrefillService({
    adapters: app.adapters, forms: app.forms, fetcher, audit: app.audit, hasher: opts.hasher, defaultDeadlineMs: opts.defaultDeadlineMs
  }))
  app.addHook('onClose', () => fetcher.close())
}, { name: 'gateway-prefill', fastify: '5.x', dependencies: ['gateway-registry', 'gateway-audit'] })
