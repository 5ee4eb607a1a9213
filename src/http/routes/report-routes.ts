// Once-only measurement, computed from the sharing log so that every gateway instance counts.
import type { FastifyInstance } from 'fastify'
import type { UsageReportQuery } from '../../generated/types.ts'
import { usageReport, usageReportCsv } from '../../onceonly/usage-report.ts'
import { errors, ref } from '../route-schemas.ts'

export default async function reportRoutes (app: FastifyInstance) {
  app.get<{ Querystring: UsageReportQuery }>('/v1/reports/once-only', {
    config: { roles: ['admin', 'auditor'] },
    schema: {
      tags: ['reports'],
      operationId: 'getOnceOnlyUsageReport',
      summary: 'Once-only measurement per procedure and portal: fill ratio, waiver ratio, violations (JSON or CSV)',
      description: 'Computed from the sharing log, so that every gateway instance counts (on the read replica when there is one); format=csv answers text/csv.',
      querystring: ref('usage-report-query.json'),
      response: {
        200: { description: 'The report', content: { 'application/json': { schema: ref('usage-report.json') }, 'text/csv': { schema: { type: 'string' } } } },
        ...errors(400)
      }
    }
  }, async (request, reply) => {
    const report = await usageReport(app.auditorReads, request.query)
    if (request.query.format !== 'csv') return report
    reply.type('text/csv; charset=utf-8').serializer((payload: string) => payload)
    return usageReportCsv(report)
  })
}
