// The BullMQ queues: slow-source fetches and completions (their workers are the prefill service's), and
// portal webhooks with their dead letters. Two decorators: the prefill service uses one, the webhook routes
// the other.
import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import { PrefillJobs } from './prefill-jobs.ts'
import { Webhooks } from './webhooks.ts'

declare module 'fastify' {
  interface FastifyInstance { prefillJobs: PrefillJobs, webhooks: Webhooks }
}

export default fp(async (app: FastifyInstance) => {
  const { jobs, redisPrefix, outbound } = app.config
  const queue = { connections: app.redisConnections, prefix: `${redisPrefix}bull`, box: app.sealedBox, log: app.log }
  const prefillJobs = new PrefillJobs({ ...queue, fetchAttempts: jobs.fetchAttempts, fetchBackoffMs: jobs.fetchBackoffMs, resultTtlSeconds: jobs.resultTtlSeconds })
  const webhooks = new Webhooks({ ...queue, store: app.store, outbound, attempts: jobs.webhookAttempts, backoffMs: jobs.webhookBackoffMs, timeoutMs: jobs.webhookTimeoutMs })
  webhooks.work(jobs.workerConcurrency)
  app.decorate('prefillJobs', prefillJobs)
  app.decorate('webhooks', webhooks)
  app.addHook('onClose', async () => {
    await prefillJobs.close()
    await webhooks.close()
  })
}, { name: 'gateway-jobs', fastify: '5.x', dependencies: ['gateway-redis', 'gateway-cache', 'gateway-store'] })
