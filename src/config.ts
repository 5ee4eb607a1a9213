// The one place that reads the environment. Everything else receives a validated GatewayConfig.
// schemas/config.json is the source: each property names its variable (`x-env`) and holds its default; the
// defaults that differ in production are its if/then/else.
import configSchema from '../schemas/config.json' with { type: 'json' }
import type { GatewayConfig as ConfigSchema } from './generated/types.ts'
import type { Problem } from './errors.ts'
import type { SentinelTarget } from './redis/redis-connections.ts'
import { createAjv } from './validation/ajv.ts'
import { checker } from './validation/validated-file.ts'

/** The configuration and the values derived from it, computed once here. */
export type GatewayConfig = Omit<ConfigSchema, 'keysDir' | 'auditArchiveDir' | 'auditLogOrigin' | 'auditLogKeysDir'> & {
  /** KEYS_DIR, else DATA_DIR/keys/signing. */
  keysDir: string
  /** Whether missing signing keys are made: outside production only. */
  createKeys: boolean
  /** AUDIT_ARCHIVE_DIR, else DATA_DIR/audit-archives. */
  auditArchiveDir: string
  /** AUDIT_LOG_ORIGIN, else a development name. */
  auditLogOrigin: string
  /** AUDIT_LOG_KEYS_DIR, else DATA_DIR/keys/log. */
  auditLogKeysDir: string
  /** With REDIS_SENTINELS: the Sentinels, their credentials, and all REDIS_URL says of the primary but where it is. */
  redisSentinel?: SentinelTarget
}

/** How to talk to a Redis primary once found: REDIS_URL's user, password, database and TLS (`rediss://`). */
type RedisPrimaryAccess = Pick<SentinelTarget, 'username' | 'password' | 'db' | 'tls'>

interface PropertySchema { 'x-env'?: string, properties?: Record<string, PropertySchema> }

/** "BCA=*.bca.gov.vn|api.example.vn;BTC=..." */
function parseHosts (text: string): Record<string, string[]> {
  return Object.fromEntries(text.split(';').filter(Boolean).map((entry) => {
    const [agency, hosts = ''] = entry.split('=')
    return [agency.trim(), hosts.split('|').map((h) => h.trim()).filter(Boolean)]
  }))
}

function parseVars (text: string): Record<string, string> {
  return Object.fromEntries(text.split(',').filter(Boolean).map((pair) => {
    const at = pair.indexOf('=')
    return [pair.slice(0, at).trim(), pair.slice(at + 1).trim()]
  }))
}

/** "<vkey>=<URL>,...": a vkey holds no '=' but its base64 padding, so the URL starts after the first "=http". */
function parseWitnesses (text: string): Array<{ vkey: string, url: string }> {
  return text.split(',').map((w) => w.trim()).filter(Boolean).map((witness) => {
    const at = witness.search(/=https?:\/\//)
    return at < 0 ? { vkey: witness, url: '' } : { vkey: witness.slice(0, at), url: witness.slice(at + 1).replace(/\/+$/, '') }
  })
}

/** "[::1]:26379" or "[::1]"; "sentinel-1:26379" or "sentinel-1". */
const bracketedSentinel = /^\[([^\]]+)\](?::([^:]*))?$/
const plainSentinel = /^([^:[\]]+)(?::([^:]*))?$/

/**
 * "host:port,[IPv6 address]:port,..." (the schema makes numbers of the ports, and refuses a Sentinel without one).
 * An IPv6 address without brackets is refused: its last group could not be told from a port.
 */
function parseSentinels (text: string): Array<{ host: string, port?: string }> {
  const entries = text.split(',').map((s) => s.trim()).filter(Boolean)
  const sentinels = entries.map((sentinel) => bracketedSentinel.exec(sentinel) ?? plainSentinel.exec(sentinel))
  const malformed = sentinels.flatMap((sentinel, i) => sentinel ? [] : [i + 1])
  // Positions, not the entries: a value is not repeated in an error.
  if (malformed.length) throw new Error(`invalid configuration: REDIS_SENTINELS (entry ${malformed.join(', ')}) must be host:port or [IPv6 address]:port`)
  return sentinels.map((sentinel) => {
    const [, host, port] = sentinel!
    return port === undefined ? { host } : { host, port }
  })
}

/** Errors name REDIS_URL, never quote it: it may hold a password. */
function primaryAccess (redisUrl: string): RedisPrimaryAccess {
  const url = URL.canParse(redisUrl) ? new URL(redisUrl) : undefined
  if (!url || !['redis:', 'rediss:'].includes(url.protocol)) throw new Error('REDIS_URL is not a redis:// or rediss:// URL (REDIS_SENTINELS takes its credentials, database and TLS)')
  const db = url.pathname.replace(/^\//, '') || '0'
  if (!/^\d+$/.test(db)) throw new Error('REDIS_URL\'s database, its path, is not a number')
  return {
    username: decodeURIComponent(url.username) || undefined,
    password: decodeURIComponent(url.password) || undefined,
    db: Number(db),
    tls: url.protocol === 'rediss:'
  }
}

/** The variables that are not one value; ADAPTER_VARS adds to the sandbox's defaults rather than replacing them. */
const parsers: Record<string, (text: string) => unknown> = {
  OUTBOUND_HOSTS: parseHosts,
  AUDIT_WITNESSES: parseWitnesses,
  REDIS_SENTINELS: parseSentinels,
  ADAPTER_VARS: (text) => ({ ...configSchema.properties.adapterVars.default, ...parseVars(text) })
}

/** The set variables, shaped like the configuration; an empty variable counts as unset. */
function fromEnv (properties: Record<string, PropertySchema>, env: NodeJS.ProcessEnv): Record<string, unknown> {
  const config: Record<string, unknown> = {}
  for (const [key, property] of Object.entries(properties)) {
    const name = property['x-env']
    if (property.properties) {
      const nested = fromEnv(property.properties, env)
      if (Object.keys(nested).length) config[key] = nested
    } else if (name && env[name]) {
      config[key] = parsers[name]?.(env[name]) ?? env[name]
    }
  }
  return config
}

/** Each property's variable by its path, to name it in an error. */
function variables (properties: Record<string, PropertySchema>, prefix = ''): Map<string, string> {
  return new Map(Object.entries(properties).flatMap(([key, property]) => property.properties
    ? [...variables(property.properties, `${prefix}/${key}`)]
    : property['x-env'] ? [[`${prefix}/${key}`, property['x-env']]] : []))
}

const variableAt = variables(configSchema.properties)

// Variables are strings: coerceTypes makes numbers and booleans of them; useDefaults fills in the rest.
const check = checker<ConfigSchema>(configSchema, {
  ajv: createAjv({ useDefaults: true, coerceTypes: true, keywords: ['x-env'] }),
  describe: (p: Problem) => `${p.path || '/'}${variableAt.has(p.path) ? ` (${variableAt.get(p.path)})` : ''} ${p.message}`
})

export function loadConfig (env: NodeJS.ProcessEnv = process.env, overrides: Partial<ConfigSchema> = {}): GatewayConfig {
  const input: Record<string, unknown> = { ...fromEnv(configSchema.properties, env), ...overrides }
  for (const key of Object.keys(input)) if (input[key] === undefined) delete input[key]
  const config = check(input, 'invalid configuration')
  if (config.env === 'production' && !config.subjectHmacKey) throw new Error('SUBJECT_HMAC_KEY is required in production')
  if (config.env === 'production' && !config.cacheKey) throw new Error('CACHE_KEY is required in production')
  // Every log needs its own name: a development one shared by every installation would let their checkpoints pass for each other's.
  if (config.env === 'production' && !config.auditLogOrigin) throw new Error('AUDIT_LOG_ORIGIN is required in production')
  // PGlite has no replica: a read URL beside it would send auditors to some other database.
  if (config.databaseReadUrl && !config.databaseUrl) throw new Error('DATABASE_READ_URL is a replica of DATABASE_URL: set both')
  if (config.auditWitnessQuorum > config.auditWitnesses.length) {
    throw new Error(`AUDIT_WITNESS_QUORUM is ${config.auditWitnessQuorum}, more than the ${config.auditWitnesses.length} AUDIT_WITNESSES`)
  }
  return {
    ...config,
    keysDir: config.keysDir ?? `${config.dataDir}/keys/signing`,
    createKeys: config.env !== 'production',
    auditArchiveDir: config.auditArchiveDir ?? `${config.dataDir}/audit-archives`,
    auditLogOrigin: config.auditLogOrigin ?? 'once-only-gateway.localhost/log',
    auditLogKeysDir: config.auditLogKeysDir ?? `${config.dataDir}/keys/log`,
    ...config.redisSentinels && {
      redisSentinel: {
        sentinels: config.redisSentinels,
        name: config.redisMasterName,
        sentinelUsername: config.redisSentinelUsername,
        sentinelPassword: config.redisSentinelPassword,
        ...primaryAccess(config.redisUrl)
      }
    }
  }
}
