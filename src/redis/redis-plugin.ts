// The shared Redis (queues, cache, rate limits). The gateway starts without it and says so in readiness:
// synchronous prefill does not need it.
import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import type { Redis } from 'ioredis'
import { RedisConnections } from './redis-connections.ts'

/** Redis's answers to a missing or wrong password (through Sentinels, in ioredis's "Last error: ..."). */
const refusedAuthentication = /\b(NOAUTH|WRONGPASS)\b/

function authenticationFailed (message: string): string {
  const whose = /sentinel/i.test(message) ? 'the Sentinels (REDIS_SENTINEL_USERNAME, REDIS_SENTINEL_PASSWORD)' : 'Redis (the user and password of REDIS_URL)'
  return `redis authentication failed: check the credentials for ${whose}; retrying in the background`
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The fail-fast connection for commands (cache, rate limits, queueing). */
    redis: Redis
    /** Every connection, for BullMQ (which needs blocking ones) and for closing them all; the second decorator. */
    redisConnections: RedisConnections
  }
}

export default fp(async (app: FastifyInstance) => {
  const { redisUrl, redisSentinel } = app.config
  const connections = new RedisConnections(redisSentinel ?? redisUrl)
  let reported = false
  connections.producer.on('error', (err) => {
    // The message only: ioredis's error for a refused AUTH holds the password among its command's arguments.
    if (!reported) app.log.warn({ err: err.message }, refusedAuthentication.test(err.message) ? authenticationFailed(err.message) : 'redis unreachable; retrying in the background')
    reported = true
  })
  connections.producer.on('ready', () => { reported = false })
  await new Promise((resolve) => { connections.producer.once('ready', resolve).once('error', resolve) })
  app.decorate('redis', connections.producer)
  app.decorate('redisConnections', connections)
  app.addHook('onClose', () => { connections.close() })
}, { name: 'gateway-redis', fastify: '5.x' })
