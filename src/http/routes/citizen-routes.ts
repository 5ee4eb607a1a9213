import type { FastifyInstance } from 'fastify'
import { accessesOf, assertedSubject } from '../../audit/citizen-access.ts'
import type { AccessHideRequest, AccessLogQuery, EntrySeqParams } from '../../generated/types.ts'
import { maskSubjectId } from '../../subject/subject-id.ts'
import { auditRequest } from '../audit-request.ts'
import { errors, ref } from '../route-schemas.ts'

export default async function citizenRoutes (app: FastifyInstance) {
  app.get<{ Querystring: AccessLogQuery }>('/v1/subjects/me/access-log', {
    config: { roles: ['portal'] },
    schema: {
      tags: ['citizens'],
      operationId: 'getAccessLog',
      summary: 'Who used my data: for the citizen or enterprise a portal vouches for with a signed assertion (header x-subject-assertion)',
      description: 'Newest first: which portal and agencies used the data, when, for which procedure and purpose, and which fields; accesses hidden until a date show after it. The read is itself logged.',
      security: [{ mutualTLS: [], subjectAssertion: [] }, { bearer: [], subjectAssertion: [] }],
      querystring: ref('access-log-query.json'),
      response: { 200: ref('access-log.json'), ...errors(400) }
    }
  }, async (request) => {
    const portal = request.client!
    const header = request.headers['x-subject-assertion']
    const subject = await assertedSubject(typeof header === 'string' ? header : undefined, portal)
    const subjectHmac = app.subjectHasher.hash(subject)
    const limit = request.query.limit ?? 50
    const entries = await accessesOf(app.store, subjectHmac, limit, request.query.before)
    await auditRequest(app, request, { action: 'access-log.read', subjectHmac, subjectMasked: maskSubjectId(subject.id), detail: { returned: entries.length }, result: 'ok' })
    return {
      subject: { type: subject.type, masked: maskSubjectId(subject.id) },
      entries: entries.map((e) => ({
        seq: e.seq,
        at: e.at,
        action: e.action,
        client: { id: e.clientId, name: app.clients.byId(e.clientId)?.name ?? e.clientId },
        agencies: [...new Set((e.sources ?? []).filter((s) => s.outcome === 'found').map((s) => s.agency))].map((code) => ({ code, name: app.agencies.name(code) ?? code })),
        ...(e.procedure ? { procedure: e.procedure } : {}),
        ...(e.purpose ? { purpose: e.purpose } : {}),
        ...(e.fields ? { fields: e.fields } : {})
      })),
      ...(entries.length === limit ? { nextBefore: entries[entries.length - 1].seq } : {})
    }
  })

  app.get('/v1/subjects/me/records', {
    config: { roles: ['portal'] },
    schema: {
      tags: ['citizens'],
      operationId: 'getSubjectRecords',
      summary: 'What the state holds about me: the recognised records about the citizen or enterprise a portal vouches for (header x-subject-assertion)',
      description: 'Newest first, in force or not, with their issuer, validity and the procedures they prefill; metadata only, the values reach a form through a prefill. The read is itself logged.',
      security: [{ mutualTLS: [], subjectAssertion: [] }, { bearer: [], subjectAssertion: [] }],
      response: { 200: ref('subject-records.json'), ...errors(400) }
    }
  }, async (request) => {
    const header = request.headers['x-subject-assertion']
    const subject = await assertedSubject(typeof header === 'string' ? header : undefined, request.client!)
    const held = await app.records.held(subject)
    await auditRequest(app, request, { action: 'records.read', subjectHmac: app.subjectHasher.hash(subject), subjectMasked: maskSubjectId(subject.id), detail: { returned: held.length }, result: 'ok' })
    const forms = app.forms.list()
    return {
      subject: { type: subject.type, masked: maskSubjectId(subject.id) },
      records: held.map((record) => ({
        ...record,
        title: app.adapters.current(record.type)?.manifest.title ?? record.type,
        issuedBy: { code: record.issuedBy, name: app.agencies.name(record.issuedBy) ?? record.issuedBy },
        prefills: forms.filter((form) => form.sources.includes(record.type)).map((form) => form.procedure)
      }))
    }
  })

  app.post<{ Params: EntrySeqParams, Body: AccessHideRequest }>('/v1/audit/entries/:seq/hide', {
    config: { roles: ['portal', 'agency', 'admin'] },
    schema: {
      tags: ['citizens'],
      operationId: 'hideAccess',
      summary: 'Hide one of the client\'s own accesses from the citizen until a date, on a listed legal basis, for at most ACCESS_HIDE_MAX_DAYS after the access unless an admin hides it (auditors still see it)',
      description: 'For investigations: the legal basis is the code of an article listed in LEGAL_BASES_FILE. Hiding again replaces the end, within the same bound. Every hide is audited.',
      params: ref('entry-seq-params.json'),
      body: ref('access-hide.json'),
      response: { 200: { type: 'object', additionalProperties: false, required: ['seq', 'hiddenUntil'], properties: { seq: { type: 'integer' }, hiddenUntil: { type: 'string', format: 'date-time' } } }, ...errors(400, 404, 409, 422) }
    }
  }, async (request) => {
    const { seq, hiddenUntil, limit, legalBasis, replacedUntil } = await app.accessHides.hide(request.params.seq, request.body, request.client!)
    await auditRequest(app, request, { action: 'access.hide', legalBasis: legalBasis.citation, detail: { seq, until: hiddenUntil, limit, legalBasis: legalBasis.code, ...(replacedUntil ? { replacedUntil } : {}) }, result: 'ok' })
    return { seq, hiddenUntil }
  })
}
