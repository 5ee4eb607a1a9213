// SHA-256 of concatenated parts through the one-shot crypto.hash and a reused buffer: the audit verifier
// hashes three times per entry, and a Hash object per call would be most of its cost.
import { hash } from 'node:crypto'

let scratch = Buffer.alloc(4096)

export function sha256 (...parts: Uint8Array[]): Buffer {
  let size = 0
  for (const part of parts) size += part.length
  if (size > scratch.length) scratch = Buffer.alloc(size * 2)
  let at = 0
  for (const part of parts) {
    scratch.set(part, at)
    at += part.length
  }
  return hash('sha256', scratch.subarray(0, size), 'buffer') as Buffer
}
