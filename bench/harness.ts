// The benchmark's parts: the servers under test as processes of their own (the sandbox sources, A a bare
// Fastify route, B a bare undici proxy, C the gateway), the benchmark's adapters, forms and agreement, and
// autocannon runs of prefills for varied citizens. bench/run.ts puts them together.
import { randomBytes } from 'node:crypto'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout } from 'node:timers/promises'
import autocannon from 'autocannon'
import { build as histogram } from 'hdr-histogram-js'
import pg from 'pg'
import { Pool, request } from 'undici'
import { citizenId } from '../sandbox/subjects.ts'
import { listeningPort, startCluster, startGateway, startNode, type GatewayProcess, type NodeProcess } from '../scripts/gateway-process.ts'

export const connections = 32
/**
 * Unmeasured load before a measurement at saturation. The gateway's throughput still rises for about 10 s of
 * load (compiled code, pools, the garbage collector's sizing): a shorter warm-up measures its start-up.
 */
export const warmUpSeconds = 10
const admin = { authorization: 'Bearer dev-admin-token', 'content-type': 'application/json' }
const portal = { authorization: 'Bearer dev-portal-token', 'content-type': 'application/json' }

export interface Measured { rps: number, p50: number, p99: number, non2xx: number, errors: number }

export interface LoadShape { connections?: number }

/** The n-th request's body: a prefill for one of 100,000 sandbox citizens, so that no cache answers all. */
const prefillBody = (procedure: string, n: number) => JSON.stringify({ procedure, subject: { type: 'citizen', id: citizenId(n % 100_000) } })

/** Where the load goes: one server, or several instances sharing it (connections spread over them). */
export type Origins = string | string[]

/** One autocannon run of prefills for varied citizens, `connections` at once (default 32), as fast as answers come. */
export async function load (origins: Origins, procedure: string, durationSeconds: number, { connections: open = connections }: LoadShape = {}): Promise<Measured> {
  let n = 0
  const result = await autocannon({
    // autocannon spreads its connections over several URLs (its types know one).
    url: origins as string,
    connections: open,
    duration: durationSeconds,
    requests: [{ method: 'POST', path: '/v1/prefill', headers: portal, setupRequest: (req) => ({ ...req, body: prefillBody(procedure, n++) }) }]
  })
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors }
}

/**
 * A fixed offered load, open loop: request i leaves at start + i / rate whether or not earlier ones have been
 * answered, and its latency counts from that moment, so a stall is not hidden by requests not sent
 * (coordinated omission). autocannon's rate option is no such load: each connection sends its quota for the
 * second back to back and then waits for the next second, so the load arrives in bursts.
 */
export async function paced (origins: Origins, procedure: string, durationSeconds: number, rate: number): Promise<Measured> {
  const pools = [origins].flat().map((origin) => new Pool(origin, { connections: 256 }))
  const latencies = histogram({ lowestDiscernibleValue: 1, highestTrackableValue: 60_000_000, numberOfSignificantValueDigits: 3 })
  const total = Math.round(rate * durationSeconds)
  const answers: Array<Promise<void>> = []
  let non2xx = 0
  let errors = 0
  const started = performance.now()
  const due = (i: number) => started + i * 1000 / rate
  for (let i = 0; i < total; i++) {
    const wait = due(i) - performance.now()
    if (wait > 1) await setTimeout(wait)
    // A request sent a little early (the timer's granularity) counts from when it left.
    const scheduled = Math.min(due(i), performance.now())
    answers.push(pools[i % pools.length].request({ method: 'POST', path: '/v1/prefill', headers: portal, body: prefillBody(procedure, i) }).then(async (res) => {
      await res.body.dump()
      if (res.statusCode >= 300) non2xx++
      else latencies.recordValue(Math.round((performance.now() - scheduled) * 1000))
    }, () => { errors++ }))
  }
  await Promise.all(answers)
  const seconds = (performance.now() - started) / 1000
  await Promise.all(pools.map((pool) => pool.close()))
  const ms = (percentile: number) => latencies.getValueAtPercentile(percentile) / 1000
  return { rps: total / seconds, p50: ms(50), p99: ms(99), non2xx, errors }
}

/** An unmeasured run first, so that pools are open and the code is compiled. */
export async function measure (origin: Origins, procedure: string, durationSeconds: number, shape: LoadShape = {}, warmUp = warmUpSeconds): Promise<Measured> {
  await load(origin, procedure, warmUp, shape)
  return load(origin, procedure, durationSeconds, shape)
}

export const threeSourceForm = '9.900030'
export const sweepForm = (sources: number) => `9.90000${sources}`

async function put (origin: string, path: string, body: unknown) {
  const res = await request(`${origin}${path}`, { method: 'PUT', headers: admin, body: JSON.stringify(body) })
  const answer = await res.body.text()
  if (res.statusCode > 201) throw new Error(`PUT ${path}: ${res.statusCode} ${answer}`)
}

/**
 * The benchmark's own adapters, forms and agreement, registered through the API like an agency's: a form of
 * the same 3 sources B asks, and forms of 1 to 8 twins of the population database for the sweep.
 */
export async function registerBenchSetup (origin: string) {
  const population = JSON.parse(await readFile('adapters/population-citizen/manifest.json', 'utf8'))
  const twins = Array.from({ length: 8 }, (_, i) => `bench-source-${i + 1}`)
  for (const id of twins) await put(origin, `/v1/adapters/${id}`, { ...population, id, version: 1, title: `Benchmark twin ${id} of the population database` })
  const form = (code: string, properties: Record<string, unknown>) => ({
    type: 'object',
    title: `Benchmark form ${code}`,
    'x-procedure': { code, version: 1, title: `Benchmark form ${code}`, agency: 'BCA', subject: 'citizen', sample: true },
    'x-documents': [],
    properties
  })
  await put(origin, `/v1/forms/${threeSourceForm}`, form(threeSourceForm, {
    fullName: { type: 'string', 'x-prefill': { source: 'population-citizen', pointer: '/fullName' } },
    enterprisesRepresented: { type: 'array', items: { type: 'object' }, 'x-prefill': { source: 'enterprise-representatives', pointer: '/enterprises' } },
    socialInsuranceNumber: { type: 'string', 'x-prefill': { source: 'social-insurance', pointer: '/insuranceNumber' } }
  }))
  for (let sources = 1; sources <= 8; sources++) {
    await put(origin, `/v1/forms/${sweepForm(sources)}`, form(sweepForm(sources), Object.fromEntries(twins.slice(0, sources).map((id, i) =>
      [`fullName${i + 1}`, { type: 'string', 'x-prefill': { source: id, pointer: '/fullName' } }]))))
  }
  await put(origin, '/v1/agreements/bench', {
    id: 'bench',
    version: 1,
    client: 'portal-dvc',
    procedures: [threeSourceForm, ...Array.from({ length: 8 }, (_, i) => sweepForm(i + 1))],
    sources: ['population-citizen', 'enterprise-representatives', 'social-insurance', ...twins].map((source) => ({ source, fields: ['*'] })),
    legalBasis: 'Benchmark agreement (sandbox data only)',
    validFrom: '2025-01-01T00:00:00Z',
    validUntil: '2030-12-31T23:59:59Z'
  })
}

export interface BenchServers {
  sandbox: NodeProcess<true>
  sandboxUrls: Record<string, string>
  /** A; B and B′, as many instances of each as asked. */
  bareFastify: string
  bareProxy: Instances
  floorProxy: Instances
  all: Array<NodeProcess<unknown>>
  /** Starts a gateway on the sandbox; the first one registers the benchmark's setup. */
  gateway: (env?: NodeJS.ProcessEnv, nodeArgs?: string[]) => Promise<GatewayProcess>
  /** Starts that many gateways sharing PostgreSQL, Redis and their keys, as `npm run cluster` does. */
  cluster: (instances: number) => Promise<Instances>
}

export interface Instances { origins: string[], pids: number[] }

const instancesOf = (processes: Array<NodeProcess<number>>): Instances =>
  ({ origins: processes.map((p) => `http://127.0.0.1:${p.ready}`), pids: processes.map((p) => p.child.pid!) })

/** Every server of the benchmark, a process each, on PostgreSQL and Redis from scripts/with-services.sh. */
export async function startBenchServers ({ instances = 1 } = {}): Promise<BenchServers> {
  const databaseUrl = process.env.TEST_DATABASE_URL
  const redisUrl = process.env.TEST_REDIS_URL
  if (!databaseUrl || !redisUrl) throw new Error('run through scripts/with-services.sh (npm run bench does)')
  await recycledWal(databaseUrl, 64)
  const sandboxUrls: Record<string, string> = {}
  const sandbox = await startNode('sandbox/main.ts', {
    env: { SANDBOX_BASE_PORT: '0' },
    ready: (line) => {
      const source = /^sandbox (\w+)\s+(http:\S+)/.exec(line)
      if (source) sandboxUrls[source[1]] = source[2]
      return line === 'personas:' ? true as const : undefined
    }
  })
  const sources = [`${sandboxUrls.population}/citizens/{id}`, `${sandboxUrls.enterprise}/representatives/{id}`, `${sandboxUrls.insurance}/insured/{id}`]
  const a = await startNode('bench/bare-fastify.ts', { ready: listeningPort })
  const proxies = (env: NodeJS.ProcessEnv) => Promise.all(Array.from({ length: instances }, () =>
    startNode('bench/bare-proxy.ts', { env: { BARE_PROXY_SOURCES: sources.join(','), ...env }, ready: listeningPort })))
  const b = await proxies({})
  // B′ keeps its audit chain in a database of its own, apart from the gateway's (its instances share it).
  const bFloor = await proxies({ BARE_PROXY_AUDIT_DATABASE_URL: await createDatabase(databaseUrl, 'bench_floor') })
  const all: Array<NodeProcess<unknown>> = [sandbox, a, ...b, ...bFloor]
  const gatewayEnv = async () => ({
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    REDIS_PREFIX: 'bench:',
    DATA_DIR: await mkdtemp(join(tmpdir(), 'bench-gateway-')),
    ADAPTER_VARS: Object.entries(sandboxUrls).map(([name, url]) => `SANDBOX_${name.toUpperCase()}=${url}`).join(','),
    RATE_LIMIT_PER_MINUTE: '1000000000',
    LOG_LEVEL: 'info'
  })
  let setUp = false
  const registered = async (origin: string) => {
    if (!setUp) await registerBenchSetup(origin)
    setUp = true
  }
  return {
    sandbox,
    sandboxUrls,
    bareFastify: `http://127.0.0.1:${a.ready}`,
    bareProxy: instancesOf(b),
    floorProxy: instancesOf(bFloor),
    all,
    async gateway (env = {}, nodeArgs = []) {
      const gateway = await startGateway({ ...await gatewayEnv(), ...env }, { nodeArgs })
      all.push(gateway)
      await registered(gateway.origin)
      return gateway
    },
    async cluster (count) {
      // Every instance must hash subjects and seal Redis values with the same keys, as npm run cluster makes them.
      const gateways = await startCluster(count, { ...process.env, ...await gatewayEnv(), SUBJECT_HMAC_KEY: randomBytes(32).toString('base64'), CACHE_KEY: randomBytes(32).toString('base64') })
      all.push(...gateways)
      await registered(gateways[0].origin)
      return { origins: gateways.map((g) => g.origin), pids: gateways.map((g) => g.child.pid!) }
    }
  }
}

/**
 * WAL segments ready for reuse, as a PostgreSQL that has run a while has them. A fresh cluster makes each new
 * 16 MiB segment by writing it full of zeros and syncing it, while every commit waits: a stall of 40–110 ms on
 * this disk every few thousand prefills, which a running server (recycling segments at each checkpoint, up to
 * min_wal_size) does not have. Each switch makes a segment; the checkpoint recycles them for reuse.
 */
async function recycledWal (url: string, segments: number): Promise<void> {
  const db = new pg.Client({ connectionString: url })
  await db.connect()
  await db.query(`ALTER SYSTEM SET min_wal_size = '${segments * 16}MB'`)
  await db.query(`ALTER SYSTEM SET max_wal_size = '${segments * 32}MB'`)
  await db.query('SELECT pg_reload_conf()')
  await db.query('CREATE TABLE IF NOT EXISTS bench_wal (n int)')
  // A switch needs something written since the last one.
  for (let i = 0; i < segments; i++) await db.query('INSERT INTO bench_wal VALUES (1); SELECT pg_switch_wal()')
  await db.query('DROP TABLE bench_wal; CHECKPOINT')
  await db.end()
}

/** A new, empty database beside the one at `url`; its URL. */
async function createDatabase (url: string, name: string): Promise<string> {
  const db = new pg.Client({ connectionString: url })
  await db.connect()
  await db.query(`DROP DATABASE IF EXISTS ${name}`)
  await db.query(`CREATE DATABASE ${name}`)
  await db.end()
  const created = new URL(url)
  created.pathname = `/${name}`
  return created.href
}

/** Sets a sandbox source's fault knobs (latency for the sweep). */
export async function sandboxFaults (url: string, faults: object): Promise<void> {
  await request(`${url}/_sandbox/faults`, { method: 'PUT', body: JSON.stringify(faults) }).then((r) => r.body.dump())
}
