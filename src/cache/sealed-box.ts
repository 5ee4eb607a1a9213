// Personal data that rests in Redis (cached records, queued prefill work, results waiting for their portal) is
// sealed with AES-256-GCM. The Redis key is authenticated with the value, so a value cannot be moved under
// another key; anything that does not open (tampered, other key) is treated as absent.
import { createCipheriv, createDecipheriv, createHmac } from 'node:crypto'
import { pooledRandomBytes } from '../keys/random-pool.ts'

export class SealedBox {
  #key: Buffer

  constructor (key: Buffer) {
    if (key.length !== 32) throw new Error('the sealing key must be 32 bytes')
    this.#key = key
  }

  seal (value: unknown, boundTo: string): Buffer {
    const iv = pooledRandomBytes(12)
    const cipher = createCipheriv('aes-256-gcm', this.#key, iv)
    cipher.setAAD(Buffer.from(boundTo))
    const body = Buffer.concat([cipher.update(JSON.stringify(value)), cipher.final()])
    return Buffer.concat([iv, cipher.getAuthTag(), body])
  }

  open<T> (sealed: Buffer | null | undefined, boundTo: string): T | undefined {
    if (!sealed || sealed.length < 28) return undefined
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.#key, sealed.subarray(0, 12))
      decipher.setAAD(Buffer.from(boundTo))
      decipher.setAuthTag(sealed.subarray(12, 28))
      return JSON.parse(Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8')) as T
    } catch {
      return undefined
    }
  }

  /** The keyed hash that names a value in Redis without saying whose it is. */
  name (...parts: string[]): string {
    return createHmac('sha256', this.#key).update(parts.join('|')).digest('base64url')
  }
}
