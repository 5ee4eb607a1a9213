// The auditor's side of the log: the checkpointer that signs the chain as it grows, and the reader.
import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import { AuditReader } from './audit-reader.ts'
import { Checkpointer } from './checkpoints.ts'

declare module 'fastify' {
  interface FastifyInstance { checkpoints: Checkpointer, auditReader: AuditReader }
}

export default fp(async (app: FastifyInstance, opts: { every: number, intervalSeconds: number }) => {
  const checkpoints = new Checkpointer({ store: app.store, keys: app.keys, every: opts.every, intervalSeconds: opts.intervalSeconds })
  app.audit.subscribe((seq) => checkpoints.committed(seq))
  app.decorate('checkpoints', checkpoints)
  app.decorate('auditReader', new AuditReader(app.store))
  app.addHook('onClose', () => checkpoints.stop())
}, { name: 'gateway-audit-reader', fastify: '5.x', dependencies: ['gateway-audit', 'gateway-onceonly'] })
