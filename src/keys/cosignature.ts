// Witness cosignatures (c2sp.org/tlog-cosignature), Ed25519 type: a note signature line whose bytes are
// key ID || u64 timestamp || Ed25519 signature over "cosignature/v1\ntime <t>\n" and the checkpoint's text.
import { verify } from 'node:crypto'
import { parseVerifierKey, splitNote, type NoteSignature, type Verifier } from './signed-note.ts'

/** Signature type 0x04 in key IDs and vkeys: an Ed25519 cosignature. */
export const cosignatureType = 0x04

export const parseCosignerKey = (vkey: string): Verifier => parseVerifierKey(vkey, cosignatureType)

/** The message a cosigner signs: header, timestamp line, then the checkpoint text. */
export const cosignedMessage = (text: string, timestamp: bigint) => Buffer.from(`cosignature/v1\ntime ${timestamp}\n${text}`)

/**
 * The timestamp of a note signature if it is a verifying cosignature by `cosigner` of the checkpoint text;
 * undefined for a signature of another key. Throws for one of this key that does not verify (never keep it).
 */
export function verifyCosignature (text: string, { name, signature }: NoteSignature, cosigner: Verifier): bigint | undefined {
  if (name !== cosigner.name || !signature.subarray(0, 4).equals(cosigner.keyId)) return undefined
  if (signature.length !== 4 + 8 + 64) throw new Error(`a cosignature of ${cosigner.name} is ${signature.length} bytes`)
  const timestamp = signature.readBigUInt64BE(4)
  if (timestamp === 0n || timestamp >= 2n ** 63n) throw new Error(`a cosignature of ${cosigner.name} has no valid timestamp`)
  if (!verify(null, cosignedMessage(text, timestamp), cosigner.publicKey, signature.subarray(12))) throw new Error(`a cosignature of ${cosigner.name} does not verify`)
  return timestamp
}

/** The cosigners among `cosigners` that cosigned the note; one with a failing signature (a malformed note) counts as none. */
export function cosignedBy (note: string, cosigners: readonly Verifier[]): Verifier[] {
  const { text, signatures } = splitNote(note)
  return cosigners.filter((cosigner) => {
    try {
      return signatures.map((signature) => verifyCosignature(text, signature, cosigner)).some((timestamp) => timestamp !== undefined)
    } catch {
      return false
    }
  })
}
