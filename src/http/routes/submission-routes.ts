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
      operationId: 'checkSubmission',
      summary: 'Check a dossier against the receipt of its prefill; every once-only violation at once',
      description: 'Send the receipt of the prefill whose values the dossier carries: the one of the completed result when the prefill answered pending. The verdict lists every violation at once (a waived component asked for again, a recognised value re-keyed or altered, a prefillable field left to the person), each with a stable code and a Vietnamese and an English message. Every check is audited.',
      body: ref('submission-check-request.json'),
      response: { 200: ref('submission-check-result.json'), ...errors(400, 404, 410, 503) }
    }
  }, async (request) => app.submissions.check(request.body, auditContext(request)))
}
