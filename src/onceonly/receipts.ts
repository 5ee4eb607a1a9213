// Signed receipts: what the gateway released in a prefill (a salted hash of each value with its source, the
// components waived), as a compact JWS that anyone holding the values and the published keys can verify
// offline. The gateway keeps only a hash of each receipt.
import { hash } from 'node:crypto'
import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import type { JWTPayload } from 'jose'
import type { CompanionRow } from '../audit/audit-log.ts'
import type { Store } from '../store/store.ts'
import { signCompact, verifiedClaims } from '../keys/jws.ts'
import type { KeyRing } from '../keys/key-ring.ts'
import { pooledRandomBytes } from '../keys/random-pool.ts'
import { canonicalJson } from '../validation/canonical-json.ts'

export const receiptIssuer = 'once-only-gateway'
const receiptType = 'oog-receipt+jwt'

export interface ReceiptClaims extends JWTPayload {
  jti: string
  /** The portal the receipt was issued to: the only one whose dossiers it vouches for. */
  aud: string
  /** The prefill's request id. */
  req: string
  proc: string
  ver: number
  /** The subject's keyed hash. */
  sub: string
  salt: string
  /** Released values by form pointer: salted hash and source. */
  vals: Record<string, { h: string, src: string }>
  /** Codes of the dossier components waived. */
  docs: string[]
  /** Sources still being fetched when it was issued: the prefill's completion has a receipt of its own. */
  pend?: string[]
}

/** The salted hash of one released value; the pointer is part of it so a value cannot move to another field. */
export function valueDigest (salt: string, pointer: string, value: unknown): string {
  return hash('sha256', `${salt}\u0000${pointer}\u0000${canonicalJson(value)}`, 'base64url')
}

const tokenHash = (token: string) => hash('sha256', token, 'hex')

/** A signed receipt, and the row that keeps its hash: written in the same transaction as its audit entry. */
export interface SignedReceipt { id: string, token: string, expiresAt: string, row: CompanionRow }

const receiptColumns = ['id', 'request_id', 'procedure', 'version', 'subject_hmac', 'token_sha256', 'issued_at', 'expires_at'] as const

export type ReceiptVerification =
  | {
    status: 'valid' | 'expired'
    claims: ReceiptClaims
    /** For a receipt issued while fields were pending: whether the prefill's completion (with its own receipt) has been issued since. */
    completion?: 'pending' | 'issued'
  }
  | { status: 'invalid' }

export class Receipts {
  #keys: KeyRing
  #store: Store
  #ttlSeconds: number

  constructor (deps: { keys: KeyRing, store: Store, ttlSeconds: number }) {
    this.#keys = deps.keys
    this.#store = deps.store
    this.#ttlSeconds = deps.ttlSeconds
  }

  /** Signs a receipt; its row must be stored (with the audit entry) before the receipt is handed out. */
  async sign (input: { requestId: string, clientId: string, procedure: string, version: number, subjectHmac: string, values: Array<{ pointer: string, value: unknown, source: string }>, waived: string[], pending: string[] }): Promise<SignedReceipt> {
    const random = pooledRandomBytes(32)
    const id = `rcpt_${random.subarray(0, 16).toString('base64url')}`
    const salt = random.subarray(16).toString('base64url')
    const issuedAt = Math.floor(Date.now() / 1000)
    const expiresAt = issuedAt + this.#ttlSeconds
    const token = await signCompact(this.#keys.current, receiptType, {
      jti: id,
      iss: receiptIssuer,
      aud: input.clientId,
      iat: issuedAt,
      exp: expiresAt,
      req: input.requestId,
      proc: input.procedure,
      ver: input.version,
      sub: input.subjectHmac,
      salt,
      vals: Object.fromEntries(input.values.map((v) => [v.pointer, { h: valueDigest(salt, v.pointer, v.value), src: v.source }])),
      docs: input.waived,
      ...(input.pending.length ? { pend: input.pending } : {})
    })
    return {
      id,
      token,
      expiresAt: new Date(expiresAt * 1000).toISOString(),
      row: { table: 'receipts', columns: receiptColumns, values: [id, input.requestId, input.procedure, input.version, input.subjectHmac, tokenHash(token), new Date(issuedAt * 1000), new Date(expiresAt * 1000)] }
    }
  }

  /**
   * Checks the signature with the published keys, the expiry, and that the gateway issued this very token; and,
   * for a receipt of a prefill answered pending, whether its completion has been receipted since.
   */
  async verify (token: string): Promise<ReceiptVerification> {
    const verified = await verifiedClaims<ReceiptClaims>(token, this.#keys.jwks, { typ: receiptType, issuer: receiptIssuer })
    if (!verified) return { status: 'invalid' }
    const { claims, expired } = verified
    const { rows } = await this.#store.query('SELECT 1 FROM receipts WHERE id = $1 AND token_sha256 = $2', [claims.jti, tokenHash(token)])
    if (rows.length === 0) return { status: 'invalid' }
    const status = expired ? 'expired' : 'valid'
    if (!claims.pend?.length) return { status, claims }
    const later = await this.#store.query('SELECT 1 FROM receipts WHERE request_id = $1 AND id <> $2 LIMIT 1', [claims.req, claims.jti])
    return { status, claims, completion: later.rows.length ? 'issued' : 'pending' }
  }
}

declare module 'fastify' {
  interface FastifyInstance { receipts: Receipts }
}

export default fp(async (app: FastifyInstance) => {
  app.decorate('receipts', new Receipts({ keys: app.keys, store: app.store, ttlSeconds: app.config.receiptTtlSeconds }))
}, { name: 'gateway-receipts', fastify: '5.x', dependencies: ['gateway-keys', 'gateway-store'] })
