// Requests per client and minute, shared by every gateway instance through Redis; counted after
// authentication so that the key is the client, and skipped (not failed) while Redis is down.
import rateLimit from '@fastify/rate-limit'
import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import { RateLimited } from '../errors.ts'

export default fp(async (app: FastifyInstance) => {
  await app.register(rateLimit, {
    hook: 'preHandler',
    max: app.config.rateLimitPerMinute,
    timeWindow: 60_000,
    redis: app.redis,
    nameSpace: `${app.config.redisPrefix}rate:`,
    skipOnError: true,
    keyGenerator: (request) => request.client?.id ?? request.ip,
    errorResponseBuilder: (_request, context) => new RateLimited(context.after)
  })
}, { name: 'gateway-rate-limit', fastify: '5.x', dependencies: ['gateway-auth', 'gateway-redis'] })
