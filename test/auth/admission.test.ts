// Admission: one Redis round trip per request counts it against its client's rate limit, which every
// instance shares, and reads the clients' revision (onboarding.test.ts: a client disabled on one instance is
// refused at once on the other).
import t from 'tap'
import { Redis } from 'ioredis'
import { Client } from 'undici'
import { createCa, issue } from '../../src/auth/pki.ts'
import { auth, testGateway, tokens } from '../helpers/infra.ts'
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

t.test('an authenticated request costs the gateway one Redis command', async (t) => {
  const redis = await ownRedis(t)
  const { app } = await testGateway(t, { store: 'pglite', config: { redisUrl: redis.url } })
  const list = () => app.inject({ method: 'GET', url: '/v1/forms', headers: auth(tokens.portal) })
  t.equal((await list()).statusCode, 200, 'the first request loads the script into Redis')
  const monitor = new Redis(redis.url)
  t.teardown(() => monitor.disconnect())
  const commands: string[] = []
  const watching = await monitor.monitor()
  // Lines still arriving while it disconnects find no command waiting, which ioredis reports as an error.
  watching.on('error', () => {})
  // What scripts run inside Redis is shown too, from 'lua'.
  watching.on('monitor', (_time: string, args: string[], source: string) => { if (source !== 'lua') commands.push(args.join(' ')) })
  t.equal((await list()).statusCode, 200)
  await new Promise((resolve) => setTimeout(resolve, 200))
  watching.disconnect()
  // Other connections of the gateway (BullMQ's workers) wait on Redis in the background; the request's are
  // those about its count and the clients' revision.
  const requests = commands.filter((command) => /:rate:|clients:revision/.test(command))
  t.equal(requests.length, 1, `one command: ${requests.join(' | ')}`)
  t.match(requests[0], /^evalsha /i, 'the admission script, already in Redis')
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
