// The gateway's own certificate authority (node-forge makes the certificates; node:crypto makes the keys,
// which is much faster; pkijs makes the CRL, which node-forge cannot). A client certificate names the
// client (CN) and its agency (O). Certificates and CRLs follow the RFC 5280 profile, so strict verifiers
// (`openssl verify -x509_strict`) accept them: key identifiers link each one to the CA's key.
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
  cert.setExtensions([
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    { name: 'subjectKeyIdentifier' }
  ])
  cert.sign(pki.privateKeyFromPem(privateKeyPem), forge.md.sha256.create())
  return { certPem: pki.certificateToPem(cert), keyPem: privateKeyPem }
}

/** The CA's key identifier, which certificates and CRLs it signs name as their authority (RFC 5280 4.2.1.1). */
function caKeyIdentifier (caCert: forge.pki.Certificate): string {
  const ski = caCert.getExtension('subjectKeyIdentifier') as { subjectKeyIdentifier: string } | undefined
  // A CA made before key identifiers were added has none: method 1 of 4.2.1.2 gives what it would carry.
  return ski ? forge.util.hexToBytes(ski.subjectKeyIdentifier) : caCert.generateSubjectKeyIdentifier().getBytes()
}

export interface IssueOptions { commonName: string, organisation?: string, notBefore?: Date, notAfter?: Date, server?: { hosts: string[] } }

// node-forge writes names as PrintableString (RFC 5280 4.1.2.6) whatever they hold; client ids and agency codes fit it.
const printableString = /^[A-Za-z0-9 '()+,\-./:=?]{1,64}$/

function sign (ca: CertificateAuthority, publicKey: forge.pki.PublicKey, options: IssueOptions): { certPem: string, serial: string } {
  const unprintable = [options.commonName, options.organisation].find((name) => name !== undefined && !printableString.test(name))
  if (unprintable !== undefined) throw new Error(`the name ${JSON.stringify(unprintable)} is not a PrintableString of at most 64 characters (a client id or agency code)`)
  const caCert = pki.certificateFromPem(ca.certPem)
  const cert = pki.createCertificate()
  cert.publicKey = publicKey
  cert.serialNumber = serialNumber()
  cert.validity.notBefore = options.notBefore ?? new Date(Date.now() - 60_000)
  cert.validity.notAfter = options.notAfter ?? new Date(Date.now() + 365 * 86400_000)
  cert.setSubject([{ name: 'commonName', value: options.commonName }, ...(options.organisation ? [{ name: 'organizationName', value: options.organisation }] : [])])
  cert.setIssuer(caCert.subject.attributes)
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    // RSA keys sign (TLS 1.3, ECDHE) or, in TLS 1.2 RSA key exchange, encipher the premaster secret.
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'subjectKeyIdentifier' },
    { name: 'authorityKeyIdentifier', keyIdentifier: caKeyIdentifier(caCert) },
    ...options.server
      ? [{ name: 'extKeyUsage', serverAuth: true }, { name: 'subjectAltName', altNames: options.server.hosts.map((h) => /^[\d.]+$|:/.test(h) ? { type: 7, ip: h } : { type: 2, value: h }) }]
      : [{ name: 'extKeyUsage', clientAuth: true }]
  ])
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
  const named = csr.subject.getField('CN')?.value as string | undefined
  // A CSR naming another client than the one it is signed for would be a certificate its holder did not ask for.
  if (options.commonName && named && named !== options.commonName) throw new Error(`the CSR names client ${named}, not ${options.commonName}`)
  const commonName = options.commonName ?? named ?? ''
  if (!commonName) throw new Error('the CSR names no client (CN)')
  return sign(ca, csr.publicKey as forge.pki.PublicKey, { ...options, commonName })
}

export interface Revocation { serial: string, revokedAt: Date }
export interface Crl { number: bigint, nextUpdate?: Date, revocations: Revocation[] }

const der = (pem: string) => new Uint8Array(Buffer.from(forge.pem.decode(pem)[0].body, 'binary'))
// RFC 5280 5.1.2.4: UTCTime through 2049, GeneralizedTime from 2050, both in whole seconds.
const time = (value: Date) => new pkijs.Time({
  type: value.getUTCFullYear() < 2050 ? pkijs.TimeType.UTCTime : pkijs.TimeType.GeneralizedTime,
  value: new Date(Math.floor(value.getTime() / 1000) * 1000)
})
const extension = (extnID: string, value: asn1js.AsnType) => new pkijs.Extension({ extnID, extnValue: value.toBER() })
// A certificate serial number is a positive integer of at most 20 octets (RFC 5280 4.1.2.2), in hex.
const serialPattern = /^[0-7][0-9a-f](?:[0-9a-f]{2}){0,19}$/i

/**
 * An X.509 v2 CRL (RFC 5280) signed by the CA, in PEM; the next one is due within `validDays`. Its `number`
 * must grow with every CRL the CA publishes, so that relying parties know which list is newer.
 */
export async function signCrl (ca: CertificateAuthority, { number, revocations }: Omit<Crl, 'nextUpdate'>, validDays = 7): Promise<string> {
  const invalid = revocations.find((r) => !serialPattern.test(r.serial))
  if (invalid) throw new Error(`serial number ${JSON.stringify(invalid.serial)} is not a positive integer of at most 20 octets in hex`)
  const unique = new Map(revocations.map((r) => [r.serial.toLowerCase(), r.revokedAt]))
  const crl = new pkijs.CertificateRevocationList({
    version: 1,
    issuer: pkijs.Certificate.fromBER(der(ca.certPem)).subject,
    thisUpdate: time(new Date()),
    nextUpdate: time(new Date(Date.now() + validDays * 86400_000)),
    // 5.1.2.6: no revoked certificates means no list at all, not an empty one (pkijs writes any list it is given).
    ...unique.size > 0 && {
      revokedCertificates: [...unique].map(([serial, revokedAt]) => new pkijs.RevokedCertificate({
        userCertificate: new asn1js.Integer({ valueHex: Buffer.from(serial, 'hex') }),
        revocationDate: time(revokedAt)
      }))
    },
    crlExtensions: new pkijs.Extensions({
      extensions: [
        extension(pkijs.id_AuthorityKeyIdentifier, new pkijs.AuthorityKeyIdentifier({
          keyIdentifier: new asn1js.OctetString({ valueHex: Buffer.from(caKeyIdentifier(pki.certificateFromPem(ca.certPem)), 'binary') })
        }).toSchema()),
        extension(pkijs.id_CRLNumber, asn1js.Integer.fromBigInt(number))
      ]
    })
  })
  const key = await crypto.subtle.importKey('pkcs8', der(ca.keyPem), { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['sign'])
  await crl.sign(key, 'SHA-256')
  return forge.pem.encode({ type: 'X509 CRL', body: Buffer.from(crl.toSchema().toBER()).toString('binary') })
}

/** The content of a CRL, after checking that the CA signed it. */
export async function readCrl (caCertPem: string, crlPem: string): Promise<Crl> {
  const crl = pkijs.CertificateRevocationList.fromBER(der(crlPem))
  if (!await crl.verify({ issuerCertificate: pkijs.Certificate.fromBER(der(caCertPem)) })) throw new Error('the CRL is not signed by the gateway CA')
  const number = crl.crlExtensions?.extensions.find((e) => e.extnID === pkijs.id_CRLNumber)?.parsedValue as asn1js.Integer | undefined
  return {
    // A CRL issued before CRL numbers were added counts as number 0.
    number: number?.toBigInt() ?? 0n,
    nextUpdate: crl.nextUpdate?.value,
    revocations: (crl.revokedCertificates ?? []).map((entry) => ({
      serial: Buffer.from(entry.userCertificate.valueBlock.valueHexView).toString('hex'),
      revokedAt: entry.revocationDate.value
    }))
  }
}
