// The gateway's own certificate authority (node-forge makes the certificates; node:crypto makes the keys,
// which is much faster). A client certificate names the client (CN) and its agency (O). Revocations are kept
// in a revocation list signed by the CA.
import { generateKeyPairSync, randomBytes } from 'node:crypto'
import forge from 'node-forge'

export interface Issued { certPem: string, keyPem?: string, serial: string }
export interface CertificateAuthority { certPem: string, keyPem: string }

const pki = forge.pki

function newKeyPem (): { publicKeyPem: string, privateKeyPem: string } {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  return { publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }) as string, privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string }
}

const serialNumber = () => '01' + randomBytes(15).toString('hex')

export function createCa (commonName = 'Once-only gateway CA', validDays = 3650): CertificateAuthority {
  const { publicKeyPem, privateKeyPem } = newKeyPem()
  const cert = pki.createCertificate()
  cert.publicKey = pki.publicKeyFromPem(publicKeyPem)
  cert.serialNumber = serialNumber()
  cert.validity.notBefore = new Date(Date.now() - 60_000)
  cert.validity.notAfter = new Date(Date.now() + validDays * 86400_000)
  const name = [{ name: 'commonName', value: commonName }, { name: 'countryName', value: 'VN' }]
  cert.setSubject(name)
  cert.setIssuer(name)
  cert.setExtensions([{ name: 'basicConstraints', cA: true, critical: true }, { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true }])
  cert.sign(pki.privateKeyFromPem(privateKeyPem), forge.md.sha256.create())
  return { certPem: pki.certificateToPem(cert), keyPem: privateKeyPem }
}

export interface IssueOptions { commonName: string, organisation?: string, notBefore?: Date, notAfter?: Date, server?: { hosts: string[] } }

function sign (ca: CertificateAuthority, publicKey: forge.pki.PublicKey, options: IssueOptions): { certPem: string, serial: string } {
  const caCert = pki.certificateFromPem(ca.certPem)
  const cert = pki.createCertificate()
  cert.publicKey = publicKey
  cert.serialNumber = serialNumber()
  cert.validity.notBefore = options.notBefore ?? new Date(Date.now() - 60_000)
  cert.validity.notAfter = options.notAfter ?? new Date(Date.now() + 365 * 86400_000)
  cert.setSubject([{ name: 'commonName', value: options.commonName }, ...(options.organisation ? [{ name: 'organizationName', value: options.organisation }] : [])])
  cert.setIssuer(caCert.subject.attributes)
  cert.setExtensions(options.server
    ? [{ name: 'extKeyUsage', serverAuth: true }, { name: 'subjectAltName', altNames: options.server.hosts.map((h) => /^[\d.]+$|:/.test(h) ? { type: 7, ip: h } : { type: 2, value: h }) }]
    : [{ name: 'extKeyUsage', clientAuth: true }])
  cert.sign(pki.privateKeyFromPem(ca.keyPem), forge.md.sha256.create())
  return { certPem: pki.certificateToPem(cert), serial: cert.serialNumber }
}

/** A key pair and its certificate (development and tests; production clients send a CSR). */
export function issue (ca: CertificateAuthority, options: IssueOptions): Issued {
  const { publicKeyPem, privateKeyPem } = newKeyPem()
  return { ...sign(ca, pki.publicKeyFromPem(publicKeyPem), options), keyPem: privateKeyPem }
}

/** Signs a client's certificate signing request, after checking the request's own signature. */
export function signCsr (ca: CertificateAuthority, csrPem: string, options: Omit<IssueOptions, 'commonName'> & { commonName?: string }): Issued {
  const csr = pki.certificationRequestFromPem(csrPem)
  if (!csr.verify()) throw new Error('the CSR is not signed by its own key')
  const commonName = options.commonName ?? String(csr.subject.getField('CN')?.value ?? '')
  if (!commonName) throw new Error('the CSR names no client (CN)')
  return sign(ca, csr.publicKey as forge.pki.PublicKey, { ...options, commonName })
}

export interface RevocationList { issuedAt: string, serials: string[], signature: string }

/** A revocation list signed by the CA (RSA-SHA256 over the JSON of issuedAt and the sorted serials). */
export function signRevocations (ca: CertificateAuthority, serials: string[]): RevocationList {
  const body = { issuedAt: new Date().toISOString(), serials: [...new Set(serials.map((s) => s.toLowerCase()))].sort() }
  const md = forge.md.sha256.create().update(JSON.stringify(body), 'utf8')
  const signature = forge.util.encode64((pki.privateKeyFromPem(ca.keyPem) as forge.pki.rsa.PrivateKey).sign(md))
  return { ...body, signature }
}

export function verifyRevocations (caCertPem: string, list: RevocationList): boolean {
  const md = forge.md.sha256.create().update(JSON.stringify({ issuedAt: list.issuedAt, serials: list.serials }), 'utf8')
  try {
    return (pki.certificateFromPem(caCertPem).publicKey as forge.pki.rsa.PublicKey).verify(md.digest().bytes(), forge.util.decode64(list.signature))
  } catch {
    return false
  }
}
