// A Redis that stops answering while its connections stay open (a paused or overloaded server, a network that
// drops without a reset) must count as down: the first commands give up within a second, and then the
// connection is dropped, so that later requests wait for no Redis command at all until Redis is back.
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
  // Every client's commands are held for 6 s (CLIENT UNPAUSE would be held too); the connections stay open.
  const pauseMs = 6000
  await admin.call('CLIENT', 'PAUSE', String(pauseMs), 'ALL')
  const started = Date.now()
  const res = await prefill()
  const took = Date.now() - started
  t.equal(res.statusCode, 200)
  t.ok(took < pauseMs - 1000, `answered in ${took} ms, before Redis answers again`)
  const fields = res.json().fields
  t.equal(fields['/owner/fullName'].status, 'filled', 'the sources that need no Redis fill their fields')
  t.not(fields['/owner/socialInsuranceNumber'].status, 'filled', 'the queued source cannot')
  const ready = await app.inject({ method: 'GET', url: '/readyz' })
  t.match(ready.json(), { status: 'degraded', checks: { redis: 'down' } })

  // Each Redis command of a prefill (admission, the cache's lookup, the queue) waiting its own second would
  // make every request of the outage seconds late.
  t.not(app.redis.status, 'ready', 'the stalled connection was dropped')
  const again = Date.now()
  t.equal((await prefill()).statusCode, 200)
  const tookAgain = Date.now() - again
  t.ok(tookAgain < 1000, `the next prefill waited for no Redis command: ${tookAgain} ms, under the one-second timeout`)

  await until(async () => (await app.inject({ method: 'GET', url: '/readyz' })).json().checks.redis === 'ok' ? true : undefined, 'Redis to be ready again')
  t.equal((await prefill()).json().fields['/owner/socialInsuranceNumber'].status, 'filled', 'once Redis answers again, the queued source fills its field')
})
