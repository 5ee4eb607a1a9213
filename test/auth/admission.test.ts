// Admission: one Redis round trip per request counts it against its client's rate limit, which every
// instance shares, reads the clients' revision (onboarding.test.ts: a client disabled on one instance is
// refused at once on the other) and, for a prefill, its cached records.
import t from 'tap'
import { Redis } from 'ioredis'
import { once } from 'node:events'
import { connect } from 'node:net'
import { Client } from 'undici'
import { createCa, issue } from '../../src/auth/pki.ts'
import { citizenId } from '../../sandbox/subjects.ts'
import { auth, testGateway, testStore, tokens } from '../helpers/infra.ts'
import { gatewayTls } from '../helpers/gateway-tls.ts'
import { ownRedis } from '../helpers/own-services.ts'

t.test('per-client rate limits are shared by gateway instances through Redis', async (t) => {
  const shared = { rateLimitPerMinute: 5, redisPrefix: `test:rate:${Date.now()}:` }
  const [one, two] = [await testGateway(t, { store: 'pglite', config: shared }), await testGateway(t, { store: 'pglite', config: shared })]
  const list = (app: typeof one.app, token = tokens.portal) => app.inject({ method: 'GET', url: '/v1/forms', headers: auth(token) })
  const remaining: unknown[] = []
  for (const app of [one.app, two.app, one.app, two.app, one.app]) {
    const res = await list(app)
    t.equal(res.statusCode, 200)
    remaining.push(res.headers['x-ratelimit-remaining'])
  }
  t.same(remaining, ['4', '3', '2', '1', '0'], 'each answer says how many requests are left this minute')
  const limited = await list(two.app)
  t.equal(limited.statusCode, 429, 'the sixth request of the minute, on either instance, is refused')
  t.equal(limited.json().code, 'GW_RATE_LIMITED')
  t.ok(Number(limited.headers['retry-after']) > 0 && Number(limited.headers['retry-after']) <= 60, 'with Retry-After, within the minute')
  t.equal(limited.headers['x-ratelimit-limit'], '5')
  t.equal((await list(one.app, tokens.admin)).statusCode, 200, 'another client has its own count')
})

/** The commands the gateway's requests send to this Redis while `run` runs (scripts' own calls left out). */
async function commandsDuring (url: string, run: () => Promise<unknown>): Promise<string[]> {
  const monitor = new Redis(url)
  // Lines still arriving while it disconnects find no command waiting, which ioredis reports as an error.
  monitor.on('error', () => {})
  const commands: string[] = []
  const watching = await monitor.monitor()
  watching.on('error', () => {})
  // What scripts run inside Redis is shown too, from 'lua'.
  watching.on('monitor', (_time: string, args: string[], source: string) => { if (source !== 'lua') commands.push(args.join(' ')) })
  try {
    await run()
    await new Promise((resolve) => setTimeout(resolve, 200))
  } finally {
    watching.disconnect()
    monitor.disconnect()
  }
  // Other connections of the gateway (BullMQ's workers) wait on Redis in the background; a request's commands
  // are about its count, the clients' revision and the record cache.
  return commands.filter((command) => /:rate:|clients:revision|:cache:/.test(command))
}

t.test('an authenticated request costs the gateway one Redis command', async (t) => {
  const redis = await ownRedis(t)
  const { app } = await testGateway(t, { store: 'pglite', config: { redisUrl: redis.url } })
  const list = () => app.inject({ method: 'GET', url: '/v1/forms', headers: auth(tokens.portal) })
  t.equal((await list()).statusCode, 200, 'the first request loads the script into Redis')
  let status = 0
  const commands = await commandsDuring(redis.url, async () => { status = (await list()).statusCode })
  t.equal(status, 200)
  t.equal(commands.length, 1, `one command: ${commands.join(' | ')}`)
  t.match(commands[0], /^evalsha /i, 'the admission script, already in Redis')
})

t.test('a prefill reads its cached records with its admission: one Redis command before its sources', async (t) => {
  const redis = await ownRedis(t)
  const { app, sandbox } = await testGateway(t, { store: 'pglite', config: { redisUrl: redis.url } })
  // Enterprise representatives, the form's cached source (ttl 600 s); population and insurance are not cached.
  const prefill = (n: number) => app.inject({ method: 'POST', url: '/v1/prefill', headers: auth(tokens.portal), payload: { procedure: '2.000720', subject: { type: 'citizen', id: citizenId(n) } } })
  t.equal((await prefill(0)).statusCode, 200, 'the first prefill loads the script and caches subject 0\'s record')
  const cachedSource = () => sandbox.sources.enterprise.requests
  const calls = cachedSource()

  let again: Awaited<ReturnType<typeof prefill>> | undefined
  const cachedCommands = await commandsDuring(redis.url, async () => { again = await prefill(0) })
  t.equal(again!.statusCode, 200)
  t.equal(cachedCommands.length, 1, `one command: ${cachedCommands.join(' | ')}`)
  t.match(cachedCommands[0], /^evalsha \S+ 3 \S+:rate:\S+ \S+clients:revision \S+:cache:\S+ 60000 \d+$/i, 'the admission script, with the cached source\'s key')
  t.equal(cachedSource(), calls, 'the record it read is the one used: the source was not asked')
  t.match(again!.json().sources.find((s: { id: string }) => s.id === 'enterprise-representatives'), { outcome: 'found', ms: 0 }, 'the cached record, not a call')

  let fresh: Awaited<ReturnType<typeof prefill>> | undefined
  const freshCommands = await commandsDuring(redis.url, async () => { fresh = await prefill(1) })
  t.equal(fresh!.statusCode, 200)
  t.same(freshCommands.map((c) => c.split(' ')[0].toLowerCase()), ['evalsha', 'set'], `nothing cached: the admission, then the fetched record stored (${freshCommands.join(' | ')})`)
  t.equal(cachedSource(), calls + 1)
})

t.test('a certificate that no CA of the gateway signed does not use up the requests of the client it names', async (t) => {
  const { ca, tls } = await gatewayTls(t)
  const { app } = await testGateway(t, { store: 'pglite', config: { rateLimitPerMinute: 2, tls, authBearer: false } })
  await app.listen({ host: '127.0.0.1', port: 0 })
  const origin = `https://127.0.0.1:${(app.server.address() as { port: number }).port}`
  const list = async (identity: { certPem: string, keyPem?: string }) => {
    const client = new Client(origin, { connect: { ca: ca.certPem, cert: identity.certPem, key: identity.keyPem } })
    try {
      const res = await client.request({ method: 'GET', path: '/v1/forms' })
      await res.body.dump()
      return { status: res.statusCode, remaining: res.headers['x-ratelimit-remaining'] }
    } finally {
      await client.close()
    }
  }
  const stranger = issue(createCa('Another CA'), { commonName: 'portal-dvc', organisation: 'VPCP' })
  t.same([(await list(stranger)).status, (await list(stranger)).status, (await list(stranger)).status], [401, 401, 429],
    'it is counted by its address, as any credential the gateway does not know')
  const valid = issue(ca, { commonName: 'portal-dvc', organisation: 'VPCP' })
  t.same(await list(valid), { status: 200, remaining: '1' }, 'the client has all its requests')
  t.same(await list(valid), { status: 200, remaining: '0' })
  t.equal((await list(valid)).status, 429, 'and its own certificate counts against them')
})

t.test('a prefill\'s body is refused only after its credential and its count are', async (t) => {
  const store = await testStore(t, 'pglite')
  const shared = { redisPrefix: `test:admit-body:${Date.now()}:` }
  const a = await testGateway(t, { store, config: shared })
  const b = await testGateway(t, { store, config: shared })
  const prefill = (app: typeof a.app, headers: Record<string, string>, payload: string) =>
    app.inject({ method: 'POST', url: '/v1/prefill', headers: { ...headers, 'content-type': 'application/json' }, payload })
  const valid = JSON.stringify({ procedure: '2.000720', subject: { type: 'citizen', id: citizenId(3) } })
  const shapeless = JSON.stringify({ procedure: 'x', subject: { type: 'citizen', id: citizenId(3) } })
  const notJson = '{"procedure":'

  for (const [headers, code] of [[{}, 'GW_AUTH_MISSING'], [auth('not-a-token-anyone-has'), 'GW_AUTH_INVALID'], [auth(tokens.auditor), 'GW_ROLE_FORBIDDEN']] as const) {
    t.equal((await prefill(a.app, headers, shapeless)).json().code, code, `a body that fails its schema: ${code} first`)
    t.equal((await prefill(a.app, headers, notJson)).json().code, code, `a body that is not JSON: ${code} first`)
  }

  // A portal made on one instance, and its requests on the other.
  const created = await a.app.inject({ method: 'POST', url: '/v1/clients', headers: auth(tokens.admin), payload: { id: 'portal-late', name: 'Cổng thử nghiệm', roles: ['portal'], agency: 'BCA' } })
  t.equal(created.statusCode, 201, created.body)
  const late = auth(created.json().token)
  const refused = await prefill(b.app, late, shapeless)
  t.match(refused.json(), { statusCode: 400, code: 'GW_VALIDATION_FAILED' }, 'the other instance learns of the client (counting this request by its address), then judges its body')
  const remaining = Number((await prefill(b.app, late, shapeless)).headers['x-ratelimit-remaining'])
  const unreadable = await prefill(b.app, late, notJson)
  t.match(unreadable.json(), { statusCode: 400, code: 'GW_BODY_INVALID_JSON' })
  t.equal(Number(unreadable.headers['x-ratelimit-remaining']), remaining - 1, 'a refused body is counted against its client')
  const served = await prefill(b.app, late, valid)
  t.equal(served.statusCode, 200)
  t.equal(Number(served.headers['x-ratelimit-remaining']), remaining - 2, 'and a prefill once')

  t.equal((await a.app.inject({ method: 'POST', url: '/v1/clients/portal-late/disable', headers: auth(tokens.admin) })).statusCode, 200)
  for (const [body, what] of [[shapeless, 'a body that fails its schema'], [notJson, 'a body that is not JSON'], [JSON.stringify({ procedure: 'x'.repeat(2 * 1024 * 1024) }), 'a body over the size limit'], [valid, 'a valid body']]) {
    t.match((await prefill(b.app, late, body)).json(), { statusCode: 401, code: 'GW_CLIENT_DISABLED' }, `disabled on the other instance: ${what} is refused for the client`)
  }
  const text = await b.app.inject({ method: 'POST', url: '/v1/prefill', headers: { ...late, 'content-type': 'text/plain' }, payload: valid })
  t.match(text.json(), { statusCode: 401, code: 'GW_CLIENT_DISABLED' }, 'and so is a body of a type the gateway does not take')
})

t.test('a client past its rate limit is refused for its count before its body, and then before its body is read', async (t) => {
  const { app } = await testGateway(t, { store: 'pglite', config: { rateLimitPerMinute: 1 } })
  const valid = JSON.stringify({ procedure: '2.000720', subject: { type: 'citizen', id: citizenId(4) } })
  const prefill = (payload: string) => app.inject({ method: 'POST', url: '/v1/prefill', headers: { ...auth(tokens.portal), 'content-type': 'application/json' }, payload })
  t.equal((await prefill(valid)).statusCode, 200)
  for (const body of [valid, JSON.stringify({ procedure: 'x' }), '{"procedure":']) {
    const over = await prefill(body)
    t.match(over.json(), { statusCode: 429, code: 'GW_RATE_LIMITED' })
    t.ok(Number(over.headers['retry-after']) > 0, 'with Retry-After')
  }
  // Its next request is refused as it arrives: an answer although the body has not come (nor ever will).
  await app.listen({ host: '127.0.0.1', port: 0 })
  const socket = connect((app.server.address() as { port: number }).port, '127.0.0.1')
  socket.on('error', () => {})
  t.teardown(() => socket.destroy())
  socket.write(`POST /v1/prefill HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${tokens.portal}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"procedure":`)
  const [head] = await once(socket, 'data') as [Buffer]
  t.match(head.toString(), /^HTTP\/1\.1 429 /, '429 before the body')
})
