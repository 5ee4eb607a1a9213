// Recognised records: agencies publish the results of resolved procedures, list them, and revoke them.
import type { FastifyInstance } from 'fastify'
import type { Client } from '../../auth/clients.ts'
import type { RecordListQuery, RecordPublishRequest, RecordRevokeRequest } from '../../generated/types.ts'
import { maskSubjectId } from '../../subject/subject-id.ts'
import { auditRequest } from '../audit-request.ts'
import { errors, ref } from '../route-schemas.ts'

const publisher = (client: Client) => ({ id: client.id, agency: client.agency, admin: client.roles.includes('admin') })

export default async function recordRoutes (app: FastifyInstance) {
  app.post<{ Body: RecordPublishRequest }>('/v1/records', {
    config: { roles: ['agency', 'admin'] },
    schema: {
      tags: ['records'],
      operationId: 'publishRecord',
      summary: 'Publish a recognised record: the result of a resolved procedure, reusable by later ones',
      description: 'The record is checked against the schema of its record type (an adapter with transport kind records) and issued by a unit of the publishing client\'s agency; later prefills use it while it is valid. Audited.',
      body: ref('record-publish.json'),
      response: { 201: ref('record-published.json'), ...errors(400, 404, 422) }
    }
  }, async (request, reply) => {
    const published = await app.records.publish(request.body, publisher(request.client!))
    await auditRequest(app, request, {
      action: 'record.publish',
      subjectHmac: app.subjectHasher.hash(request.body.subject),
      subjectMasked: maskSubjectId(request.body.subject.id),
      procedure: request.body.procedure,
      detail: { type: request.body.type, record: published.id, issuedBy: request.body.issuedBy },
      result: 'ok'
    })
    reply.code(201)
    return published
  })

  app.get<{ Querystring: RecordListQuery }>('/v1/records', {
    config: { roles: ['agency', 'admin'] },
    schema: {
      tags: ['records'],
      operationId: 'listRecords',
      summary: 'List published records, newest first: metadata only, the subject masked, never the record\'s data',
      description: 'An agency sees the records issued within its own agency (what it may revoke), an admin all; ?issuedBy= narrows to an agency or unit and its units (403 outside the agency\'s own), ?type= to a record type. Not audited: no personal data leaves.',
      querystring: ref('record-list-query.json'),
      response: { 200: ref('record-list.json'), ...errors(400) }
    }
  }, async (request) => ({ records: await app.records.list(request.query, publisher(request.client!)) }))

  app.post<{ Params: { id: string }, Body: RecordRevokeRequest }>('/v1/records/:id/revoke', {
    config: { roles: ['agency', 'admin'] },
    schema: {
      tags: ['records'],
      operationId: 'revokeRecord',
      summary: 'Revoke a record: it is no longer recognised (its issuing agency, or an admin)',
      description: 'A revoked record fills no field and waives no component from then on; revoking it again changes nothing. Audited.',
      params: { type: 'object', required: ['id'], properties: { id: { type: 'string', format: 'uuid' } } },
      body: ref('record-revoke.json'),
      response: { 200: ref('record-revoked.json'), ...errors(400, 404) }
    }
  }, async (request) => {
    const revoked = await app.records.revoke(request.params.id, request.body.reason, publisher(request.client!))
    await auditRequest(app, request, {
      action: 'record.revoke',
      detail: { record: revoked.id },
      result: 'ok'
    })
    return revoked
  })
}
