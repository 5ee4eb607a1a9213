// The agency tree is the one list of agency codes: whatever names an agency at start must name one of it.
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import t from 'tap'
import { buildApp } from '../../src/app.ts'
import { loadConfig } from '../../src/config.ts'
import { auth, tempDir, testGateway, testStore, tokens } from '../helpers/infra.ts'

t.test('a start naming an agency outside the tree fails before any client is stored', async (t) => {
  const dir = await tempDir(t)
  const clientsFile = join(dir, 'clients.yaml')
  await writeFile(clientsFile, `development: true
clients:
  - id: portal-typo
    name: A portal of a province the tree does not hold
    roles: [portal]
    agency: HNII
    tokenSha256: '${'0'.repeat(64)}'
`)
  const start = (overrides: Parameters<typeof loadConfig>[1]) => buildApp(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }, { dataDir: dir, ...overrides }))
  await t.rejects(start({ clientsFile }), /client portal-typo names agency HNII, not in the agency tree/, 'a client acting for an unknown agency')
  await t.rejects(start({ outbound: { allowLoopback: true, allowPrivate: false, hosts: { 'BCA-C60': ['*.bca.gov.vn'] } } }), /OUTBOUND_HOSTS names BCA-C60, not in the agency tree/,
    'a host list for a misspelt agency, which would leave the agency meant unlimited')
})

t.test('the files seed the store once: a restart keeps what was changed at run time', async (t) => {
  const store = await testStore(t, 'pglite')
  const first = await testGateway(t, { store })
  const renamed = { code: 'HNI-PBD', name: 'Ủy ban nhân dân Phường Ba Đình (renamed)', parent: 'HNI' }
  t.equal((await first.app.inject({ method: 'PUT', url: '/v1/agencies/HNI-PBD', headers: auth(tokens.admin), payload: renamed })).statusCode, 200)
  t.equal((await first.app.inject({ method: 'POST', url: '/v1/clients/agency-bca/disable', headers: auth(tokens.admin) })).statusCode, 200)
  await first.app.close()
  const again = await testGateway(t, { store })
  t.same((await again.app.inject({ method: 'GET', url: '/v1/agencies', headers: auth(tokens.portal) })).json().find((a: { code: string }) => a.code === 'HNI-PBD'), renamed, 'the agencies file does not undo a change')
  t.equal((await again.app.inject({ method: 'GET', url: '/v1/forms', headers: auth(tokens.agencyBCA) })).json().code, 'GW_CLIENT_DISABLED', 'nor the clients file a disabling')
  t.ok(again.app.agencies.within('HNI-PBD', 'HNI'), 'and the tree still holds the unit under its province')
})
