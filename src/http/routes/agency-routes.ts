import type { FastifyInstance } from 'fastify'
import type { AgencyCodeParams, AgencyNode } from '../../generated/types.ts'
import { IdMismatch } from '../../errors.ts'
import { auditRequest } from '../audit-request.ts'
import { errors, ref } from '../route-schemas.ts'

export default async function agencyRoutes (app: FastifyInstance) {
  /** The adapters and enabled clients acting for any of the agencies: moving those agencies would take them along. */
  const users = (codes: string[]) => [
    ...app.adapters.list().filter((a) => codes.includes(a.manifest.agency)).map((a) => `adapter ${a.manifest.id}`),
    ...app.clients.list().filter((c) => !c.disabledAt && c.agency !== undefined && codes.includes(c.agency)).map((c) => `client ${c.id}`)
  ]

  app.put<{ Params: AgencyCodeParams, Body: AgencyNode }>('/v1/agencies/:code', {
    config: { roles: ['admin'] },
    schema: {
      tags: ['agencies'],
      operationId: 'putAgency',
      summary: 'Add an agency to the tree, or change one (its name, parent, or whether its units share data)',
      description: 'Every instance serves the change within REGISTRY_REFRESH_SECONDS; every change is audited. An unknown parent or a cycle is 422; moving an agency that adapters or clients act for into another ministry or province is 409, naming them. 201 added, 200 changed or unchanged.',
      params: ref('agency-code-params.json'),
      body: ref('agency.json'),
      response: { 200: ref('agency.json'), 201: ref('agency.json'), ...errors(400, 409, 422) }
    }
  }, async (request, reply) => {
    if (request.body.code !== request.params.code) throw new IdMismatch(request.params.code, request.body.code)
    const status = await app.agencyStore.put(request.body, request.client!.id, users)
    await auditRequest(app, request, { action: 'agency.register', detail: { agency: request.body.code, ...request.body.parent ? { parent: request.body.parent } : {}, status }, result: 'ok' })
    reply.code(status === 'created' ? 201 : 200)
    return app.agencies.list().find((a) => a.code === request.params.code)
  })

  app.get('/v1/agencies', {
    config: { roles: ['portal', 'agency', 'auditor', 'admin', 'operator'] },
    schema: {
      tags: ['agencies'],
      operationId: 'listAgencies',
      summary: 'The agency tree: every agency with its parent',
      description: 'Ministries and provinces have no parent; sharesData says whether their units reuse each other\'s data (Circular 32/2017/TT-BTTTT).',
      response: { 200: { type: 'array', items: ref('agency.json') } }
    }
  }, async () => app.agencies.list())
}
