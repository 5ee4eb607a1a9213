import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { PrefillRequest } from '../../generated/types.ts'
import { PrefillUnknown } from '../../errors.ts'
import type { PrefillPlan } from '../../prefill/prefill-service.ts'
import { errors, ref } from '../route-schemas.ts'

export default async function prefillRoutes (app: FastifyInstance) {
  // A prefill is planned once: with its admission, which reads ahead the cached records the plan would look
  // up (one Redis round trip, not two), then run. The plan is made again if the admission's check of the
  // credential named another client than the one planned for, or a registration changed meanwhile.
  const plans = new WeakMap<FastifyRequest, PrefillPlan>()
  const planOf = (request: FastifyRequest) => {
    const planned = plans.get(request)
    if (planned?.clientId === request.client!.id && app.prefill.isCurrent(planned)) return planned
    const plan = app.prefill.plan(request.body as PrefillRequest, request.client!)
    plans.set(request, plan)
    return plan
  }

  app.post<{ Body: PrefillRequest }>('/v1/prefill', {
    // A prefill that will be refused reads nothing ahead; its handler, planning again, says why.
    config: { roles: ['portal'], readAhead: (request) => { try { return app.prefill.cacheKeys(planOf(request)) } catch { return [] } } },
    schema: {
      tags: ['prefill'],
      operationId: 'prefill',
      summary: 'Prefill an e-form for a subject from the sources its bindings name',
      description: 'Answers by the deadline. Sources still being fetched by a worker leave their fields pending and the answer\'s status pending; the completed result follows through GET /v1/prefill/{requestId} and the portal\'s webhook.',
      body: ref('prefill-request.json'),
      response: { 200: ref('prefill-response.json'), ...errors(400, 404, 410, 503) }
    }
  }, (request) => app.prefill.prefill(planOf(request), { requestId: request.id, traceId: request.traceId }, request.client!, request.readAhead ?? undefined))

  app.get<{ Params: { requestId: string } }>('/v1/prefill/:requestId', {
    config: { roles: ['portal'] },
    schema: {
      tags: ['prefill'],
      operationId: 'getPrefillResult',
      summary: 'The completed result of a prefill that answered pending (202 while it still is)',
      description: 'Only the client that asked sees it. The completion was audited (action prefill.complete) and carries its own receipt.',
      params: { type: 'object', required: ['requestId'], properties: { requestId: { type: 'string', maxLength: 64 } } },
      response: { 200: ref('prefill-response.json'), 202: ref('prefill-pending.json'), ...errors(404, 503) }
    }
  }, async (request, reply) => {
    const result = await app.prefillJobs.result(request.params.requestId, request.client!.id)
    if (!result) throw new PrefillUnknown(request.params.requestId)
    if (result.status === 'pending') return reply.code(202).send({ requestId: request.params.requestId, status: 'pending' })
    return result.response
  })
}
