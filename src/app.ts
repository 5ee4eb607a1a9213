// Builds the gateway from a configuration, without listening, so that tests can inject requests.
import { randomBytes, randomUUID } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import helmet from '@fastify/helmet'
import rateLimit from '@fastify/rate-limit'
import Fastify, { LogController, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify'
import auditPlugin from './audit/audit-log.ts'
import auditReaderPlugin from './audit/audit-plugin.ts'
import auditRoutes from './http/routes/audit-routes.ts'
import agreementRoutes from './http/routes/agreement-routes.ts'
import webhookRoutes from './http/routes/webhook-routes.ts'
import registryRefresh from './registry/registry-refresh.ts'
import citizenRoutes from './http/routes/citizen-routes.ts'
import policyPlugin from './policy/policy-plugin.ts'
import authPlugin from './auth/auth-plugin.ts'
import { ClientDirectory } from './auth/clients.ts'
import { crlFile } from './auth/crl-file.ts'
import { RateLimited } from './errors.ts'
import type { GatewayConfig } from './config.ts'
import errorHandler, { clientErrorHandler, sendError } from './http/error-handler.ts'
import openapi from './http/openapi.ts'
import adapterRoutes from './http/routes/adapter-routes.ts'
import formRoutes from './http/routes/form-routes.ts'
import healthRoutes from './http/routes/health-routes.ts'
import prefillRoutes from './http/routes/prefill-routes.ts'
import metricsPlugin from './metrics/metrics.ts'
import onceOnlyPlugin from './onceonly/onceonly-plugin.ts'
import onceOnlyRoutes from './http/routes/onceonly-routes.ts'
import { CircuitBreakers } from './prefill/circuit-breakers.ts'
import { SourceFetcher } from './prefill/fetcher.ts'
import prefillPlugin from './prefill/prefill-service.ts'
import redisPlugin from './redis/redis-plugin.ts'
import registryPlugin from './registry/registry-plugin.ts'
import { loadGatewaySchemas } from './validation/ajv.ts'
import storePlugin from './store/store-plugin.ts'
import type { Store } from './store/store.ts'
import { SubjectHasher } from './subject/subject-hasher.ts'
import { cacheKey, subjectKey } from './subject/subject-key.ts'
import { SealedBox } from './crypto/sealed-box.ts'
import { RecordCache } from './cache/record-cache.ts'

declare module 'fastify' {
  interface FastifyInstance { config: GatewayConfig, subjectHasher: SubjectHasher }
  interface FastifyRequest { traceId: string }
}

/** The caller's W3C trace id when its traceparent is well formed, otherwise a new one. */
function traceIdOf (traceparent: string | string[] | undefined): string {
  const match = typeof traceparent === 'string' ? /^00-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$/.exec(traceparent) : null
  return match && !/^0+$/.test(match[1]) ? match[1] : randomBytes(16).toString('hex')
}

/** Masks what could be a personal identification number or an enterprise code in a logged path. */
const redactIds = (path: string) => path.replace(/\d{9,}(-\d{3})?/g, '[id]')

/** One log line per request, written when it is answered, instead of Fastify's two. */
class OneLinePerRequest extends LogController {
  incomingRequest () {}

  requestCompleted (error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply) {
    const line = { req: request, res: reply, responseTime: Math.round(reply.elapsedTime) }
    if (error) reply.log.error({ ...line, err: error }, 'request errored')
    else reply.log.info(line, 'request completed')
  }
}

/** What one request may carry; the JSON schemas bound each field further. */
const limits = { bodyBytes: 1024 * 1024, headerBytes: 8 * 1024 }

const configSchemas = new Set(['config.json', 'clients-file.json', 'agencies-file.json'])

export interface AppDeps {
  /** A store opened by the caller (tests); otherwise one is opened from the configuration. */
  store?: Store
  /** Where log lines go (tests capture them); standard output otherwise. */
  logStream?: NodeJS.WritableStream
  /** The time agreements are judged at (tests move it); the system clock otherwise. */
  now?: () => number
}

export async function buildApp (config: GatewayConfig, deps: AppDeps = {}): Promise<FastifyInstance> {
  // Node looks for requests past their time every 30 s unless told, and bounds a request by the longer of
  // headersTimeout (60 s) and requestTimeout: check each second, and keep the headers within the request's time.
  const nodeServer = { maxHeaderSize: limits.headerBytes, connectionsCheckingInterval: 1000, headersTimeout: Math.min(60_000, config.requestTimeoutMs || 60_000) }
  const app = Fastify({
    logger: {
      level: config.logLevel,
      ...(deps.logStream ? { stream: deps.logStream } : {}),
      // Subject ids and record values never reach a log line: request lines carry the path without its query
      // and with long digit runs (ids, enterprise codes) masked; bodies are never logged.
      serializers: {
        req: (request: { method: string, url: string, hostname?: string, ip?: string }) =>
          ({ method: request.method, url: redactIds(request.url.split('?')[0]), hostname: request.hostname, remoteAddress: request.ip })
      },
      redact: { paths: ['req.headers.authorization', '*.subject.id', '*.record', '*.value', '*.values'], censor: '[redacted]' }
    },
    genReqId: () => randomUUID(),
    logController: new OneLinePerRequest(),
    bodyLimit: limits.bodyBytes,
    requestTimeout: config.requestTimeoutMs,
    connectionTimeout: config.connectionTimeoutMs,
    keepAliveTimeout: config.keepAliveTimeoutMs,
    http: nodeServer,
    clientErrorHandler: clientErrorHandler(limits.headerBytes),
    ajv: { customOptions: { removeAdditional: false, allErrors: true } },
    frameworkErrors: sendError,
    // Client certificates are asked for but judged by the auth hook, which answers with a stable code.
    ...(config.tls ? { https: { ...nodeServer, key: await readFile(config.tls.keyFile), cert: await readFile(config.tls.certFile), ca: await readFile(config.tls.caFile), requestCert: true, rejectUnauthorized: false } } : {})
  })
  // The API speaks JSON only; anything else is 415, not a string that fails validation.
  app.removeContentTypeParser('text/plain')
  app.decorateRequest('traceId', '')
  app.addHook('onRequest', async (request) => { request.traceId = traceIdOf(request.headers.traceparent) })
  // Draining on close: answers given after close() began tell the client to drop the connection, so that
  // keep-alive connections end and close() completes once the requests in flight are answered.
  let closing = false
  app.addHook('preClose', async () => { closing = true })
  app.addHook('onSend', async (request, reply) => {
    if (closing) reply.header('connection', 'close')
    reply.header('x-request-id', request.id)
    reply.header('traceparent', `00-${request.traceId}-${randomBytes(8).toString('hex')}-01`)
  })
  // Every schema the API uses, by $id; the configuration files' schemas are not part of the contract.
  for (const schema of loadGatewaySchemas()) if (!configSchemas.has(schema.$id)) app.addSchema(schema)

  const hasher = new SubjectHasher(await subjectKey(config))
  app.decorate('config', config)
  app.decorate('subjectHasher', hasher)

  await app.register(errorHandler)
  // nosniff, frame and referrer policies, HSTS... on every answer; the docs pages set their own CSP.
  await app.register(helmet, { contentSecurityPolicy: false })
  await app.register(openapi)
  await app.register(authPlugin, { clients: await ClientDirectory.load(config.clientsFile, config.env), bearer: config.authBearer, revoked: crlFile(config.tls, deps.now ?? Date.now) })
  await app.register(storePlugin, { databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: config.databasePoolSize, store: deps.store })
  await app.register(redisPlugin, { url: config.redisUrl })
  // Per client, shared by every gateway instance through Redis; counted after authentication so that the key
  // is the client, and skipped (not failed) while Redis is down.
  await app.register(rateLimit, {
    hook: 'preHandler',
    max: config.rateLimitPerMinute,
    timeWindow: 60_000,
    redis: app.redis,
    nameSpace: `${config.redisPrefix}rate:`,
    skipOnError: true,
    keyGenerator: (request) => request.client?.id ?? request.ip,
    errorResponseBuilder: (_request, context) => new RateLimited(context.after)
  })
  await app.register(auditPlugin, { maxWaitMs: config.auditBatchWaitMs })
  await app.register(registryPlugin, { adaptersDir: config.adaptersDir, formsDir: config.formsDir, vars: config.adapterVars, outbound: config.outbound })
  await app.register(policyPlugin, { agreementsDir: config.agreementsDir, now: deps.now ?? Date.now })
  await app.register(registryRefresh, { intervalSeconds: config.registryRefreshSeconds })
  await app.register(metricsPlugin)
  await app.register(onceOnlyPlugin, {
    agenciesFile: config.agenciesFile,
    keysDir: config.keysDir,
    createKeys: config.createKeys,
    receiptTtlSeconds: config.receiptTtlSeconds
  })
  await app.register(auditReaderPlugin, { every: config.auditCheckpointEvery, intervalSeconds: config.auditCheckpointSeconds })
  // Personal data resting in Redis (cache, queued work, results) is sealed with this key.
  const box = new SealedBox(await cacheKey(config))
  await app.register(prefillPlugin, {
    fetcher: new SourceFetcher({ vars: config.adapterVars, maxBodyBytes: config.maxSourceBodyBytes, outbound: config.outbound }),
    cache: new RecordCache({ redis: app.redis, prefix: config.redisPrefix, box }),
    breakers: new CircuitBreakers({ errorThresholdPercentage: 50, volumeThreshold: 5, resetTimeoutMs: config.circuitResetSeconds * 1000 }),
    box,
    defaultDeadlineMs: config.defaultDeadlineMs,
    redisPrefix: config.redisPrefix,
    outbound: config.outbound,
    jobs: config.jobs
  })

  await app.register(healthRoutes)
  await app.register(prefillRoutes)
  await app.register(adapterRoutes)
  await app.register(formRoutes)
  await app.register(onceOnlyRoutes)
  await app.register(auditRoutes)
  await app.register(citizenRoutes)
  await app.register(agreementRoutes)
  await app.register(webhookRoutes)
  return app
}
