import canonicalize from 'canonicalize'
import { randomBytes } from 'node:crypto'
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { pathToFileURL } from 'node:url'
import t from 'tap'
import { freePort } from '../../scripts/gateway-process.ts'
import { buildApp } from '../../src/app.ts'
import { AuditLog, type AuditEntry } from '../../src/audit/audit-log.ts'
import { chainHash, entryCanonical, entryFromRow, entryLeafHash } from '../../src/audit/audit-entry.ts'
import { loadConfig } from '../../src/config.ts'
import { migrate } from '../../src/store/migrate.ts'
import { isUnreachable, openStore, type QueryOptions, type Store } from '../../src/store/store.ts'
import { redisUrl, storeKinds, tempDir, testDatabaseUrl, testStore, until } from '../helpers/infra.ts'

for (const kind of storeKinds) {
  t.test(`store on ${kind}`, async (t) => {
    const store = await testStore(t, kind)
    t.equal(store.kind, kind)

    t.test('migrations are applied once', async (t) => {
      await migrate(store)
      t.same(await migrate(store), [], 'a second run applies nothing')
      const { rows } = await store.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name')
      const files = (await readdir(new URL('../../src/store/migrations/', import.meta.url))).filter((f) => f.endsWith('.sql')).sort()
      t.ok(files.length >= 9)
      t.same(rows.map((r) => r.name), files, 'every migration file, once')
    })

    t.test('a migration whose function body holds semicolons is applied whole', async (t) => {
      const dir = await mkdtemp(join(tmpdir(), 'migrations-'))
      t.teardown(() => rm(dir, { recursive: true, force: true }))
      await writeFile(join(dir, '900_function.sql'), `CREATE FUNCTION twice_${kind} (x int) RETURNS int LANGUAGE plpgsql AS $$
BEGIN
  x := x * 2;
  RETURN x;
END;
$$;
CREATE TABLE twice_${kind}_results (n int);
`)
      t.same(await migrate(store, pathToFileURL(dir + '/')), ['900_function.sql'])
      const { rows } = await store.query<{ n: number }>(`SELECT twice_${kind}(21) AS n`)
      t.equal(rows[0].n, 42)
    })

    t.test('a failed transaction leaves nothing behind', async (t) => {
      await t.rejects(store.transaction(async (tx) => {
        await tx.query("INSERT INTO forms (id, version, body, digest, registered_by) VALUES ('1.000000', 1, '{}', 'd', 't')")
        throw new Error('boom')
      }), /boom/)
      const { rows } = await store.query('SELECT * FROM forms WHERE id = $1', ['1.000000'])
      t.equal(rows.length, 0)
    })

    t.test('audit appends are ordered and durable', async (t) => {
      const audit = new AuditLog(store)
      const seqs = await Promise.all(Array.from({ length: 20 }, (_, i) => audit.append({
        requestId: `r${i}`, clientId: 'c', role: 'portal', action: 'prefill', fields: ['/a'], sources: [{ id: 's', agency: 'A', outcome: 'found' }], result: 'ok'
      })))
      t.same(seqs, Array.from({ length: 20 }, (_, i) => i + 1), 'sequence numbers follow the order of the appends')
      const { rows } = await store.query<{ n: string }>('SELECT count(*) AS n FROM audit_log')
      t.equal(Number(rows[0].n), 20)
    })

    t.test('the database chains each entry exactly as audit-entry.ts hashes it', async (t) => {
      const audit = new AuditLog(store)
      const entries: AuditEntry[] = [
        { requestId: 'bare', clientId: 'c', role: 'portal', action: 'prefill', result: 'ok' },
        {
          requestId: 'full',
          traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
          clientId: 'portal-dvc',
          role: 'portal',
          action: 'prefill',
          subjectHmac: 'h'.repeat(43),
          subjectMasked: '001*******45',
          procedure: '1.004194',
          version: 3,
          purpose: 'Đăng ký "khai sinh" \\ 😀',
          legalBasis: 'Luật Căn cước 2023, Điều 15',
          sources: [{ id: 's', agency: 'BCA', outcome: 'unavailable', reason: 'SOURCE_TIMEOUT' }],
          fields: ['/a', '/b"c'],
          receiptId: 'rcpt_1',
          detail: { status: 'complete', denied: ['/ä'] },
          result: 'ok'
        },
        { requestId: 'rejected', clientId: 'c', role: 'portal', action: 'submission.check', detail: { reason: '\u2028 line\nbreak' }, result: 'reject' },
        // Names that UTF-16 and code points order differently, control characters, a nested null (kept, unlike a member's).
        { requestId: 'order', clientId: 'c', role: 'portal', action: 'prefill', detail: { '\uffff': 1, '😀': 2, ä: { nested: null }, control: '\u0001\u001f\u007f' }, result: 'ok' }
      ]
      const seqs = await Promise.all(entries.map((entry) => audit.append(entry)))
      const { rows } = await store.query<Parameters<typeof entryFromRow>[0] & { prev_hash: string, hash: string, leaf_hash: string }>('SELECT * FROM audit_log WHERE seq = ANY($1) ORDER BY seq', [seqs])
      t.equal(rows.length, entries.length)
      for (const row of rows) {
        const entry = entryFromRow(row)
        const canonical = entryCanonical(entry)
        t.equal(canonical, canonicalize(entry), `${entry.requestId}: RFC 8785, as its reference implementation writes it`)
        t.equal(row.hash, chainHash(row.prev_hash, canonical), `${entry.requestId}: the chain link`)
        t.equal(row.leaf_hash, entryLeafHash(canonical).toString('hex'), `${entry.requestId}: the Merkle leaf`)
      }
      t.same(rows.slice(1).map((row) => row.prev_hash), rows.slice(0, -1).map((row) => row.hash), 'each links to the one before')
    })

    t.test("the audit writer hands the next batch to the store before it answers the last batch's appends", async (t) => {
      // So that the database writes the next batch while the last one's requests are answered, not after.
      const events: string[] = []
      // The first batch is held until the next appends wait behind it.
      let release = () => {}
      const held = new Promise<void>((resolve) => { release = resolve })
      const query: Store['query'] = async (sql, params, options) => {
        if (sql.includes('audit_chain')) {
          events.push(`batch of ${JSON.parse(String(params![0])).length}`)
          if (events.length === 1) await held
        }
        return store.query(sql, params, options)
      }
      const audit = new AuditLog({ ...store, query })
      const append = (requestId: string) => audit.append({ requestId, clientId: 'c', role: 'portal', action: 'prefill', result: 'ok' })
      const first = append('first').then((seq) => { events.push('first answered'); return seq })
      await new Promise(setImmediate)
      const next = [append('second'), append('third')]
      release()
      const seqs = await Promise.all([first, ...next])
      t.same(events, ['batch of 1', 'batch of 2', 'first answered'])
      t.same(seqs.map((seq) => seq - seqs[0]), [0, 1, 2], 'in the order appended')
    })

    t.test('an audit flush returns only once every append before it is answered', async (t) => {
      // A flush may come at any moment after a batch's statement returned: at each microtask after that.
      let release = () => {}
      const held = new Promise<void>((resolve) => { release = resolve })
      const query = async <T>(sql: string, params?: unknown[], options?: QueryOptions) => {
        const result = await store.query<T>(sql, params, options)
        if (sql.includes('audit_chain')) await held
        return result
      }
      const audit = new AuditLog({ ...store, query })
      let answered = false
      const appended = audit.append({ requestId: 'flushed', clientId: 'c', role: 'portal', action: 'prefill', result: 'ok' }).then(() => { answered = true })
      await new Promise(setImmediate)
      release()
      const flushes: Array<Promise<boolean>> = []
      for (let i = 0; i < 20; i++) {
        flushes.push(audit.flush().then(() => answered))
        await null
      }
      await appended
      t.same(await Promise.all(flushes), flushes.map(() => true))
    })

    t.test('an entry the database refuses fails alone; the rest of its batch is written in order, without a gap', async (t) => {
      const audit = new AuditLog(store)
      const append = (requestId: string, version = 1) => audit.append({ requestId, clientId: 'c', role: 'portal', action: 'prefill', version, result: 'ok' })
      // A version past PostgreSQL's integer: refused by the database alone (SQLSTATE 22003), in the same batch as the others.
      const [first, refused, last] = await Promise.allSettled([append('before'), append('refused', 2 ** 40), append('after')])
      t.match(refused, { status: 'rejected', reason: { code: 'GW_AUDIT_UNAVAILABLE' } })
      t.equal(first.status, 'fulfilled')
      t.equal(last.status, 'fulfilled')
      const [a, b] = [first, last].map((r) => (r as PromiseFulfilledResult<number>).value)
      t.equal(b, a + 1, 'the refused entry takes no sequence number')
      const { rows } = await store.query<{ request_id: string }>('SELECT request_id FROM audit_log WHERE seq >= $1 ORDER BY seq', [a])
      t.same(rows.map((r) => r.request_id), ['before', 'after'])
    })

    t.test("an entry's time is the database clock, never earlier than the chain head's", async (t) => {
      const audit = new AuditLog(store)
      const append = (requestId: string) => audit.append({ requestId, clientId: 'c', role: 'portal', action: 'prefill', result: 'ok' })
      const timeOf = async (seq: number) => (await store.query<{ at: Date }>('SELECT at FROM audit_log WHERE seq = $1', [seq])).rows[0].at.getTime()
      const before = Date.now()
      const now = await timeOf(await append('clock'))
      t.ok(now >= before - 1000 && now <= Date.now() + 1000, 'the clock, when the head is older')
      // As if another process with a clock ahead had written last.
      const ahead = new Date(Date.now() + 3600_000)
      await store.query('UPDATE audit_head SET at = $1 WHERE id = 1', [ahead])
      t.equal(await timeOf(await append('after-ahead')), ahead.getTime(), "the head's time, when the clock is behind it")
      const head = (await store.query<{ at: Date }>('SELECT at FROM audit_head WHERE id = 1')).rows[0]
      t.equal(head.at.getTime(), ahead.getTime(), 'the head keeps the last time')
    })

    t.test('an audit append on a closed store fails with GW_AUDIT_UNAVAILABLE', async (t) => {
      const other = await testStore(t, kind)
      await migrate(other)
      await other.close()
      await t.rejects(new AuditLog(other).append({ requestId: 'r', clientId: 'c', role: 'portal', action: 'prefill', result: 'ok' }), { code: 'GW_AUDIT_UNAVAILABLE', statusCode: 503 })
    })

    t.test('a store that cannot serve fails with GW_STORE_UNAVAILABLE; a wrong statement stays a bug', async (t) => {
      await t.rejects(store.query('SELEC 1'), { code: '42601' }, 'a syntax error is not the database being down')
      await t.rejects(store.transaction((tx) => tx.query("INSERT INTO schema_migrations (name) VALUES ('twice.sql'), ('twice.sql')")), { code: '23505' }, 'nor is a constraint violation')
      const closed = await testStore(t, kind)
      await closed.close()
      await t.rejects(closed.query('SELECT 1'), { code: 'GW_STORE_UNAVAILABLE', statusCode: 503 }, 'a query')
      await t.rejects(closed.exec('SELECT 1'), { code: 'GW_STORE_UNAVAILABLE', statusCode: 503 }, 'a script')
      await t.rejects(closed.transaction((tx) => tx.query('SELECT 1')), { code: 'GW_STORE_UNAVAILABLE', statusCode: 503 }, 'a transaction')
    })
  })
}

t.test('on PostgreSQL, a lost or refused connection is GW_STORE_UNAVAILABLE', async (t) => {
  const store = await testStore(t, 'pg')
  // As an operator or a failover would: the server ends the backend under a running statement (57P01).
  const terminate = async (sql: string) => {
    await until(async () => (await store.query<{ ok: boolean }>('SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE query = $1 AND pid <> pg_backend_pid()', [sql])).rows[0]?.ok, `${sql} to run`)
  }
  const sleeping = t.rejects(store.query('SELECT pg_sleep(30)'), { code: 'GW_STORE_UNAVAILABLE', statusCode: 503, cause: { code: '57P01' } }, 'a query')
  await terminate('SELECT pg_sleep(30)')
  await sleeping
  const inTransaction = t.rejects(store.transaction(async (tx) => { await tx.query('SELECT 1'); await tx.query('SELECT pg_sleep(31)') }),
    { code: 'GW_STORE_UNAVAILABLE', cause: { code: '57P01' } }, 'a statement of a transaction, without crashing the process')
  await terminate('SELECT pg_sleep(31)')
  await inTransaction
  t.same((await store.query('SELECT 1 AS one')).rows, [{ one: 1 }], 'the pool goes on with new connections')

  const refused = await openStore({ databaseUrl: `postgres://gateway@127.0.0.1:${await freePort()}/none`, dataDir: '' })
  t.teardown(() => refused.close())
  await t.rejects(refused.query('SELECT 1'), { code: 'GW_STORE_UNAVAILABLE', cause: { code: 'ECONNREFUSED' } }, 'a server that refuses connections')
  t.ok(isUnreachable(await refused.query('SELECT 1').catch((err: Error) => err.cause)), 'is unreachable: another server may answer in its place')
})

t.test('on PostgreSQL, a statement past statementTimeoutMs is GW_STORE_UNAVAILABLE, its server still reachable', async (t) => {
  const store = await openStore({ databaseUrl: await testDatabaseUrl(t), dataDir: '', statementTimeoutMs: 100 })
  t.teardown(() => store.close())
  const timedOut = await store.query('SELECT pg_sleep(2)').catch((err: Error) => err)
  t.match(timedOut, { code: 'GW_STORE_UNAVAILABLE', statusCode: 503, cause: { code: '57014' } })
  t.notOk(isUnreachable((timedOut as Error).cause), 'the statement failed, not the server: run elsewhere, it would cost the same')
  t.same((await store.query('SELECT 1 AS one')).rows, [{ one: 1 }], 'shorter statements go on')
})

t.test('a first start on a new embedded database opens the store before any plugin timer runs, and says so', async (t) => {
  const dataDir = await tempDir(t)
  const logs: string[] = []
  const logStream = new Writable({ write (chunk, _encoding, done) { logs.push(String(chunk)); done() } })
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'info' }, { dataDir, redisUrl: redisUrl(), redisPrefix: `test:${randomBytes(6).toString('hex')}:` })
  // A plugin timer shorter than a first start, measured under this run's load rather than assumed: initdb
  // takes 4 s or more (the slowest plugin, the registry, about an eighth of that), and both stretch together
  // on a busy machine.
  const started = performance.now()
  await (await openStore({ dataDir: await tempDir(t) })).close()
  const pluginTimeoutMs = Math.round((performance.now() - started) / 2)
  const app = await buildApp(config, { logStream, pluginTimeoutMs })
  t.teardown(() => app.close())
  t.equal(app.store.kind, 'pglite')
  const messages = logs.map((line) => JSON.parse(line).msg)
  t.same(messages.slice(0, 4), [`initialising the embedded database in ${dataDir}/pglite (first start can take a minute)`, 'running migrations', 'migrations applied', 'store ready'])
})
