import type { FastifyInstance } from 'fastify'
import type { PrefillRequest } from '../../generated/types.ts'
import { errors, ref } from '../route-schemas.ts'

export default async function prefillRoutes (app: FastifyInstance) {
  app.post<{ Body: PrefillRequest }>('/v1/prefill', {
    config: { roles: ['portal'] },
    schema: {
      tags: ['prefill'],
      summary: 'Prefill an e-form for a subject from the sources its bindings name',
      body: ref('prefill-request.json'),
      response: { 200: ref('prefill-response.json'), ...errors(400, 404, 503) }
    }
  }, (request) => app.prefill.prefill(request.body, { requestId: request.id, traceId: request.traceId }, request.client!))
}
