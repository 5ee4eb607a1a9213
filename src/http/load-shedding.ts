// Near the limit of its one main thread, the gateway refuses new work at once (503 GW_OVERLOADED with
// Retry-After) instead of queueing it: a queue there grows without bound, every request in it waits longer,
// and each collection of the garbage then finds more alive (bench/README.md, the tail). Measured by how late
// the event loop runs on average over each second; what orchestrators and operators ask is always answered.
import underPressure from '@fastify/under-pressure'
import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import { Overloaded } from '../errors.ts'

/** Liveness, readiness and metrics: refusing them would have a busy gateway restarted or left unseen. */
export const alwaysAnswered: ReadonlySet<string> = new Set(['/healthz', '/readyz', '/metrics'])

/** Long enough for the loop to catch up; a client that retries sooner only adds to the queue. */
const retryAfterSeconds = 2

export default fp(async (app: FastifyInstance) => {
  if (app.config.maxEventLoopDelayMs === 0) return
  await app.register(underPressure, {
    maxEventLoopDelay: app.config.maxEventLoopDelayMs,
    // Settled, it lets the request through; refused, it answers with the error.
    pressureHandler: async (request, reply) => {
      if (alwaysAnswered.has(request.routeOptions.url ?? '')) return
      reply.header('retry-after', retryAfterSeconds)
      throw new Overloaded()
    }
  })
}, { name: 'gateway-load-shedding', fastify: '5.x' })
