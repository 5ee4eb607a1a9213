// The configuration comes from schemas/config.json: its defaults, and the variable each property names.
import t from 'tap'
import configSchema from '../schemas/config.json' with { type: 'json' }
import { loadConfig } from '../src/config.ts'

const keys = { SUBJECT_HMAC_KEY: 'a'.repeat(44), CACHE_KEY: 'b'.repeat(44), AUDIT_LOG_ORIGIN: 'sharing-log.example.gov.vn/prod' }

t.test('defaults come from the schema', async (t) => {
  const config = loadConfig({})
  for (const [key, property] of Object.entries(configSchema.properties)) {
    if ('default' in property && !('properties' in property)) t.same(config[key as keyof typeof config], property.default, key)
  }
  t.match(config, { env: 'development', port: 3000, requestTimeoutMs: 30000, databasePoolSize: 10, circuitErrorPercentage: 50, circuitVolumeThreshold: 5 })
  t.same(config.jobs, { workerConcurrency: 8, fetchAttempts: 3, fetchBackoffMs: 500, resultTtlSeconds: 3600, webhookAttempts: 6, webhookBackoffMs: 2000, webhookTimeoutMs: 5000 })
  t.same(config.outbound, { allowLoopback: true, allowPrivate: false, hosts: {} })
  t.equal(config.adapterVars.SANDBOX_POPULATION, 'http://127.0.0.1:4101', 'the sandbox and the gateway meet without configuration')
  t.match(config, { authBearer: true, agreementsDir: 'config/dev/agreements' }, 'development defaults')
  t.equal(config.tls, undefined)
  t.equal(config.databaseUrl, undefined)
})

t.test('production has its own defaults and requirements', async (t) => {
  t.throws(() => loadConfig({ NODE_ENV: 'production' }), /SUBJECT_HMAC_KEY is required in production/)
  t.throws(() => loadConfig({ NODE_ENV: 'production', SUBJECT_HMAC_KEY: keys.SUBJECT_HMAC_KEY }), /CACHE_KEY is required in production/)
  t.throws(() => loadConfig({ NODE_ENV: 'production', ...keys, AUDIT_LOG_ORIGIN: '' }), /AUDIT_LOG_ORIGIN is required in production/, 'a log names itself')
  const config = loadConfig({ NODE_ENV: 'production', ...keys })
  t.match(config, { authBearer: false, outbound: { allowLoopback: false }, createKeys: false })
  t.equal(config.agreementsDir, undefined, 'no development agreements in production')
  t.match(loadConfig({ NODE_ENV: 'production', ...keys, AUTH_BEARER: 'true', OUTBOUND_ALLOW_LOOPBACK: 'true', AGREEMENTS_DIR: 'a' }),
    { authBearer: true, outbound: { allowLoopback: true }, agreementsDir: 'a' }, 'variables still win')
})

t.test('variables override the defaults', async (t) => {
  const config = loadConfig({
    PORT: '8080',
    AUTH_BEARER: 'false',
    AUDIT_CHECKPOINT_SECONDS: '0.5',
    WORKER_CONCURRENCY: '0',
    OUTBOUND_ALLOW_PRIVATE: 'true',
    OUTBOUND_HOSTS: 'BCA=*.bca.gov.vn|api.example.vn;BTC=',
    ADAPTER_VARS: 'A=http://a:1,SANDBOX_JUDICIAL=http://j',
    DATABASE_POOL_SIZE: '25',
    CIRCUIT_ERROR_PERCENTAGE: '75',
    CIRCUIT_VOLUME_THRESHOLD: '20',
    REQUEST_TIMEOUT_MS: '5000',
    CONNECTION_TIMEOUT_MS: '0',
    KEEP_ALIVE_TIMEOUT_MS: '5000',
    TLS_CERT_FILE: 'c.pem',
    TLS_KEY_FILE: 'k.pem',
    TLS_CA_FILE: 'ca.pem',
    HOST: ''
  })
  t.match(config, { port: 8080, authBearer: false, auditCheckpointSeconds: 0.5, jobs: { workerConcurrency: 0, fetchAttempts: 3 } })
  t.match(config, { databasePoolSize: 25, circuitErrorPercentage: 75, circuitVolumeThreshold: 20, requestTimeoutMs: 5000, connectionTimeoutMs: 0, keepAliveTimeoutMs: 5000 })
  t.same(config.outbound, { allowLoopback: true, allowPrivate: true, hosts: { BCA: ['*.bca.gov.vn', 'api.example.vn'], BTC: [] } })
  t.match(config.adapterVars, { A: 'http://a:1', SANDBOX_JUDICIAL: 'http://j', SANDBOX_POPULATION: 'http://127.0.0.1:4101' }, 'ADAPTER_VARS adds to the defaults')
  t.same(config.tls, { certFile: 'c.pem', keyFile: 'k.pem', caFile: 'ca.pem' })
  t.equal(config.host, '::', 'an empty variable counts as unset')
  t.equal(loadConfig({}, { port: 1234 }).port, 1234, 'overrides win over variables and defaults')
})

t.test('invalid values fail with every problem and the variable to fix', async (t) => {
  t.throws(() => loadConfig({ PORT: 'eighty' }), /invalid configuration: \/port \(PORT\) must be integer/)
  const err = t.throws(() => loadConfig({ LOG_LEVEL: 'loud', OUTBOUND_ALLOW_LOOPBACK: 'maybe', WORKER_CONCURRENCY: '-1', SUBJECT_HMAC_KEY: 'short' })) as Error
  for (const name of ['LOG_LEVEL', 'OUTBOUND_ALLOW_LOOPBACK', 'WORKER_CONCURRENCY', 'SUBJECT_HMAC_KEY']) t.match(err.message, name)
  t.notMatch(err.message, 'short', 'values (keys among them) are not repeated')
  t.throws(() => loadConfig({ TLS_CERT_FILE: 'c.pem' }), /\/tls must have required property 'keyFile'/, 'TLS needs its key and CA too')
  t.throws(() => loadConfig({}, { nope: 1 } as never), /unknown property nope/)
})

t.test('derived values are computed once, here', async (t) => {
  t.match(loadConfig({ DATA_DIR: '/srv/gw' }), { keysDir: '/srv/gw/keys/signing', auditArchiveDir: '/srv/gw/audit-archives', createKeys: true })
  t.match(loadConfig({ KEYS_DIR: '/keys', AUDIT_ARCHIVE_DIR: '/archives' }, { dataDir: '/srv/gw' }), { keysDir: '/keys', auditArchiveDir: '/archives' })
  t.equal(loadConfig({}, { dataDir: '/t' }).keysDir, '/t/keys/signing', 'from the overridden data folder')
  t.match(loadConfig({ DATA_DIR: '/srv/gw' }), { auditLogKeysDir: '/srv/gw/keys/log', auditLogOrigin: 'once-only-gateway.localhost/log' }, 'the log\'s note keys and development name')
  t.throws(() => loadConfig({ AUDIT_LOG_ORIGIN: 'sharing log/prod' }), /auditLogOrigin \(AUDIT_LOG_ORIGIN\) must match/, 'a note key name has no space')
  t.throws(() => loadConfig({ AUDIT_LOG_ORIGIN: 'log.example/a+b' }), /AUDIT_LOG_ORIGIN/, 'nor a plus')
})

t.test('AUDIT_WITNESSES lists <vkey>=<URL> pairs, and the quorum cannot exceed them', async (t) => {
  const a = 'witness.example/w1+0a1b2c3d+BMoVQzo6lGrpzmGqy7qwuTg3pE8qSdgzOTGl2RZ7RHxP'
  const b = 'witness.example/w2+4e5f6a7b+BA+/AwXYu0Z5J4lQ5NjtSNxXg0YfOQ+0jyFRzYzsW1Gb'
  const config = loadConfig({ AUDIT_WITNESSES: `${a}=https://w1.example/sub/, ${b}=http://127.0.0.1:8080`, AUDIT_WITNESS_QUORUM: '2' })
  t.same(config.auditWitnesses, [{ vkey: a, url: 'https://w1.example/sub' }, { vkey: b, url: 'http://127.0.0.1:8080' }], 'base64 pluses and slashes stay in the vkey; a trailing slash leaves the URL')
  t.same([loadConfig({}).auditWitnesses, loadConfig({}).auditWitnessQuorum], [[], 0], 'none by default, and nothing waits for them')
  t.throws(() => loadConfig({ AUDIT_WITNESSES: `${a}=https://w1.example`, AUDIT_WITNESS_QUORUM: '2' }), /AUDIT_WITNESS_QUORUM is 2, more than the 1 AUDIT_WITNESSES/)
  t.throws(() => loadConfig({ AUDIT_WITNESSES: a }), /auditWitnesses\/0\/url must match/, 'a witness without its URL')
})

t.test('REDIS_SENTINELS lists host:port pairs, for the primary of REDIS_MASTER_NAME', async (t) => {
  const config = loadConfig({ REDIS_SENTINELS: '10.0.0.1:26379, sentinel-2.internal:26380', REDIS_MASTER_NAME: 'gateway' })
  t.same(config.redisSentinels, [{ host: '10.0.0.1', port: 26379 }, { host: 'sentinel-2.internal', port: 26380 }])
  t.equal(config.redisMasterName, 'gateway')
  t.equal(loadConfig({}).redisSentinels, undefined, 'none by default: REDIS_URL')
  t.throws(() => loadConfig({ REDIS_SENTINELS: 'sentinel-1' }), /redisSentinels\/0 must have required property 'port'/, 'a Sentinel without its port')
  t.throws(() => loadConfig({ REDIS_SENTINELS: 'sentinel-1:high' }), /redisSentinels\/0\/port must be integer/)
})

t.test('REDIS_SENTINELS takes IPv6 addresses in brackets, and refuses an entry it cannot read', async (t) => {
  t.same(loadConfig({ REDIS_SENTINELS: '[::1]:26379,[fd00::2]:26380, 10.0.0.3:26381' }).redisSentinels,
    [{ host: '::1', port: 26379 }, { host: 'fd00::2', port: 26380 }, { host: '10.0.0.3', port: 26381 }])
  t.throws(() => loadConfig({ REDIS_SENTINELS: '[::1]' }), /redisSentinels\/0 must have required property 'port'/, 'the brackets are not the host')
  const err = t.throws(() => loadConfig({ REDIS_SENTINELS: '10.0.0.1:26379,::1:26379,[::1,[::1]x,:26379,a:1:2' })) as Error
  t.match(err.message, /^invalid configuration: REDIS_SENTINELS \(entry 2, 3, 4, 5, 6\) must be host:port or \[IPv6 address\]:port$/, 'every bad entry, by its position')
})

t.test('through Sentinels, the primary takes all REDIS_URL says but where it is', async (t) => {
  const sentinels = { REDIS_SENTINELS: '10.0.0.1:26379', REDIS_MASTER_NAME: 'gateway' }
  t.same(loadConfig({ ...sentinels }).redisSentinel,
    { sentinels: [{ host: '10.0.0.1', port: 26379 }], name: 'gateway', sentinelUsername: undefined, sentinelPassword: undefined, username: undefined, password: undefined, db: 0, tls: false },
    'the default REDIS_URL gives no credentials')
  t.same(loadConfig({ ...sentinels, REDIS_URL: 'rediss://gw:p%40ss%3Aword@ignored.example:6380/3', REDIS_SENTINEL_USERNAME: 'sentinel-user', REDIS_SENTINEL_PASSWORD: 'sentinel-pw' }).redisSentinel,
    { sentinels: [{ host: '10.0.0.1', port: 26379 }], name: 'gateway', sentinelUsername: 'sentinel-user', sentinelPassword: 'sentinel-pw', username: 'gw', password: 'p@ss:word', db: 3, tls: true })
  t.match(loadConfig({ ...sentinels, REDIS_URL: 'redis://:secret@ignored/' }).redisSentinel, { username: undefined, password: 'secret', db: 0, tls: false }, 'a password alone')
  t.equal(loadConfig({ REDIS_URL: 'redis://:secret@127.0.0.1:6379', REDIS_SENTINEL_PASSWORD: 'x' }).redisSentinel, undefined, 'without REDIS_SENTINELS, REDIS_URL alone')
  for (const [url, problem] of [['mysql://:hunter2@db/1', /REDIS_URL is not a redis:\/\/ or rediss:\/\/ URL/], ['redis://:hunter2@db/one', /REDIS_URL's database, its path, is not a number/], ['hunter2', /REDIS_URL is not a redis/]] as const) {
    const err = t.throws(() => loadConfig({ ...sentinels, REDIS_URL: url })) as Error
    t.match(err.message, problem)
    t.notMatch(err.message, 'hunter2', 'the password is not repeated')
  }
})

t.test('DATABASE_READ_URL is a replica of DATABASE_URL', async (t) => {
  t.equal(loadConfig({ DATABASE_URL: 'postgres://a/db', DATABASE_READ_URL: 'postgres://b/db' }).databaseReadUrl, 'postgres://b/db')
  t.throws(() => loadConfig({ DATABASE_READ_URL: 'postgres://b/db' }), /DATABASE_READ_URL is a replica of DATABASE_URL: set both/, 'not of PGlite')
})

t.test('DATABASE_READ_MAX_LAG_SECONDS: how far the replica may trail before auditor reads leave it', async (t) => {
  t.equal(loadConfig({}).databaseReadMaxLagSeconds, 30)
  t.equal(loadConfig({ DATABASE_READ_MAX_LAG_SECONDS: '2.5' }).databaseReadMaxLagSeconds, 2.5)
  t.throws(() => loadConfig({ DATABASE_READ_MAX_LAG_SECONDS: '0' }), /databaseReadMaxLagSeconds \(DATABASE_READ_MAX_LAG_SECONDS\) must be > 0/, 'a replica that may never trail would never serve')
  t.throws(() => loadConfig({ DATABASE_READ_MAX_LAG_SECONDS: '30s' }), /\(DATABASE_READ_MAX_LAG_SECONDS\) must be number/)
})
