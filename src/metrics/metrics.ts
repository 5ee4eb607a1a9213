// Measurement of the online services (Decree 42/2022's EMC): per procedure, client and step. Labels carry
// procedure codes, client ids, source ids and reason codes only, never personal data.
import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client'

export class GatewayMetrics {
  readonly registry = new Registry()
  readonly prefills = new Counter({ name: 'gateway_prefill_requests_total', help: 'Prefills answered', labelNames: ['procedure', 'client'], registers: [this.registry] })
  readonly fieldsAsked = new Counter({ name: 'gateway_prefill_fields_asked_total', help: 'Bound fields a prefill was asked for', labelNames: ['procedure', 'client'], registers: [this.registry] })
  readonly fieldsFilled = new Counter({ name: 'gateway_prefill_fields_filled_total', help: 'Bound fields a prefill filled', labelNames: ['procedure', 'client'], registers: [this.registry] })
  readonly documents = new Counter({ name: 'gateway_prefill_documents_total', help: 'Dossier components, waived or required', labelNames: ['procedure', 'client', 'status'], registers: [this.registry] })
  // Decree 42/2022 measures a service per participant and per step: one counter says how each step ended.
  readonly steps = new Counter({ name: 'gateway_procedure_steps_total', help: 'Steps of procedures by outcome: prefill (complete, pending), completion (complete), submission-check (accept, reject)', labelNames: ['procedure', 'client', 'step', 'outcome'], registers: [this.registry] })
  readonly checks = new Counter({ name: 'gateway_submission_checks_total', help: 'Submission checks by verdict', labelNames: ['procedure', 'client', 'verdict'], registers: [this.registry] })
  readonly violations = new Counter({ name: 'gateway_submission_violations_total', help: 'Once-only violations found', labelNames: ['procedure', 'client', 'code'], registers: [this.registry] })
  readonly sourceSeconds = new Histogram({
    name: 'gateway_source_duration_seconds',
    help: 'Time to answer per source and outcome',
    labelNames: ['source', 'outcome'],
    registers: [this.registry],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5]
  })

  readonly sourceErrors = new Counter({ name: 'gateway_source_errors_total', help: 'Source failures by reason', labelNames: ['source', 'reason'], registers: [this.registry] })

  readonly witnessCosignedSize = new Gauge({ name: 'gateway_witness_cosigned_size', help: 'Tree size of the latest checkpoint each witness cosigned', labelNames: ['witness'], registers: [this.registry] })
  readonly witnessLag = new Gauge({ name: 'gateway_witness_lag_entries', help: 'Entries between the latest checkpoint and the latest each witness cosigned', labelNames: ['witness'], registers: [this.registry] })
  readonly witnessErrors = new Counter({ name: 'gateway_witness_errors_total', help: 'Failed checkpoint submissions by witness and reason', labelNames: ['witness', 'reason'], registers: [this.registry] })

  // Set only with a read replica (DATABASE_READ_URL): what its probes find.
  readonly replicaUp = new Gauge({ name: 'gateway_db_replica_up', help: 'Whether the read replica answers as a replica (0: auditor reads are on the primary)', registers: [this.registry] })
  readonly replicaLagging = new Gauge({ name: 'gateway_db_replica_lagging', help: 'Whether the read replica answers but trails the primary by more than DATABASE_READ_MAX_LAG_SECONDS (1: auditor reads are on the primary until it catches up)', registers: [this.registry] })
  readonly replicaLagSeconds = new Gauge({ name: 'gateway_db_replica_lag_seconds', help: 'How long ago the primary committed what the read replica has not replayed yet', registers: [this.registry] })
  readonly replicaLagBytes = new Gauge({ name: 'gateway_db_replica_lag_bytes', help: 'WAL bytes the read replica has not replayed yet', registers: [this.registry] })

  constructor () {
    collectDefaultMetrics({ register: this.registry })
  }

  /** A probe of the read replica; one that does not answer has no lag to tell, so the last known stays. */
  replica ({ state, lagSeconds, lagBytes }: { state: 'ok' | 'lagging' | 'down', lagSeconds?: number, lagBytes?: number }): void {
    this.replicaUp.set(state === 'down' ? 0 : 1)
    this.replicaLagging.set(state === 'lagging' ? 1 : 0)
    if (lagSeconds !== undefined) this.replicaLagSeconds.set(lagSeconds)
    if (lagBytes !== undefined) this.replicaLagBytes.set(lagBytes)
  }
}

declare module 'fastify' {
  interface FastifyInstance { metrics: GatewayMetrics }
}

export default fp(async (app: FastifyInstance) => {
  const metrics = new GatewayMetrics()
  app.decorate('metrics', metrics)
  // They tell how every client and source is doing: in production only the operator's, unless METRICS_PUBLIC.
  const config = { roles: app.config.metricsPublic ? undefined : ['operator' as const, 'admin' as const] }
  app.get('/metrics', {
    config,
    schema: {
      tags: ['operations'],
      operationId: 'getMetrics',
      summary: 'Prometheus metrics',
      description: 'Per procedure, client and source: prefills, fields asked and filled, components waived, checks and violations, source latency and errors. For operators and admins unless METRICS_PUBLIC.',
      response: { 200: { description: 'The Prometheus text format', content: { 'text/plain': { schema: { type: 'string' } } } } }
    }
  }, async (_request, reply) => {
    reply.type(metrics.registry.contentType)
    return metrics.registry.metrics()
  })
}, { name: 'gateway-metrics', fastify: '5.x' })
