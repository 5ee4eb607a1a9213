// Appends the audit entry of a request: who (the authenticated client and its role) and which request
// (its id and W3C trace id) come from the request itself.
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { AuditEntry } from '../audit/audit-entry.ts'

export function auditRequest (app: FastifyInstance, request: FastifyRequest, entry: Omit<AuditEntry, 'requestId' | 'traceId' | 'clientId' | 'role'>): Promise<number> {
  const client = request.client!
  return app.audit.append({ requestId: request.id, traceId: request.traceId, clientId: client.id, role: client.roles[0], ...entry })
}
