import { spawnSync } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import t from 'tap'
import { Client } from 'undici'
import forge from 'node-forge'
import { createCa, issue, readCrl, signCrl, signCsr } from '../../src/auth/pki.ts'
import { citizenId } from '../../sandbox/subjects.ts'
import { auth, testGateway, tokens } from '../helpers/infra.ts'
import { gatewayTls } from '../helpers/gateway-tls.ts'

t.test('mTLS with the gateway CA: only a valid, unrevoked certificate of a known client gets in', async (t) => {
  const ca = createCa()
  const valid = issue(ca, { commonName: 'portal-dvc', organisation: 'VPCP' })
  const expired = issue(ca, { commonName: 'portal-dvc', organisation: 'VPCP', notBefore: new Date(Date.now() - 10 * 86400_000), notAfter: new Date(Date.now() - 86400_000) })
  const revoked = issue(ca, { commonName: 'portal-dvc', organisation: 'VPCP' })
  const stranger = issue(createCa('Another CA'), { commonName: 'portal-dvc', organisation: 'VPCP' })
  const nobody = issue(ca, { commonName: 'no-such-client' })
  const crl = await signCrl(ca, { number: 1n, revocations: [{ serial: revoked.serial, revokedAt: new Date() }] }, 7)
  t.same((await readCrl(ca.certPem, crl)).revocations.map((r) => r.serial), [revoked.serial], 'the CRL lists the revoked serial')
  await t.rejects(readCrl(createCa('Another CA').certPem, crl), /not signed by the gateway CA/, 'and is checked against the CA')
  const openssl = spawnSync('openssl', ['crl', '-noout', '-text'], { input: crl, encoding: 'utf8' })
  t.match(openssl.stdout, new RegExp(`Serial Number: ${revoked.serial}`, 'i'), 'it is a standard X.509 CRL that OpenSSL reads')
  const { tls } = await gatewayTls(t, { ca, crl })
  let clock = Date.now()

  const { app, store } = await testGateway(t, { store: 'pglite', config: { tls, authBearer: false }, now: () => clock })
  await app.listen({ host: '127.0.0.1', port: 0 })
  const origin = `https://127.0.0.1:${(app.server.address() as { port: number }).port}`
  const call = async (identity?: { certPem: string, keyPem?: string }, headers: Record<string, string> = {}) => {
    const client = new Client(origin, { connect: { ca: ca.certPem, ...(identity ? { cert: identity.certPem, key: identity.keyPem } : {}) } })
    try {
      const res = await client.request({ method: 'POST', path: '/v1/prefill', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ procedure: '1.004194', subject: { type: 'citizen', id: citizenId(3) } }) })
      return { status: res.statusCode, body: await res.body.json() as any }
    } finally {
      await client.close()
    }
  }

  const ok = await call(valid)
  t.equal(ok.status, 200, 'a valid certificate gets in')
  const { rows } = await store.query<{ client_id: string }>('SELECT client_id FROM audit_log WHERE seq = $1', [ok.body.audit.entry])
  t.equal(rows[0].client_id, 'portal-dvc', 'and is identified as its client')
  t.match(await call(expired), { status: 401, body: { code: 'GW_CERT_INVALID', message: /CERT_HAS_EXPIRED/ } })
  t.match(await call(revoked), { status: 401, body: { code: 'GW_CERT_REVOKED' } })
  t.match(await call(stranger), { status: 401, body: { code: 'GW_CERT_INVALID' } })
  t.match(await call(nobody), { status: 401, body: { code: 'GW_CERT_UNKNOWN_CLIENT' } })
  t.match(await call(), { status: 401, body: { code: 'GW_AUTH_MISSING' } }, 'no certificate')
  t.match(await call(undefined, auth(tokens.portal)), { status: 401, body: { code: 'GW_AUTH_MISSING' } }, 'bearer tokens are off when AUTH_BEARER is false')

  t.test('a CRL past its next update fails closed until a new one is published', async (t) => {
    clock = Date.now() + 8 * 86400_000
    t.match(await call(valid), { status: 503, body: { code: 'GW_CRL_STALE' } })
    await writeFile(tls.crlFile!, await signCrl(ca, { number: 2n, revocations: [{ serial: revoked.serial, revokedAt: new Date() }] }, 30))
    t.equal((await call(valid)).status, 200, 'a fresh CRL lets the valid certificate in again, without a restart')
    t.match(await call(revoked), { status: 401, body: { code: 'GW_CERT_REVOKED' } })
    clock = Date.now()
  })

  t.test('a client sends a CSR; its signed certificate works', async (t) => {
    const keys = forge.pki.rsa.generateKeyPair(1024)
    const csr = forge.pki.createCertificationRequest()
    csr.publicKey = keys.publicKey
    csr.setSubject([{ name: 'commonName', value: 'portal-hni' }, { name: 'organizationName', value: 'HNI' }])
    csr.sign(keys.privateKey, forge.md.sha256.create())
    const signed = signCsr(ca, forge.pki.certificationRequestToPem(csr), { organisation: 'HNI' })
    const res = await call({ certPem: signed.certPem, keyPem: forge.pki.privateKeyToPem(keys.privateKey) })
    t.equal(res.status, 200)
    t.throws(() => signCsr(ca, forge.pki.certificationRequestToPem(csr).replace(/A/g, 'B'), {}), 'a tampered CSR is refused')
  })
})
