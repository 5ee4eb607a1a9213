// Builds the gateway from a configuration, without listening, so that tests can inject requests. It only
// registers plugins: each module's plugin builds its own part from `app.config`, in dependency order.
import Fastify, { type FastifyInstance } from 'fastify'
import agenciesPlugin from './agencies/agency-tree.ts'
import accessHidesPlugin from './audit/access-hides.ts'
import checkpointsPlugin from './audit/checkpoints.ts'
import auditLogPlugin from './audit/audit-log.ts'
import auditReaderPlugin from './audit/audit-reader.ts'
import tilesPlugin from './audit/tiles.ts'
import witnessesPlugin from './audit/witnesses.ts'
import authPlugin from './auth/auth-plugin.ts'
import loadShedding from './http/load-shedding.ts'
import cachePlugin from './cache/cache-plugin.ts'
import type { GatewayConfig } from './config.ts'
import errorHandler from './http/error-handler.ts'
import httpPlugin from './http/http-plugin.ts'
import openapi from './http/openapi.ts'
import adapterRoutes from './http/routes/adapter-routes.ts'
import agencyRoutes from './http/routes/agency-routes.ts'
import agreementRoutes from './http/routes/agreement-routes.ts'
import auditRoutes from './http/routes/audit-routes.ts'
import citizenRoutes from './http/routes/citizen-routes.ts'
import clientRoutes from './http/routes/client-routes.ts'
import formRoutes from './http/routes/form-routes.ts'
import healthRoutes from './http/routes/health-routes.ts'
import logRoutes from './http/routes/log-routes.ts'
import prefillRoutes from './http/routes/prefill-routes.ts'
import recordRoutes from './http/routes/record-routes.ts'
import reportRoutes from './http/routes/report-routes.ts'
import submissionRoutes from './http/routes/submission-routes.ts'
import consoleRoutes from './http/routes/console-routes.ts'
import webhookRoutes from './http/routes/webhook-routes.ts'
import { serverOptions } from './http/server-options.ts'
import jobsPlugin from './jobs/jobs-plugin.ts'
import keysPlugin from './keys/keys-plugin.ts'
import logKeysPlugin from './keys/log-keys-plugin.ts'
import metricsPlugin from './metrics/metrics.ts'
import receiptsPlugin from './onceonly/receipts.ts'
import recordsPlugin from './onceonly/records.ts'
import submissionsPlugin from './onceonly/submission-check.ts'
import policyPlugin from './policy/policy-plugin.ts'
import prefillPlugin from './prefill/prefill-plugin.ts'
import redisPlugin from './redis/redis-plugin.ts'
import registryPlugin from './registry/registry-plugin.ts'
import registryRefresh from './policy/registry-refresh.ts'
import auditorReadsPlugin from './store/auditor-reads.ts'
import storePlugin, { readyStore } from './store/store-plugin.ts'
import type { Store } from './store/store.ts'
import subjectPlugin from './subject/subject-plugin.ts'

declare module 'fastify' {
  interface FastifyInstance { config: GatewayConfig }
}

export interface AppDeps {
  /** A store opened by the caller (tests); otherwise one is opened from the configuration. */
  store?: Store
  /** Where log lines go (tests capture them); standard output otherwise. */
  logStream?: NodeJS.WritableStream
  /** The time agreements and the CRL are judged at (tests move it); the system clock otherwise. */
  now?: () => number
  /** How long one plugin may take to load (tests shorten it); the server options' otherwise. */
  pluginTimeoutMs?: number
}

export async function buildApp (config: GatewayConfig, deps: AppDeps = {}): Promise<FastifyInstance> {
  const options = await serverOptions(config, deps.logStream)
  const app = Fastify({ ...options, pluginTimeout: deps.pluginTimeoutMs ?? options.pluginTimeout })
  const now = deps.now ?? Date.now
  app.decorate('config', config)
  // The store opens and migrates before any plugin loads: no plugin timer may race a first start's initdb.
  await app.register(storePlugin, { store: await readyStore(app, deps.store), owned: !deps.store })
  try {
    await registerPlugins(app, now)
  } catch (err) {
    // A start that fails (a bad configuration, a missing key) closes what it opened, so the process can exit.
    await app.close().catch(() => {})
    throw err
  }
  return app
}

async function registerPlugins (app: FastifyInstance, now: () => number) {
  await app.register(httpPlugin)
  await app.register(errorHandler)
  await app.register(openapi)
  await app.register(agenciesPlugin)
  // Before Redis connects: a production start without the log's key fails with little to close.
  await app.register(logKeysPlugin)
  await app.register(redisPlugin)
  // Before admission, so that a refused request costs no Redis round trip.
  await app.register(loadShedding)
  await app.register(authPlugin, { now })
  await app.register(keysPlugin)
  await app.register(subjectPlugin)
  await app.register(auditLogPlugin)
  await app.register(checkpointsPlugin)
  await app.register(tilesPlugin)
  await app.register(accessHidesPlugin)
  await app.register(registryPlugin)
  await app.register(policyPlugin, { now })
  await app.register(registryRefresh)
  await app.register(metricsPlugin)
  await app.register(auditorReadsPlugin, { report: (health) => app.metrics.replica(health) })
  await app.register(auditReaderPlugin)
  await app.register(witnessesPlugin)
  await app.register(cachePlugin)
  await app.register(recordsPlugin)
  await app.register(receiptsPlugin)
  await app.register(submissionsPlugin)
  await app.register(jobsPlugin)
  await app.register(prefillPlugin)

  await app.register(healthRoutes)
  await app.register(prefillRoutes)
  await app.register(adapterRoutes)
  await app.register(formRoutes)
  await app.register(recordRoutes)
  await app.register(submissionRoutes)
  await app.register(reportRoutes)
  await app.register(auditRoutes)
  await app.register(logRoutes)
  await app.register(citizenRoutes)
  await app.register(agreementRoutes)
  await app.register(webhookRoutes)
  await app.register(agencyRoutes)
  await app.register(clientRoutes)
  await app.register(consoleRoutes)
}
