// The shared Redis (queues, cache, rate limits). The gateway starts without it and says so in readiness:
// synchronous prefill does not need it.
import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import { Redis } from 'ioredis'

declare module 'fastify' {
  interface FastifyInstance { redis: Redis }
}

export default fp(async (app: FastifyInstance, opts: { url: string }) => {
  const redis = new Redis(opts.url, { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2000 })
  let reported = false
  redis.on('error', (err) => {
    if (!reported) app.log.warn({ err: err.message }, 'redis unreachable; retrying in the background')
    reported = true
  })
  redis.on('ready', () => { reported = false })
  await redis.connect().catch(() => {})
  app.decorate('redis', redis)
  app.addHook('onClose', () => { redis.disconnect() })
}, { name: 'gateway-redis', fastify: '5.x' })
