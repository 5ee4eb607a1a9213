// The signed end of an archive file: the months it holds, the last entry's sequence number and hash, and
// the Merkle frontier after it, so that the next archive (or the log still online) continues from it.
import type { JWK } from 'jose'
import { signCompact, verifiedPayload } from '../keys/jws.ts'
import type { SigningKey } from '../keys/key-ring.ts'
import type { FrontierNode } from './merkle.ts'

export interface Seal { month: string, from: number, to: number, treeSize: number, root: string, chainHead: string, frontier: FrontierNode[], at: string, kid: string, jws: string }

export const sealType = 'oog-archive-seal+jws'

const signedPart = ({ month, from, to, treeSize, root, chainHead, frontier, at }: Omit<Seal, 'kid' | 'jws'>) => ({ month, from, to, treeSize, root, chainHead, frontier, at })

export async function signSeal (content: Omit<Seal, 'kid' | 'jws'>, key: SigningKey): Promise<Seal> {
  const jws = await signCompact(key, sealType, signedPart(content))
  return { ...signedPart(content), kid: key.kid, jws }
}

export async function verifySealSignature (seal: Seal, jwks: { keys: JWK[] }): Promise<boolean> {
  // Byte for byte: the seal's members are exactly what was signed.
  return await verifiedPayload(seal.jws, jwks, sealType) === JSON.stringify(signedPart(seal))
}
