// Compact JWS (RFC 7515, ES256) with the gateway's keys: receipts, checkpoints and archive seals alike.
import { sign } from 'node:crypto'
import { compactVerify, createLocalJWKSet, errors, jwtVerify, type JWK, type JWTPayload } from 'jose'
import type { SigningKey } from './key-ring.ts'

/**
 * Signs with node:crypto, synchronously: an ES256 signature holds the event loop about 30 µs, while handing it
 * to libuv's thread pool costs the process more CPU in all (about 55 µs: the job, two thread wake-ups) and the
 * event loop itself a third of that; jose signs through WebCrypto, which costs more still.
 */
export async function signCompact (key: SigningKey, typ: string, payload: object): Promise<string> {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
  const input = `${part({ alg: 'ES256', kid: key.kid, typ })}.${part(payload)}`
  return `${input}.${sign('sha256', Buffer.from(input), { key: key.privateKey, dsaEncoding: 'ieee-p1363' }).toString('base64url')}`
}

/** The payload text of a JWS of this type signed by one of these keys, or undefined. */
export async function verifiedPayload (jws: string, jwks: { keys: JWK[] }, typ: string): Promise<string | undefined> {
  try {
    const { payload, protectedHeader } = await compactVerify(jws, createLocalJWKSet(jwks), { algorithms: ['ES256'] })
    return protectedHeader.typ === typ ? new TextDecoder().decode(payload) : undefined
  } catch {
    return undefined
  }
}

/** The claims of a JWT of this type and issuer signed by one of these keys (an expired one says so), or undefined. */
export async function verifiedClaims<T extends JWTPayload> (token: string, jwks: { keys: JWK[] }, { typ, issuer }: { typ: string, issuer: string }): Promise<{ claims: T, expired: boolean } | undefined> {
  try {
    return { claims: (await jwtVerify<T>(token, createLocalJWKSet(jwks), { issuer, algorithms: ['ES256'], typ })).payload, expired: false }
  } catch (err) {
    return err instanceof errors.JWTExpired ? { claims: err.payload as T, expired: true } : undefined
  }
}
