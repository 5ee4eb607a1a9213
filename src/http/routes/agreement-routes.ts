import type { FastifyInstance } from 'fastify'
import { AgreementUnknown, IdMismatch } from '../../errors.ts'
import { auditRequest } from '../audit-request.ts'
import { isDryRun } from '../dry-run.ts'
import type { VersionQuery } from '../../generated/types.ts'
import { errors, ref, registrationAnswer } from '../route-schemas.ts'

const agreementIdParams = { type: 'object', required: ['id'], properties: { id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{1,62}$' } } }

export default async function agreementRoutes (app: FastifyInstance) {
  app.put<{ Params: { id: string } }>('/v1/agreements/:id', {
    config: { roles: ['admin'] },
    // The registry reports every problem with 422; the body schema is here for the contract.
    attachValidation: true,
    schema: {
      tags: ['agreements'],
      operationId: 'registerAgreement',
      summary: 'Register a new version of a sharing agreement',
      description: 'Every problem is answered at once with 422 and nothing is changed. The same content again is 200; a new version is 201; other content under an existing version, an older version, or a version not above a retired one is 409. With ?dryRun=true: 200 with what the same PUT would answer, nothing stored or audited.',
      params: agreementIdParams,
      querystring: ref('dry-run-query.json'),
      body: ref('agreement.json'),
      response: { 200: registrationAnswer, 201: ref('registration-result.json'), ...errors(400, 409, 422) }
    }
  }, async (request, reply) => {
    const bodyId = (request.body as { id?: unknown } | undefined)?.id
    if (typeof bodyId === 'string' && bodyId !== request.params.id) throw new IdMismatch(request.params.id, bodyId)
    if (isDryRun(request)) return app.agreements.dryRun({ ...(request.body as object), id: request.params.id })
    const outcome = await app.agreements.register({ ...(request.body as object), id: request.params.id }, request.client!.id)
    await auditRequest(app, request, { action: 'agreement.register', detail: { agreement: outcome.id, version: outcome.version }, result: 'ok' })
    reply.code(outcome.status === 'created' ? 201 : 200)
    return outcome
  })

  app.post<{ Params: { id: string } }>('/v1/agreements/:id/retire', {
    config: { roles: ['admin'] },
    schema: {
      tags: ['agreements'],
      operationId: 'retireAgreement',
      summary: 'Retire a sharing agreement: it covers nothing from the next request on',
      description: 'Every version stays readable with ?version=; only a higher version registers the id again. Retiring again is 200 unchanged.',
      params: agreementIdParams,
      response: { 200: ref('retirement-result.json'), ...errors(404, 409) }
    }
  }, async (request) => {
    const outcome = await app.agreements.retire(request.params.id, request.client!.id)
    if (outcome.status === 'retired') await auditRequest(app, request, { action: 'agreement.retire', detail: { agreement: outcome.id, version: outcome.version }, result: 'ok' })
    return outcome
  })

  app.get('/v1/agreements', {
    config: { roles: ['admin', 'auditor'] },
    schema: {
      tags: ['agreements'],
      operationId: 'listAgreements',
      summary: 'The current version of every agreement',
      description: 'Each agreement\'s current version as registered; earlier versions are read with GET /v1/agreements/{id}?version=.',
      response: { 200: { type: 'array', items: ref('agreement.json') } }
    }
  }, async () => app.agreements.list())

  app.get<{ Params: { id: string }, Querystring: VersionQuery }>('/v1/agreements/:id', {
    config: { roles: ['admin', 'auditor'] },
    schema: {
      tags: ['agreements'],
      operationId: 'getAgreement',
      summary: 'Read an agreement, the current version or a given one',
      description: 'Earlier versions stay readable after a new one is registered.',
      params: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
      querystring: ref('version-query.json'),
      response: { 200: ref('agreement.json'), ...errors(404, 410) }
    }
  }, async (request) => {
    const agreement = app.agreements.get(request.params.id, request.query.version)
    if (!agreement) throw new AgreementUnknown(request.params.id)
    return agreement
  })
}
