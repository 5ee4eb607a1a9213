import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { AdapterIdParams, AdapterManifest, AdapterTestRequest, SourceHealthQuery, VersionQuery } from '../../generated/types.ts'
import { isLive, type ExtraChecks } from '../../registry/adapter-registry.ts'
import { maxWindowMs, windowMs } from '../../prefill/source-health.ts'
import { AgencyForbidden, IdMismatch, ValidationFailed } from '../../errors.ts'
import { maskSubjectId } from '../../subject/subject-id.ts'
import { auditRequest } from '../audit-request.ts'
import { isDryRun } from '../dry-run.ts'
import { errors, ref, registrationAnswer } from '../route-schemas.ts'

/** An agency client manages only its own agency's adapters; admins manage all. */
function assertOwnAgency (request: FastifyRequest, agency: string) {
  const client = request.client!
  if (!client.roles.includes('admin') && client.agency !== agency) throw new AgencyForbidden(client.agency ?? '-', agency)
}

export default async function adapterRoutes (app: FastifyInstance) {
  // A new version must not break the forms that bind the adapter, and should not empty the agreements granting it.
  const extra: ExtraChecks = { problems: (candidate) => app.forms.problemsWithAdapter(candidate), warnings: (candidate) => app.agreements.emptiedGrants(candidate) }

  app.put<{ Params: AdapterIdParams, Body: AdapterManifest }>('/v1/adapters/:id', {
    config: { roles: ['agency', 'admin'] },
    // The registry reports every problem with 422; the body schema is here for the contract.
    attachValidation: true,
    schema: {
      tags: ['adapters'],
      operationId: 'registerAdapter',
      summary: 'Register a new version of an adapter (its agency, or an admin)',
      description: 'Every problem of the manifest is answered at once with 422 and nothing is changed. The same content again is 200; a new version is 201; other content under an existing version, an older version, or a version not above a retired one is 409. With ?dryRun=true: 200 with what the same PUT would answer, nothing stored or audited.',
      params: ref('adapter-id-params.json'),
      querystring: ref('dry-run-query.json'),
      body: ref('adapter-manifest.schema.json'),
      response: { 200: registrationAnswer, 201: ref('registration-result.json'), ...errors(400, 409, 422) }
    }
  }, async (request, reply) => {
    const body = request.body as Partial<AdapterManifest> | undefined
    if (body && typeof body === 'object' && typeof body.id === 'string' && body.id !== request.params.id) throw new IdMismatch(request.params.id, body.id)
    const agency = typeof body?.agency === 'string' ? body.agency : ''
    assertOwnAgency(request, agency)
    // A retired id still belongs to its agency.
    const existing = app.adapters.latest(request.params.id)
    if (existing) assertOwnAgency(request, existing.manifest.agency)
    if (isDryRun(request)) return app.adapters.dryRun({ ...body, id: request.params.id }, extra)
    const outcome = await app.adapters.register({ ...body, id: request.params.id }, request.client!.id, extra)
    await auditRequest(app, request, { action: 'adapter.register', detail: { adapter: outcome.id, version: outcome.version }, result: 'ok' })
    reply.code(outcome.status === 'created' ? 201 : 200)
    return outcome
  })

  app.post<{ Params: AdapterIdParams }>('/v1/adapters/:id/retire', {
    config: { roles: ['agency', 'admin'] },
    schema: {
      tags: ['adapters'],
      operationId: 'retireAdapter',
      summary: 'Retire an adapter (its agency, or an admin): no prefill asks it from the next request on',
      description: 'Its versions stay readable with ?version=; only a higher version registers the id again. While a registered form binds the source or waives a component by it, 409 GW_SOURCE_IN_USE names the forms. Retiring again is 200 unchanged.',
      params: ref('adapter-id-params.json'),
      response: { 200: ref('retirement-result.json'), ...errors(404, 409) }
    }
  }, async (request) => {
    const adapter = app.adapters.latest(request.params.id)
    if (adapter) assertOwnAgency(request, adapter.manifest.agency)
    const outcome = await app.adapters.retire(request.params.id, request.client!.id, (id) => app.forms.usersOf(id))
    if (outcome.status === 'retired') await auditRequest(app, request, { action: 'adapter.retire', detail: { adapter: outcome.id, version: outcome.version }, result: 'ok' })
    return outcome
  })

  app.get('/v1/adapters', {
    config: { roles: ['agency', 'admin', 'auditor', 'portal'] },
    schema: {
      tags: ['adapters'],
      operationId: 'listAdapters',
      summary: 'List the current version of every adapter',
      description: 'The id, version, agency, title and subject type of each registered adapter.',
      response: {
        200: {
          type: 'array',
          items: { type: 'object', additionalProperties: false, required: ['id', 'version', 'agency', 'title', 'subject'], properties: { id: { type: 'string' }, version: { type: 'integer' }, agency: { type: 'string' }, title: { type: 'string' }, subject: { type: 'string' } } }
        }
      }
    }
  }, async () => app.adapters.list().map(({ manifest: { id, version, agency, title, subject } }) => ({ id, version, agency, title, subject })))

  app.get<{ Params: AdapterIdParams, Querystring: VersionQuery }>('/v1/adapters/:id', {
    config: { roles: ['agency', 'admin', 'auditor'] },
    schema: {
      tags: ['adapters'],
      operationId: 'getAdapter',
      summary: 'Read an adapter manifest, the current version or a given one',
      description: 'Earlier versions stay readable after a new one is registered.',
      params: ref('adapter-id-params.json'),
      querystring: ref('version-query.json'),
      response: { 200: ref('adapter-manifest.schema.json'), ...errors(404, 410) }
    }
  }, async (request) => app.adapters.get(request.params.id, request.query.version).manifest)

  app.post<{ Params: AdapterIdParams, Body: AdapterTestRequest }>('/v1/adapters/:id/test', {
    config: { roles: ['agency', 'admin'] },
    schema: {
      tags: ['adapters'],
      operationId: 'testAdapter',
      summary: 'Conformance test: fetch one subject through the adapter and check the record against its schema',
      description: 'For the adapter\'s own agency or an admin. The fetch is audited like any access to the subject\'s data.',
      params: ref('adapter-id-params.json'),
      body: ref('adapter-test-request.json'),
      response: { 200: ref('adapter-test-result.json'), ...errors(400, 404, 410) }
    }
  }, async (request) => {
    const adapter = app.adapters.get(request.params.id)
    assertOwnAgency(request, adapter.manifest.agency)
    const { subject } = request.body
    const result = await app.prefill.testAdapter(adapter, subject, request.client!.agency)
    await auditRequest(app, request, {
      action: 'adapter.test',
      subjectHmac: app.subjectHasher.hash(subject),
      subjectMasked: maskSubjectId(subject.id),
      sources: [{ id: adapter.manifest.id, agency: adapter.manifest.agency, outcome: result.outcome, ...(result.reason ? { reason: result.reason } : {}) }],
      result: 'ok'
    })
    return result
  })

  app.get<{ Querystring: Required<SourceHealthQuery> }>('/v1/sources/health', {
    config: { roles: ['agency', 'admin', 'operator'] },
    schema: {
      tags: ['adapters'],
      operationId: 'getSourceHealth',
      summary: 'How each live source has answered lately: calls, latency, errors by reason, circuit, last success',
      description: 'An agency sees its own sources, admins and operators all. Counted by the instance that answers, in process, over ?window= (default 15m, at most 1h; the latest 10,000 calls per source at most); another instance counts its own calls.',
      querystring: ref('source-health-query.json'),
      response: { 200: ref('source-health-report.json'), ...errors(400) }
    }
  }, async (request) => {
    const { window } = request.query
    const ms = windowMs(window)
    if (ms > maxWindowMs) throw new ValidationFailed(`/window must be at most ${maxWindowMs / 60_000}m`)
    const own = request.role === 'agency' ? request.client!.agency : undefined
    const sources = app.adapters.list().filter(isLive).filter((a) => own === undefined || a.manifest.agency === own)
    return { window, sources: app.prefill.health(sources, ms) }
  })
}
