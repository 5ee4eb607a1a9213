// Auditor reads on a real streaming replica (scripts/distributed-parts.ts): they read the replica, whose
// replay this test pauses to tell the two apart; writes and the chain stay on the primary; the lag shows in
// /readyz and /metrics; a replica past the maximum lag, or stopped, sends the reads to the primary, degraded,
// until it catches up or returns; a statement that fails on the replica is not run again on the primary; an
// export holds its own entry even from a paused replica.
import t from 'tap'
import pg from 'pg'
import type { FastifyInstance } from 'fastify'
import { StoreUnavailable } from '../../src/errors.ts'
import { AuditorReads } from '../../src/store/auditor-reads.ts'
import { openStore } from '../../src/store/store.ts'
import { auth, testGateway, tokens, until } from '../helpers/infra.ts'
import { replicatedGateway } from '../helpers/own-services.ts'
import { representative } from '../helpers/personas.ts'

const householdBusiness = '2.000720'

t.test('auditor reads on a streaming replica', async (t) => {
  const { app, store, parts } = await replicatedGateway(t)
  const replica = new pg.Client({ connectionString: parts.databaseReadUrl })
  await replica.connect()
  t.teardown(() => replica.end().catch(() => {}))

  const prefill = async (gateway: FastifyInstance = app) => {
    const res = await gateway.inject({ method: 'POST', url: '/v1/prefill', headers: auth(tokens.portal), payload: { procedure: householdBusiness, subject: { type: 'citizen', id: representative } } })
    t.equal(res.statusCode, 200)
    return res.json().audit.entry as number
  }
  const audited = async (gateway: FastifyInstance = app) => {
    const res = await gateway.inject({ url: '/v1/audit?action=prefill&limit=500', headers: auth(tokens.auditor) })
    t.equal(res.statusCode, 200)
    return res.json().entries.map((e: { seq: number }) => e.seq) as number[]
  }
  const report = async () => (await app.inject({ url: '/v1/reports/once-only', headers: auth(tokens.auditor) })).json().rows.reduce((n: number, r: { prefills: number }) => n + r.prefills, 0)
  const ready = async (gateway: FastifyInstance = app) => { const res = await gateway.inject({ url: '/readyz' }); return { status: res.statusCode, body: res.json() } }
  const metrics = async (gateway: FastifyInstance = app) => (await gateway.inject({ url: '/metrics', headers: auth(tokens.admin) })).body

  const first = await prefill()
  await until(async () => (await audited()).includes(first) || undefined, 'the first prefill replayed')
  t.match((await ready()).body, { status: 'ready', checks: { store: 'ok', replica: 'ok' }, replica: { lagSeconds: Number, lagBytes: Number, maxLagSeconds: 30 } })

  t.test('queries and reports read the replica, which lags while its replay is paused', async (t) => {
    await replica.query('SELECT pg_wal_replay_pause()')
    const prefills = await report()
    const second = await prefill()
    t.notOk((await audited()).includes(second), 'the query does not see what the replica has not replayed')
    t.equal(await report(), prefills, 'nor does the report')
    const lagging = await until(async () => { const { body } = await ready(); return body.replica?.lagBytes > 0 && body.replica?.lagSeconds > 0 ? body : undefined }, 'the lag in /readyz')
    t.equal(lagging.status, 'ready', 'a replica within DATABASE_READ_MAX_LAG_SECONDS serves')
    t.equal(lagging.checks.replica, 'ok')
    const gauges = await metrics()
    t.match(gauges, /^gateway_db_replica_up 1$/m)
    t.match(gauges, /^gateway_db_replica_lagging 0$/m)
    t.match(gauges, /^gateway_db_replica_lag_bytes [1-9]/m)

    const verified = await app.inject({ url: '/v1/audit/verify', headers: auth(tokens.auditor) })
    t.match(verified.json(), { ok: true }, 'verification reads the primary: its chain head agrees with its entries')
    const proof = await app.inject({ url: `/v1/audit/entries/${second}/proof`, headers: auth(tokens.auditor) })
    t.not(proof.statusCode, 500, 'proofs read the primary')

    await replica.query('SELECT pg_wal_replay_resume()')
    await until(async () => (await audited()).includes(second) || undefined, 'the replay resumed')
    t.equal(await report(), prefills + 1)
    await until(async () => (await ready()).body.replica?.lagBytes === 0 || undefined, 'no lag once replayed')
  })

  t.test('the reads were logged, on the primary: nothing was written to the replica', async (t) => {
    const { rows } = await store.query<{ n: string }>("SELECT count(*) AS n FROM audit_log WHERE action = 'audit.query'")
    t.ok(Number(rows[0].n) > 0)
    const { rows: [standby] } = await replica.query('SELECT pg_is_in_recovery() AS standby')
    t.equal(standby.standby, true)
  })

  t.test('a replica past DATABASE_READ_MAX_LAG_SECONDS sends the reads to the primary until it catches up', async (t) => {
    const maxLagSeconds = 2
    const { app: strict } = await testGateway(t, { store, config: { databaseUrl: parts.databaseUrl, databaseReadUrl: parts.databaseReadUrl, databaseReadMaxLagSeconds: maxLagSeconds } })
    await replica.query('SELECT pg_wal_replay_pause()')
    const behind = await prefill(strict)
    const lagging = await until(async () => { const r = await ready(strict); return r.body.checks.replica === 'lagging' ? r : undefined }, 'the replica lagging in /readyz')
    t.equal(lagging.status, 200)
    t.match(lagging.body, { status: 'degraded', replica: { maxLagSeconds } }, 'degraded, and why')
    t.ok(lagging.body.replica.lagSeconds > maxLagSeconds && lagging.body.replica.lagBytes > 0, 'the lag past the maximum')
    t.ok((await audited(strict)).includes(behind), 'the primary answers, with what the replica has not replayed')
    t.notOk((await audited()).includes(behind), 'a gateway allowing more lag still reads the replica')
    const gauges = await metrics(strict)
    t.match(gauges, /^gateway_db_replica_up 1$/m, 'the replica answers')
    t.match(gauges, /^gateway_db_replica_lagging 1$/m, 'but lags')

    await replica.query('SELECT pg_wal_replay_resume()')
    const caughtUp = await until(async () => { const r = await ready(strict); return r.body.checks.replica === 'ok' ? r : undefined }, 'the replica caught up in /readyz')
    t.equal(caughtUp.body.status, 'ready')
    t.match(await metrics(strict), /^gateway_db_replica_lagging 0$/m)
    // A commit replayed just now, so that the lag counts from it once the replay is paused again.
    const replayed = await prefill(strict)
    await until(async () => (await audited(strict)).includes(replayed) || undefined, 'the last prefill replayed')
    await until(async () => (await ready(strict)).body.replica?.lagBytes === 0 || undefined, 'everything replayed')
    await replica.query('SELECT pg_wal_replay_pause()')
    const unseen = await prefill(strict)
    t.notOk((await audited(strict)).includes(unseen), 'the reads are on the replica again')
    await replica.query('SELECT pg_wal_replay_resume()')
  })

  t.test('an export holds its own entry, from a paused replica too', async (t) => {
    const holdsOwnEntry = async () => {
      const res = await app.inject({ url: '/v1/audit/export', headers: auth(tokens.auditor) })
      t.equal(res.statusCode, 200)
      const { rows: [own] } = await store.query<{ seq: string }>("SELECT max(seq) AS seq FROM audit_log WHERE action = 'audit.export'")
      const exported = res.body.trim().split('\n').map((line) => JSON.parse(line)).filter((line) => line.type === 'entry').map((line) => line.entry)
      return exported.some((entry) => entry.seq === Number(own.seq) && entry.action === 'audit.export')
    }
    t.ok(await holdsOwnEntry(), 'from a replica replaying')
    await replica.query('SELECT pg_wal_replay_pause()')
    t.ok(await holdsOwnEntry(), 'from a paused one (the primary answers)')
    await replica.query('SELECT pg_wal_replay_resume()')
  })

  t.test('a statement that fails on the replica fails; only an unreachable replica sends it to the primary', async (t) => {
    const replicaStore = async (statementTimeoutMs?: number) => {
      const opened = await openStore({ databaseUrl: parts.databaseReadUrl, dataDir: '', statementTimeoutMs })
      t.teardown(() => opened.close())
      const reads = new AuditorReads(store, { store: opened, maxLagSeconds: 30 })
      t.match(await reads.probe(), { state: 'ok' })
      return reads
    }
    const failure = async (reads: AuditorReads, sql: string) => {
      const err = await reads.query(sql).then(() => undefined, (err: unknown) => err)
      t.type(err, StoreUnavailable, 'answered as the store\'s failure (503)')
      t.equal(reads.health?.state, 'ok', 'the replica still serves')
      return (err as { cause?: { code?: string } }).cause?.code
    }

    const timed = await replicaStore(200)
    t.equal(await failure(timed, 'SELECT pg_sleep(2)'), '57014', 'a statement timeout')

    // A query holding a table that the primary drops: replay cancels it once it has waited max_standby_streaming_delay.
    await store.query('CREATE TABLE recovery_conflict (n int)')
    t.teardown(() => store.query('DROP TABLE IF EXISTS recovery_conflict'))
    await replica.query("ALTER SYSTEM SET max_standby_streaming_delay = '100ms'")
    await replica.query('SELECT pg_reload_conf()')
    t.teardown(async () => { await replica.query('ALTER SYSTEM RESET max_standby_streaming_delay'); await replica.query('SELECT pg_reload_conf()') })
    await until(async () => (await replica.query("SELECT to_regclass('recovery_conflict') AS t")).rows[0].t || undefined, 'the table replayed')
    const reads = await replicaStore()
    const held = failure(reads, 'SELECT count(*), pg_sleep(30) FROM recovery_conflict')
    await until(async () => (await replica.query("SELECT 1 FROM pg_stat_activity WHERE query LIKE '%FROM recovery_conflict' AND wait_event = 'PgSleep'")).rows[0], 'the query under way')
    await store.query('DROP TABLE recovery_conflict')
    t.equal(await held, '40001', 'a conflict with recovery')

    // The replica's session ends under the query (57P01, as at a shutdown): the primary answers it.
    const whereAmI = 'SELECT pg_is_in_recovery() AS standby FROM pg_sleep(CASE WHEN pg_is_in_recovery() THEN 30 ELSE 0 END)'
    const answered = reads.query<{ standby: boolean }>(whereAmI)
    await until(async () => (await replica.query("SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity WHERE query LIKE 'SELECT pg_is_in_recovery() AS standby FROM pg_sleep%'")).rows[0]?.ended || undefined, 'the session ended')
    t.same((await answered).rows, [{ standby: false }], 'answered by the primary')
    t.equal(reads.health?.state, 'down', 'until a probe finds the replica again')
    t.match(await reads.probe(), { state: 'ok' })
  })

  t.test('a stopped replica sends the reads to the primary, degraded; they return with it', async (t) => {
    await replica.end()
    await parts.postgres.replica!.stop()
    const third = await prefill()
    t.ok((await audited()).includes(third), 'the primary answers the query at once')
    const down = await until(async () => { const r = await ready(); return r.body.checks.replica === 'down' ? r : undefined }, 'the replica down in /readyz')
    t.equal(down.status, 200)
    t.equal(down.body.status, 'degraded')
    t.notOk(down.body.replica, 'no lag without a replica')
    await until(async () => /^gateway_db_replica_up 0$/m.test((await app.inject({ url: '/metrics', headers: auth(tokens.admin) })).body) || undefined, 'the replica down in /metrics, at the next probe')

    await parts.postgres.replica!.start()
    const back = await until(async () => { const r = await ready(); return r.body.checks.replica === 'ok' ? r : undefined }, 'the replica back in /readyz')
    t.equal(back.body.status, 'ready')
    const again = new pg.Client({ connectionString: parts.databaseReadUrl })
    await again.connect()
    t.teardown(() => again.end().catch(() => {}))
    await again.query('SELECT pg_wal_replay_pause()')
    const fourth = await prefill()
    t.notOk((await audited()).includes(fourth), 'the reads are on the replica again')
    await again.query('SELECT pg_wal_replay_resume()')
  })
})
