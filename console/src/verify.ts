// An audit entry's inclusion, checked in the browser with WebCrypto alone, from the standards rather than from
// the gateway's code: the leaf is SHA-256(0x00 || RFC 8785 canonical JSON of the entry, absent members left
// out), the audit path is walked as RFC 9162 §2.1.3.2 says, and the checkpoint is a compact JWS (ES256, RFC 7515)
// over { treeSize, root, chainHead, at } whose key the gateway publishes in its JWKS.
import canonicalize from 'canonicalize'

export interface InclusionProof {
  seq: number
  leafIndex: number
  entry: Record<string, unknown>
  leafHash: string
  proof: string[]
  checkpoint: { treeSize: number, root: string, chainHead: string, at: string, kid: string, jws: string }
}
export interface Jwks { keys: Array<JsonWebKey & { kid?: string }> }

export type Step = 'leaf' | 'path' | 'signature' | 'checkpoint'
export interface Verification { ok: boolean, failed?: { step: Step, detail: string }, treeSize: number, at: string, kid: string }

const hex = (bytes: ArrayBuffer | Uint8Array) => [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('')
const fromHex = (text: string) => Uint8Array.from(text.match(/../g) ?? [], (h) => parseInt(h, 16))
const fromBase64Url = (text: string) => Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(text.length / 4) * 4, '=')), (c) => c.charCodeAt(0))
const sha256 = async (...parts: Uint8Array[]) => new Uint8Array(await crypto.subtle.digest('SHA-256', concat(parts)))
function concat (parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const part of parts) { out.set(part, at); at += part.length }
  return out
}

export async function leafOf (entry: Record<string, unknown>): Promise<string> {
  const present = Object.fromEntries(Object.entries(entry).filter(([, v]) => v !== undefined && v !== null))
  return hex(await sha256(Uint8Array.of(0), new TextEncoder().encode(canonicalize(present)!)))
}

/** RFC 9162 §2.1.3.2: the root an audit path leads to from a leaf, or undefined when the path cannot fit the tree. */
export async function rootFromPath (leafIndex: number, treeSize: number, leaf: string, path: string[]): Promise<string | undefined> {
  if (leafIndex >= treeSize) return undefined
  let fn = leafIndex
  let sn = treeSize - 1
  let r = fromHex(leaf)
  for (const p of path.map(fromHex)) {
    if (sn === 0) return undefined
    if (fn % 2 === 1 || fn === sn) {
      r = await sha256(Uint8Array.of(1), p, r)
      if (fn % 2 === 0) while (fn % 2 === 0 && fn !== 0) { fn = Math.floor(fn / 2); sn = Math.floor(sn / 2) }
    } else {
      r = await sha256(Uint8Array.of(1), r, p)
    }
    fn = Math.floor(fn / 2)
    sn = Math.floor(sn / 2)
  }
  return sn === 0 ? hex(r) : undefined
}

async function signatureValid (jws: string, jwks: Jwks): Promise<{ kid?: string, valid: boolean, payload?: Record<string, unknown> }> {
  const [header, payload, signature] = jws.split('.')
  if (!header || !payload || !signature) return { valid: false }
  const { alg, kid } = JSON.parse(new TextDecoder().decode(fromBase64Url(header)))
  const jwk = jwks.keys.find((k) => k.kid === kid)
  if (alg !== 'ES256' || !jwk) return { kid, valid: false }
  const key = await crypto.subtle.importKey('jwk', { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y }, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify'])
  // A JWS carries ES256 signatures as r || s, the form WebCrypto verifies.
  const valid = await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, fromBase64Url(signature), new TextEncoder().encode(`${header}.${payload}`))
  return { kid, valid, payload: JSON.parse(new TextDecoder().decode(fromBase64Url(payload))) }
}

export async function verifyInclusion (proof: InclusionProof, jwks: Jwks): Promise<Verification> {
  const { checkpoint } = proof
  const result = { treeSize: checkpoint.treeSize, at: checkpoint.at, kid: checkpoint.kid }
  const fail = (step: Step, detail: string): Verification => ({ ok: false, failed: { step, detail }, ...result })
  const leaf = await leafOf(proof.entry)
  if (leaf !== proof.leafHash) return fail('leaf', `${leaf} ≠ ${proof.leafHash}`)
  const root = await rootFromPath(proof.leafIndex, checkpoint.treeSize, leaf, proof.proof)
  if (root !== checkpoint.root) return fail('path', `${root ?? '-'} ≠ ${checkpoint.root}`)
  const signed = await signatureValid(checkpoint.jws, jwks)
  if (!signed.valid) return fail('signature', signed.kid ?? '-')
  const claims = signed.payload ?? {}
  if (claims.root !== checkpoint.root || claims.treeSize !== checkpoint.treeSize) return fail('checkpoint', `${String(claims.treeSize)} ${String(claims.root)}`)
  return { ok: true, ...result, kid: signed.kid ?? checkpoint.kid }
}
