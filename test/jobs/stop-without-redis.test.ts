// A gateway told to stop while Redis is down, with a fetch job failing at that moment, must still stop: its
// worker's last command waits for Redis, and cutting the connection under it once sent BullMQ retrying that
// command in a loop that never yielded (no signal handled, no timer fired, a process spinning for good).
import { setTimeout } from 'node:timers/promises'
import t from 'tap'
import { request } from 'undici'
import { startGateway } from '../../scripts/gateway-process.ts'
import { gatewayEnv, gatewayLog } from '../helpers/gateway-processes.ts'
import { auth, testSandbox, tokens, until } from '../helpers/infra.ts'
import { ownRedis } from '../helpers/own-services.ts'
import { representative } from '../helpers/personas.ts'

const householdBusiness = '2.000720'

t.test('stopped while Redis is down and a fetch job fails, the gateway exits cleanly and soon', async (t) => {
  const [redis, sandbox] = await Promise.all([ownRedis(t), testSandbox(t)])
  const gateway = await startGateway(await gatewayEnv(t, sandbox, { REDIS_URL: redis.url }), { log: gatewayLog(t, 'stop-without-redis') })
  t.teardown(() => { gateway.child.kill('SIGKILL') })
  sandbox.sources.insurance.faults = { latencyMs: 1200 }
  const called = sandbox.sources.insurance.requests
  const res = await request(`${gateway.origin}/v1/prefill`, {
    method: 'POST',
    headers: { ...auth(tokens.portal), 'content-type': 'application/json' },
    body: JSON.stringify({ procedure: householdBusiness, subject: { type: 'citizen', id: representative }, deadlineMs: 300 })
  })
  t.equal((await res.body.json() as any).status, 'pending', 'the slow source is left to a fetch job')

  // The job is fetching; Redis goes; the source answers; the job cannot keep the outcome, fails, and its
  // retry waits for Redis. Then the gateway is told to stop.
  await until(async () => sandbox.sources.insurance.requests > called || undefined, 'the fetch job to call the slow source')
  await redis.kill()
  await setTimeout(2000)
  const started = Date.now()
  gateway.child.kill('SIGTERM')
  const code = await Promise.race([gateway.exited, setTimeout(8000, 'still running')])
  t.equal(code, 0, 'exited on its own, not by the grace timeout nor by our SIGKILL')
  t.ok(Date.now() - started < 8000, `within ${Date.now() - started} ms`)
})
