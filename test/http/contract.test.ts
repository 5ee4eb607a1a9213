import { readFile } from 'node:fs/promises'
import { connect } from 'node:net'
import { once } from 'node:events'
import t from 'tap'
import { request } from 'undici'
import * as gatewayErrors from '../../src/errors.ts'
import { openapiPath } from '../../src/http/openapi-contract.ts'
import { configDocs } from '../../scripts/gen-config-docs.ts'
import { generateOpenapi } from '../../scripts/gen-openapi.ts'
import { generateTypes } from '../../scripts/gen-types.ts'
import { auth, testGateway, tokens } from '../helpers/infra.ts'

t.test('the published contract, the generated types and the configuration table are fresh', async (t) => {
  const { app } = await testGateway(t, { store: 'pglite' })
  t.equal(await generateOpenapi(app), await readFile('openapi.yaml', 'utf8'), 'openapi.yaml matches the routes: run npm run gen')
  t.equal(await generateTypes(), await readFile('src/generated/types.ts', 'utf8'), 'src/generated/types.ts matches schemas/: run npm run gen')
  const readme = await readFile('README.md', 'utf8')
  t.equal(configDocs(readme), readme, 'the README\'s configuration table matches schemas/config.json: run npm run gen')
  const spec = (await app.inject({ method: 'GET', url: '/openapi.json' })).json()
  t.ok(spec.components.schemas.PrefillRequest, 'components are named after schema titles')
  // Routes and operations by "METHOD /path/{param}"; the docs pages, the console's and the contract itself are not in it.
  const served = new Map(app.routeRoles.filter((r) => !r.url.startsWith('/docs') && !r.url.startsWith('/console') && r.url !== '/openapi.json').map((r) => [`${r.method} ${openapiPath(r.url)}`, r.roles]))
  const operations = new Map(Object.entries<Record<string, any>>(spec.paths).flatMap(([path, item]) => Object.entries(item).map(([method, op]) => [`${method.toUpperCase()} ${path}`, op])))
  t.same([...operations.keys()].sort(), [...served.keys()].sort(), 'every route is in the contract')
  for (const [route, op] of operations) {
    if (served.get(route)) t.ok(op.responses[401] && op.responses[403] && op.security?.length !== 0, `${route} declares its authentication`)
    else t.same(op.security, [], `${route} is public`)
  }
  t.same(spec.components.schemas.ErrorCode.enum.sort(), Object.values(gatewayErrors).map((E) => new E().code).sort(), 'the error codes are those of src/errors.ts')
  t.same(spec.components.schemas.FieldReason.enum, JSON.parse(await readFile('schemas/field-reason.json', 'utf8')).enum, 'the field reasons are those of schemas/field-reason.json')
  t.same(spec.components.schemas.ErrorResponse.properties.code, { $ref: '#/components/schemas/ErrorCode' })
  const docs = await app.inject({ method: 'GET', url: '/docs/' })
  t.equal(docs.statusCode, 200)
  t.match(docs.headers['content-type'], /text\/html/)
  t.match(docs.headers['content-security-policy'], /script-src 'self'/, 'the docs pages carry a Content-Security-Policy')
  t.equal(docs.headers['x-content-type-options'], 'nosniff')
  t.equal(docs.headers['x-frame-options'], 'SAMEORIGIN')

  t.test('health, readiness, unknown routes', async (t) => {
    t.same((await app.inject({ method: 'GET', url: '/healthz' })).json(), { status: 'ok' })
    const idle = { waiting: 0, active: 0, delayed: 0, failed: 0 }
    t.same((await app.inject({ method: 'GET', url: '/readyz' })).json(), { status: 'ready', checks: { store: 'ok', redis: 'ok' }, circuits: {}, queues: { prefill: idle, webhooks: idle } })
    const missing = await app.inject({ method: 'GET', url: '/v1/nothing?x=1', headers: auth(tokens.portal) })
    t.equal(missing.statusCode, 404)
    t.equal(missing.json().code, 'GW_NOT_FOUND')
    const malformed = await app.inject({ method: 'GET', url: '/v1/adapters/%zz', headers: auth(tokens.portal) })
    t.equal(malformed.json().code, 'GW_BAD_URL', 'a path that does not decode is refused before any route runs')
    for (const [name, answer] of [['an answer', await app.inject({ method: 'GET', url: '/healthz' })], ['an unknown route', missing], ['a malformed URL', malformed]] as const) {
      t.equal(answer.headers['x-content-type-options'], 'nosniff', `${name} carries helmet's security headers`)
      t.match(answer.headers['strict-transport-security'], /^max-age=\d+/)
      t.notOk(answer.headers['x-powered-by'])
    }
    const big = await app.inject({ method: 'POST', url: '/v1/prefill', headers: { ...auth(tokens.portal), 'content-type': 'application/json' }, payload: JSON.stringify({ procedure: 'x'.repeat(2 * 1024 * 1024) }) })
    t.equal(big.statusCode, 413)
    t.equal(big.json().code, 'GW_BODY_TOO_LARGE')
    const text = await app.inject({ method: 'POST', url: '/v1/prefill', headers: { ...auth(tokens.portal), 'content-type': 'text/plain' }, payload: 'hello' })
    t.equal(text.json().code, 'GW_MEDIA_TYPE_UNSUPPORTED')
    const poisoned = await app.inject({ method: 'POST', url: '/v1/prefill', headers: { ...auth(tokens.portal), 'content-type': 'application/json' }, payload: '{"procedure":"2.000720","subject":{"type":"citizen","id":"040188000000"},"__proto__":{"polluted":true}}' })
    t.equal(poisoned.statusCode, 400, 'a body that tries to set __proto__ is refused')
    t.equal(poisoned.json().code, 'GW_BODY_INVALID_JSON')
    t.equal(({} as Record<string, unknown>).polluted, undefined)
    const huge = await app.inject({ method: 'GET', url: `/v1/adapters/${'a'.repeat(200)}`, headers: auth(tokens.admin) })
    t.equal(huge.json().code, 'GW_URI_TOO_LONG')
  })
})

t.test('a traceparent with an all-zero parent id starts a new trace, and the caller\'s sampled flag is kept', async (t) => {
  const { app } = await testGateway(t, { store: 'pglite' })
  const traceOf = async (traceparent: string) => String((await app.inject({ method: 'GET', url: '/healthz', headers: { traceparent } })).headers.traceparent)
  const traceId = '4bf92f3577b34da6a3ce929d0e0e4736'
  t.match(await traceOf(`00-${traceId}-00f067aa0ba902b7-01`), new RegExp(`^00-${traceId}-[0-9a-f]{16}-01$`), 'a valid one is continued')
  t.match(await traceOf(`00-${traceId}-00f067aa0ba902b7-00`), new RegExp(`^00-${traceId}-[0-9a-f]{16}-00$`), 'not sampled stays not sampled')
  const zeroParent = await traceOf(`00-${traceId}-0000000000000000-01`)
  t.match(zeroParent, /^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/)
  t.not(zeroParent.split('-')[1], traceId, 'an all-zero parent id is invalid: a new trace')
})

t.test('the gateway listens on IPv6 and IPv4', async (t) => {
  const { app } = await testGateway(t, { store: 'pglite' })
  await app.listen({ host: '::', port: 0, ipv6Only: false })
  const { port } = app.server.address() as { port: number }
  for (const host of ['[::1]', '127.0.0.1']) {
    const res = await request(`http://${host}:${port}/healthz`)
    t.equal(res.statusCode, 200, host)
    await res.body.dump()
  }
})

t.test('what the HTTP parser refuses still gets a stable code', async (t) => {
  const { app } = await testGateway(t, { store: 'pglite' })
  await app.listen({ host: '127.0.0.1', port: 0 })
  const { port } = app.server.address() as { port: number }
  const raw = async (bytes: string) => {
    const socket = connect(port, '127.0.0.1')
    socket.end(bytes)
    const chunks: Buffer[] = []
    socket.on('data', (chunk) => chunks.push(chunk))
    await once(socket, 'close')
    const [head, body] = Buffer.concat(chunks).toString().split('\r\n\r\n')
    const [statusLine, ...lines] = head.split('\r\n')
    const headers = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]))
    return { status: Number(statusLine.split(' ')[1]), headers, body: JSON.parse(body) }
  }
  const security = { 'x-content-type-options': 'nosniff', 'strict-transport-security': /^max-age=\d+/, 'x-frame-options': 'SAMEORIGIN', 'content-type': 'application/json' }
  t.match(await raw(`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(9000)}\r\n\r\n`), { status: 431, headers: security, body: { code: 'GW_HEADERS_TOO_LARGE', message: /8192 bytes/ } }, 'headers over 8 KiB, answered with helmet\'s security headers')
  t.match(await raw('\x16\x03\x01 not http\r\n\r\n'), { status: 400, headers: security, body: { code: 'GW_MALFORMED_HTTP' } }, 'bytes that are not HTTP, likewise')
  const fine = await request(`http://127.0.0.1:${port}/healthz`, { headers: { 'x-fine': 'a'.repeat(6000) } })
  t.equal(fine.statusCode, 200, 'headers under the limit pass')
  await fine.body.dump()
})

t.test('a body trickling past requestTimeout gets 408 GW_REQUEST_TIMEOUT', async (t) => {
  const { app } = await testGateway(t, { store: 'pglite', config: { requestTimeoutMs: 300 } })
  await app.listen({ host: '127.0.0.1', port: 0 })
  const { port } = app.server.address() as { port: number }
  const socket = connect(port, '127.0.0.1')
  const chunks: Buffer[] = []
  socket.on('data', (chunk) => chunks.push(chunk))
  socket.on('error', () => {}) // a write racing the server's close; the answer is what counts
  const started = Date.now()
  socket.write(`POST /v1/prefill HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${tokens.portal}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"procedure":`)
  // A byte now and then keeps the connection active: only the request's deadline stops it.
  const trickle = setInterval(() => socket.write(' '), 100)
  await once(socket, 'close')
  clearInterval(trickle)
  const [head, body] = Buffer.concat(chunks).toString().split('\r\n\r\n')
  t.match(head, /^HTTP\/1.1 408 /)
  t.match(JSON.parse(body), { statusCode: 408, code: 'GW_REQUEST_TIMEOUT' })
  t.ok(Date.now() - started < 5000, 'cut within about a second of the limit')
})

t.test('readiness says degraded without Redis, and prefill still works', async (t) => {
  const { app } = await testGateway(t, { store: 'pglite', config: { redisUrl: 'redis://127.0.0.1:1' } })
  const ready = await app.inject({ method: 'GET', url: '/readyz' })
  t.equal(ready.statusCode, 200)
  t.same(ready.json(), { status: 'degraded', checks: { store: 'ok', redis: 'down' }, circuits: {} })
  const res = await app.inject({ method: 'POST', url: '/v1/prefill', headers: auth(tokens.portal), payload: { procedure: '1.004194', subject: { type: 'citizen', id: '040188000000' } } })
  t.equal(res.json().fields['/fullName'].status, 'filled')
})

t.test('the clients file', async (t) => {
  const { app } = await testGateway(t, { store: 'pglite' })
  const dev = app.clients
  t.equal(dev.byToken(tokens.agencyBCA)?.agency, 'BCA')
  t.equal(dev.byToken('dev-portal-token ')?.id, undefined, 'tokens match exactly')
  t.notOk((await readFile('config/dev/clients.yaml', 'utf8')).includes(tokens.portal), 'the clients file holds hashes, not tokens')
})
