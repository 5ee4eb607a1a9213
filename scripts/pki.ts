// `npm run pki -- <command> --dir <folder>`: the gateway's certificate authority.
//   ca                                       create the CA (ca.pem, ca.key) in the folder
//   issue --client ID [--agency A] [--days N]  a key pair and client certificate (development)
//   sign-csr --csr FILE [--agency A] [--days N] sign a client's certificate signing request
//   server --host H[,H...]                   the gateway's own TLS certificate
//   revoke --serial S                        add a certificate (hex serial) to the CA's X.509 CRL (ca.crl)
//   crl [--days N]                           publish the CRL again, due for renewal in N days (default 30)
// Point the gateway at them with TLS_CERT_FILE, TLS_KEY_FILE, TLS_CA_FILE and TLS_CRL_FILE.
import { readFile, writeFile, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { createCa, issue, readCrl, signCrl, signCsr, type CertificateAuthority, type Crl, type Revocation } from '../src/auth/pki.ts'

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { dir: { type: 'string', default: 'data/pki' }, client: { type: 'string' }, agency: { type: 'string' }, days: { type: 'string' }, csr: { type: 'string' }, host: { type: 'string' }, serial: { type: 'string' } }
})
const dir = values.dir!
const say = (line: string) => process.stdout.write(line + '\n')
const loadCa = async (): Promise<CertificateAuthority> => ({ certPem: await readFile(join(dir, 'ca.pem'), 'utf8'), keyPem: await readFile(join(dir, 'ca.key'), 'utf8') })
const notAfter = new Date(Date.now() + Number(values.days ?? 365) * 86400_000)
const crlDays = Number(values.days ?? 30)
const publishCrl = async (ca: CertificateAuthority, crl: Omit<Crl, 'nextUpdate'>) => {
  await writeFile(join(dir, 'ca.crl'), await signCrl(ca, crl, crlDays))
  say(`${dir}/ca.crl (CRL number ${crl.number}) lists ${crl.revocations.length} revoked certificate(s), next update within ${crlDays} days; gateways read it again on their next request`)
}
// Every CRL the CA publishes carries the next CRL number (RFC 5280 5.2.3), so that the newer list is known.
const republishCrl = async (added: Revocation[]) => {
  const ca = await loadCa()
  const { number, revocations } = await readCrl(ca.certPem, await readFile(join(dir, 'ca.crl'), 'utf8'))
  await publishCrl(ca, { number: number + 1n, revocations: [...revocations, ...added] })
}

switch (positionals[0]) {
  case 'ca': {
    await mkdir(dir, { recursive: true })
    const ca = createCa()
    await writeFile(join(dir, 'ca.pem'), ca.certPem)
    await writeFile(join(dir, 'ca.key'), ca.keyPem, { mode: 0o600, flag: 'wx' })
    say(`CA in ${dir}/ca.pem (key ca.key)`)
    await publishCrl(ca, { number: 1n, revocations: [] })
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
    await republishCrl([{ serial: values.serial, revokedAt: new Date() }])
    break
  }
  case 'crl': {
    await republishCrl([])
    break
  }
  default:
    process.stderr.write('usage: npm run pki -- ca|issue|sign-csr|server|revoke|crl --dir <folder> [...]\n')
    process.exit(2)
}
