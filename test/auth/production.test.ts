// A gateway started with NODE_ENV=production: what the repository publishes for development opens nothing,
// and how the gateway and its sources are doing is the operator's to read.
import { randomBytes } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { parse } from 'yaml'
import { join } from 'node:path'
import t, { type Test } from 'tap'
import { tokenHash } from '../../src/auth/clients.ts'
import { publishedDevelopmentCredentials } from '../../src/auth/development-credentials.ts'
import type { GatewayConfig } from '../../src/config.ts'
import { KeyRing } from '../../src/keys/key-ring.ts'
import { LogKeys } from '../../src/keys/log-keys.ts'
import type { Store } from '../../src/store/store.ts'
import { auth, tempDir, testGateway, testStore, tokens } from '../helpers/infra.ts'

const token = { operator: 'prod-operator-token-0123456789', portal: 'prod-portal-token-0123456789', admin: 'prod-admin-token-0123456789' }
const clients = `clients:
  - { id: prometheus, name: Prometheus, roles: [operator], tokenSha256: ${tokenHash(token.operator)} }
  - { id: portal-prod, name: A portal, roles: [portal], agency: VPCP, tokenSha256: ${tokenHash(token.portal)} }
  - { id: admin-prod, name: The operator's admin, roles: [admin], tokenSha256: ${tokenHash(token.admin)} }
`

async function productionGateway (t: Test, clientsYaml: string, config: Partial<GatewayConfig> = {}, store: Store | 'pglite' = 'pglite') {
  const dir = await tempDir(t)
  const clientsFile = join(dir, 'clients.yaml')
  await writeFile(clientsFile, clientsYaml)
  await KeyRing.rotate(join(dir, 'keys'))
  await LogKeys.rotate(join(dir, 'log-keys'))
  return testGateway(t, {
    store,
    config: {
      env: 'production',
      subjectHmacKey: randomBytes(32).toString('base64'),
      cacheKey: randomBytes(32).toString('base64'),
      keysDir: join(dir, 'keys'),
      auditLogKeysDir: join(dir, 'log-keys'),
      auditLogOrigin: 'sharing-log.example.gov.vn/test',
      clientsFile,
      authBearer: true,
      // The shipped adapters reach the sandbox on loopback.
      outbound: { allowLoopback: true, allowPrivate: false, hosts: {} },
      ...config
    }
  })
}

t.test('production refuses to start with a client holding a published development token or assertion key', async (t) => {
  const development = await readFile('config/dev/clients.yaml', 'utf8')
  t.ok(development.includes('development: true\n'))
  await t.rejects(productionGateway(t, development.replace('development: true\n', '')),
    /clients\.yaml: portal-dvc, portal-hni, portal-hcm, portal-demo, agency-bca, agency-btc, agency-hni, agency-bnnmt, auditor-ttcp, admin, operator hold a published development token or assertion key; refusing to start with NODE_ENV=production/,
    'the development clients file with its flag removed')
  await t.rejects(productionGateway(t, clients + `  - { id: new-portal, name: A new portal, roles: [portal], agency: HNI, tokenSha256: ${tokenHash(tokens.portal)} }\n`),
    /: new-portal hold a published development token/, 'a new client given a development token, among good ones')
  const assertionKey = /assertionKey: (\{[^}]+\})/.exec(development)![1]
  await t.rejects(productionGateway(t, clients + `  - { id: new-portal, name: A new portal, roles: [portal], agency: HNI, assertionKey: ${assertionKey}, tokenSha256: ${tokenHash('fresh-token-0123456789')} }\n`),
    /: new-portal hold a published development token or assertion key/, 'a portal given the development assertion key, whose private half is in the repository')
  const { app } = await productionGateway(t, clients)
  t.equal((await app.inject({ method: 'GET', url: '/v1/forms', headers: auth(token.portal) })).statusCode, 200, 'fresh credentials start and work')
  t.equal((await app.inject({ method: 'GET', url: '/v1/forms', headers: auth(tokens.portal) })).json().code, 'GW_AUTH_INVALID', 'and a development token is nobody')
})

t.test('production knows the development credentials without reading config/dev/clients.yaml, and they are exactly its', async (t) => {
  const file = parse(await readFile('config/dev/clients.yaml', 'utf8')) as { clients: Array<{ tokenSha256: string, assertionKey?: { x: string, y: string } }> }
  const published = file.clients.flatMap((c) => [c.tokenSha256, ...c.assertionKey ? [`${c.assertionKey.x}.${c.assertionKey.y}`] : []])
  t.same([...publishedDevelopmentCredentials].sort(), published.sort())
})

t.test('production refuses a store that still holds development clients from a development start', async (t) => {
  const store = await testStore(t, 'pglite')
  const dev = await testGateway(t, { store })
  await dev.app.close()
  await t.rejects(productionGateway(t, clients, {}, store), /the store: portal-dvc, .*operator hold a published development token or assertion key/)
  await store.query("UPDATE clients SET disabled_at = now() WHERE created_by = 'seed' AND id NOT IN ('prometheus', 'portal-prod', 'admin-prod')")
  const { app } = await productionGateway(t, clients, {}, store)
  t.equal((await app.inject({ method: 'GET', url: '/v1/forms', headers: auth(tokens.portal) })).json().code, 'GW_CLIENT_DISABLED', 'disabled, they may stay')
  const devKey = JSON.parse(await readFile('config/dev/portal-dvc-assertion.jwk.json', 'utf8'))
  const put = await app.inject({ method: 'PUT', url: '/v1/clients/me/assertion-key', headers: auth(token.portal), payload: { kty: 'EC', crv: 'P-256', x: devKey.jwk.x, y: devKey.jwk.y } })
  t.equal(put.json().code, 'GW_ASSERTION_KEY_INVALID', 'and no portal registers the development key at run time')
})

t.test('in production /metrics and the sources\' circuits are the operator\'s, unless METRICS_PUBLIC', async (t) => {
  const { app } = await productionGateway(t, clients)
  const metrics = (token?: string) => app.inject({ method: 'GET', url: '/metrics', headers: token ? auth(token) : {} })
  t.match(await metrics(), { statusCode: 401 }, 'no credentials')
  t.equal((await metrics()).json().code, 'GW_AUTH_MISSING')
  t.equal((await metrics(token.portal)).json().code, 'GW_ROLE_FORBIDDEN', 'a portal')
  for (const caller of ['operator', 'admin'] as const) {
    const res = await metrics(token[caller])
    t.equal(res.statusCode, 200, `the ${caller}`)
    t.match(res.body, /^# HELP gateway_prefill_requests_total/m)
  }
  const ready = await app.inject({ method: 'GET', url: '/readyz' })
  t.same(ready.json(), { status: 'ready', checks: { store: 'ok', redis: 'ok' } }, 'readiness still answers anyone, without the sources\' circuits')
  t.equal((await app.inject({ method: 'GET', url: '/healthz' })).statusCode, 200)

  const open = await productionGateway(t, clients, { metricsPublic: true })
  t.equal((await open.app.inject({ method: 'GET', url: '/metrics' })).statusCode, 200, 'METRICS_PUBLIC opens /metrics')
  t.match((await open.app.inject({ method: 'GET', url: '/readyz' })).json(), { status: 'ready', circuits: {} }, 'and the circuits')
})

t.test('a clients file where two clients share an id or a token hash is refused, not half-loaded', async (t) => {
  const dir = await tempDir(t)
  const file = join(dir, 'clients.yaml')
  await writeFile(file, clients + `  - { id: other, name: Another, roles: [auditor], tokenSha256: ${tokenHash(token.admin)} }\n`)
  await t.rejects(productionGateway(t, await readFile(file, 'utf8')), new RegExp(`more than one client has the tokenSha256 ${tokenHash(token.admin)}`), 'one token would open the second client only')
  await writeFile(file, clients + `  - { id: prometheus, name: Another, roles: [auditor], tokenSha256: ${tokenHash('another-token-0123456789')} }\n`)
  await t.rejects(testGateway(t, { store: 'pglite', config: { clientsFile: file, agreementsDir: dir } }), /more than one client has the id prometheus/, 'a certificate naming prometheus would be either')
})

t.test('production starts only with the log\'s note key, and never makes one', async (t) => {
  const empty = join(await tempDir(t), 'none')
  await t.rejects(productionGateway(t, clients, { auditLogKeysDir: empty }), /no log key in .*none: create one with npm run keys:rotate -- --log/)
  const { app } = await productionGateway(t, clients)
  t.match((await app.inject({ method: 'GET', url: '/log/vkey' })).body, /^sharing-log\.example\.gov\.vn\/test\+[0-9a-f]{8}\+A[Q-Za-f][A-Za-z0-9+/]{42}\n?$/, 'the provisioned key, named by AUDIT_LOG_ORIGIN')
})
