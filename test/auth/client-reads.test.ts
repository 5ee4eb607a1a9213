// Every authenticated request may read the clients again (another instance changed one); a read that fails once
// (a store blip) must fail only itself, a change already committed must not answer 5xx, and a change made while
// Redis was down still reaches the other instances once it is back.
import { randomBytes } from 'node:crypto'
import t from 'tap'
import { auth, testGateway, testStore, tokens, until } from '../helpers/infra.ts'
import { ownRedis } from '../helpers/own-services.ts'

t.test('a failed read of the clients fails only itself: a disable committed during a store blip still takes effect', async (t) => {
  const { app, store } = await testGateway(t, { store: 'pglite' })
  const created = await app.inject({ method: 'POST', url: '/v1/clients', headers: auth(tokens.admin), payload: { id: 'auditor-blip', name: 'Kiểm toán thử', roles: ['auditor'] } })
  t.equal(created.statusCode, 201)
  const token = created.json().token
  const asIt = () => app.inject({ method: 'GET', url: '/v1/clients/me', headers: auth(token) })
  t.equal((await asIt()).statusCode, 200)

  // The store refuses the next read of the clients, as a dropped connection would.
  const query = store.query.bind(store)
  let blips = 1
  store.query = (async (text: string, values?: unknown[]) => {
    if (blips > 0 && /^SELECT id, name, roles/.test(text)) { blips--; throw Object.assign(new Error('connection terminated'), { code: '08006' }) }
    return query(text, values)
  }) as typeof store.query
  t.teardown(() => { store.query = query })

  const disabled = await app.inject({ method: 'POST', url: '/v1/clients/auditor-blip/disable', headers: auth(tokens.admin) })
  t.equal(disabled.statusCode, 200, 'the disable is stored and answered, though reading the clients back failed')
  t.equal(blips, 0, 'the read did fail')
  const after = await asIt()
  t.same([after.statusCode, after.json().code], [401, 'GW_CLIENT_DISABLED'], 'and the next request reads again: the client is refused')
  t.equal((await app.inject({ method: 'GET', url: '/v1/clients/me', headers: auth(tokens.auditor) })).statusCode, 200, 'everyone else still gets in')
})

t.test('no client may be named "me": /v1/clients/me names the caller', async (t) => {
  const { app } = await testGateway(t, { store: 'pglite' })
  const me = await app.inject({ method: 'POST', url: '/v1/clients', headers: auth(tokens.admin), payload: { id: 'me', name: 'Tôi', roles: ['auditor'] } })
  t.same([me.statusCode, me.json().code], [400, 'GW_VALIDATION_FAILED'])
})

t.test('a client changed while Redis was down is refused on the other instance once Redis is back', async (t) => {
  const redis = await ownRedis(t)
  const store = await testStore(t, 'pg')
  // The registry refresh is too slow to explain what follows: only Redis coming back can.
  const shared = { redisUrl: redis.url, redisPrefix: `test:${randomBytes(6).toString('hex')}:`, registryRefreshSeconds: 3600 }
  const a = await testGateway(t, { store, config: shared })
  const b = await testGateway(t, { store, config: shared })
  const created = await a.app.inject({ method: 'POST', url: '/v1/clients', headers: auth(tokens.admin), payload: { id: 'auditor-outage', name: 'Kiểm toán thử', roles: ['auditor'] } })
  const asIt = () => b.app.inject({ method: 'GET', url: '/v1/clients/me', headers: auth(created.json().token) })
  t.equal((await until(async () => { const r = await asIt(); return r.statusCode === 200 ? r : undefined }, 'the new client to work on the other instance')).statusCode, 200)

  await redis.kill()
  t.equal((await a.app.inject({ method: 'POST', url: '/v1/clients/auditor-outage/disable', headers: auth(tokens.admin) })).statusCode, 200, 'a disable is stored while Redis is down')
  t.equal((await asIt()).statusCode, 200, 'the other instance has not heard of it')
  await redis.start()
  const refused = await until(async () => { const r = await asIt(); return r.statusCode === 401 ? r : undefined }, 'the other instance to read the clients again')
  t.equal(refused.json().code, 'GW_CLIENT_DISABLED')
})
