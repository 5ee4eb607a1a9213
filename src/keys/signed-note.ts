// Signed notes (c2sp.org/signed-note) with Ed25519: text ending in a newline, a blank line, then one line per
// signature, "— <key name> base64(key ID || signature)". The log's checkpoints are such notes.
import { createPublicKey, hash, sign, verify, type KeyObject } from 'node:crypto'

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

/** A verifier key's parts, its key ID checked against its name and key. */
export interface Verifier { name: string, keyId: Buffer, publicKey: KeyObject }

/** Parses `<name>+<hex key ID>+base64(type || key)` of an Ed25519 type (0x01 notes, 0x04 cosignatures); throws otherwise. */
export function parseVerifierKey (vkey: string, type: number): Verifier {
  // The name holds no plus and the key ID is hex, but base64 may hold pluses.
  const match = /^([^+]+)\+([0-9a-f]{8})\+([A-Za-z0-9+/]+=*)$/.exec(vkey)
  const material = Buffer.from(match?.[3] ?? '', 'base64')
  if (!match || !isKeyName(match[1]) || material.length !== 33 || material[0] !== type) throw new Error(`not an Ed25519 verifier key of type ${type}: ${vkey}`)
  const publicKey = material.subarray(1)
  const keyId = noteKeyId(match[1], type, publicKey)
  if (keyId.toString('hex') !== match[2]) throw new Error(`the key ID of ${vkey} is not the one of its name and key`)
  return { name: match[1], keyId, publicKey: createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: publicKey.toString('base64url') }, format: 'jwk' }) }
}

/** A signature line's key name and bytes (key ID || signature). */
export interface NoteSignature { name: string, signature: Buffer }

/** `— <key name> base64(key ID || signature)`, or undefined for any other line. */
export function parseSignatureLine (line: string): NoteSignature | undefined {
  const match = /^— ([^\s+]+) ([A-Za-z0-9+/]+=*)$/.exec(line)
  const signature = Buffer.from(match?.[2] ?? '', 'base64')
  return match && signature.length > 4 ? { name: match[1], signature } : undefined
}

/** A note's text and its signatures; throws for anything that is not a note. */
export function splitNote (note: string): { text: string, signatures: NoteSignature[] } {
  const at = note.lastIndexOf('\n\n')
  if (at < 0 || !note.endsWith('\n') || /[^\P{Cc}\n]/u.test(note)) throw new Error('not a signed note')
  const signatures = note.slice(at + 2, -1).split('\n').map((line) => {
    const parsed = parseSignatureLine(line)
    if (!parsed) throw new Error(`not a signature line: ${line}`)
    return parsed
  })
  return { text: note.slice(0, at + 1), signatures }
}

/** The note's text if the verifier signed it; throws when it did not, or when a line of its name and key ID fails (a malformed note). */
export function openNote (note: string, verifier: Verifier): string {
  const { text, signatures } = splitNote(note)
  const ours = signatures.filter(({ name, signature }) => name === verifier.name && signature.subarray(0, 4).equals(verifier.keyId))
  if (ours.length === 0) throw new Error(`the note is not signed by ${verifier.name}`)
  if (!ours.every(({ signature }) => verify(null, Buffer.from(text), verifier.publicKey, signature.subarray(4)))) throw new Error(`a signature of ${verifier.name} does not verify`)
  return text
}
