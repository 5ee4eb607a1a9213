// Near the main thread's limit new work is refused at once with 503 GW_OVERLOADED and Retry-After, nothing
// of it done (no source asked, nothing audited); liveness, readiness and metrics are always answered; and
// once the event loop catches up, requests are served again.
import { setTimeout as sleep } from 'node:timers/promises'
import t from 'tap'
import { citizenId } from '../../sandbox/subjects.ts'
import { auth, testGateway, tokens, until } from '../helpers/infra.ts'

t.test('an event loop running late sheds new requests, never health, readiness or metrics', async (t) => {
  const { app, store, logs } = await testGateway(t, { store: 'pglite', config: { maxEventLoopDelayMs: 50, metricsPublic: true } })
  const forms = () => app.inject({ method: 'GET', url: '/v1/forms', headers: auth(tokens.portal) })
  const prefill = () => app.inject({ method: 'POST', url: '/v1/prefill', headers: auth(tokens.portal), payload: { procedure: '1.004194', subject: { type: 'citizen', id: citizenId(3) } } })
  // A start on a busy machine (other test files beside this one) may itself hold the loop past 50 ms.
  const servedOnceCaughtUp = async () => (await forms()).statusCode === 200 ? true : undefined
  t.ok(await until(servedOnceCaughtUp, 'requests to be served once the start is behind'), 'served while the loop keeps up')

  // The main thread busy for 100 ms at a time, as under more load than it can take.
  const load = { on: true }
  const hog = (async () => {
    while (load.on) {
      const until = Date.now() + 100
      while (Date.now() < until);
      await sleep(1)
    }
  })()
  t.teardown(() => { load.on = false })
  const shed = await until(async () => { const res = await forms(); return res.statusCode === 503 ? res : undefined }, 'a request to be shed')
  t.match(shed.json(), { statusCode: 503, code: 'GW_OVERLOADED' })
  t.equal(shed.headers['retry-after'], '2')
  // Under overload, logging each refusal with a stack would add work where there is least room for it.
  const refusals = logs.map((line) => JSON.parse(line)).filter((line) => line.code === 'GW_OVERLOADED' || line.err?.code === 'GW_OVERLOADED')
  t.ok(refusals.length > 0, 'a shed request is logged')
  t.ok(refusals.every((line) => line.level === 40 && line.err === undefined), 'at warn, by its code, without a stack')

  const audited = async () => Number((await store.query<{ n: string }>('SELECT count(*) AS n FROM audit_log')).rows[0].n)
  const before = await audited()
  const refused = await prefill()
  t.match(refused.json(), { code: 'GW_OVERLOADED' }, 'a prefill is refused too')
  for (const url of ['/healthz', '/readyz', '/metrics']) t.equal((await app.inject({ method: 'GET', url })).statusCode, 200, `${url} is answered`)
  load.on = false
  await hog
  t.equal(await audited(), before, 'and nothing was audited for it: nothing was done')

  await until(servedOnceCaughtUp, 'requests to be served again')
  t.equal((await prefill()).statusCode, 200, 'prefills too, once the loop caught up')
})
