// A seeded generator: the same key always gives the same sequence, so every synthetic subject is derived
// from its id alone and nothing large is stored.
import { createHash } from 'node:crypto'

export interface Random {
  next (): number
  int (min: number, max: number): number
  pick<T>(items: readonly T[]): T
  chance (p: number): boolean
}

export function seeded (key: string): Random {
  let state = createHash('sha256').update(key).digest().readUInt32LE(0)
  // mulberry32
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  return { next, int, pick: (items) => items[int(0, items.length - 1)], chance: (p) => next() < p }
}
