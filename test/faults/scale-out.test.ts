// Scale-out on real distributed parts (scripts/distributed-parts.ts): two gateway processes on a PostgreSQL
// primary with a streaming replica, and a Redis primary with a replica watched by three Sentinels. Under steady
// prefill load, the Redis primary dies (the Sentinels promote the replica), then the PostgreSQL replica stops.
// Prefills go on throughout, degraded only as the README says; every 2xx is in the log by its request id, the
// chain verifies, and auditor reads fall back to the primary, which /readyz reports.
import { execFile } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import { promisify } from 'node:util'
import t from 'tap'
import { Redis } from 'ioredis'
import { request } from 'undici'
import { openStore } from '../../src/store/store.ts'
import { citizenId } from '../../sandbox/subjects.ts'
import { redisMasterName, startDistributedParts } from '../../scripts/distributed-parts.ts'
import { startCluster, stopAll, type GatewayProcess } from '../../scripts/gateway-process.ts'
import { gatewayEnv, gatewayLog } from '../helpers/gateway-processes.ts'
import { auth, tempDir, testSandbox, tokens, until } from '../helpers/infra.ts'

const execFileAsync = promisify(execFile)
const householdBusiness = '2.000720'
/** What the README lets a prefill answer while Redis fails over: the slow source's fields not queued. */
const documentedWhileRedisDown = new Set(['QUEUE_UNAVAILABLE'])

interface Outcome { status: number, requestId?: string, reasons: string[], at: number }

t.test('two gateways through a Redis failover and a lost PostgreSQL replica', async (t) => {
  const [parts, sandbox] = await Promise.all([startDistributedParts({ replica: true, sentinel: true, fsync: false }), testSandbox(t)])
  const env = await gatewayEnv(t, sandbox, { ...parts.env, REDIS_PREFIX: 'scale:' })
  const log = gatewayLog(t, 'scale-out')
  const gateways = await startCluster(2, env, { log: (_i, line) => log(line) }).catch(async (err) => { await parts.stop(); throw err })
  // The gateways stop while what they stand on is still there; then the parts.
  t.teardown(async () => {
    await stopAll(gateways)
    await parts.stop()
  })
  const ready = async (gateway: GatewayProcess) => {
    const res = await request(`${gateway.origin}/readyz`)
    return { status: res.statusCode, body: await res.body.json() as any }
  }
  /** Until every gateway's readiness holds; a timeout says what each said last. */
  const everyGateway = async (what: string, holds: (readiness: { status: number, body: any }) => boolean) => {
    let last: unknown[] = []
    const all = async () => {
      const readiness = await Promise.all(gateways.map(ready))
      last = readiness.map((r) => r.body.checks)
      return readiness.every(holds) || undefined
    }
    return until(all, what, 30_000).catch((err: Error) => { throw new Error(`${err.message}; last readiness: ${JSON.stringify(last)}`) })
  }

  await everyGateway('both gateways ready on the replica', (r) => r.body.status === 'ready' && r.body.checks.replica === 'ok')

  // Steady load: two workers per gateway, each on subjects of its own, until told to stop.
  const outcomes: Outcome[] = []
  const load = { running: true }
  const worker = async (gateway: GatewayProcess, w: number) => {
    for (let i = 0; load.running; i++) {
      const res = await request(`${gateway.origin}/v1/prefill`, {
        method: 'POST',
        headers: { ...auth(tokens.portal), 'content-type': 'application/json' },
        body: JSON.stringify({ procedure: householdBusiness, subject: { type: 'citizen', id: citizenId(w * 10_000 + i) }, deadlineMs: 1500 })
      })
      const body = await res.body.json() as any
      const fields = Object.values(body.fields ?? {}) as Array<{ status: string, reason?: string }>
      outcomes.push({ status: res.statusCode, requestId: body.requestId, reasons: fields.filter((f) => f.status === 'unavailable').map((f) => f.reason!), at: Date.now() })
    }
  }
  const workers = [0, 1, 2, 3].map((w) => worker(gateways[w % 2], w))
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
  t.teardown(async () => { load.running = false; await Promise.allSettled(workers) })
  await pause(1000)

  t.test('the Redis primary dies: the Sentinels promote its replica, and prefills go on', async (t) => {
    const sentinel = new Redis({ host: '127.0.0.1', port: parts.redis.sentinels[0].port })
    t.teardown(() => sentinel.disconnect())
    const killedAt = Date.now()
    await parts.redis.primary.stop()
    await until(async () => {
      const [, port] = await sentinel.call('SENTINEL', 'get-master-addr-by-name', redisMasterName) as [string, string]
      return Number(port) === parts.redis.replica!.port || undefined
    }, 'the replica promoted', 30_000)
    await everyGateway('both gateways back on Redis', (r) => r.body.checks.redis === 'ok')
    const recoveredAt = Date.now()
    await pause(1000)
    const during = outcomes.filter((o) => o.at > killedAt && o.at <= recoveredAt)
    const after = outcomes.filter((o) => o.at > recoveredAt)
    t.ok(during.length > 0, `${during.length} prefills answered during the failover (${recoveredAt - killedAt} ms)`)
    t.ok(after.length > 0, `${after.length} after it`)
    t.same([...new Set(outcomes.map((o) => o.status))], [200], 'every prefill was answered 200')
    const reasons = new Set(during.flatMap((o) => o.reasons))
    t.same([...reasons].filter((r) => !documentedWhileRedisDown.has(r)), [], `only documented degradations during the failover: ${[...reasons].join(', ') || 'none'}`)
    t.same(after.slice(-4).flatMap((o) => o.reasons), [], 'none once the replica is the primary')
  })

  t.test('the PostgreSQL replica stops: auditor reads fall back to the primary, and /readyz says so', async (t) => {
    await parts.postgres.replica!.stop()
    const stoppedAt = Date.now()
    await everyGateway('the replica down on both gateways', (r) => r.status === 200 && r.body.status === 'degraded' && r.body.checks.replica === 'down')
    await pause(500)
    load.running = false
    await Promise.all(workers)
    const since = outcomes.filter((o) => o.at > stoppedAt)
    t.ok(since.length > 0 && since.every((o) => o.status === 200), `${since.length} prefills answered without the replica`)
    for (const gateway of gateways) {
      // From a little before the replica stopped: a faster machine writes more than a page before it.
      const res = await request(`${gateway.origin}/v1/audit?action=prefill&limit=1000&from=${new Date(stoppedAt - 1000).toISOString()}`, { headers: auth(tokens.auditor) })
      t.equal(res.statusCode, 200, 'the auditor still reads the log')
      const seen = new Set(((await res.body.json() as any).entries as Array<{ requestId: string }>).map((e) => e.requestId))
      t.ok(since.every((o) => seen.has(o.requestId!)), 'with the entries written since the replica stopped: from the primary')
    }
  })

  t.test('every 2xx is in the log by its request id, and the chain verifies', async (t) => {
    const store = await openStore({ databaseUrl: parts.databaseUrl, dataDir: '' })
    t.teardown(() => store.close())
    const acknowledged = outcomes.filter((o) => o.status < 300).map((o) => o.requestId!)
    const { rows } = await store.query<{ request_id: string }>("SELECT DISTINCT request_id FROM audit_log WHERE action = 'prefill' AND request_id = ANY($1::text[])", [acknowledged])
    t.equal(rows.length, new Set(acknowledged).size, `${acknowledged.length} acknowledged prefills, all audited`)
    const res = await request(`${gateways[0].origin}/v1/audit/verify`, { headers: auth(tokens.auditor) })
    t.match(await res.body.json(), { ok: true }, 'by the gateway')
    const dir = await tempDir(t)
    await writeFile(`${dir}/export.ndjson`, await (await request(`${gateways[1].origin}/v1/audit/export`, { headers: auth(tokens.auditor) })).body.text())
    await writeFile(`${dir}/jwks.json`, await (await request(`${gateways[1].origin}/.well-known/jwks.json`)).body.text())
    const offline = await execFileAsync(process.execPath, ['--import=tsx', 'scripts/audit-verify.ts', `${dir}/export.ndjson`, '--jwks', `${dir}/jwks.json`]).then(() => 0, (err: { code: number }) => err.code)
    t.equal(offline, 0, 'by the offline verifier, on the export')
  })
})
