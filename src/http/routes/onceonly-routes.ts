import type { FastifyInstance } from 'fastify'
import type { Client } from '../../auth/clients.ts'
import type { RecordPublishRequest, SubmissionCheckRequest } from '../../generated/types.ts'
import { checkSubmission } from '../../onceonly/submission-check.ts'
import { usageReport, usageReportCsv } from '../../onceonly/usage-report.ts'
import { maskSubjectId } from '../../subject/subject-id.ts'
import { auditRequest } from '../audit-request.ts'
import { errors, ref, versionQuery } from '../route-schemas.ts'

export default async function onceOnlyRoutes (app: FastifyInstance) {
  const publisher = (client: Client) => ({ id: client.id, agency: client.agency, admin: client.roles.includes('admin') })

  app.post<{ Body: RecordPublishRequest }>('/v1/records', {
    config: { roles: ['agency', 'admin'] },
    schema: {
      tags: ['records'],
      summary: 'Publish a recognised record: the result of a resolved procedure, reusable by later ones',
      body: ref('record-publish.json'),
      response: { 201: ref('record-published.json'), ...errors(400, 404, 422) }
    }
  }, async (request, reply) => {
    const client = request.client!
    const published = await app.records.publish(request.body, publisher(client))
    // The issuing agency has something newer about this subject: cached answers of its sources may be stale.
    const issuing = app.adapters.get(request.body.type).manifest.agency
    await app.recordCache.invalidate(app.adapters.list().filter((a) => a.manifest.agency === issuing), request.body.subject)
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

  app.post<{ Params: { id: string }, Body: { reason: string } }>('/v1/records/:id/revoke', {
    config: { roles: ['agency', 'admin'] },
    schema: {
      tags: ['records'],
      summary: 'Revoke a record: it is no longer recognised (its issuing agency, or an admin)',
      params: { type: 'object', required: ['id'], properties: { id: { type: 'string', format: 'uuid' } } },
      body: ref('record-revoke.json'),
      response: { 200: ref('record-revoked.json'), ...errors(400, 404) }
    }
  }, async (request) => {
    const client = request.client!
    const revoked = await app.records.revoke(request.params.id, request.body.reason, publisher(client))
    await auditRequest(app, request, {
      action: 'record.revoke',
      detail: { record: revoked.id },
      result: 'ok'
    })
    return revoked
  })

  app.post<{ Body: SubmissionCheckRequest }>('/v1/submissions/check', {
    config: { roles: ['portal'] },
    schema: {
      tags: ['submissions'],
      summary: 'Check a dossier against the receipt of its prefill; every once-only violation at once',
      body: ref('submission-check-request.json'),
      response: { 200: ref('submission-check-result.json'), ...errors(400, 404, 503) }
    }
  }, async (request) => {
    const body = request.body
    const client = request.client!
    const form = app.forms.forSubject(body.procedure, body.version, body.subject)
    const subjectHmac = app.subjectHasher.hash(body.subject)
    const receipt = await app.receipts.verify(body.receipt)
    const outcome = checkSubmission(form, { procedure: body.procedure, version: body.version, subjectHmac, values: body.values, documents: body.documents }, receipt)
    const entry = await auditRequest(app, request, {
      action: 'submission.check',
      subjectHmac,
      subjectMasked: maskSubjectId(body.subject.id),
      procedure: form.procedure,
      version: form.version,
      receiptId: receipt.status === 'invalid' ? undefined : receipt.claims.jti,
      detail: { violations: outcome.violations.map((v) => v.code), changedWithReason: outcome.changedWithReason.length },
      result: outcome.verdict
    })
    const labels = { procedure: form.procedure, client: client.id }
    app.metrics.checks.inc({ ...labels, verdict: outcome.verdict })
    for (const v of outcome.violations) app.metrics.violations.inc({ ...labels, code: v.code })
    return {
      requestId: request.id,
      traceId: request.traceId,
      ...outcome,
      audit: { entry }
    }
  })

  app.get('/.well-known/jwks.json', {
    schema: { tags: ['keys'], summary: 'The keys that verify receipts, old ones included after a rotation' }
  }, async () => app.keys.jwks)

  app.get<{ Params: { procedure: string }, Querystring: { version?: number } }>('/v1/forms/:procedure/once-only', {
    config: { roles: ['admin', 'agency', 'auditor'] },
    schema: {
      tags: ['forms'],
      summary: 'Design-time once-only report: what the form asks that a registered source already holds',
      params: { type: 'object', required: ['procedure'], properties: { procedure: { type: 'string', pattern: '^[0-9]\\.[0-9]{6}$' } } },
      querystring: versionQuery,
      response: { 200: ref('once-only-report.json'), ...errors(404) }
    }
  }, async (request) => {
    const form = app.forms.get(request.params.procedure, request.query.version)
    return { procedure: form.procedure, version: form.version, findings: app.forms.findings(form) }
  })

  app.get<{ Querystring: { from?: string, to?: string, format?: 'json' | 'csv' } }>('/v1/reports/once-only', {
    config: { roles: ['admin', 'auditor'] },
    schema: {
      tags: ['reports'],
      summary: 'Once-only measurement per procedure and portal: fill ratio, waiver ratio, violations (JSON or CSV)',
      querystring: {
        type: 'object',
        additionalProperties: false,
        properties: {
          from: { type: 'string', format: 'date-time', description: 'Default: 30 days ago' },
          to: { type: 'string', format: 'date-time', description: 'Default: now' },
          format: { type: 'string', enum: ['json', 'csv'], default: 'json' }
        }
      },
      response: { 200: ref('usage-report.json'), ...errors(400) }
    }
  }, async (request, reply) => {
    const to = request.query.to ? new Date(request.query.to) : new Date()
    const from = request.query.from ? new Date(request.query.from) : new Date(to.getTime() - 30 * 24 * 3600 * 1000)
    const report = await usageReport(app.store, from, to)
    if (request.query.format !== 'csv') return report
    reply.type('text/csv; charset=utf-8').serializer((payload: string) => payload)
    return usageReportCsv(report)
  })
}
