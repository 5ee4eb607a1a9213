// A Redis that stops answering while its connections stay open (a paused or overloaded server, a network that
// drops without a reset) must count as down: every command the requests wait for gives up within a second; and
// once Redis answers again, so does the gateway, on the same connections.
import t from 'tap'
import { Redis } from 'ioredis'
import { representative } from '../helpers/personas.ts'
import { adaptersWithAsync } from '../helpers/adapters.ts'
import { auth, testGateway, tokens, until } from '../helpers/infra.ts'
import { ownRedis } from '../helpers/own-services.ts'

t.test('a Redis that stops answering: prefills answer without it, and readiness says it is down', async (t) => {
  const redis = await ownRedis(t)
  const { app } = await testGateway(t, { store: 'pglite', config: { redisUrl: redis.url, adaptersDir: await adaptersWithAsync(t, 'social-insurance') } })
  const prefill = () => app.inject({ method: 'POST', url: '/v1/prefill', headers: auth(tokens.portal), payload: { procedure: '2.000720', subject: { type: 'citizen', id: representative }, deadlineMs: 1500 } })
  t.equal((await prefill()).json().fields['/owner/socialInsuranceNumber'].status, 'filled', 'with Redis, the queued source fills its field')

  const admin = new Redis(redis.url)
  t.teardown(() => admin.disconnect())
  // Every client's commands are held for 12 s (CLIENT UNPAUSE would be held too); the connections stay open. A
  // prefill's Redis commands may each wait their second, and readiness must still see the pause.
  const pauseMs = 12_000
  await admin.call('CLIENT', 'PAUSE', String(pauseMs), 'ALL')
  const started = Date.now()
  const res = await prefill()
  const took = Date.now() - started
  t.equal(res.statusCode, 200)
  t.ok(took < pauseMs / 2, `answered in ${took} ms, long before Redis answers again`)
  const fields = res.json().fields
  t.equal(fields['/owner/fullName'].status, 'filled', 'the sources that need no Redis fill their fields')
  t.not(fields['/owner/socialInsuranceNumber'].status, 'filled', 'the queued source cannot')
  const ready = await app.inject({ method: 'GET', url: '/readyz' })
  t.match(ready.json(), { status: 'degraded', checks: { redis: 'down' } })

  await until(async () => (await app.inject({ method: 'GET', url: '/readyz' })).json().checks.redis === 'ok' ? true : undefined, 'Redis to be ready again')
  t.equal((await prefill()).json().fields['/owner/socialInsuranceNumber'].status, 'filled', 'once Redis answers again, the queued source fills its field')
})
