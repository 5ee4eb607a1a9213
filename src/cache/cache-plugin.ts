// What rests in Redis: the sealed box that encrypts personal data there (cached records, queued work, results
// waiting for their portal) and the shared record cache built on it. Two decorators, because the job queues
// seal their work with the same box.
import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import { secretKey } from '../keys/secret-keys.ts'
import { RecordCache } from './record-cache.ts'
import { SealedBox } from './sealed-box.ts'

declare module 'fastify' {
  interface FastifyInstance { sealedBox: SealedBox, recordCache: RecordCache }
}

export default fp(async (app: FastifyInstance) => {
  const box = new SealedBox(await secretKey(app.config.cacheKey, app.config.dataDir, 'cache.key'))
  app.decorate('sealedBox', box)
  app.decorate('recordCache', new RecordCache({ redis: app.redis, prefix: app.config.redisPrefix, box }))
}, { name: 'gateway-cache', fastify: '5.x', dependencies: ['gateway-redis'] })
