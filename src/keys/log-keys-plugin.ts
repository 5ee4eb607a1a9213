// The sharing log's note keys (`app.logKeys`), which sign its c2sp checkpoints.
import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import { LogKeys } from './log-keys.ts'

declare module 'fastify' {
  interface FastifyInstance { logKeys: LogKeys }
}

export default fp(async (app: FastifyInstance) => {
  app.decorate('logKeys', await LogKeys.load(app.config.auditLogKeysDir, app.config.auditLogOrigin, app.config.createKeys))
}, { name: 'gateway-log-keys', fastify: '5.x' })
