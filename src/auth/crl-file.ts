// The revoked certificate serials, from the CA-signed X.509 CRL the operator publishes with `npm run pki -- revoke`.
// The file is read again when it changes, so a revocation needs no restart. A CRL past its next update fails
// closed: a stale list cannot say that a certificate is still good.
import { readFile, stat } from 'node:fs/promises'
import { CrlStale } from '../errors.ts'
import type { GatewayConfig } from '../config.ts'
import { readCrl } from './pki.ts'

export function crlFile (tls: GatewayConfig['tls'], now: () => number): () => Promise<Set<string>> {
  let cached = { mtimeMs: -1, serials: new Set<string>(), nextUpdate: Infinity }
  return async () => {
    if (!tls?.crlFile) return cached.serials
    const { mtimeMs } = await stat(tls.crlFile)
    if (mtimeMs !== cached.mtimeMs) {
      const crl = await readCrl(await readFile(tls.caFile, 'utf8'), await readFile(tls.crlFile, 'utf8'))
      cached = { mtimeMs, serials: new Set(crl.revocations.map((r) => r.serial)), nextUpdate: crl.nextUpdate?.getTime() ?? Infinity }
    }
    if (now() > cached.nextUpdate) throw new CrlStale()
    return cached.serials
  }
}
