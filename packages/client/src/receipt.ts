// Offline verification of a prefill receipt, as the gateway's README describes it: a compact JWS (ES256, `kid`
// in the header) checked against the published JWKS, whose payload holds a salted hash of each released value.
import { createHash } from 'node:crypto'
import canonicalize from 'canonicalize'
import { compactVerify, createLocalJWKSet, decodeJwt, decodeProtectedHeader, type JSONWebKeySet, type JWTPayload } from 'jose'
import type { components } from './generated/api.ts'

export const receiptType = 'oog-receipt+jwt'
export const receiptIssuer = 'once-only-gateway'

export interface ReceiptClaims extends JWTPayload {
  /** The prefill's request id. */
  req?: string
  salt?: string
  /** Released values by form field pointer: salted hash and source. */
  vals?: Record<string, { h: string, src: string }>
  /** Codes of the dossier components waived. */
  docs?: string[]
  /** Sources still being fetched when it was issued: the prefill's completion has a receipt of its own. */
  pend?: string[]
}

export interface ReceiptVerification {
  valid: boolean
  /** Every problem found, not only the first. */
  problems: string[]
  /** The payload, when it could be read (even if it did not verify). */
  claims?: ReceiptClaims
}

/** base64url(SHA-256(salt + NUL + pointer + NUL + JCS(value))), JCS being RFC 8785 canonical JSON. */
function valueHash (salt: string, pointer: string, value: unknown): string {
  return createHash('sha256').update(`${salt}\u0000${pointer}\u0000${canonicalize(value) ?? ''}`).digest('base64url')
}

/** The values a prefill answer's receipt vouches for: every filled field's, by pointer. */
export function releasedValues (answer: components['schemas']['PrefillResponse']): Record<string, unknown> {
  return Object.fromEntries(Object.entries(answer.fields).filter(([, field]) => field.status === 'filled').map(([pointer, field]) => [pointer, field.value]))
}

/**
 * Checks a receipt against the gateway's JWKS and the values it released (field pointer → value, exactly the
 * prefilled ones): signature, `typ`, `iss`, `exp`, every value's hash, and that it is final (a receipt issued
 * while sources were pending vouches for nothing: use the completion's).
 */
export async function verifyReceipt ({ token, values, jwks }: { token: string, values: Record<string, unknown>, jwks: JSONWebKeySet }): Promise<ReceiptVerification> {
  let claims: ReceiptClaims
  let header: ReturnType<typeof decodeProtectedHeader>
  try {
    header = decodeProtectedHeader(token)
    claims = decodeJwt<ReceiptClaims>(token)
  } catch {
    return { valid: false, problems: ['the token is not a compact JWS with a JSON payload'] }
  }
  const problems: string[] = []
  if (!header.kid) problems.push('the header names no key (kid)')
  try {
    await compactVerify(token, createLocalJWKSet(jwks), { algorithms: ['ES256'] })
  } catch (err) {
    problems.push(`the signature does not verify with the JWKS (${(err as { code?: string }).code ?? String(err)})`)
  }
  if (header.typ !== receiptType) problems.push(`typ is ${JSON.stringify(header.typ)}, not ${receiptType}`)
  if (claims.iss !== receiptIssuer) problems.push(`iss is ${JSON.stringify(claims.iss)}, not ${receiptIssuer}`)
  if (typeof claims.exp !== 'number') problems.push('it has no expiry (exp)')
  else if (claims.exp * 1000 <= Date.now()) problems.push(`it expired at ${new Date(claims.exp * 1000).toISOString()}`)
  if (claims.pend?.length) problems.push(`it was issued while sources were pending (${claims.pend.join(', ')}): not final; use the receipt of the prefill's completion`)

  const released = claims.vals ?? {}
  for (const [pointer, value] of Object.entries(values)) {
    const entry = Object.hasOwn(released, pointer) ? released[pointer] : undefined
    if (!entry) problems.push(`${pointer}: not released by this receipt`)
    else if (typeof claims.salt !== 'string' || entry.h !== valueHash(claims.salt, pointer, value)) problems.push(`${pointer}: the value does not match its hash`)
  }
  for (const pointer of Object.keys(released)) {
    if (!Object.hasOwn(values, pointer)) problems.push(`${pointer}: released, but no value was given to check`)
  }
  return { valid: problems.length === 0, problems, claims }
}
