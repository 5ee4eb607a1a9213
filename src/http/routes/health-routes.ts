import type { FastifyInstance } from 'fastify'

const depth = { type: 'object', additionalProperties: false, required: ['waiting', 'active', 'delayed', 'failed'], properties: { waiting: { type: 'integer' }, active: { type: 'integer' }, delayed: { type: 'integer' }, failed: { type: 'integer' } } }

const readiness = {
  type: 'object',
  additionalProperties: false,
  required: ['status', 'checks'],
  properties: {
    status: { enum: ['ready', 'degraded', 'unavailable'] },
    checks: {
      type: 'object',
      additionalProperties: false,
      required: ['store', 'redis'],
      properties: { store: { enum: ['ok', 'down'] }, redis: { enum: ['ok', 'down'] }, replica: { enum: ['ok', 'lagging', 'down'], description: 'The read replica of DATABASE_READ_URL, where set; lagging (it trails the primary by more than DATABASE_READ_MAX_LAG_SECONDS) or down: auditor reads are on the primary' } }
    },
    replica: {
      type: 'object',
      description: 'The read replica\'s lag at its last probe (every second), where DATABASE_READ_URL is set and it answers',
      additionalProperties: false,
      required: ['lagSeconds', 'lagBytes', 'maxLagSeconds'],
      properties: {
        lagSeconds: { type: 'number', description: 'How long ago the primary committed what the replica has not replayed yet' },
        lagBytes: { type: 'number', description: 'WAL bytes not replayed yet' },
        maxLagSeconds: { type: 'number', description: 'DATABASE_READ_MAX_LAG_SECONDS: past it, the replica is lagging' }
      }
    },
    circuits: { type: 'object', description: 'Each source\'s circuit, where METRICS_PUBLIC', additionalProperties: { enum: ['closed', 'open', 'half-open'] } },
    queues: {
      type: 'object',
      description: 'The depth of each BullMQ queue (slow-source fetches, webhook deliveries; failed deliveries are the dead letters), where METRICS_PUBLIC and Redis answers',
      additionalProperties: false,
      required: ['prefill', 'webhooks'],
      properties: { prefill: depth, webhooks: depth }
    },
    witnesses: {
      type: 'array',
      description: 'Each witness of AUDIT_WITNESSES: the latest size it cosigned, the entries it lags behind the latest checkpoint, failed submissions, and whether the last one succeeded',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'cosignedSize', 'lag', 'errors', 'up'],
        properties: { name: { type: 'string' }, cosignedSize: { type: 'integer' }, lag: { type: 'integer' }, errors: { type: 'integer' }, up: { type: 'boolean' }, lastError: { type: 'string' } }
      }
    }
  }
}

const timeout = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([promise, new Promise<never>((_resolve, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref())])

export default async function healthRoutes (app: FastifyInstance) {
  app.get('/healthz', {
    schema: {
      tags: ['operations'],
      operationId: 'getHealth',
      summary: 'Liveness',
      description: 'The process answers; nothing else is checked.',
      response: { 200: { type: 'object', additionalProperties: false, required: ['status'], properties: { status: { const: 'ok' } } } }
    }
  }, async () => ({ status: 'ok' }))

  app.get('/readyz', {
    schema: {
      tags: ['operations'],
      operationId: 'getReadiness',
      summary: 'Readiness: the store and Redis, each ok or down, the queues\' depths, and the log\'s witnesses',
      description: 'Without the store nothing can be audited, so nothing is served: 503. Without Redis, with the read replica down or lagging (auditor reads then go to the primary), with a source\'s circuit open, or with fewer witnesses up than AUDIT_WITNESS_QUORUM (checkpoints are not published), the gateway is degraded but serves.',
      response: { 200: { ...readiness, description: 'Ready or degraded' }, 503: { ...readiness, description: 'The store is down' } }
    }
  }, async (request, reply) => {
    const [store, redis] = await Promise.all([
      timeout(app.store.query('SELECT 1'), 1000).then(() => 'ok', () => 'down'),
      timeout(app.redis.ping(), 1000).then(() => 'ok', () => 'down')
    ])
    // The queues are shared by every instance, so their depth is the same whichever answers.
    const queues = app.config.metricsPublic && redis === 'ok'
      ? await timeout(Promise.all([app.prefillJobs.depth(), app.webhooks.depth()]), 1000).then(([prefill, webhooks]) => ({ prefill, webhooks }), () => undefined)
      : undefined
    const circuits = app.prefill.circuitStates()
    const open = Object.values(circuits).some((state) => state !== 'closed')
    const witnesses = app.witnesses.health()
    const unpublished = witnesses.filter((w) => w.up).length < app.config.auditWitnessQuorum
    const replica = app.auditorReads.health
    // Without the store nothing can be audited, so nothing can be served; without Redis, with the read replica
    // down or lagging (its reads on the primary), with a source's circuit open, or with too few witnesses to
    // publish checkpoints, it is degraded.
    const status = store === 'down' ? 'unavailable' : redis === 'down' || (replica && replica.state !== 'ok') || open || unpublished ? 'degraded' : 'ready'
    reply.code(store === 'down' ? 503 : 200)
    // Which sources are failing is the operator's to know (in /metrics), unless METRICS_PUBLIC.
    // Witnesses are public (their cosignatures are in every checkpoint); their health is the log's, not a client's.
    const lag = replica && replica.state !== 'down' && { replica: { lagSeconds: replica.lagSeconds!, lagBytes: replica.lagBytes!, maxLagSeconds: app.config.databaseReadMaxLagSeconds } }
    return { status, checks: { store, redis, ...replica && { replica: replica.state } }, ...lag, ...app.config.metricsPublic && { circuits }, ...queues && { queues }, ...witnesses.length > 0 && { witnesses } }
  })
}
