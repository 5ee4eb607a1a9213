// The audit context of a request: the authenticated client, the role its route admitted it by, and the
// request's id and W3C trace id.
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { AuditContext, AuditEntry } from '../audit/audit-entry.ts'

export function auditContext (request: FastifyRequest): AuditContext {
  return { requestId: request.id, traceId: request.traceId, clientId: request.client!.id, role: request.role! }
}

export function auditRequest (app: FastifyInstance, request: FastifyRequest, entry: Omit<AuditEntry, keyof AuditContext>): Promise<number> {
  return app.audit.append({ ...auditContext(request), ...entry })
}
