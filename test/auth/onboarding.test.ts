// Onboarding at run time, on two gateway instances sharing one store and one Redis: an admin adds an agency
// and its clients through one instance, the new agency registers its source through the other, a portal
// prefills from it, and a client disabled on one instance is refused at its next request on the other.
import { generateKeyPairSync, randomBytes } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readFile } from 'node:fs/promises'
import forge from 'node-forge'
import { exportJWK } from 'jose'
import t, { type Test } from 'tap'
import { Client } from 'undici'
import { signCitizenAssertion } from '../../packages/client/src/index.ts'
import { citizen, citizenId } from '../../sandbox/subjects.ts'
import { auth, testGateway, testStore, tokens, until } from '../helpers/infra.ts'
import { gatewayTls } from '../helpers/gateway-tls.ts'

async function readmeExample (heading: string): Promise<any> {
  const readme = await readFile('README.md', 'utf8')
  return JSON.parse(/```json\n([\s\S]*?)\n```/.exec(readme.slice(readme.indexOf(heading)))![1])
}

/** A source of a ministry the repository has never seen: vehicle owners, as in the README's adapter example. */
async function vehicleRegistry (t: Test, owner: string): Promise<string> {
  const server = createServer((req, res) => {
    if (req.url === `/api/owners/${owner}`) {
      res.writeHead(200, { 'content-type': 'application/json' })
      return res.end(JSON.stringify({ owner: { name: citizen(7).fullName, vehicles: [{ plate: '30A-123.45', brand: 'VinFast' }] } }))
    }
    res.writeHead(404).end()
  }).listen(0, '127.0.0.1')
  t.teardown(() => server.close())
  await new Promise((resolve) => server.once('listening', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

t.test('an agency and its clients onboarded at run time, then a client disabled on every instance at once', async (t) => {
  const { ca, tls } = await gatewayTls(t, { caKey: true })
  const store = await testStore(t, 'pg')
  const shared = {
    redisPrefix: `test:${randomBytes(6).toString('hex')}:`,
    tls,
    authBearer: true,
    registryRefreshSeconds: 0.1
  }
  const a = await testGateway(t, { store, config: shared })
  const b = await testGateway(t, { store, config: shared })
  const owner = citizenId(7)
  const origin = await vehicleRegistry(t, owner)
  const admin = auth(tokens.admin)
  const onA = (method: 'GET' | 'PUT' | 'POST', url: string, headers: Record<string, string>, payload?: object) => a.app.inject({ method, url, headers, ...payload ? { payload } : {} })
  const onB = (method: 'GET' | 'PUT' | 'POST', url: string, headers: Record<string, string>, payload?: object) => b.app.inject({ method, url, headers, ...payload ? { payload } : {} })

  t.test('the agency tree changes at run time, refusing what would break it', async (t) => {
    const ministry = { code: 'BXD', name: 'Bộ Xây dựng', sharesData: true }
    const unit = { code: 'BXD-CDK', name: 'Cục Đăng kiểm Việt Nam', parent: 'BXD' }
    t.equal((await onA('PUT', '/v1/agencies/BXD', admin, ministry)).statusCode, 201)
    const added = await onA('PUT', '/v1/agencies/BXD-CDK', admin, unit)
    t.equal(added.statusCode, 201)
    t.same(added.json(), unit)
    t.equal((await onA('PUT', '/v1/agencies/BXD-CDK', admin, unit)).statusCode, 200, 'the same again changes nothing')
    t.match((await onA('PUT', '/v1/agencies/BXD-X', admin, { code: 'BXD-X', name: 'X', parent: 'BXDD' })).json(), { statusCode: 422, code: 'GW_AGENCY_PARENT_UNKNOWN' })
    t.match((await onA('PUT', '/v1/agencies/BXD', admin, { code: 'BXD', name: ministry.name, parent: 'BXD-CDK' })).json(), { statusCode: 422, code: 'GW_AGENCY_CYCLE', message: /BXD → BXD-CDK → BXD/ })
    t.match((await onA('PUT', '/v1/agencies/BXD-CDK', admin, { ...unit, sharesData: true })).json(), { statusCode: 422, code: 'GW_REGISTRATION_INVALID' }, 'only a ministry or province shares data')
    t.match((await onA('PUT', '/v1/agencies/BXD', auth(tokens.agencyBCA), ministry)).json(), { statusCode: 403, code: 'GW_ROLE_FORBIDDEN' })
    const seen = await until(async () => (await onB('GET', '/v1/agencies', auth(tokens.portal))).json().find((x: any) => x.code === 'BXD-CDK'), 'the other instance to see BXD-CDK')
    t.same(seen, unit, 'the other instance serves the new unit')
    t.ok(b.app.agencies.within('BXD-CDK', 'BXD'), 'and its registry checks use the live tree')
    const { rows } = await store.query<{ detail: any }>("SELECT detail FROM audit_log WHERE action = 'agency.register' ORDER BY seq")
    t.same(rows.map((r) => r.detail.status), ['created', 'created', 'unchanged'], 'every accepted change is in the sharing log')
  })

  let agencyToken = ''
  let portalToken = ''
  t.test('clients are created on one instance and work on the other at once', async (t) => {
    t.match((await onA('POST', '/v1/clients', admin, { id: 'agency-bxd-typo', name: 'X', roles: ['agency'], agency: 'BXDD' })).json(), { statusCode: 422, code: 'GW_AGENCY_UNKNOWN' })
    t.match((await onA('POST', '/v1/clients', admin, { id: 'agency-bxd-none', name: 'X', roles: ['agency'] })).json(), { statusCode: 400, code: 'GW_VALIDATION_FAILED' }, 'an agency client names its agency')
    const created = await onA('POST', '/v1/clients', admin, { id: 'agency-bxd-cdk', name: 'Cục Đăng kiểm (hệ thống đăng ký xe)', roles: ['agency'], agency: 'BXD-CDK' })
    t.equal(created.statusCode, 201)
    agencyToken = created.json().token
    t.match(agencyToken, /^[A-Za-z0-9_-]{43}$/, '32 random bytes, base64url')
    t.same(created.json().client, { id: 'agency-bxd-cdk', name: 'Cục Đăng kiểm (hệ thống đăng ký xe)', roles: ['agency'], agency: 'BXD-CDK' })
    t.match((await onA('POST', '/v1/clients', admin, { id: 'agency-bxd-cdk', name: 'again', roles: ['auditor'] })).json(), { statusCode: 409, code: 'GW_CLIENT_EXISTS' })
    const portal = await onB('POST', '/v1/clients', admin, { id: 'portal-bxd', name: 'Cổng dịch vụ công Bộ Xây dựng', roles: ['portal'], agency: 'BXD' })
    portalToken = portal.json().token
    const read = await onB('GET', '/v1/clients/agency-bxd-cdk', admin)
    t.same(read.json(), created.json().client, 'the other instance knows it without a restart')
    t.same((await onB('GET', '/v1/clients/me', auth(agencyToken))).json(), created.json().client, 'and the client learns who it is there (the console\'s first call)')
    t.notOk(JSON.stringify((await onB('GET', '/v1/clients', admin)).json()).includes(agencyToken), 'the token is never shown again')
    const { rows } = await store.query<{ token_sha256: string }>("SELECT token_sha256 FROM clients WHERE id = 'agency-bxd-cdk'")
    t.not(rows[0].token_sha256, agencyToken, 'only its hash is kept')
    t.notOk([...a.logs, ...b.logs].some((line) => line.includes(agencyToken) || line.includes(portalToken)), 'and no log line holds it')
  })

  t.test('the new agency registers its source, an admin its form and agreement, and the new portal prefills', async (t) => {
    const manifest = { ...await readmeExample('## How an agency writes an adapter'), agency: 'BXD-CDK' }
    manifest.transport.url = manifest.transport.url.replace('https://vr.example.gov.vn', origin)
    const registered = await onB('PUT', '/v1/adapters/vehicle-owners', auth(agencyToken), manifest)
    t.equal(registered.statusCode, 201, registered.body)
    t.equal((await onB('POST', '/v1/adapters/vehicle-owners/test', auth(agencyToken), { subject: { type: 'citizen', id: owner } })).json().outcome, 'found')
    // A form is checked against the adapters its instance knows: A learns of B's adapter at its next refresh.
    await until(async () => a.app.adapters.current('vehicle-owners') ? true : undefined, 'instance A to see the adapter')
    const form = { ...await readmeExample('## How an admin writes a form') }
    form['x-procedure'] = { ...form['x-procedure'], agency: 'BXD-CDK' }
    t.equal((await onA('PUT', `/v1/forms/${form['x-procedure'].code}`, admin, form)).statusCode, 201)
    const agreement = { ...await readmeExample('## How an admin writes an agreement'), id: 'bxd-vehicle-transfer', client: 'portal-bxd' }
    const agreed = await onA('PUT', `/v1/agreements/${agreement.id}`, admin, agreement)
    t.equal(agreed.statusCode, 201, agreed.body)
    const prefill = await until(async () => {
      const body = (await onB('POST', '/v1/prefill', auth(portalToken), { procedure: form['x-procedure'].code, subject: { type: 'citizen', id: owner } })).json()
      return body.fields?.['/plate']?.status === 'filled' ? body : undefined
    }, 'instance B to prefill under the agreement registered on A')
    t.equal(prefill.fields['/plate'].value, '30A-123.45')
    t.same(prefill.fields['/ownerName'].source, { id: 'vehicle-owners', agency: 'BXD-CDK' })

    const moved = (await onA('PUT', '/v1/agencies/BXD-CDK', admin, { code: 'BXD-CDK', name: 'Cục Đăng kiểm Việt Nam', parent: 'BCA' })).json()
    t.match(moved, { statusCode: 409, code: 'GW_AGENCY_IN_USE', message: /adapter vehicle-owners, client agency-bxd-cdk/ }, 'a unit with registrations does not move to another ministry')
  })

  t.test('a portal registers its own assertion key, public only', async (t) => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    const privateJwk = await exportJWK(privateKey)
    const { d, ...publicJwk } = privateJwk
    t.match((await onA('PUT', '/v1/clients/me/assertion-key', auth(portalToken), privateJwk)).json(), { statusCode: 422, code: 'GW_ASSERTION_KEY_INVALID', message: /private part \(d\)/ })
    t.match((await onA('PUT', '/v1/clients/me/assertion-key', auth(portalToken), { ...publicJwk, y: publicJwk.x })).json(), { statusCode: 422, code: 'GW_ASSERTION_KEY_INVALID', message: /not a point of P-256/ })
    t.match((await onA('PUT', '/v1/clients/me/assertion-key', auth(agencyToken), publicJwk)).json(), { code: 'GW_ROLE_FORBIDDEN' }, 'portals only')
    t.equal((await onA('PUT', '/v1/clients/me/assertion-key', auth(portalToken), publicJwk)).statusCode, 200)
    t.ok(d)
    const assertion = await signCitizenAssertion({ subject: { type: 'citizen', id: owner }, privateJwk, clientId: 'portal-bxd', expiresInSeconds: 60 })
    const log = await onB('GET', '/v1/subjects/me/access-log', { ...auth(portalToken), 'x-subject-assertion': assertion })
    t.equal(log.statusCode, 200, 'the other instance checks assertions with it at once')
    t.ok(log.json().entries.some((e: any) => e.client.id === 'portal-bxd'), 'and the citizen sees the new portal\'s prefill')
  })

  t.test('a disabled client is refused at its next request on every instance: token and certificate', async (t) => {
    const keys = forge.pki.rsa.generateKeyPair(1024)
    const csr = forge.pki.createCertificationRequest()
    csr.publicKey = keys.publicKey
    csr.setSubject([{ name: 'commonName', value: 'auditor-bxd' }])
    csr.sign(keys.privateKey, forge.md.sha256.create())
    const signed = await onA('POST', '/v1/clients', admin, { id: 'auditor-bxd', name: 'Thanh tra Bộ Xây dựng', roles: ['auditor'], csr: forge.pki.certificationRequestToPem(csr) })
    t.equal(signed.statusCode, 201, signed.body)
    t.notOk(signed.json().token, 'a certificate client gets no token')
    const other = await onA('POST', '/v1/clients', admin, { id: 'auditor-bxd2', name: 'X', roles: ['auditor'], csr: forge.pki.certificationRequestToPem(csr) })
    t.match(other.json(), { statusCode: 422, code: 'GW_CSR_INVALID', message: /names client auditor-bxd, not auditor-bxd2/ })

    await b.app.listen({ host: '127.0.0.1', port: 0 })
    const overTls = async (path: string) => {
      const client = new Client(`https://127.0.0.1:${(b.app.server.address() as AddressInfo).port}`, { connect: { ca: ca.certPem, cert: signed.json().certificate.pem, key: forge.pki.privateKeyToPem(keys.privateKey) } })
      try {
        const res = await client.request({ method: 'GET', path })
        return { status: res.statusCode, body: await res.body.json() as any }
      } finally {
        await client.close()
      }
    }
    t.equal((await overTls('/v1/audit?limit=1')).status, 200, 'the certificate the gateway signed works on the other instance')
    t.equal((await onB('GET', '/v1/adapters/vehicle-owners', auth(agencyToken))).statusCode, 200)

    t.ok((await onA('POST', '/v1/clients/agency-bxd-cdk/disable', admin)).json().disabledAt)
    t.match((await onB('GET', '/v1/adapters/vehicle-owners', auth(agencyToken))).json(), { statusCode: 401, code: 'GW_CLIENT_DISABLED' }, 'its next request on the other instance')
    t.equal((await onA('GET', '/v1/adapters/vehicle-owners', auth(agencyToken))).statusCode, 401, 'and on the one that disabled it')
    t.equal((await onA('POST', '/v1/clients/auditor-bxd/disable', admin)).statusCode, 200)
    t.match(await overTls('/v1/audit?limit=1'), { status: 401, body: { code: 'GW_CLIENT_DISABLED' } }, 'its certificate too')
    t.match((await onB('POST', '/v1/clients/nobody/disable', admin)).json(), { statusCode: 404, code: 'GW_CLIENT_UNKNOWN' })
    t.match((await onB('POST', '/v1/clients', admin, { id: 'agency-bxd-cdk', name: 'reused', roles: ['auditor'] })).json(), { code: 'GW_CLIENT_EXISTS' }, 'a disabled client\'s id is never reused')
    t.equal((await onA('POST', '/v1/clients/portal-bxd/disable', admin)).statusCode, 200)
    const agreement = { ...await readmeExample('## How an admin writes an agreement'), id: 'bxd-vehicle-transfer', client: 'portal-bxd', version: 2 }
    t.match((await onB('PUT', '/v1/agreements/bxd-vehicle-transfer', admin, agreement)).json(), { code: 'GW_REGISTRATION_INVALID', problems: [{ path: '/client', message: 'no client portal-bxd' }] }, 'a disabled portal is no party to a new agreement')
    const { rows } = await store.query<{ action: string, detail: any }>("SELECT action, detail FROM audit_log WHERE action LIKE 'client.%' ORDER BY seq")
    t.same(rows.map((r) => `${r.action} ${r.detail.client}`), [
      'client.register agency-bxd-cdk', 'client.register portal-bxd', 'client.assertion-key portal-bxd', 'client.register auditor-bxd',
      'client.disable agency-bxd-cdk', 'client.disable auditor-bxd', 'client.disable portal-bxd'
    ], 'every change is in the sharing log')
  })
})
