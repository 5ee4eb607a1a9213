import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { setTimeout } from 'node:timers/promises'
import t from 'tap'
import { Redis } from 'ioredis'
import { maxPendingStores, RecordCache } from '../../src/cache/record-cache.ts'
import { SealedBox } from '../../src/cache/sealed-box.ts'
import type { Subject, SourceResult } from '../../src/generated/types.ts'
import type { CompiledAdapter } from '../../src/registry/adapter-registry.ts'
import { citizen, citizenId, enterprise } from '../../sandbox/subjects.ts'
import { auth, redisUrl, testGateway, tokens, until } from '../helpers/infra.ts'
import { ownRedis } from '../helpers/own-services.ts'

t.test('a burst for one subject makes one source call; cached values are encrypted under keyed names', async (t) => {
  const prefix = `test:cache:${Date.now()}:`
  const { app, sandbox } = await testGateway(t, { store: 'pglite', config: { redisPrefix: prefix } })
  const subject = { type: 'citizen', id: citizenId(0) }
  const prefill = () => app.inject({ method: 'POST', url: '/v1/prefill', headers: auth(tokens.portal), payload: { procedure: '2.000720', subject } })
  const enterpriseCalls = sandbox.sources.enterprise.requests
  const populationCalls = sandbox.sources.population.requests
  // Large enough to overlap, small enough that a busy machine does not time the uncached source out.
  const burst = await Promise.all(Array.from({ length: 20 }, prefill))
  t.ok(burst.every((r) => r.statusCode === 200))
  t.equal(sandbox.sources.enterprise.requests - enterpriseCalls, 1, 'the cached source (enterprise representatives, ttl 600 s) was called once')
  t.equal(sandbox.sources.population.requests - populationCalls, 20, 'a source without cache is called every time')
  const first = burst[0].json().fields['/owner/enterprisesRepresented']
  t.same(burst[19].json().fields['/owner/enterprisesRepresented'], first, 'every answer has the same value and provenance')
  await prefill()
  t.equal(sandbox.sources.enterprise.requests - enterpriseCalls, 1, 'and a later prefill is served from Redis')

  const redis = new Redis(redisUrl())
  t.teardown(() => redis.disconnect())
  const keys = await redis.keys(`${prefix}cache:*`)
  t.equal(keys.length, 1)
  t.notOk(keys[0].includes(subject.id), 'the key is a keyed hash, not the id')
  const raw = await redis.getBuffer(keys[0])
  t.notOk(raw!.toString('latin1').includes(enterprise(0).enterpriseCode), 'the value is encrypted')
  t.ok(Number(await redis.ttl(keys[0])) > 590, 'and expires with the manifest\'s ttl')
  t.notOk(raw!.includes(Buffer.from(citizen(0).personalId)))

  // A value moved under another key does not decrypt: the key is authenticated with it.
  await redis.set(`${prefix}cache:moved`, raw!)
  await redis.set(keys[0], Buffer.concat([raw!.subarray(0, 30), Buffer.from('tampered'), raw!.subarray(38)]))
  await prefill()
  t.equal(sandbox.sources.enterprise.requests - enterpriseCalls, 2, 'a tampered value is ignored and the source asked again')
})

t.test('an agency that publishes a newer record about a subject invalidates its sources\' cached answers about them', async (t) => {
  const prefix = `test:cache-invalidate:${Date.now()}:`
  const { app, sandbox } = await testGateway(t, { store: 'pglite', config: { redisPrefix: prefix } })
  const subject = { type: 'citizen', id: citizenId(0) }
  const other = { type: 'citizen', id: citizenId(20) }
  const prefill = (s: object) => app.inject({ method: 'POST', url: '/v1/prefill', headers: auth(tokens.portal), payload: { procedure: '2.000720', subject: s } })
  // A record type of the agency whose enterprise representatives source is cached (BTC).
  const manifest = JSON.parse(await readFile('adapters/judicial-record-certificates/manifest.json', 'utf8'))
  const certificates = { ...manifest, id: 'btc-registration-certificates', agency: 'BTC', title: 'Giấy chứng nhận đăng ký đã cấp', documents: [] }
  t.equal((await app.inject({ method: 'PUT', url: `/v1/adapters/${certificates.id}`, headers: auth(tokens.agencyBTC), payload: certificates })).statusCode, 201)

  const calls = () => sandbox.sources.enterprise.requests
  const before = calls()
  await prefill(subject)
  await prefill(other)
  await prefill(subject)
  t.equal(calls() - before, 2, 'each subject asked once, then cached')
  const published = await app.inject({
    method: 'POST',
    url: '/v1/records',
    headers: auth(tokens.agencyBTC),
    payload: { type: certificates.id, subject, data: { certificateNumber: 'BTC-1', certificateType: 'Phiếu số 1', fullName: citizen(0).fullName, criminalRecordStatus: '-' }, issuedBy: 'BTC-CQLDKKD', issuedAt: new Date().toISOString(), procedure: '2.000720', reference: 'HS-1' }
  })
  t.equal(published.statusCode, 201)
  await prefill(subject)
  t.equal(calls() - before, 3, 'the subject\'s cached answer was forgotten: the source is asked again')
  await prefill(other)
  t.equal(calls() - before, 3, 'another subject\'s stays cached')
})

t.test('a Redis that stops answering holds at most maxPendingStores records in memory', async (t) => {
  const prefix = `test:cache-stall:${Date.now()}:`
  // A Redis of its own: the pause below holds every client's writes.
  const server = await ownRedis(t)
  const redis = new Redis(server.url)
  const admin = new Redis(server.url)
  t.teardown(() => { redis.disconnect(); admin.disconnect() })
  const cache = new RecordCache({ redis, prefix, box: new SealedBox(randomBytes(32)) })
  // The cache reads an adapter's id, version and ttl, nothing else.
  const adapter = { manifest: { id: 'stalled', version: '1.0.0', cache: { ttlSeconds: 60 } } } as unknown as CompiledAdapter
  const found: SourceResult = { status: 'found', record: { value: 'x' }, retrievedAt: new Date().toISOString(), ms: 1 }
  // Writes wait while reads are answered: every lookup misses, every record is fetched, and no store is acknowledged.
  await admin.call('CLIENT', 'PAUSE', '5000', 'WRITE')
  const subjects = Array.from({ length: maxPendingStores * 3 }, (_, i) => ({ type: 'citizen', id: citizenId(i) }) as Subject)
  const outcomes = await Promise.all(subjects.map((subject) => cache.through(adapter, subject, async () => found)))
  t.ok(outcomes.every((o) => o.status === 'found'), 'every prefill still gets its record')
  await until(async () => (await redis.keys(`${prefix}cache:*`)).length === maxPendingStores || undefined, 'the stores sent to reach Redis once it answers')
  await setTimeout(200)
  t.equal((await redis.keys(`${prefix}cache:*`)).length, maxPendingStores, `only ${maxPendingStores} were sent; the rest were not cached`)
})
