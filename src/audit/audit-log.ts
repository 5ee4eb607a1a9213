// The one door to the sharing log. Callers wait for append() before releasing anything: the row is
// durable when it resolves. (The hash chain, group commit and checkpoints grow behind this interface.)
import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import { AuditUnavailable } from '../errors.ts'
import type { Store } from '../store/store.ts'

export interface AuditEntry {
  requestId: string
  clientId: string
  role: string
  action: 'prefill' | 'submission.check' | 'record.publish' | 'record.revoke' | 'adapter.register' | 'form.register' | 'adapter.test'
  subjectHmac?: string
  subjectMasked?: string
  procedure?: string
  version?: number
  purpose?: string
  sources?: Array<{ id: string, agency: string, outcome: string, reason?: string }>
  /** Names of the fields released, never their values. */
  fields?: string[]
  receiptId?: string
  /** Counts and codes for measurement, never values. */
  detail?: Record<string, unknown>
  result: 'ok' | 'accept' | 'reject'
}

export class AuditLog {
  #store: Store

  constructor (store: Store) {
    this.#store = store
  }

  /** Appends one entry and resolves with its sequence number once it is committed; throws GW_AUDIT_UNAVAILABLE otherwise. */
  async append (entry: AuditEntry): Promise<number> {
    try {
      const { rows } = await this.#store.query<{ seq: string }>(
        `INSERT INTO audit_log (request_id, client_id, role, action, subject_hmac, subject_masked, procedure, version, purpose, sources, fields, receipt_id, detail, result)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING seq`,
        [entry.requestId, entry.clientId, entry.role, entry.action, entry.subjectHmac ?? null, entry.subjectMasked ?? null,
          entry.procedure ?? null, entry.version ?? null, entry.purpose ?? null, JSON.stringify(entry.sources ?? []), entry.fields ?? [],
          entry.receiptId ?? null, entry.detail ? JSON.stringify(entry.detail) : null, entry.result])
      return Number(rows[0].seq)
    } catch (err) {
      throw Object.assign(new AuditUnavailable(), { cause: err })
    }
  }
}

declare module 'fastify' {
  interface FastifyInstance { audit: AuditLog }
}

export default fp(async (app: FastifyInstance) => {
  app.decorate('audit', new AuditLog(app.store))
}, { name: 'gateway-audit', fastify: '5.x', dependencies: ['gateway-store'] })
