// Real infrastructure for tests: a fresh PostgreSQL database or PGlite copy per test, the Redis that
// scripts/test.sh started, and the gateway built on them with the sandbox's sources.
import { randomBytes } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import pg from 'pg'
import type { Test } from 'tap'
import { buildApp } from '../../src/app.ts'
import { loadConfig, type GatewayConfig } from '../../src/config.ts'
import { openStore, type Store } from '../../src/store/store.ts'
import { startSandbox, type Sandbox } from '../../sandbox/sources.ts'

export type StoreKind = 'pg' | 'pglite'
export const storeKinds: StoreKind[] = ['pg', 'pglite']

function required (name: string): string {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is not set: run the tests with npm test`)
  return value
}

export const redisUrl = () => required('TEST_REDIS_URL')

export async function tempDir (t: Test): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'gw-test-'))
  t.teardown(() => rm(dir, { recursive: true, force: true }))
  return dir
}

/** A new, empty database of the given kind, dropped when the test ends. */
export async function testStore (t: Test, kind: StoreKind): Promise<Store> {
  if (kind === 'pglite') {
    const dir = await tempDir(t)
    await cp(required('TEST_PGLITE_TEMPLATE'), dir, { recursive: true })
    const store = await openStore({ dataDir: dir, pgliteDataDir: dir })
    t.teardown(() => store.close())
    return store
  }
  const store = await openStore({ databaseUrl: await testDatabaseUrl(t), dataDir: '' })
  t.teardown(() => store.close().catch(() => {}))
  return store
}

/** A new, empty PostgreSQL database for processes of their own (migrated by whoever opens it first). */
export async function testDatabaseUrl (t: Test): Promise<string> {
  const admin = new URL(required('TEST_DATABASE_URL'))
  const name = `t_${randomBytes(6).toString('hex')}`
  const client = new pg.Client({ connectionString: admin.href })
  await client.connect()
  await client.query(`CREATE DATABASE ${name}`)
  await client.end()
  t.teardown(async () => {
    const c = new pg.Client({ connectionString: admin.href })
    await c.connect()
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    await c.end()
  })
  const url = new URL(admin.href)
  url.pathname = `/${name}`
  return url.href
}

export const tokens = {
  portal: 'dev-portal-token',
  agencyBCA: 'dev-agency-bca-token',
  agencyBTC: 'dev-agency-btc-token',
  auditor: 'dev-auditor-token',
  admin: 'dev-admin-token'
}
export const auth = (token: string) => ({ authorization: `Bearer ${token}` })

export async function testSandbox (t: Test): Promise<Sandbox> {
  const sandbox = await startSandbox()
  t.teardown(() => sandbox.close())
  return sandbox
}

export interface TestGateway {
  app: Awaited<ReturnType<typeof buildApp>>
  store: Store
  sandbox: Sandbox
  /** Every log line the gateway wrote. */
  logs: string[]
}

/** The gateway on a fresh store, with the sandbox's sources and the test Redis. */
export async function testGateway (t: Test, options: { store?: StoreKind | Store, config?: Partial<GatewayConfig>, now?: () => number } = {}): Promise<TestGateway> {
  const sandbox = await testSandbox(t)
  const store = typeof options.store === 'object' ? options.store : await testStore(t, options.store ?? 'pg')
  const logs: string[] = []
  // Every line also goes to the run's log folder, which scripts/test.sh scans for subject ids at the end.
  const logFile = process.env.TEST_LOG_DIR ? createWriteStream(join(process.env.TEST_LOG_DIR, `${randomBytes(6).toString('hex')}.ndjson`)) : undefined
  const logStream = new Writable({ write (chunk, _encoding, done) { logs.push(String(chunk)); logFile?.write(chunk); done() } })
  t.teardown(() => logFile?.end())
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'info' }, {
    dataDir: await tempDir(t),
    redisUrl: redisUrl(),
    // Test files share one Redis: each gateway counts and caches under its own prefix.
    redisPrefix: `test:${randomBytes(6).toString('hex')}:`,
    adapterVars: sandbox.vars,
    // Tests block the main thread on purpose (PGlite runs in it, keys are made in it) and share a busy
    // machine: load shedding is off but where it is tested (test/http/load-shedding.test.ts).
    maxEventLoopDelayMs: 0,
    ...options.config
  })
  const app = await buildApp(config, { store, logStream, now: options.now })
  t.teardown(() => app.close())
  return { app, store, sandbox, logs }
}

/** Polls until the probe gives a value. */
export async function until<T> (probe: () => Promise<T | undefined>, what: string, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs
  while (Date.now() < end) {
    const value = await probe()
    if (value !== undefined) return value
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`timed out waiting for ${what}`)
}
