// `npm run pki -- <command> --dir <folder>`: the gateway's certificate authority.
//   ca                                       create the CA (ca.pem, ca.key) in the folder
//   issue --client ID [--agency A] [--days N]  a key pair and client certificate (development)
//   sign-csr --csr FILE [--agency A] [--days N] sign a client's certificate signing request
//   server --host H[,H...]                   the gateway's own TLS certificate
//   revoke --serial S                        add a certificate to the CA's X.509 CRL (ca.crl)
//   crl [--days N]                           publish the CRL again, due for renewal in N days (default 30)
// Point the gateway at them with TLS_CERT_FILE, TLS_KEY_FILE, TLS_CA_FILE and TLS_CRL_FILE.
import { readFile, writeFile, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { createCa, issue, readCrl, signCrl, signCsr, type CertificateAuthority, type Revocation } from '../src/auth/pki.ts'

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { dir: { type: 'string', default: 'data/pki' }, client: { type: 'string' }, agency: { type: 'string' }, days: { type: 'string' }, csr: { type: 'string' }, host: { type: 'string' }, serial: { type: 'string' } }
})
const dir = values.dir!
const say = (line: string) => process.stdout.write(line + '\n')
const loadCa = async (): Promise<CertificateAuthority> => ({ certPem: await readFile(join(dir, 'ca.pem'), 'utf8'), keyPem: await readFile(join(dir, 'ca.key'), 'utf8') })
const notAfter = new Date(Date.now() + Number(values.days ?? 365) * 86400_000)
const crlDays = Number(values.days ?? 30)
const publishCrl = async (ca: CertificateAuthority, revocations: Revocation[]) => {
  await writeFile(join(dir, 'ca.crl'), await signCrl(ca, revocations, crlDays))
  say(`${dir}/ca.crl lists ${revocations.length} revoked certificate(s), next update within ${crlDays} days; gateways read it again on their next request`)
}
const currentRevocations = async (ca: CertificateAuthority) => (await readCrl(ca.certPem, await readFile(join(dir, 'ca.crl'), 'utf8'))).revocations

switch (positionals[0]) {
  case 'ca': {
    await mkdir(dir, { recursive: true })
    const ca = createCa()
    await writeFile(join(dir, 'ca.pem'), ca.certPem)
    await writeFile(join(dir, 'ca.key'), ca.keyPem, { mode: 0o600, flag: 'wx' })
    say(`CA in ${dir}/ca.pem (key ca.key)`)
    await publishCrl(ca, [])
    break
  }
  case 'issue': {
    if (!values.client) throw new Error('--client is required')
    const issued = issue(await loadCa(), { commonName: values.client, organisation: values.agency, notAfter })
    await writeFile(join(dir, `${values.client}.pem`), issued.certPem)
    await writeFile(join(dir, `${values.client}.key`), issued.keyPem!, { mode: 0o600 })
    say(`${dir}/${values.client}.pem, serial ${issued.serial}`)
    break
  }
  case 'sign-csr': {
    if (!values.csr) throw new Error('--csr is required')
    const issued = signCsr(await loadCa(), await readFile(values.csr, 'utf8'), { organisation: values.agency, notAfter })
    process.stdout.write(issued.certPem)
    process.stderr.write(`serial ${issued.serial}\n`)
    break
  }
  case 'server': {
    const issued = issue(await loadCa(), { commonName: 'once-only-gateway', notAfter, server: { hosts: (values.host ?? 'localhost,127.0.0.1,::1').split(',') } })
    await writeFile(join(dir, 'server.pem'), issued.certPem)
    await writeFile(join(dir, 'server.key'), issued.keyPem!, { mode: 0o600 })
    say(`${dir}/server.pem and server.key`)
    break
  }
  case 'revoke': {
    if (!values.serial) throw new Error('--serial is required')
    const ca = await loadCa()
    await publishCrl(ca, [...await currentRevocations(ca), { serial: values.serial, revokedAt: new Date() }])
    break
  }
  case 'crl': {
    const ca = await loadCa()
    await publishCrl(ca, await currentRevocations(ca))
    break
  }
  default:
    process.stderr.write('usage: npm run pki -- ca|issue|sign-csr|server|revoke|crl --dir <folder> [...]\n')
    process.exit(2)
}
