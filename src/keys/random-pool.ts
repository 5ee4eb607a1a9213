// Random bytes for ids, salts and nonces, drawn from a pool the kernel fills 4 KiB at a time: one getrandom
// call per hundred or so draws instead of one each, as crypto.randomUUID does for its own ids. Nothing drawn
// here is a secret key: a secret is made with crypto.randomBytes, which leaves no copy behind.
import { randomBytes, randomFillSync } from 'node:crypto'

const pool = Buffer.alloc(4096)
let used = pool.length

/** `size` fresh random bytes, a copy of its own. */
export function pooledRandomBytes (size: number): Buffer {
  if (size > pool.length) return randomBytes(size)
  if (used + size > pool.length) {
    randomFillSync(pool)
    used = 0
  }
  used += size
  return Buffer.from(pool.subarray(used - size, used))
}
