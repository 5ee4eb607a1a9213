// The once-only check of a dossier before a portal accepts it.
import type { FastifyInstance } from 'fastify'
import type { SubmissionCheckRequest } from '../../generated/types.ts'
import { auditContext } from '../audit-request.ts'
import { errors, ref } from '../route-schemas.ts'

export default async function submissionRoutes (app: FastifyInstance) {
  app.post<{ Body: SubmissionCheckRequest }>('/v1/submissions/check', {
    config: { roles: ['portal'] },
    schema: {
      tags: ['submissions'],
      summary: 'Check a dossier against the receipt of its prefill; every once-only violation at once',
      body: ref('submission-check-request.json'),
      response: { 200: ref('submission-check-result.json'), ...errors(400, 404, 503) }
    }
  }, async (request) => app.submissions.check(request.body, auditContext(request)))
}
