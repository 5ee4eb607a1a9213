// A gateway CA and the gateway's server certificate, written where the gateway's `tls` config reads them.
import { writeFile } from 'node:fs/promises'
import type { Test } from 'tap'
import { createCa, issue, type CertificateAuthority } from '../../src/auth/pki.ts'
import type { GatewayConfig } from '../../src/config.ts'
import { tempDir } from './infra.ts'

export interface GatewayTls { ca: CertificateAuthority, tls: NonNullable<GatewayConfig['tls']> }

/**
 * A new CA unless one is given; `caKey` lets the gateway sign certificates (onboarding); `crl` is the CRL's PEM,
 * rewritable at `tls.crlFile`.
 */
export async function gatewayTls (t: Test, options: { ca?: CertificateAuthority, caKey?: boolean, crl?: string } = {}): Promise<GatewayTls> {
  const dir = await tempDir(t)
  const ca = options.ca ?? createCa()
  const server = issue(ca, { commonName: 'gateway', server: { hosts: ['127.0.0.1', 'localhost'] } })
  const tls: GatewayTls['tls'] = { certFile: `${dir}/server.pem`, keyFile: `${dir}/server.key`, caFile: `${dir}/ca.pem` }
  await writeFile(tls.caFile, ca.certPem)
  await writeFile(tls.certFile, server.certPem)
  await writeFile(tls.keyFile, server.keyPem!)
  if (options.caKey) {
    tls.caKeyFile = `${dir}/ca.key`
    await writeFile(tls.caKeyFile, ca.keyPem)
  }
  if (options.crl !== undefined) {
    tls.crlFile = `${dir}/ca.crl`
    await writeFile(tls.crlFile, options.crl)
  }
  return { ca, tls }
}
