// The prefill service with what it alone uses: the fetcher (one guarded pool per source) and a circuit
// breaker per source. Its handlers are the workers of the slow-source queue.
import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import { Gauge } from 'prom-client'
import { CircuitBreakers } from './circuit-breakers.ts'
import { SourceFetcher } from './fetcher.ts'
import { PrefillService } from './prefill-service.ts'
import { SourceHealth } from './source-health.ts'

declare module 'fastify' {
  interface FastifyInstance { prefill: PrefillService }
}

const circuitLevel = { closed: 0, 'half-open': 1, open: 2 }

export default fp(async (app: FastifyInstance) => {
  const { config } = app
  const fetcher = new SourceFetcher({ vars: config.adapterVars, maxBodyBytes: config.maxSourceBodyBytes, outbound: config.outbound })
  const breakers = new CircuitBreakers({ errorThresholdPercentage: config.circuitErrorPercentage, volumeThreshold: config.circuitVolumeThreshold, resetTimeoutMs: config.circuitResetSeconds * 1000 })
  const service = new PrefillService({
    adapters: app.adapters,
    forms: app.forms,
    agreements: app.agreements,
    fetcher,
    cache: app.recordCache,
    breakers,
    health: new SourceHealth(),
    records: app.records,
    receipts: app.receipts,
    audit: app.audit,
    hasher: app.subjectHasher,
    metrics: app.metrics,
    jobs: app.prefillJobs,
    clients: app.clients,
    defaultDeadlineMs: config.defaultDeadlineMs
  })
  app.prefillJobs.work({
    fetch: (sourceId, subject) => service.fetchSource(sourceId, subject),
    complete: (parked, outcomes) => service.complete(parked, outcomes),
    completed: (clientId, response) => app.webhooks.deliver(clientId, response)
  }, config.jobs.workerConcurrency)
  // eslint-disable-next-line no-new
  new Gauge({
    name: 'gateway_source_circuit_state',
    help: 'Circuit breaker per source: 0 closed, 1 half-open, 2 open',
    labelNames: ['source'],
    registers: [app.metrics.registry],
    collect () {
      for (const [source, state] of Object.entries(service.circuitStates())) this.set({ source }, circuitLevel[state])
    }
  })
  app.decorate('prefill', service)
  // The queue's workers use the fetcher: they stop before it closes (while Redis is down, without waiting for their jobs).
  app.addHook('onClose', async () => {
    await app.prefillJobs.stopWorking()
    breakers.shutdown()
    await fetcher.close()
  })
}, {
  name: 'gateway-prefill',
  fastify: '5.x',
  dependencies: ['gateway-registry', 'gateway-policy', 'gateway-cache', 'gateway-records', 'gateway-receipts', 'gateway-audit', 'gateway-subject', 'gateway-metrics', 'gateway-jobs', 'gateway-auth']
})
