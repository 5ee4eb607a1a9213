// The gateway's own certificate authority (node-forge makes the certificates; node:crypto makes the keys,
// which is much faster; pkijs makes the CRL, which node-forge cannot). A client certificate names the
// client (CN) and its agency (O).
import { generateKeyPairSync, randomBytes } from 'node:crypto'
import forge from 'node-forge'
import * as asn1js from 'asn1js'
import * as pkijs from 'pkijs'

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

export interface Revocation { serial: string, revokedAt: Date }

const der = (pem: string) => new Uint8Array(Buffer.from(forge.pem.decode(pem)[0].body, 'binary'))
const utcTime = (value: Date) => new pkijs.Time({ type: pkijs.TimeType.UTCTime, value })

/** An X.509 v2 CRL (RFC 5280) signed by the CA, in PEM; the next one is due within `validDays`. */
export async function signCrl (ca: CertificateAuthority, revocations: Revocation[], validDays = 7): Promise<string> {
  const unique = new Map(revocations.map((r) => [r.serial.toLowerCase(), r.revokedAt]))
  const crl = new pkijs.CertificateRevocationList({
    version: 1,
    issuer: pkijs.Certificate.fromBER(der(ca.certPem)).subject,
    thisUpdate: utcTime(new Date()),
    nextUpdate: utcTime(new Date(Date.now() + validDays * 86400_000)),
    revokedCertificates: [...unique].map(([serial, revokedAt]) => new pkijs.RevokedCertificate({
      userCertificate: new asn1js.Integer({ valueHex: Buffer.from(serial, 'hex') }),
      revocationDate: utcTime(revokedAt)
    }))
  })
  const key = await crypto.subtle.importKey('pkcs8', der(ca.keyPem), { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['sign'])
  await crl.sign(key, 'SHA-256')
  return forge.pem.encode({ type: 'X509 CRL', body: Buffer.from(crl.toSchema().toBER()).toString('binary') })
}

export interface Crl { nextUpdate?: Date, revocations: Revocation[] }

/** The content of a CRL, after checking that the CA signed it. */
export async function readCrl (caCertPem: string, crlPem: string): Promise<Crl> {
  const crl = pkijs.CertificateRevocationList.fromBER(der(crlPem))
  if (!await crl.verify({ issuerCertificate: pkijs.Certificate.fromBER(der(caCertPem)) })) throw new Error('the CRL is not signed by the gateway CA')
  return {
    nextUpdate: crl.nextUpdate?.value,
    revocations: (crl.revokedCertificates ?? []).map((entry) => ({
      serial: Buffer.from(entry.userCertificate.valueBlock.valueHexView).toString('hex'),
      revokedAt: entry.revocationDate.value
    }))
  }
}
