// The log's checkpoints cosigned by witnesses that no one here wrote against the gateway: each is a c2sp
// tlog-witness written from the spec alone (test/helpers/tlog-witness.ts), on its own port and state file,
// and what the gateway publishes is checked by the spec-only client (test/helpers/tlog-client.ts).
import { execFile } from 'node:child_process'
import { copyFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import canonicalize from 'canonicalize'
import t, { type Test } from 'tap'
import { auth, tempDir, testGateway, tokens, until, type StoreKind, type TestGateway } from '../helpers/infra.ts'
import { cosignatureTime, leafHashOf, openNote, parseCheckpoint, parseTlogProof, parseVkey, verifyTlogProof } from '../helpers/tlog-client.ts'
import { startWitness, type TestWitness } from '../helpers/tlog-witness.ts'

const origin = 'sharing-log.example.gov.vn/witnessed'

interface Witnessed { gw: TestGateway, vkey: string, witnesses: TestWitness[] }

/** Two witnesses trusting the log, and a gateway that needs both of them to publish. */
async function witnessed (t: Test, store: StoreKind = 'pg'): Promise<Witnessed> {
  const dir = await tempDir(t)
  const witnesses = await Promise.all(['witness-a.example/w1', 'witness-b.example/w2'].map((name, i) => startWitness(name, join(dir, `state-${i}.json`))))
  t.teardown(() => Promise.all(witnesses.map((w) => w.close())))
  const gw = await testGateway(t, {
    store,
    config: {
      auditLogOrigin: origin,
      auditCheckpointEvery: 1_000_000,
      auditCheckpointSeconds: 3600,
      auditWitnesses: witnesses.map((w) => ({ vkey: w.vkey, url: w.url })),
      auditWitnessQuorum: 2
    }
  })
  // As each witness's operator would: trust the log's origin and verifier key.
  const vkey = (await gw.app.inject({ method: 'GET', url: '/log/vkey' })).body
  for (const w of witnesses) w.trust(origin, vkey)
  return { gw, vkey, witnesses }
}

const append = (gw: TestGateway, count: number, clientId = 'auditor-ttcp') => Promise.all(Array.from({ length: count }, (_, i) =>
  gw.app.audit.append({ requestId: `req-${i}`, traceId: '0'.repeat(32), clientId, role: clientId === 'auditor-ttcp' ? 'auditor' : 'portal', action: 'audit.query', result: 'ok', detail: { n: i } })))

/** Appends and signs a checkpoint; returns its size. */
async function checkpoint (gw: TestGateway, count: number, clientId?: string): Promise<number> {
  await append(gw, count, clientId)
  return (await gw.app.checkpoints.create())!.treeSize
}

/** The published checkpoint as an outsider reads it: the log's signature checked, and each witness's cosignature. */
async function published ({ gw, vkey, witnesses }: Witnessed) {
  const note = (await gw.app.inject({ method: 'GET', url: '/log/checkpoint' })).body
  const { size, root } = parseCheckpoint(openNote(note, parseVkey(vkey)), origin)
  return { size, root, note, cosigned: witnesses.filter((w) => cosignatureTime(note, parseVkey(w.vkey, 0x04)) !== undefined).map((w) => w.name) }
}

const publishedSize = (log: Witnessed, size: number) => until(async () => (await published(log)).size === size ? true : undefined, `publication of size ${size}`)

t.test('with two witnesses and quorum 2, each published checkpoint carries both verifying cosignatures', async (t) => {
  const log = await witnessed(t, 'pglite')
  for (const count of [5, 300]) {
    const size = await checkpoint(log.gw, count)
    await publishedSize(log, size)
    const { cosigned, note } = await published(log)
    t.same(cosigned, ['witness-a.example/w1', 'witness-b.example/w2'], `size ${size}: both witnesses cosigned, verified by the spec-only client`)
    t.match(note, /\n\n— sharing-log\.example\.gov\.vn\/witnessed \S+\n— witness-a\.example\/w1 \S+\n— witness-b\.example\/w2 \S+\n$/, 'the cosignature lines follow the log\'s signature')
    t.same(log.witnesses.map((w) => w.state(origin)?.size), [size, size], 'each witness persisted the size it cosigned')
  }
  t.same(log.witnesses.map((w) => w.statuses), [[200, 200], [200, 200]], 'the second submission started from the first size, with a consistency proof the witnesses accepted')
  const { rows } = await log.gw.store.query<{ n: string }>('SELECT count(*) AS n FROM audit_cosignatures')
  t.equal(Number(rows[0].n), 4, 'cosignatures are kept in the store')

  const metrics = (await log.gw.app.inject({ method: 'GET', url: '/metrics', headers: auth(tokens.admin) })).body
  t.match(metrics, /gateway_witness_cosigned_size\{witness="witness-a.example\/w1"\} 305/)
  t.match(metrics, /gateway_witness_lag_entries\{witness="witness-b.example\/w2"\} 0/)
  const ready = (await log.gw.app.inject({ method: 'GET', url: '/readyz' })).json()
  t.same(ready.witnesses.map((w: { name: string, cosignedSize: number, up: boolean }) => [w.name, w.cosignedSize, w.up]), [['witness-a.example/w1', 305, true], ['witness-b.example/w2', 305, true]])
  t.equal(ready.status, 'ready')
})

t.test('with one witness down, publication waits at the last cosigned checkpoint and resumes when it is back', async (t) => {
  const log = await witnessed(t)
  const first = await checkpoint(log.gw, 4)
  await publishedSize(log, first)
  const [a, b] = log.witnesses
  await b.close()
  const second = await checkpoint(log.gw, 6)
  await until(async () => a.state(origin)?.size === second && log.gw.app.witnesses.health()[1].errors > 0 ? true : undefined, 'a cosigning and b failing')
  t.equal((await published(log)).size, first, 'one cosignature of two: the previous checkpoint is still the one served')
  const tile = await log.gw.app.inject({ method: 'GET', url: '/log/tile/0/000.p/10' })
  t.equal(tile.json().code, 'GW_LOG_TILE_UNPUBLISHED', 'nor are tiles of the unpublished size served')
  const ready = (await log.gw.app.inject({ method: 'GET', url: '/readyz' })).json()
  t.equal(ready.status, 'degraded', 'too few witnesses up to publish: degraded')
  t.match(ready.witnesses[1], { name: 'witness-b.example/w2', up: false, lag: second - first, lastError: /ECONNREFUSED|connect/ })
  t.match((await log.gw.app.inject({ method: 'GET', url: '/metrics', headers: auth(tokens.admin) })).body, /gateway_witness_errors_total\{witness="witness-b.example\/w2",reason="unreachable"\} [1-9]/)

  await b.restart()
  await publishedSize(log, second)
  t.same((await published(log)).cosigned, ['witness-a.example/w1', 'witness-b.example/w2'], 'the retry brought the second cosignature: published')
  t.equal((await log.gw.app.inject({ method: 'GET', url: '/readyz' })).json().status, 'ready')
})

t.test('a witness restarted from an older state is caught up through 409', async (t) => {
  const log = await witnessed(t)
  const [a] = log.witnesses
  const first = await checkpoint(log.gw, 3)
  await publishedSize(log, first)
  await copyFile(a.stateFile, `${a.stateFile}.old`)
  const second = await checkpoint(log.gw, 7)
  await publishedSize(log, second)

  // The witness comes back from a backup of before the second checkpoint; the gateway believes it at the second.
  await a.close()
  await copyFile(`${a.stateFile}.old`, a.stateFile)
  await a.restart()
  t.equal(a.state(origin)?.size, first)
  const third = await checkpoint(log.gw, 20)
  await publishedSize(log, third)
  t.same(a.statuses.slice(-2), [409, 200], 'told its size by a 409, the gateway resent from there with the matching proof')
  t.same((await published(log)).cosigned, ['witness-a.example/w1', 'witness-b.example/w2'])
})

t.test('a forked log is refused by the witnesses (422) and never published', async (t) => {
  const log = await witnessed(t)
  const kept = await checkpoint(log.gw, 300)
  await publishedSize(log, kept)
  const before = await published(log)

  // The operator rewrites entry 42 with a consistent leaf hash and signs a new checkpoint with the log's own key.
  const entry = (await log.gw.app.inject({ method: 'GET', url: '/v1/audit?cursor=41&limit=1', headers: auth(tokens.auditor) })).json().entries[0]
  const rewritten = { ...entry, clientId: 'portal-hni' }
  await log.gw.store.query('UPDATE audit_log SET client_id = $1, leaf_hash = $2 WHERE seq = 42', [rewritten.clientId, leafHashOf(Buffer.from(canonicalize(rewritten)!)).toString('hex')])
  await log.gw.store.query('DELETE FROM audit_cosignatures')
  await log.gw.store.query('DELETE FROM audit_checkpoints')
  const forked = await checkpoint(log.gw, 20)
  await until(async () => log.witnesses.every((w) => w.statuses.includes(422)) ? true : undefined, 'both witnesses refusing the fork')
  t.same(log.witnesses.map((w) => w.state(origin)?.size), [kept, kept], 'the witnesses still hold the honest checkpoint')
  const served = await published(log)
  t.not(served.size, forked, 'the forked checkpoint is not published')
  t.equal(served.size, 0, 'with the honest checkpoints and their cosignatures deleted, nothing is, rather than the fork')
  t.not(before.size, 0)
  t.match((await log.gw.app.inject({ method: 'GET', url: '/metrics', headers: auth(tokens.admin) })).body, /gateway_witness_errors_total\{witness="witness-a.example\/w1",reason="http_422"\} [1-9]/)
})

t.test('an answer that is not a verifying cosignature of the configured key is never kept', async (t) => {
  const dir = await tempDir(t)
  const [impostor, configured] = await Promise.all([startWitness('witness-a.example/w1', join(dir, 'i.json')), startWitness('witness-a.example/w1', join(dir, 'c.json'))])
  t.teardown(() => Promise.all([impostor.close(), configured.close()]))
  // The URL leads to another witness of the same name but its own key: its cosignatures verify, but not with the configured key.
  const gw = await testGateway(t, { config: { auditLogOrigin: origin, auditCheckpointEvery: 1_000_000, auditCheckpointSeconds: 3600, auditWitnesses: [{ vkey: configured.vkey, url: impostor.url }], auditWitnessQuorum: 1 } })
  const log = { gw, vkey: (await gw.app.inject({ method: 'GET', url: '/log/vkey' })).body, witnesses: [configured] }
  impostor.trust(origin, log.vkey)
  await checkpoint(gw, 3)
  await until(async () => impostor.statuses.length > 0 && gw.app.witnesses.health()[0].errors > 0 ? true : undefined, 'the answer refused')
  t.equal(impostor.state(origin)?.size, 3, 'the impostor cosigned')
  t.match(gw.app.witnesses.health()[0], { up: false, cosignedSize: 0, lastError: /no verifying cosignature/ })
  t.equal((await gw.store.query('SELECT 1 FROM audit_cosignatures')).rows.length, 0, 'nothing kept')
  t.equal((await published(log)).size, 0, 'nothing published')
})

t.test('the test witness answers as c2sp tlog-witness says: 404 unknown origin, 403 bad signature, 400 bad request, 422 bad proof', async (t) => {
  const log = await witnessed(t)
  const size = await checkpoint(log.gw, 10)
  await publishedSize(log, size)
  const { note } = await published(log)
  const bare = note.slice(0, note.indexOf('— witness-a'))
  const post = async (body: string) => (await fetch(`${log.witnesses[0].url}/add-checkpoint`, { method: 'POST', body })).status
  t.equal(await post(`old 0\n\n${bare.replace(origin, 'other.example/log')}`), 404)
  t.equal(await post(`old ${size}\n\n${bare.replace(/\n10\n/, '\n11\n')}`), 403, 'a text the log did not sign')
  t.equal(await post(`old ${size}\n\n${bare.replace(/\n\n— \S+ /, '\n\n— someone.example/k ')}`), 403, 'no signature of the trusted key')
  t.equal(await post(`old 11\n\n${bare}`), 400, 'an old size beyond the checkpoint')
  t.equal(await post(`old ${size}\n${'A'.repeat(43)}=\n\n${bare}`), 422, 'a proof between equal sizes')
  const conflict = await fetch(`${log.witnesses[0].url}/add-checkpoint`, { method: 'POST', body: `old 3\n\n${bare}` })
  t.same([conflict.status, conflict.headers.get('content-type'), await conflict.text()], [409, 'text/x.tlog.size', `${size}\n`])
})

const run = promisify(execFile)

t.test('a tlog-proof of an entry verifies offline, with the spec-only verifier and with audit:verify, and not for a tampered entry', async (t) => {
  const log = await witnessed(t)
  await checkpoint(log.gw, 7, 'portal-dvc')
  const size = await checkpoint(log.gw, 5, 'portal-hni')
  await publishedSize(log, size)
  const entryAt = async (seq: number) => (await log.gw.app.inject({ method: 'GET', url: `/v1/audit?cursor=${seq - 1}&limit=1`, headers: auth(tokens.auditor) })).json().entries[0]
  const proofOf = (seq: number, token: string) => log.gw.app.inject({ method: 'GET', url: `/v1/audit/entries/${seq}/tlog-proof`, headers: auth(token) })

  const res = await proofOf(9, tokens.auditor)
  t.equal(res.headers['content-type'], 'text/plain; charset=utf-8')
  t.match(res.body, /^c2sp\.org\/tlog-proof@v1\nextra \S+\nindex 8\n([A-Za-z0-9+/]{43}=\n){3}\nsharing-log\.example\.gov\.vn\/witnessed\n12\n/, 'header, extra, 0-based index, the audit path in a tree of 12, then the checkpoint')
  const entry = await entryAt(9)
  const policy = { origin, log: parseVkey(log.vkey), witnesses: log.witnesses.map((w) => parseVkey(w.vkey, 0x04)), quorum: 2 }
  t.same(verifyTlogProof(res.body, Buffer.from(canonicalize(entry)!), policy), ['witness-a.example/w1', 'witness-b.example/w2'], 'the spec-only verifier: log signature, both cosignatures, inclusion')
  t.same(JSON.parse(parseTlogProof(res.body).extra!.toString()), entry, 'the extra line is the entry as the API shows it')
  t.throws(() => verifyTlogProof(res.body, Buffer.from(canonicalize({ ...entry, clientId: 'portal-hcm' })!), policy), /not in the checkpoint/, 'a tampered entry does not verify')
  t.throws(() => verifyTlogProof(res.body, Buffer.from(canonicalize(entry)!), { ...policy, witnesses: policy.witnesses.slice(1) }), /1 of the 2 cosignatures/, 'nor one short of the quorum')

  t.equal((await proofOf(3, tokens.portal)).statusCode, 200, 'a portal gets the proof of its own access')
  const other = await proofOf(9, tokens.portal)
  t.same([other.statusCode, other.json().code], [403, 'GW_AUDIT_ENTRY_NOT_OWN'], 'not of another client\'s')
  await append(log.gw, 1)
  t.same((await proofOf(size + 1, tokens.auditor)).json().code, 'GW_AUDIT_PROOF_UNAVAILABLE', 'nor of an entry no published checkpoint covers')

  const dir = await tempDir(t)
  await writeFile(join(dir, 'proof.tlog-proof'), res.body)
  await writeFile(join(dir, 'entry.json'), JSON.stringify(entry))
  await writeFile(join(dir, 'tampered.json'), JSON.stringify({ ...entry, purpose: 'khác' }))
  await writeFile(join(dir, 'vkey'), log.vkey)
  const cli = (...args: string[]) => run(process.execPath, ['--import=tsx', 'scripts/audit-verify.ts', '--tlog-proof', join(dir, 'proof.tlog-proof'), '--log-vkey', join(dir, 'vkey'), ...args])
    .then((r) => r.stdout, (e) => `exit ${e.code}: ${e.stdout}`)
  const witnesses = log.witnesses.flatMap((w) => ['--witness-vkey', w.vkey])
  t.equal(await cli('--entry', join(dir, 'entry.json'), ...witnesses, '--quorum', '2'), 'OK: entry 8 (0-based) is in the log of size 12, cosigned by witness-a.example/w1, witness-b.example/w2\n')
  t.match(await cli('--entry', join(dir, 'tampered.json'), ...witnesses, '--quorum', '2'), /^exit 1: FAIL: the entry is not at index 8/)
  t.match(await cli(...witnesses.slice(0, 2), '--quorum', '2'), /^exit 1: FAIL: 1 of the 2 witness cosignatures required/, 'without --entry, the extra line; one witness known, two required')
})
