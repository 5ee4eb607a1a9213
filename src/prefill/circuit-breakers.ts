// One circuit breaker per source (opossum): after repeated failures the source is not asked for a while and
// its fields come back unavailable at once (CIRCUIT_OPEN); then one probe decides whether it is back.
import type { SourceResult } from '../generated/types.ts'
import CircuitBreaker from 'opossum'

export interface BreakerOptions {
  /** Share of failed calls, in percent, over the rolling window that opens the circuit. */
  errorThresholdPercentage: number
  /** Calls in the window before the circuit may open. */
  volumeThreshold: number
  /** How long the circuit stays open before a probe. */
  resetTimeoutMs: number
}

export type CircuitState = 'closed' | 'open' | 'half-open'

class SourceUnavailable extends Error {
  readonly outcome: SourceResult
  constructor (outcome: SourceResult) {
    super('source unavailable')
    this.outcome = outcome
  }
}

export class CircuitBreakers {
  #options: BreakerOptions
  #breakers = new Map<string, CircuitBreaker<[() => Promise<SourceResult>], SourceResult>>()

  constructor (options: BreakerOptions) {
    this.#options = options
  }

  /** Runs the call through the source's breaker; an unavailable outcome counts as a failure. */
  async call (source: string, fetch: () => Promise<SourceResult>): Promise<SourceResult> {
    try {
      return await this.#breaker(source).fire(fetch)
    } catch (err) {
      if (err instanceof SourceUnavailable) return err.outcome
      return { status: 'unavailable', reason: 'CIRCUIT_OPEN', ms: 0 }
    }
  }

  states (): Record<string, CircuitState> {
    return Object.fromEntries([...this.#breakers].map(([source, b]) => [source, b.opened ? 'open' : b.halfOpen ? 'half-open' : 'closed']))
  }

  shutdown () {
    for (const breaker of this.#breakers.values()) breaker.shutdown()
  }

  #breaker (source: string) {
    let breaker = this.#breakers.get(source)
    if (!breaker) {
      breaker = new CircuitBreaker(async (fetch: () => Promise<SourceResult>) => {
        const outcome = await fetch()
        // Only a source's own failures count; a request's spent deadline says nothing about the source.
        if (outcome.status === 'unavailable' && outcome.reason !== 'DEADLINE_EXCEEDED') throw new SourceUnavailable(outcome)
        return outcome
      }, { timeout: false, errorThresholdPercentage: this.#options.errorThresholdPercentage, volumeThreshold: this.#options.volumeThreshold, resetTimeout: this.#options.resetTimeoutMs })
      this.#breakers.set(source, breaker)
    }
    return breaker
  }
}
