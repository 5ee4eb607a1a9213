// The signed end of an archive file: the months it holds, the last entry's sequence number and hash, and
// the Merkle frontier after it, so that the next archive (or the log still online) continues from it.
import { CompactSign, compactVerify, createLocalJWKSet, type JWK } from 'jose'
import type { SigningKey } from '../onceonly/signing-keys.ts'
import type { FrontierNode } from './merkle.ts'

export interface Seal { month: string, from: number, to: number, treeSize: number, root: string, chainHead: string, frontier: FrontierNode[], at: string, kid: string, jws: string }

export const sealType = 'oog-archive-seal+jws'

const signedPart = ({ month, from, to, treeSize, root, chainHead, frontier, at }: Omit<Seal, 'kid' | 'jws'>) => ({ month, from, to, treeSize, root, chainHead, frontier, at })

export async function signSeal (content: Omit<Seal, 'kid' | 'jws'>, key: SigningKey): Promise<Seal> {
  const jws = await new CompactSign(new TextEncoder().encode(JSON.stringify(signedPart(content)))).setProtectedHeader({ alg: 'ES256', kid: key.kid, typ: sealType }).sign(key.privateKey)
  return { ...signedPart(content), kid: key.kid, jws }
}

export async function verifySealSignature (seal: Seal, jwks: { keys: JWK[] }): Promise<boolean> {
  try {
    const { payload, protectedHeader } = await compactVerify(seal.jws, createLocalJWKSet(jwks), { algorithms: ['ES256'] })
    return protectedHeader.typ === sealType && new TextDecoder().decode(payload) === JSON.stringify(signedPart(seal))
  } catch {
    return false
  }
}
