import { connect, createServer as createTcpServer, type Socket } from 'node:net'
import { once } from 'node:events'
import { randomBytes } from 'node:crypto'
import { setTimeout } from 'node:timers/promises'
import t, { type Test } from 'tap'
import { loadConfig, type GatewayConfig } from '../../src/config.ts'
import { webhookSignature } from '../../src/jobs/webhooks.ts'
import { insured } from '../../sandbox/subjects.ts'
import { adaptersWithAsync } from '../helpers/adapters.ts'
import { webhookEndpoint } from '../helpers/webhook-endpoint.ts'
import { auth, redisUrl, testGateway, tokens, until } from '../helpers/infra.ts'
import { representative } from '../helpers/personas.ts'

const householdBusiness = '2.000720'
const insuranceField = '/owner/socialInsuranceNumber'
const quickJobs = { ...loadConfig({}).jobs, workerConcurrency: 4, fetchAttempts: 2, fetchBackoffMs: 20, resultTtlSeconds: 120, webhookAttempts: 3, webhookBackoffMs: 20, webhookTimeoutMs: 1000 }

/**
 * A relay to the test Redis that holds back Redis's answers on a connection from its second INFO on, until released:
 * ioredis sends the first as it connects, BullMQ the second to check the version as a queue or worker starts.
 */
async function versionCheckRelay (t: Test) {
  const target = new URL(redisUrl())
  const clients = new Set<Socket>()
  const held: Array<{ client: Socket, chunks: Buffer[] }> = []
  let released = false
  const server = createTcpServer((client) => {
    const upstream = connect(Number(target.port), target.hostname)
    clients.add(client)
    let sent = ''
    let hold: { client: Socket, chunks: Buffer[] } | undefined
    client.on('data', (chunk) => {
      if (!hold && !released && ((sent += chunk.toString('latin1')).match(/\$4\r\ninfo\r\n/gi)?.length ?? 0) >= 2) held.push(hold = { client, chunks: [] })
      upstream.write(chunk)
    })
    upstream.on('data', (chunk) => hold && !released ? hold.chunks.push(chunk) : client.write(chunk))
    client.on('close', () => { clients.delete(client); upstream.destroy() })
    upstream.on('close', () => client.destroy())
    client.on('error', () => {})
    upstream.on('error', () => {})
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  t.teardown(() => {
    for (const client of clients) client.destroy()
    return new Promise((resolve) => server.close(resolve))
  })
  return {
    url: `redis://127.0.0.1:${(server.address() as { port: number }).port}`,
    /** Connections whose version check is held back. */
    holding: () => held.length,
    /** Connections the gateway still has open. */
    open: () => clients.size,
    release () {
      released = true
      for (const { client, chunks } of held) if (!client.destroyed) client.write(Buffer.concat(chunks))
    }
  }
}

/** The dossier a portal would submit from a prefill answer: every released value as prefilled, the required components. */
const dossierOf = (answer: any) => ({
  procedure: answer.procedure,
  version: answer.version,
  subject: { type: 'citizen', id: representative },
  values: Object.fromEntries(Object.entries<any>(answer.fields).filter(([, f]) => f.status === 'filled').map(([pointer, f]) => [pointer, { value: f.value, origin: 'prefill' }])) as Record<string, object>,
  documents: answer.documents.filter((d: any) => d.status === 'required').map((d: any) => d.code) as string[]
})
const check = (receipt: string, dossier: ReturnType<typeof dossierOf>) => ({ method: 'POST' as const, url: '/v1/submissions/check', headers: auth(tokens.portal), payload: { ...dossier, receipt } })

const prefill = (deadlineMs?: number) => ({ method: 'POST' as const, url: '/v1/prefill', headers: auth(tokens.portal), payload: { procedure: householdBusiness, subject: { type: 'citizen', id: representative }, ...(deadlineMs ? { deadlineMs } : {}) } })

t.test('async sources: fetched by workers, completed by polling and by webhook', async (t) => {
  const adaptersDir = await adaptersWithAsync(t, 'social-insurance')
  const { app, store, sandbox } = await testGateway(t, { store: 'pg', config: { adaptersDir, jobs: quickJobs } })
  const expected = insured(0)!.insuranceNumber

  t.test('a worker that answers before the deadline: the first answer is complete', async (t) => {
    const before = sandbox.sources.insurance.requests
    const body = (await app.inject(prefill())).json()
    t.equal(body.status, 'complete')
    t.match(body.fields[insuranceField], { status: 'filled', value: expected, source: { id: 'social-insurance' } })
    t.equal(sandbox.sources.insurance.requests, before + 1, 'one call to the source, made by the worker')
  })

  t.test('a slow one: pending at the deadline, then the completed result by polling', async (t) => {
    sandbox.sources.insurance.faults = { latencyMs: 1500 }
    t.teardown(() => { sandbox.sources.insurance.faults = {} })
    const started = Date.now()
    const first = (await app.inject(prefill(400))).json()
    t.ok(Date.now() - started < 1500, 'the first answer comes by its deadline')
    t.equal(first.status, 'pending')
    t.match(first.fields[insuranceField], { status: 'pending', reason: 'SOURCE_PENDING' })
    t.equal(first.fields['/owner/fullName'].status, 'filled', 'what was ready is there')
    t.match(first.sources.find((s: any) => s.id === 'social-insurance'), { outcome: 'pending' })
    const url = `/v1/prefill/${first.requestId}`
    const early = await app.inject({ method: 'GET', url, headers: auth(tokens.portal) })
    t.equal(early.statusCode, 202)
    t.same(early.json(), { requestId: first.requestId, status: 'pending' })
    const pendingCheck = (await app.inject(check(first.receipt.token, dossierOf(first)))).json()
    t.same(pendingCheck.violations.map((v: any) => v.code), ['RECEIPT_PENDING'], 'the first receipt does not vouch for a dossier while the prefill waits')

    const done = await until<any>(async () => {
      const res = await app.inject({ method: 'GET', url, headers: auth(tokens.portal) })
      return res.statusCode === 200 ? res.json() : undefined
    }, 'the completed result')
    t.equal(done.status, 'complete')
    t.equal(done.requestId, first.requestId)
    t.match(done.fields[insuranceField], { status: 'filled', value: expected })
    t.same(done.fields['/owner/fullName'], first.fields['/owner/fullName'], 'the sources that had answered are not asked again')
    t.not(done.receipt.id, first.receipt.id, 'the completion has its own receipt')
    // The dossier the issue found accepted: a late value altered, a waived component attached again.
    const forged = dossierOf(done)
    forged.values[insuranceField] = { value: 'XX0000000000', origin: 'prefill' }
    forged.documents.push(...done.documents.filter((d: any) => d.status === 'waived').map((d: any) => d.code as string))
    const superseded = (await app.inject(check(first.receipt.token, forged))).json()
    t.same([superseded.verdict, superseded.violations.map((v: any) => v.code)], ['reject', ['RECEIPT_SUPERSEDED']], 'the first receipt is superseded by the completion\'s')
    const waived = done.documents.filter((d: any) => d.status === 'waived')
    const judged = (await app.inject(check(done.receipt.token, forged))).json().violations.map((v: any) => v.code).sort()
    t.same(judged, ['RECOGNISED_VALUE_ALTERED', ...waived.map(() => 'COMPONENT_ALREADY_RECOGNISED')].sort(), 'the completion\'s receipt judges every released value and component')
    t.equal((await app.inject(check(done.receipt.token, dossierOf(done)))).json().verdict, 'accept', 'and accepts the dossier as released')
    const { rows } = await store.query<{ action: string, fields: string[] }>('SELECT action, fields FROM audit_log WHERE request_id = $1 ORDER BY seq', [first.requestId])
    t.same(rows.map((r) => r.action), ['prefill', 'prefill.complete'], 'both answers are audited')
    t.ok(rows[1].fields.includes(insuranceField) && !rows[0].fields.includes(insuranceField), 'each with the fields it released')
    t.equal(done.audit.entry > first.audit.entry, true)

    const stranger = await app.inject({ method: 'GET', url, headers: auth('dev-portal-hni-token') })
    t.equal(stranger.statusCode, 404, 'another portal cannot read it')
    t.equal(stranger.json().code, 'GW_PREFILL_UNKNOWN')
    t.equal((await app.inject({ method: 'GET', url: '/v1/prefill/no-such-request', headers: auth(tokens.portal) })).json().code, 'GW_PREFILL_UNKNOWN')
  })

  t.test('the completed result reaches the portal\'s webhook, signed', async (t) => {
    const hook = await webhookEndpoint(t)
    const registered = await app.inject({ method: 'PUT', url: '/v1/webhook', headers: auth(tokens.portal), payload: { url: hook.url } })
    t.equal(registered.statusCode, 200)
    const { secret } = registered.json()
    t.ok(secret.length >= 32)
    t.same(Object.keys((await app.inject({ method: 'GET', url: '/v1/webhook', headers: auth(tokens.portal) })).json()).sort(), ['updatedAt', 'url'], 'the secret is shown once')
    t.teardown(() => app.inject({ method: 'DELETE', url: '/v1/webhook', headers: auth(tokens.portal) }))

    sandbox.sources.insurance.faults = { latencyMs: 600 }
    t.teardown(() => { sandbox.sources.insurance.faults = {} })
    const first = (await app.inject(prefill(300))).json()
    t.equal(first.status, 'pending')
    const delivery = await until(async () => hook.received[0], 'the webhook delivery')
    const body = JSON.parse(delivery.body)
    t.equal(body.requestId, first.requestId)
    t.equal(body.status, 'complete')
    t.equal(body.fields[insuranceField].value, expected)
    const time = Number(/t=(\d+)/.exec(String(delivery.headers['x-gateway-signature']))![1])
    t.equal(delivery.headers['x-gateway-signature'], webhookSignature(secret, time, delivery.body), 'signed with the secret over time and body')
    t.equal(delivery.headers['x-gateway-delivery'], `${first.requestId}.webhook`)
  })

  t.test('a failing webhook: retries, then the dead-letter queue, then a replay that succeeds', async (t) => {
    const hook = await webhookEndpoint(t)
    hook.endpoint.status = 500
    await app.inject({ method: 'PUT', url: '/v1/webhook', headers: auth(tokens.portal), payload: { url: hook.url } })
    t.teardown(() => app.inject({ method: 'DELETE', url: '/v1/webhook', headers: auth(tokens.portal) }))
    sandbox.sources.insurance.faults = { latencyMs: 600 }
    t.teardown(() => { sandbox.sources.insurance.faults = {} })
    const first = (await app.inject(prefill(300))).json()

    const deadLetters = () => app.inject({ method: 'GET', url: '/v1/admin/dead-letters', headers: auth(tokens.admin) }).then((r) => r.json().deadLetters as any[])
    const letter = await until(async () => (await deadLetters()).find((d) => d.requestId === first.requestId), 'the dead letter')
    t.equal(hook.received.length, quickJobs.webhookAttempts, 'every attempt was made')
    t.match(letter, { clientId: 'portal-dvc', attempts: quickJobs.webhookAttempts, reason: /answered 500/ })
    t.equal((await app.inject({ method: 'GET', url: '/v1/admin/dead-letters', headers: auth(tokens.portal) })).statusCode, 403, 'only admins see them')

    hook.endpoint.status = 204
    const replay = await app.inject({ method: 'POST', url: `/v1/admin/dead-letters/${letter.id}/replay`, headers: auth(tokens.admin) })
    t.equal(replay.statusCode, 202)
    await until(async () => hook.received.length > quickJobs.webhookAttempts ? true : undefined, 'the replayed delivery')
    t.equal(JSON.parse(hook.received.at(-1)!.body).requestId, first.requestId)
    await until(async () => (await deadLetters()).some((d) => d.id === letter.id) ? undefined : true, 'the dead letter to leave the queue')
    t.equal((await app.inject({ method: 'POST', url: `/v1/admin/dead-letters/${letter.id}/replay`, headers: auth(tokens.admin) })).json().code, 'GW_DEAD_LETTER_UNKNOWN', 'a delivered letter cannot be replayed')
    const { rows } = await store.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_log WHERE action = 'webhook.replay'")
    t.equal(rows[0].n, 1, 'the replay is audited')
  })

  t.test('nothing personal rests in Redis in clear: queued fetches, parked and completed prefills, deliveries', async (t) => {
    const secrets = [representative, expected, insured(0)!.personalId].filter(Boolean)
    let keys = 0
    for (const key of await app.redis.keys(`${app.config.redisPrefix}*`)) {
      keys++
      const type = await app.redis.type(key)
      const content = type === 'string'
        ? await app.redis.getBuffer(key).then((b) => b?.toString('latin1') ?? '')
        : type === 'hash'
          ? JSON.stringify(await app.redis.hgetall(key))
          : type === 'list'
            ? JSON.stringify(await app.redis.lrange(key, 0, -1))
            : type === 'zset'
              ? JSON.stringify(await app.redis.zrange(key, 0, -1))
              : type === 'stream' ? JSON.stringify(await app.redis.xrange(key, '-', '+')) : ''
      for (const secret of secrets) if (content.includes(secret)) t.fail(`${key} (${type}) holds a subject id or a record value in clear`)
    }
    t.ok(keys > 10, `${keys} Redis keys looked at`)
  })

  t.test('webhook URLs go through the outbound policy', async (t) => {
    for (const url of ['http://169.254.169.254/latest', 'ftp://portal.example/hook', 'not a url']) {
      const res = await app.inject({ method: 'PUT', url: '/v1/webhook', headers: auth(tokens.portal), payload: { url } })
      t.equal(res.json().code, 'GW_WEBHOOK_REFUSED', url)
    }
    t.equal((await app.inject({ method: 'GET', url: '/v1/webhook', headers: auth(tokens.portal) })).statusCode, 404, 'nothing was registered')
  })
})

t.test('a completion is judged by the agreements of its own time: one that expired meanwhile denies its fields', async (t) => {
  const adaptersDir = await adaptersWithAsync(t, 'social-insurance')
  let clock = Date.now()
  const { app, sandbox } = await testGateway(t, { store: 'pglite', config: { adaptersDir, jobs: quickJobs }, now: () => clock })
  sandbox.sources.insurance.faults = { latencyMs: 600 }
  const first = (await app.inject(prefill(300))).json()
  t.equal(first.status, 'pending')
  t.equal(first.fields['/owner/fullName'].status, 'filled', 'the agreement covers the first answer')
  // The development agreement ends in 2030: the completion happens after it.
  clock = Date.parse('2031-01-01T00:00:00Z')
  const done = await until<any>(async () => {
    const res = await app.inject({ method: 'GET', url: `/v1/prefill/${first.requestId}`, headers: auth(tokens.portal) })
    return res.statusCode === 200 ? res.json() : undefined
  }, 'the completion')
  t.match(done.fields[insuranceField], { status: 'denied', reason: 'NO_AGREEMENT' })
  t.match(done.fields['/owner/fullName'], { status: 'denied', reason: 'NO_AGREEMENT' }, 'nothing is released under an expired agreement')
})

t.test('queued work survives the gateway that queued it', async (t) => {
  const adaptersDir = await adaptersWithAsync(t, 'social-insurance')
  const shared: Partial<GatewayConfig> = { adaptersDir, redisPrefix: `test:${randomBytes(6).toString('hex')}:`, cacheKey: randomBytes(32).toString('base64'), subjectHmacKey: randomBytes(32).toString('base64') }
  // An API-only instance queues the slow source and stops before any worker has run it.
  const a = await testGateway(t, { store: 'pg', config: { ...shared, jobs: { ...quickJobs, workerConcurrency: 0 } } })
  a.sandbox.sources.insurance.faults = { latencyMs: 300 }
  const first = (await a.app.inject(prefill(200))).json()
  t.equal(first.status, 'pending')
  await a.app.close()

  const b = await testGateway(t, { store: a.store, config: { ...shared, jobs: quickJobs } })
  const done = await until<any>(async () => {
    const res = await b.app.inject({ method: 'GET', url: `/v1/prefill/${first.requestId}`, headers: auth(tokens.portal) })
    return res.statusCode === 200 ? res.json() : undefined
  }, 'another instance to complete the job')
  t.equal(done.fields[insuranceField].value, insured(0)!.insuranceNumber)
  t.equal(b.sandbox.sources.insurance.requests, 1, 'the new instance\'s worker ran the fetch, once')
})

t.test('without Redis, async sources are unavailable and the rest still works', async (t) => {
  const adaptersDir = await adaptersWithAsync(t, 'social-insurance')
  const { app } = await testGateway(t, { store: 'pglite', config: { adaptersDir, redisUrl: 'redis://127.0.0.1:1', jobs: quickJobs } })
  const body = (await app.inject(prefill())).json()
  t.equal(body.status, 'complete')
  t.match(body.fields[insuranceField], { status: 'unavailable', reason: 'QUEUE_UNAVAILABLE' })
  t.equal(body.fields['/owner/fullName'].status, 'filled')
  t.equal((await app.inject({ method: 'GET', url: `/v1/prefill/${body.requestId}`, headers: auth(tokens.portal) })).json().code, 'GW_QUEUE_UNAVAILABLE')
})

t.test('a gateway closed while its queues and workers are still starting leaves no unhandled rejection', async (t) => {
  const relay = await versionCheckRelay(t)
  const { app } = await testGateway(t, { store: 'pglite', config: { redisUrl: relay.url, jobs: quickJobs } })
  // The producer (both queues check on it) and the two connections of each of the two workers.
  await until(async () => relay.holding() >= 5 || undefined, 'the queues and workers to check the Redis version')
  const unhandled: unknown[] = []
  const heard = (err: unknown) => { unhandled.push(err) }
  process.on('unhandledRejection', heard)
  t.teardown(() => { process.off('unhandledRejection', heard) })
  const closed = app.close()
  // Redis answers while the gateway closes (300 ms on, in steps: the close may block the event loop for a
  // while first); a gateway that did not wait for the answers has cut them already.
  for (let step = 0; step < 30; step++) await setTimeout(10)
  relay.release()
  await closed
  await until(async () => relay.open() === 0 || undefined, 'the gateway\'s Redis connections to end')
  await setTimeout(100)
  t.same(unhandled.map(String), [], 'no command cut by the close is left unheard')
})
