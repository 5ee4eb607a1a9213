// The CA's certificates and CRLs judged by OpenSSL, an implementation of RFC 5280 that is not ours.
import { execFile, spawnSync } from 'node:child_process'
import { X509Certificate } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { promisify } from 'node:util'
import t from 'tap'
import forge from 'node-forge'
import { createCa, issue, readCrl, signCrl, signCsr } from '../../src/auth/pki.ts'
import { tempDir } from '../helpers/infra.ts'

const openssl = (args: string[], input?: string) => {
  const { status, stdout, stderr } = spawnSync('openssl', args, { input, encoding: 'utf8' })
  return { status, stdout, output: stdout + stderr }
}
const extensions = (file: string) => openssl(['x509', '-in', file, '-noout', '-ext', 'basicConstraints,keyUsage,extendedKeyUsage,subjectKeyIdentifier,authorityKeyIdentifier']).stdout
const keyId = (text: string, name: string) => new RegExp(`${name}: *\\n\\s*([0-9A-F:]{59})`).exec(text)?.[1]

t.test('certificates and CRLs follow the RFC 5280 profile: openssl verify -x509_strict accepts them', async (t) => {
  const dir = await tempDir(t)
  const ca = createCa()
  const client = issue(ca, { commonName: 'portal-dvc', organisation: 'VPCP' })
  const server = issue(ca, { commonName: 'gateway', server: { hosts: ['127.0.0.1', 'localhost'] } })
  const keys = forge.pki.rsa.generateKeyPair(1024)
  const csr = forge.pki.createCertificationRequest()
  csr.publicKey = keys.publicKey
  csr.setSubject([{ name: 'commonName', value: 'portal-hni' }])
  csr.sign(keys.privateKey, forge.md.sha256.create())
  const fromCsr = signCsr(ca, forge.pki.certificationRequestToPem(csr), { organisation: 'HNI' })
  const revoked = issue(ca, { commonName: 'portal-hcm' })
  await writeFile(`${dir}/ca.pem`, ca.certPem)
  for (const [name, issued] of Object.entries({ client, server, fromCsr, revoked })) await writeFile(`${dir}/${name}.pem`, issued.certPem)
  await writeFile(`${dir}/ca.crl`, await signCrl(ca, { number: 7n, revocations: [{ serial: revoked.serial, revokedAt: new Date() }] }))
  await writeFile(`${dir}/empty.crl`, await signCrl(ca, { number: 8n, revocations: [] }))

  const leaves = ['client', 'server', 'fromCsr'].map((name) => `${dir}/${name}.pem`)
  const strict = openssl(['verify', '-x509_strict', '-CAfile', `${dir}/ca.pem`, ...leaves])
  t.equal(strict.status, 0, `every issued certificate verifies strictly: ${strict.output}`)
  for (const crl of ['ca.crl', 'empty.crl']) {
    const checked = openssl(['verify', '-x509_strict', '-crl_check', '-CAfile', `${dir}/ca.pem`, '-CRLfile', `${dir}/${crl}`, ...leaves])
    t.equal(checked.status, 0, `and against the CRL ${crl}: ${checked.output}`)
  }
  t.match(openssl(['verify', '-x509_strict', '-crl_check', '-CAfile', `${dir}/ca.pem`, '-CRLfile', `${dir}/ca.crl`, `${dir}/revoked.pem`]).output, /error 23 .*certificate revoked/, 'the strict check reads the CRL and finds the revoked certificate')

  const caText = extensions(`${dir}/ca.pem`)
  t.match(caText, /Basic Constraints: critical\s+CA:TRUE/, 'the CA is a CA, critically')
  t.match(caText, /Key Usage: critical\s+Certificate Sign, CRL Sign\n/, 'and signs only certificates and CRLs')
  const caKeyId = keyId(caText, 'Subject Key Identifier')
  t.ok(caKeyId, 'the CA names its key')
  for (const [name, usage] of [['client', 'TLS Web Client Authentication'], ['server', 'TLS Web Server Authentication'], ['fromCsr', 'TLS Web Client Authentication']]) {
    const text = extensions(`${dir}/${name}.pem`)
    t.equal(keyId(text, 'Authority Key Identifier'), caKeyId, `${name}: its authority key identifier is the CA's subject key identifier`)
    t.ok(keyId(text, 'Subject Key Identifier'), `${name}: it names its own key`)
    t.match(text, /Basic Constraints: \s+CA:FALSE/, `${name}: it is no CA`)
    t.match(text, /Key Usage: critical\s+Digital Signature, Key Encipherment\n/, `${name}: its key is for TLS only`)
    t.match(text, new RegExp(`Extended Key Usage: \\s+${usage}\\n`), `${name}: ${usage}`)
  }
  const crlText = openssl(['crl', '-in', `${dir}/ca.crl`, '-noout', '-text']).stdout
  t.equal(keyId(crlText, 'Authority Key Identifier'), caKeyId, 'the CRL names the CA key that signed it')
  t.match(crlText, /CRL Number: \s+7\n/, 'and carries its CRL number')
  t.equal((await readCrl(ca.certPem, await readFile(`${dir}/ca.crl`, 'utf8'))).number, 7n, 'which the gateway reads back')
  t.notMatch(openssl(['asn1parse', '-in', `${dir}/empty.crl`]).stdout, /d=2 +hl=2 l= +0 cons: SEQUENCE/, 'a CRL revoking nothing has no empty list of revoked certificates (5.1.2.6)')
})

t.test('CRL dates from 2050 on are GeneralizedTime, so they are not read as the 1950s', async (t) => {
  const ca = createCa()
  const revokedAt = new Date('2051-03-04T05:06:07.891Z')
  const crl = await signCrl(ca, { number: 1n, revocations: [{ serial: '01ab', revokedAt }] }, 12_000)
  const nextUpdate = openssl(['crl', '-noout', '-nextupdate'], crl).stdout
  t.match(nextUpdate, new RegExp(`nextUpdate=.* ${new Date(Date.now() + 12_000 * 86400_000).getUTCFullYear()} GMT`), 'OpenSSL reads the next update in its own century')
  t.match(openssl(['crl', '-noout', '-text'], crl).stdout, /Revocation Date: Mar {2}4 05:06:07 2051 GMT/, 'and the revocation date, in whole seconds')
  t.ok((await readCrl(ca.certPem, crl)).nextUpdate!.getTime() > Date.now(), 'so the gateway does not take the CRL for stale')
})

t.test('a CRL lists only serial numbers RFC 5280 allows: positive, at most 20 octets, in hex', async (t) => {
  const ca = createCa()
  for (const serial of ['01:ab:cd', '80ab', 'ab', '01' + '00'.repeat(20), '']) {
    await t.rejects(signCrl(ca, { number: 1n, revocations: [{ serial, revokedAt: new Date() }] }), /not a positive integer of at most 20 octets/, JSON.stringify(serial))
  }
  const longest = '7f' + 'ff'.repeat(19)
  t.same((await readCrl(ca.certPem, await signCrl(ca, { number: 1n, revocations: [{ serial: longest, revokedAt: new Date() }] }))).revocations.map((r) => r.serial), [longest], 'the longest allowed serial is listed as given')
})

t.test('npm run pki: every CRL it publishes has a greater CRL number than the last', async (t) => {
  const dir = await tempDir(t)
  const pki = (...args: string[]) => promisify(execFile)(process.execPath, ['--import=tsx', 'scripts/pki.ts', ...args, '--dir', dir])
  const crlNumber = async () => (await readCrl(await readFile(`${dir}/ca.pem`, 'utf8'), await readFile(`${dir}/ca.crl`, 'utf8'))).number
  await pki('ca')
  t.equal(await crlNumber(), 1n, 'the CA publishes CRL number 1')
  const { stdout } = await pki('issue', '--client', 'portal-dvc')
  await pki('revoke', '--serial', /serial (\w+)/.exec(stdout)![1])
  t.equal(await crlNumber(), 2n, 'a revocation publishes number 2')
  await pki('crl')
  t.equal(await crlNumber(), 3n, 'publishing again, number 3')
  const checked = openssl(['verify', '-x509_strict', '-crl_check', '-CAfile', `${dir}/ca.pem`, '-CRLfile', `${dir}/ca.crl`, `${dir}/portal-dvc.pem`])
  t.match(checked.output, /error 23 .*certificate revoked/, 'and OpenSSL finds the revocation in the strict check')
  await t.rejects(pki('revoke', '--serial', '01:ab'), /not a positive integer/, 'a serial copied in another notation is refused, not silently listed as something else')
  t.equal(await crlNumber(), 3n, 'and publishes nothing')
})

t.test('the CA names a certificate only with a PrintableString, never a corrupt or mislabelled name', async (t) => {
  const ca = createCa()
  t.throws(() => issue(ca, { commonName: 'portal-dvc', organisation: 'Bộ Công an' }), /not a PrintableString/, 'Vietnamese text would be written as a corrupt certificate')
  t.throws(() => issue(ca, { commonName: 'portal_dvc@hni' }), /not a PrintableString/, 'characters PrintableString lacks')
  const keys = forge.pki.rsa.generateKeyPair(1024)
  const csr = forge.pki.createCertificationRequest()
  csr.publicKey = keys.publicKey
  csr.setSubject([{ name: 'commonName', value: 'x'.repeat(65) }])
  csr.sign(keys.privateKey, forge.md.sha256.create())
  t.throws(() => signCsr(ca, forge.pki.certificationRequestToPem(csr), {}), /not a PrintableString of at most 64/, 'a CSR naming more than the 64 characters of ub-common-name')
  t.equal(new X509Certificate(issue(ca, { commonName: 'portal-dvc', organisation: 'BCA-C06' }).certPem).subject, 'CN=portal-dvc\nO=BCA-C06', 'client ids and agency codes are printable')
})
