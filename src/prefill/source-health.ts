// How each source has answered this instance lately: every real call (cache hits and calls the open circuit
// refused are not calls) kept in a bounded ring per source, summed over a window when asked. In process and per
// instance: nothing on the hot path but an array write, and an instance that restarts starts counting again.
import type { SourceResult } from '../generated/types.ts'

/** The longest window that can be asked for, and how many calls per source are kept to answer it. */
export const maxWindowMs = 60 * 60_000
export const maxCallsKept = 10_000

interface Call { at: number, ms: number, status: SourceResult['status'], reason?: string }

export interface SourceStats {
  calls: number
  found: number
  notFound: number
  errors: Record<string, number>
  p50Ms?: number
  p95Ms?: number
  lastSuccessAt?: string
}

/** Nearest-rank percentile of ascending values. */
const percentile = (sorted: number[], p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]

export class SourceHealth {
  #calls = new Map<string, Call[]>()
  /** Where the next call of a full ring goes. */
  #next = new Map<string, number>()
  #lastSuccess = new Map<string, number>()
  #now: () => number

  constructor (now: () => number = Date.now) {
    this.#now = now
  }

  record (source: string, outcome: SourceResult): void {
    const at = this.#now()
    const call: Call = { at, ms: outcome.ms, status: outcome.status, ...(outcome.status === 'unavailable' ? { reason: outcome.reason } : {}) }
    const ring = this.#calls.get(source) ?? []
    if (ring.length < maxCallsKept) ring.push(call)
    else {
      const i = this.#next.get(source) ?? 0
      ring[i] = call
      this.#next.set(source, (i + 1) % maxCallsKept)
    }
    this.#calls.set(source, ring)
    // A source answered as it should: with a record, or saying it has none.
    if (outcome.status === 'found' || outcome.status === 'not_found') this.#lastSuccess.set(source, at)
  }

  /** The calls of the last `windowMs` (at most the latest maxCallsKept); the last success whenever it was. */
  stats (source: string, windowMs: number): SourceStats {
    const since = this.#now() - windowMs
    const calls = (this.#calls.get(source) ?? []).filter((c) => c.at > since)
    const errors: Record<string, number> = {}
    for (const c of calls) if (c.reason) errors[c.reason] = (errors[c.reason] ?? 0) + 1
    const latencies = calls.map((c) => c.ms).sort((a, b) => a - b)
    const lastSuccess = this.#lastSuccess.get(source)
    return {
      calls: calls.length,
      found: calls.filter((c) => c.status === 'found').length,
      notFound: calls.filter((c) => c.status === 'not_found').length,
      errors,
      ...(latencies.length ? { p50Ms: percentile(latencies, 50), p95Ms: percentile(latencies, 95) } : {}),
      ...(lastSuccess === undefined ? {} : { lastSuccessAt: new Date(lastSuccess).toISOString() })
    }
  }
}

const units: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000 }

/** A window such as 90s, 15m or 1h, in milliseconds. */
export const windowMs = (text: string): number => Number(text.slice(0, -1)) * units[text.slice(-1)]
