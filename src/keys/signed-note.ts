// Signed notes (c2sp.org/signed-note) with Ed25519: text ending in a newline, a blank line, then one line per
// signature, "— <key name> base64(key ID || signature)". The log's checkpoints are such notes.
import { hash, sign, type KeyObject } from 'node:crypto'

/** Signature type 0x01: Ed25519 over the note text. */
export const ed25519Type = 0x01

export interface NoteSigner { name: string, keyId: Buffer, privateKey: KeyObject }

/** key ID = SHA-256(key name || 0x0A || signature type || public key)[:4] */
export function noteKeyId (name: string, type: number, publicKey: Uint8Array): Buffer {
  return (hash('sha256', Buffer.concat([Buffer.from(`${name}\n`), Buffer.from([type]), publicKey]), 'buffer') as Buffer).subarray(0, 4)
}

/** The verifier key: `<name>+<hex key ID>+base64(type || public key)`. */
export function verifierKey (name: string, type: number, publicKey: Uint8Array): string {
  return `${name}+${noteKeyId(name, type, publicKey).toString('hex')}+${Buffer.concat([Buffer.from([type]), publicKey]).toString('base64')}`
}

/** A key name must be non-empty, with no Unicode space, no plus, and (as all note text) no control character. */
export const isKeyName = (name: string) => /^[^\s+\p{Cc}]+$/u.test(name)

/** The note: the text, a blank line, and each signer's signature line. Ed25519 signs on libuv's thread pool. */
export async function signNote (text: string, signers: readonly NoteSigner[]): Promise<string> {
  if (!text.endsWith('\n')) throw new Error('a note text ends with a newline')
  const lines = await Promise.all(signers.map(async ({ name, keyId, privateKey }) => {
    const signature = await new Promise<Buffer>((resolve, reject) =>
      sign(null, Buffer.from(text), privateKey, (err, sig) => err ? reject(err) : resolve(sig)))
    return `— ${name} ${Buffer.concat([keyId, signature]).toString('base64')}\n`
  }))
  return `${text}\n${lines.join('')}`
}
