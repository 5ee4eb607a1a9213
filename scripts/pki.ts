// `npm run pki -- <command> --dir <folder>`: the gateway's certificate authority.
//   ca                                       create the CA (ca.pem, ca.key) in the folder
//   issue --client ID [--agency A] [--days N]  a key pair and client certificate (development)
//   sign-csr --csr FILE [--agency A] [--days N] sign a client's certificate signing request
//   server --host H[,H...]                   the gateway's own TLS certificate
//   revoke --serial S                        add a certificate to the CA-signed revocation list (revoked.json)
// Point the gateway at them with TLS_CERT_FILE, TLS_KEY_FILE, TLS_CA_FILE and TLS_REVOCATIONS_FILE.
import { readFile, writeFile, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { createCa, issue, signCsr, signRevocations, type CertificateAuthority, type RevocationList } from '../src/auth/pki.ts'

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { dir: { type: 'string', default: 'data/pki' }, client: { type: 'string' }, agency: { type: 'string' }, days: { type: 'string', default: '365' }, csr: { type: 'string' }, host: { type: 'string' }, serial: { type: 'string' } }
})
const dir = values.dir!
const say = (line: string) => process.stdout.write(line + '\n')
const loadCa = async (): Promise<CertificateAuthority> => ({ certPem: await readFile(join(dir, 'ca.pem'), 'utf8'), keyPem: await readFile(join(dir, 'ca.key'), 'utf8') })
const notAfter = new Date(Date.now() + Number(values.days) * 86400_000)

switch (positionals[0]) {
  case 'ca': {
    await mkdir(dir, { recursive: true })
    const ca = createCa()
    await writeFile(join(dir, 'ca.pem'), ca.certPem)
    await writeFile(join(dir, 'ca.key'), ca.keyPem, { mode: 0o600, flag: 'wx' })
    await writeFile(join(dir, 'revoked.json'), JSON.stringify(signRevocations(ca, []), null, 2))
    say(`CA in ${dir}/ca.pem (key ca.key, revocation list revoked.json)`)
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
    const current = JSON.parse(await readFile(join(dir, 'revoked.json'), 'utf8')) as RevocationList
    await writeFile(join(dir, 'revoked.json'), JSON.stringify(signRevocations(await loadCa(), [...current.serials, values.serial]), null, 2))
    say(`revoked ${values.serial}; gateways read ${dir}/revoked.json again on their next request`)
    break
  }
  default:
    process.stderr.write('usage: npm run pki -- ca|issue|sign-csr|server|revoke --dir <folder> [...]\n')
    process.exit(2)
}
