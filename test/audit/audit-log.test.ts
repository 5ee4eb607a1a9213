import { execFile } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import { promisify } from 'node:util'
import t, { type Test } from 'tap'
import { Pool } from 'undici'
import { compactVerify, createLocalJWKSet, generateKeyPair, CompactSign } from 'jose'
import { entryCanonical, chainHash, entryLeafHash, entryFromRow } from '../../src/audit/audit-entry.ts'
import { AuditReader, verifyLines } from '../../src/audit/audit-reader.ts'
import { leafHash, verifyConsistency, verifyInclusion } from '../../src/audit/merkle.ts'
import { StoreUnavailable } from '../../src/errors.ts'
import { migrate } from '../../src/store/migrate.ts'
import { openStore } from '../../src/store/store.ts'
import { citizenId } from '../../sandbox/subjects.ts'
import { startGateway } from '../../scripts/gateway-process.ts'
import { auth, redisUrl, tempDir, testDatabaseUrl, testGateway, testSandbox, tokens } from '../helpers/infra.ts'

const run = promisify(execFile)
const until = async (check: () => Promise<boolean>) => {
  for (let i = 0; i < 100 && !(await check()); i++) await new Promise((resolve) => setTimeout(resolve, 50))
}

t.test('the chain, its checkpoints and proofs, and what tampering looks like', async (t) => {
  const { app, store } = await testGateway(t, { store: 'pg', config: { auditCheckpointEvery: 10, auditCheckpointSeconds: 3600 } })
  for (let n = 0; n < 25; n++) {
    const res = await app.inject({ method: 'POST', url: '/v1/prefill', headers: { ...auth(tokens.portal), traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' }, payload: { procedure: '1.004194', subject: { type: 'citizen', id: citizenId(n) } } })
    t.equal(res.statusCode, 200)
  }
  await until(async () => (await app.checkpoints.list()).length >= 2)
  await app.checkpoints.create()
  const checkpoints = (await app.inject({ method: 'GET', url: '/v1/audit/checkpoints', headers: auth(tokens.auditor) })).json().checkpoints
  t.ok(checkpoints.length >= 3, `${checkpoints.length} checkpoints`)
  const jwks = (await app.inject({ method: 'GET', url: '/.well-known/jwks.json' })).json()
  for (const cp of checkpoints) {
    const { payload } = await compactVerify(cp.jws, createLocalJWKSet(jwks))
    t.same(JSON.parse(Buffer.from(payload).toString()), { treeSize: cp.treeSize, root: cp.root, chainHead: cp.chainHead, at: cp.at }, `checkpoint ${cp.treeSize} is signed`)
  }

  const first = (await app.inject({ method: 'GET', url: '/v1/audit?limit=1', headers: auth(tokens.auditor) })).json().entries[0]
  t.equal(first.traceId, '4bf92f3577b34da6a3ce929d0e0e4736', 'the caller\'s W3C trace id is kept')
  t.match(first.legalBasis, /Luật Căn cước/)

  const verified = (await app.inject({ method: 'GET', url: '/v1/audit/verify', headers: auth(tokens.auditor) })).json()
  t.equal(verified.ok, true)
  t.equal(verified.checkpoints, checkpoints.length)

  t.test('an inclusion proof verifies against a checkpoint with the entry alone', async (t) => {
    const proof = (await app.inject({ method: 'GET', url: '/v1/audit/entries/7/proof', headers: auth(tokens.auditor) })).json()
    const leaf = leafHash(Buffer.from(entryCanonical(proof.entry)))
    t.equal(leaf.toString('hex'), proof.leafHash)
    t.ok(verifyInclusion(proof.leafIndex, proof.checkpoint.treeSize, leaf, proof.proof.map((h: string) => Buffer.from(h, 'hex')), Buffer.from(proof.checkpoint.root, 'hex')))
    const altered = leafHash(Buffer.from(entryCanonical({ ...proof.entry, purpose: 'khác' })))
    t.notOk(verifyInclusion(proof.leafIndex, proof.checkpoint.treeSize, altered, proof.proof.map((h: string) => Buffer.from(h, 'hex')), Buffer.from(proof.checkpoint.root, 'hex')), 'an altered entry does not')
    const missing = await app.inject({ method: 'GET', url: '/v1/audit/entries/99999/proof', headers: auth(tokens.auditor) })
    t.equal(missing.json().code, 'GW_AUDIT_PROOF_UNAVAILABLE')
  })

  t.test('a consistency proof links two checkpoints', async (t) => {
    const [a, b] = [checkpoints[0], checkpoints[checkpoints.length - 1]]
    const proof = (await app.inject({ method: 'GET', url: `/v1/audit/consistency?from=${a.treeSize}&to=${b.treeSize}`, headers: auth(tokens.auditor) })).json()
    const hex = (h: string) => Buffer.from(h, 'hex')
    t.ok(verifyConsistency(a.treeSize, b.treeSize, hex(a.root), hex(b.root), proof.proof.map(hex)))
    t.notOk(verifyConsistency(a.treeSize, b.treeSize, hex(b.root), hex(b.root), proof.proof.map(hex)), 'not with another root')

    // The store failing while the proof's leaves are read is the store's failure, not a proof that does not exist.
    const query = store.query
    t.teardown(() => { store.query = query })
    store.query = ((sql: string, params?: unknown[]) => sql.includes('leaf_hash') ? Promise.reject(new StoreUnavailable()) : query(sql, params)) as typeof store.query
    const failed = await app.inject({ method: 'GET', url: `/v1/audit/consistency?from=${a.treeSize}&to=${b.treeSize}`, headers: auth(tokens.auditor) })
    t.match({ status: failed.statusCode, body: failed.json() }, { status: 503, body: { code: 'GW_STORE_UNAVAILABLE' } }, 'a store failing mid-proof is a 503, not a 404')
  })

  t.test('queries by subject, client, agency, action; cursor pages; reads are logged', async (t) => {
    const bySubject = (await app.inject({ method: 'GET', url: `/v1/audit?subjectId=${citizenId(3)}`, headers: auth(tokens.auditor) })).json()
    t.equal(bySubject.entries.length, 1)
    t.equal(bySubject.entries[0].procedure, '1.004194')
    t.notOk(JSON.stringify(bySubject).includes(citizenId(3)), 'the id is hashed server-side, never returned')
    const byAgency = (await app.inject({ method: 'GET', url: '/v1/audit?agency=BCA&action=prefill', headers: auth(tokens.auditor) })).json()
    t.equal(byAgency.entries.length, 25)
    t.equal((await app.inject({ method: 'GET', url: '/v1/audit?agency=BHXH', headers: auth(tokens.auditor) })).json().entries.length, 0)
    const page1 = (await app.inject({ method: 'GET', url: '/v1/audit?client=portal-dvc&limit=10', headers: auth(tokens.auditor) })).json()
    const page2 = (await app.inject({ method: 'GET', url: `/v1/audit?client=portal-dvc&limit=10&cursor=${page1.nextCursor}`, headers: auth(tokens.auditor) })).json()
    t.equal(page1.entries.length, 10)
    t.equal(page2.entries[0].seq, page1.entries[9].seq + 1)
    const reads = (await app.inject({ method: 'GET', url: '/v1/audit?action=audit.query', headers: auth(tokens.auditor) })).json()
    t.ok(reads.entries.length >= 5, 'the auditor\'s own queries are in the log')
    t.ok(reads.entries.some((e: any) => e.detail.filters.includes('subject')))
    t.equal((await app.inject({ method: 'GET', url: '/v1/audit', headers: auth(tokens.portal) })).json().code, 'GW_ROLE_FORBIDDEN')
    t.equal((await app.inject({ method: 'GET', url: '/v1/audit?subjectId=123', headers: auth(tokens.auditor) })).json().code, 'GW_SUBJECT_ID_INVALID')
  })

  t.test('the export, a proof and a consistency proof verify offline with the command-line verifier', async (t) => {
    const dir = await tempDir(t)
    const text = (await app.inject({ method: 'GET', url: '/v1/audit/export', headers: auth(tokens.auditor) })).body
    t.equal(JSON.parse(text.split('\n')[0]).type, 'header')
    await writeFile(`${dir}/export.ndjson`, text)
    await writeFile(`${dir}/jwks.json`, JSON.stringify(jwks))
    const proof = (await app.inject({ method: 'GET', url: '/v1/audit/entries/12/proof', headers: auth(tokens.auditor) })).body
    await writeFile(`${dir}/proof.json`, proof)
    const consistency = (await app.inject({ method: 'GET', url: `/v1/audit/consistency?from=${checkpoints[0].treeSize}`, headers: auth(tokens.auditor) })).body
    await writeFile(`${dir}/consistency.json`, consistency)
    const cli = (...args: string[]) => run(process.execPath, ['--import=tsx', 'scripts/audit-verify.ts', ...args, '--jwks', `${dir}/jwks.json`]).then((r) => r.stdout, (e) => `exit ${e.code}: ${e.stdout}`)
    t.match(await cli(`${dir}/export.ndjson`), /^OK: \d+ entries, \d+ checkpoints, tree size \d+, root [0-9a-f]{64}\n$/)
    t.match(await cli('--proof', `${dir}/proof.json`), /^OK: entry 12 is in the log of size \d+/)
    t.match(await cli('--consistency', `${dir}/consistency.json`), /^OK: the log of size \d+ extends the log of size 10/)
    await writeFile(`${dir}/tampered.ndjson`, text.replace('"seq":4,', '"seq":4,"purpose":"x",'))
    t.match(await cli(`${dir}/tampered.ndjson`), /^exit 1: FAIL: first bad entry 4 \(altered\)/)
    const forged = JSON.parse(proof)
    forged.entry.purpose = 'khác'
    await writeFile(`${dir}/forged-proof.json`, JSON.stringify(forged))
    t.match(await cli('--proof', `${dir}/forged-proof.json`), /^exit 1: FAIL: entry 12 is not in the tree/)
  })

  // Each case breaks the stored log one way, checks both verify paths, and puts it back.
  const reader = new AuditReader(store)
  const bothPaths = async (t: Test, expected: { seq: number, reason: string }) => {
    const server = (await app.inject({ method: 'GET', url: '/v1/audit/verify', headers: auth(tokens.auditor) })).json()
    t.same({ seq: server.firstBad?.seq, reason: server.firstBad?.reason }, expected, 'GET /v1/audit/verify')
    const offline = (await verifyLines(reader.export(), jwks)).report()
    t.same({ seq: offline.firstBad?.seq, reason: offline.firstBad?.reason }, expected, 'the offline verifier')
  }
  const row = async (seq: number) => (await store.query<any>('SELECT * FROM audit_log WHERE seq = $1', [seq])).rows[0]

  t.test('an edited entry', async (t) => {
    await store.query("UPDATE audit_log SET purpose = 'sửa' WHERE seq = 5")
    await bothPaths(t, { seq: 5, reason: 'altered' })
    await store.query('UPDATE audit_log SET purpose = NULL WHERE seq = 5')
  })

  t.test('a deleted entry', async (t) => {
    const saved = await row(7)
    await store.query('DELETE FROM audit_log WHERE seq = 7')
    await bothPaths(t, { seq: 7, reason: 'missing' })
    await store.query('INSERT INTO audit_log SELECT * FROM json_populate_record(null::audit_log, $1)', [JSON.stringify(saved)])
  })

  t.test('two entries swapped', async (t) => {
    await store.query('UPDATE audit_log SET seq = -1 WHERE seq = 8')
    await store.query('UPDATE audit_log SET seq = 8 WHERE seq = 9')
    await store.query('UPDATE audit_log SET seq = 9 WHERE seq = -1')
    await bothPaths(t, { seq: 8, reason: 'reordered' })
    await store.query('UPDATE audit_log SET seq = -1 WHERE seq = 8')
    await store.query('UPDATE audit_log SET seq = 8 WHERE seq = 9')
    await store.query('UPDATE audit_log SET seq = 9 WHERE seq = -1')
  })

  t.test('an entry rewritten with fresh hashes after it', async (t) => {
    const saved = await store.query<any>('SELECT seq, purpose, prev_hash, hash, leaf_hash FROM audit_log WHERE seq >= 3 ORDER BY seq')
    let prev = (await row(2)).hash
    for (const r of (await store.query<any>('SELECT * FROM audit_log WHERE seq >= 3 ORDER BY seq')).rows) {
      const entry = entryFromRow(r)
      if (entry.seq === 3) entry.purpose = 'viết lại'
      const canonical = entryCanonical(entry)
      const hash = chainHash(prev, canonical)
      await store.query('UPDATE audit_log SET purpose = $2, prev_hash = $3, hash = $4, leaf_hash = $5 WHERE seq = $1', [entry.seq, entry.purpose ?? null, prev, hash, entryLeafHash(canonical).toString('hex')])
      prev = hash
    }
    await store.query('UPDATE audit_head SET hash = $1', [prev])
    await bothPaths(t, { seq: 1, reason: 'checkpoint-mismatch' })
    for (const r of saved.rows) await store.query('UPDATE audit_log SET purpose = $2, prev_hash = $3, hash = $4, leaf_hash = $5 WHERE seq = $1', [r.seq, r.purpose, r.prev_hash, r.hash, r.leaf_hash])
    // The verify call above appended its own entry onto the rewritten head: take it out with the rewrite.
    const last = saved.rows[saved.rows.length - 1]
    await store.query('DELETE FROM audit_log WHERE seq > $1', [last.seq])
    await store.query('DELETE FROM audit_checkpoints WHERE tree_size > $1', [last.seq])
    await store.query('UPDATE audit_head SET seq = $1, hash = $2', [last.seq, last.hash])
  })

  t.test('a forged checkpoint', async (t) => {
    const cp = checkpoints[0]
    const { privateKey } = await generateKeyPair('ES256')
    const forged = await new CompactSign(Buffer.from(JSON.stringify({ treeSize: cp.treeSize, root: cp.root, chainHead: cp.chainHead, at: cp.at }))).setProtectedHeader({ alg: 'ES256', kid: cp.kid, typ: 'oog-checkpoint+jws' }).sign(privateKey)
    await store.query('UPDATE audit_checkpoints SET jws = $2 WHERE tree_size = $1', [cp.treeSize, forged])
    await bothPaths(t, { seq: cp.treeSize, reason: 'bad-signature' })
    await store.query('UPDATE audit_checkpoints SET jws = $2 WHERE tree_size = $1', [cp.treeSize, cp.jws])
  })

  t.test('put back, the log verifies again', async (t) => {
    t.equal((await app.inject({ method: 'GET', url: '/v1/audit/verify', headers: auth(tokens.auditor) })).json().ok, true)
  })
})

t.test('proofs in a log of thousands of entries come from checkpoint frontiers and small blocks of leaves', async (t) => {
  const { app, store } = await testGateway(t, { store: 'pg', config: { auditCheckpointSeconds: 3600 } })
  const append = (from: number, count: number) => Promise.all(Array.from({ length: count }, (_, i) => app.audit.append({ requestId: `bulk-${from + i}`, traceId: '0'.repeat(32), clientId: 'auditor-ttcp', role: 'auditor', action: 'audit.query', result: 'ok' })))
  const checkpoints = []
  for (let from = 0; from < 5500; from += 250) {
    await append(from, 250)
    checkpoints.push((await app.checkpoints.create())!)
  }
  let leavesRead = 0
  const query = store.query.bind(store)
  store.query = (async (sql: string, params?: unknown[]) => {
    const result = await query(sql, params)
    if (sql.includes('leaf_hash')) leavesRead += result.rows.length
    return result
  }) as typeof store.query
  const last = checkpoints[checkpoints.length - 1]
  for (const seq of [1, 1024, 1025, 2048, 2100, 3333, 4097, last.treeSize]) {
    leavesRead = 0
    const proof = await app.auditReader.inclusion(seq, last.treeSize)
    t.ok(verifyInclusion(proof!.leafIndex, last.treeSize, leafHash(Buffer.from(entryCanonical(proof!.entry))), proof!.proof.map((h: string) => Buffer.from(h, 'hex')), Buffer.from(last.root, 'hex')), `entry ${seq} of ${last.treeSize}`)
    t.ok(leavesRead <= 4 * 250, `${leavesRead} of ${last.treeSize} leaf hashes read (checkpoints every 250)`)
  }
  store.query = query
  for (const [a, b] of [[0, 21], [3, 12], [20, 21]]) {
    const proof = await app.auditReader.consistency(checkpoints[a].treeSize, checkpoints[b].treeSize)
    t.ok(verifyConsistency(checkpoints[a].treeSize, checkpoints[b].treeSize, Buffer.from(checkpoints[a].root, 'hex'), Buffer.from(checkpoints[b].root, 'hex'), proof!.proof.map((h: string) => Buffer.from(h, 'hex'))), `consistency ${checkpoints[a].treeSize} to ${checkpoints[b].treeSize}`)
  }
})

t.test('three processes appending at once keep one valid chain', async (t) => {
  const url = await testDatabaseUrl(t)
  const store = await openStore({ databaseUrl: url, dataDir: '' })
  t.teardown(() => store.close())
  await migrate(store)
  await Promise.all(['a', 'b', 'c'].map((name) => run(process.execPath, ['--import=tsx', 'test/helpers/append-worker.ts', url, name, '300'])))
  const { rows } = await store.query<{ n: string, max: string }>('SELECT count(*) AS n, max(seq) AS max FROM audit_log')
  t.same([Number(rows[0].n), Number(rows[0].max)], [900, 900], 'one contiguous sequence')
  const report = (await verifyLines(new AuditReader(store).export(), { keys: [] })).report()
  t.equal(report.ok, true, 'the chain verifies')
  t.equal(report.entries, 900)
})

/** Starts src/server.ts as its own process on a fresh database. */
async function startGatewayProcess (t: Test) {
  const url = await testDatabaseUrl(t)
  const sandbox = await testSandbox(t)
  const { child: gateway, port } = await startGateway({
    NODE_ENV: 'test',
    DATABASE_URL: url,
    REDIS_URL: redisUrl(),
    DATA_DIR: await tempDir(t),
    LOG_LEVEL: 'info',
    ADAPTER_VARS: Object.entries(sandbox.vars).map(([k, v]) => `${k}=${v}`).join(','),
    // Headroom for slowed sources: the SIGTERM test keeps requests in flight on purpose.
    DEFAULT_DEADLINE_MS: '5000',
    // A process starved of CPU by the other tests runs late too: no load shedding (see infra.ts).
    MAX_EVENT_LOOP_DELAY_MS: '0'
  })
  return { url, sandbox, gateway, port }
}

t.test('a gateway stopped with SIGTERM finishes the requests in flight and their audit entries', async (t) => {
  const { url, sandbox, gateway, port } = await startGatewayProcess(t)
  sandbox.sources.population.faults = { latencyMs: 400 }
  const pool = new Pool(`http://127.0.0.1:${port}`, { connections: 10 })
  t.teardown(() => pool.destroy())
  const asked = sandbox.sources.population.requests
  const inFlight = Array.from({ length: 10 }, (_, i) => pool.request({ method: 'POST', path: '/v1/prefill', headers: { ...auth(tokens.portal), 'content-type': 'application/json' }, body: JSON.stringify({ procedure: '1.004194', subject: { type: 'citizen', id: citizenId(i) } }) })
    .then(async (res) => ({ status: res.statusCode, body: await res.body.json() as any })))
  // In flight: every request has reached its (slowed) source, however busy the machine.
  await until(async () => sandbox.sources.population.requests - asked >= 10)
  const exited = new Promise<number | null>((resolve) => gateway.once('exit', resolve))
  gateway.kill('SIGTERM')
  const answers = await Promise.all(inFlight)
  t.same(answers.map((a) => a.status), Array(10).fill(200), 'every request in flight is answered')
  t.same(answers.map((a) => a.body.fields['/fullName'].status), Array(10).fill('filled'))
  t.equal(await exited, 0, 'then the process exits cleanly')
  const store = await openStore({ databaseUrl: url, dataDir: '' })
  t.teardown(() => store.close())
  const { rows } = await store.query<{ seq: string }>('SELECT seq FROM audit_log WHERE seq = ANY($1::bigint[])', [answers.map((a) => a.body.audit.entry)])
  t.equal(rows.length, 10, 'and every answer has its audit entry')
})

t.test('a gateway killed with SIGKILL under load: every 2xx has its entry and the chain verifies', async (t) => {
  const { url, gateway, port } = await startGatewayProcess(t)
  const pool = new Pool(`http://127.0.0.1:${port}`, { connections: 16 })
  t.teardown(() => pool.destroy())
  const ok: number[] = []
  const load = { running: true }
  const worker = async (w: number) => {
    for (let i = 0; load.running; i++) {
      try {
        const res = await pool.request({ method: 'POST', path: '/v1/prefill', headers: { ...auth(tokens.portal), 'content-type': 'application/json' }, body: JSON.stringify({ procedure: '1.004194', subject: { type: 'citizen', id: citizenId(w * 1000 + i) } }) })
        const body = await res.body.json() as any
        if (res.statusCode === 200) ok.push(body.audit.entry)
      } catch { break }
    }
  }
  const workers = Array.from({ length: 8 }, (_, w) => worker(w))
  await new Promise((resolve) => setTimeout(resolve, 1500))
  gateway.kill('SIGKILL')
  load.running = false
  await Promise.all(workers)
  t.ok(ok.length > 20, `${ok.length} prefills answered 200 before the kill`)

  const store = await openStore({ databaseUrl: url, dataDir: '' })
  t.teardown(() => store.close())
  const { rows } = await store.query<{ seq: string }>('SELECT seq FROM audit_log WHERE seq = ANY($1::bigint[])', [ok])
  t.equal(rows.length, ok.length, 'every 2xx has its audit entry')
  const report = (await verifyLines(new AuditReader(store).export(), { keys: [] })).report()
  t.equal(report.ok, true, 'the chain verifies after the crash')
})
