// Subject ids are looked up by keyed hash, so the audit index and cache keys never hold them in clear.
import { createHmac } from 'node:crypto'
import type { Subject } from './subject-id.ts'

export class SubjectHasher {
  #key: Buffer

  constructor (key: Buffer) {
    if (key.length < 32) throw new Error('the subject HMAC key must be at least 32 bytes')
    this.#key = key
  }

  hash (subject: Subject): string {
    return createHmac('sha256', this.#key).update(`${subject.type}:${subject.id}`).digest('base64url')
  }
}
