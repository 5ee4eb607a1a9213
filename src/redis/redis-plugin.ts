// The shared Redis (queues, cache, rate limits). The gateway starts without it and says so in readiness:
// synchronous prefill does not need it.
import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import type { Redis } from 'ioredis'
import { RedisConnections } from './redis-connections.ts'

declare module 'fastify' {
  interface FastifyInstance {
    /** The fail-fast connection for commands (cache, rate limits, queueing). */
    redis: Redis
    /** Every connection, for BullMQ (which needs blocking ones) and for closing them all; the second decorator. */
    redisConnections: RedisConnections
  }
}

export default fp(async (app: FastifyInstance) => {
  const { redisUrl, redisSentinels, redisMasterName } = app.config
  const connections = new RedisConnections(redisSentinels ? { sentinels: redisSentinels, name: redisMasterName } : redisUrl)
  let reported = false
  connections.producer.on('error', (err) => {
    if (!reported) app.log.warn({ err: err.message }, 'redis unreachable; retrying in the background')
    reported = true
  })
  connections.producer.on('ready', () => { reported = false })
  await new Promise((resolve) => { connections.producer.once('ready', resolve).once('error', resolve) })
  app.decorate('redis', connections.producer)
  app.decorate('redisConnections', connections)
  app.addHook('onClose', () => { connections.close() })
}, { name: 'gateway-redis', fastify: '5.x' })
