// The one place that reads the environment. Everything else receives a validated GatewayConfig.
import configSchema from '../schemas/config.json' with { type: 'json' }
import type { GatewayConfig } from './generated/types.ts'
import { checker } from './validation/validated-file.ts'
import { createAjv } from './validation/ajv.ts'

export type { GatewayConfig }

/** The sandbox's default ports, so that `npm run sandbox` and `npm start` meet without configuration. */
export const sandboxDefaults: Record<string, string> = {
  SANDBOX_POPULATION: 'http://127.0.0.1:4101',
  SANDBOX_ENTERPRISE: 'http://127.0.0.1:4102',
  SANDBOX_INSURANCE: 'http://127.0.0.1:4103',
  SANDBOX_JUDICIAL: 'http://127.0.0.1:4104'
}

/** "BCA=*.bca.gov.vn|api.example.vn;BTC=..." */
function parseHosts (text: string | undefined): Record<string, string[]> {
  if (!text) return {}
  return Object.fromEntries(text.split(';').filter(Boolean).map((entry) => {
    const [agency, hosts = ''] = entry.split('=')
    return [agency.trim(), hosts.split('|').map((h) => h.trim()).filter(Boolean)]
  }))
}

function parseVars (text: string | undefined): Record<string, string> {
  if (!text) return {}
  return Object.fromEntries(text.split(',').filter(Boolean).map((pair) => {
    const at = pair.indexOf('=')
    return [pair.slice(0, at).trim(), pair.slice(at + 1).trim()]
  }))
}

const check = checker<GatewayConfig>(configSchema, { ajv: createAjv({ useDefaults: true, coerceTypes: true }) })

export function loadConfig (env: NodeJS.ProcessEnv = process.env, overrides: Partial<GatewayConfig> = {}): GatewayConfig {
  const config: Record<string, unknown> = {
    env: env.NODE_ENV ?? 'development',
    host: env.HOST ?? '::',
    port: env.PORT ?? 3000,
    logLevel: env.LOG_LEVEL ?? 'info',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.DATA_DIR ?? 'data',
    redisUrl: env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    clientsFile: env.CLIENTS_FILE ?? 'config/dev/clients.yaml',
    adaptersDir: env.ADAPTERS_DIR ?? 'adapters',
    formsDir: env.FORMS_DIR ?? 'schemas/forms',
    adapterVars: { ...sandboxDefaults, ...parseVars(env.ADAPTER_VARS) },
    subjectHmacKey: env.SUBJECT_HMAC_KEY || undefined,
    cacheKey: env.CACHE_KEY || undefined,
    defaultDeadlineMs: env.DEFAULT_DEADLINE_MS ?? 3000,
    maxSourceBodyBytes: env.MAX_SOURCE_BODY_BYTES ?? 1048576,
    agenciesFile: env.AGENCIES_FILE ?? 'config/agencies.yaml',
    keysDir: env.KEYS_DIR || undefined,
    receiptTtlSeconds: env.RECEIPT_TTL_SECONDS ?? 7 * 24 * 3600,
    auditCheckpointEvery: env.AUDIT_CHECKPOINT_EVERY ?? 1000,
    auditCheckpointSeconds: env.AUDIT_CHECKPOINT_SECONDS ?? 60,
    auditBatchWaitMs: env.AUDIT_BATCH_WAIT_MS ?? 0,
    auditRetentionMonths: env.AUDIT_RETENTION_MONTHS ?? 12,
    auditArchiveDir: env.AUDIT_ARCHIVE_DIR || undefined,
    outbound: {
      allowLoopback: env.OUTBOUND_ALLOW_LOOPBACK ?? env.NODE_ENV !== 'production',
      allowPrivate: env.OUTBOUND_ALLOW_PRIVATE ?? false,
      hosts: parseHosts(env.OUTBOUND_HOSTS)
    },
    rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE ?? 6000,
    circuitResetSeconds: env.CIRCUIT_RESET_SECONDS ?? 10,
    registryRefreshSeconds: env.REGISTRY_REFRESH_SECONDS ?? 2,
    redisPrefix: env.REDIS_PREFIX ?? 'gw:',
    jobs: {
      workerConcurrency: env.WORKER_CONCURRENCY ?? 8,
      fetchAttempts: env.JOB_FETCH_ATTEMPTS ?? 3,
      fetchBackoffMs: env.JOB_FETCH_BACKOFF_MS ?? 500,
      resultTtlSeconds: env.PREFILL_RESULT_TTL_SECONDS ?? 3600,
      webhookAttempts: env.WEBHOOK_ATTEMPTS ?? 6,
      webhookBackoffMs: env.WEBHOOK_BACKOFF_MS ?? 2000,
      webhookTimeoutMs: env.WEBHOOK_TIMEOUT_MS ?? 5000
    },
    authBearer: env.AUTH_BEARER ?? env.NODE_ENV !== 'production',
    tls: env.TLS_CERT_FILE ? { certFile: env.TLS_CERT_FILE, keyFile: env.TLS_KEY_FILE, caFile: env.TLS_CA_FILE, crlFile: env.TLS_CRL_FILE } : undefined,
    agreementsDir: env.AGREEMENTS_DIR ?? (env.NODE_ENV === 'production' ? undefined : 'config/dev/agreements'),
    ...overrides
  }
  for (const key of Object.keys(config)) if (config[key] === undefined) delete config[key]
  const checked = check(config, 'invalid configuration')
  if (checked.env === 'production' && !checked.subjectHmacKey) throw new Error('SUBJECT_HMAC_KEY is required in production')
  if (checked.env === 'production' && !checked.cacheKey) throw new Error('CACHE_KEY is required in production')
  return checked
}
