// Every route, called as every role, as no one and with a bad token: the roles a route declares are the
// only ones that get through, and nothing answers 5xx.
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import t from 'tap'
import { tokenHash } from '../../src/auth/clients.ts'
import { auth, tempDir, testGateway, tokens } from '../helpers/infra.ts'

const callers: Record<string, string | undefined> = {
  portal: tokens.portal,
  agency: tokens.agencyBCA,
  auditor: tokens.auditor,
  admin: tokens.admin,
  nobody: undefined,
  impostor: 'not-a-token-of-anyone'
}

const sampleParams: Record<string, string> = { procedure: '2.000720', seq: '1', code: 'BXD' }
const sampleId = (url: string) => url.startsWith('/v1/adapters') ? 'population-citizen' : url.startsWith('/v1/records') ? '00000000-0000-4000-8000-000000000000' : 'dev-dvc'
const pathOf = (url: string) => url.replace(/:(\w+)/g, (_, name: string) => name === 'id' ? sampleId(url) : sampleParams[name])

t.test('authorisation matrix', async (t) => {
  const { app } = await testGateway(t, { store: 'pglite' })
  const routes = app.routeRoles.filter((r) => !r.url.startsWith('/docs'))
  t.ok(routes.length >= 25, `${routes.length} routes`)
  for (const route of routes) {
    for (const [caller, token] of Object.entries(callers)) {
      const res = await app.inject({ method: route.method as 'GET', url: pathOf(route.url), headers: token ? auth(token) : {}, ...(route.method === 'GET' ? {} : { payload: {} }) })
      const name = `${route.method} ${route.url} as ${caller}`
      const code = String(res.headers['content-type']).startsWith('application/json') ? res.json().code : undefined
      if (res.statusCode >= 500) t.fail(`${name}: ${res.statusCode}`)
      if (!route.roles) {
        if (res.statusCode === 401 || res.statusCode === 403) t.fail(`${name}: a public route refused`)
      } else if (!token) {
        t.equal(code, 'GW_AUTH_MISSING', name)
      } else if (caller === 'impostor') {
        t.equal(code, 'GW_AUTH_INVALID', name)
      } else if (!route.roles.includes(caller as never)) {
        t.equal(code, 'GW_ROLE_FORBIDDEN', name)
      } else if ((res.statusCode === 401 && code !== 'GW_ASSERTION_INVALID') || (res.statusCode === 403 && code !== 'GW_AGENCY_FORBIDDEN')) {
        // Past the role check, only the citizen assertion (401) and agency ownership (403) may still refuse.
        t.fail(`${name}: refused ${res.statusCode} ${code}`)
      }
    }
  }

  t.test('as another agency\'s client', async (t) => {
    const manifest = JSON.parse(await readFile('adapters/population-citizen/manifest.json', 'utf8'))
    const put = await app.inject({ method: 'PUT', url: '/v1/adapters/population-citizen', headers: auth(tokens.agencyBTC), payload: { ...manifest, version: 9 } })
    t.equal(put.json().code, 'GW_AGENCY_FORBIDDEN')
    const test = await app.inject({ method: 'POST', url: '/v1/adapters/population-citizen/test', headers: auth(tokens.agencyBTC), payload: { subject: { type: 'citizen', id: '040188000000' } } })
    t.equal(test.json().code, 'GW_AGENCY_FORBIDDEN')
    const own = await app.inject({ method: 'POST', url: '/v1/adapters/population-citizen/test', headers: auth(tokens.agencyBCA), payload: { subject: { type: 'citizen', id: '040188000000' } } })
    t.equal(own.statusCode, 200, 'while its own agency passes')
    const publish = await app.inject({ method: 'POST', url: '/v1/records', headers: auth(tokens.agencyBTC), payload: { type: 'judicial-record-certificates', subject: { type: 'citizen', id: '040188000000' }, data: { certificateNumber: '1', certificateType: 'Phiếu số 1', fullName: 'A', criminalRecordStatus: 'Không có án tích' }, issuedBy: 'HNI-STP', issuedAt: new Date().toISOString(), procedure: '2.000488' } })
    t.equal(publish.json().code, 'GW_AGENCY_FORBIDDEN', 'nor publish for another agency\'s unit')
  })
})

t.test('an audit entry records the role the route admitted the client by, not its first role', async (t) => {
  const token = 'two-roles-token-0123456789'
  const dir = await tempDir(t)
  const clientsFile = join(dir, 'clients.yaml')
  await writeFile(clientsFile, `development: true
clients:
  - id: agency-and-auditor
    name: An agency's inspectorate
    roles: [agency, auditor]
    agency: BCA
    tokenSha256: ${tokenHash(token)}
`)
  // The development agreements name the development clients, which this file does not hold.
  const { app } = await testGateway(t, { store: 'pglite', config: { clientsFile, agreementsDir: dir } })
  t.equal((await app.inject({ method: 'GET', url: '/v1/audit?limit=1', headers: auth(token) })).statusCode, 200)
  const { entries } = await app.auditReader.query({ client: 'agency-and-auditor', action: 'audit.query', limit: 10 })
  t.same(entries.map((e) => e.role), ['auditor'], 'the audit route admitted it as an auditor')
})
