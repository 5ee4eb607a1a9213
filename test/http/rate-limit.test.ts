import t from 'tap'
import { auth, testGateway, tokens } from '../helpers/infra.ts'

t.test('per-client rate limits are shared by gateway instances through Redis', async (t) => {
  const shared = { rateLimitPerMinute: 5, redisPrefix: `test:rate:${Date.now()}:` }
  const [one, two] = [await testGateway(t, { store: 'pglite', config: shared }), await testGateway(t, { store: 'pglite', config: shared })]
  const list = (app: typeof one.app, token = tokens.portal) => app.inject({ method: 'GET', url: '/v1/forms', headers: auth(token) })
  for (const app of [one.app, two.app, one.app, two.app, one.app]) t.equal((await list(app)).statusCode, 200)
  const limited = await list(two.app)
  t.equal(limited.statusCode, 429, 'the sixth request of the minute, on either instance, is refused')
  t.equal(limited.json().code, 'GW_RATE_LIMITED')
  t.ok(Number(limited.headers['retry-after']) > 0, 'with Retry-After')
  t.equal((await list(one.app, tokens.admin)).statusCode, 200, 'another client has its own count')
})
