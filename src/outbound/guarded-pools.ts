// The one way out of the gateway: undici pools, one per owner (a source, a portal's webhook) and origin, whose
// connections reach only addresses the outbound policy allows.
import { Pool } from 'undici'
import { AddressRefused, guardedLookup, literalAddressProblem, type OutboundPolicy } from './address-policy.ts'

export type PoolOptions = Omit<Pool.Options, 'connect'>

export class GuardedPools {
  #pools = new Map<string, Pool>()
  #policy: OutboundPolicy
  #options: PoolOptions

  constructor (policy: OutboundPolicy, options: PoolOptions) {
    this.#policy = policy
    this.#options = options
  }

  /** The pool for this owner and URL's origin; throws AddressRefused for a literal address the policy forbids. */
  get (owner: string, url: URL): Pool {
    const key = `${owner} ${url.origin}`
    let pool = this.#pools.get(key)
    if (!pool) {
      // Names are checked by the pool's lookup whenever it connects; a literal address is never looked up,
      // so it is checked here, once for its pool.
      const refused = literalAddressProblem(url, this.#policy)
      if (refused) throw new AddressRefused(refused)
      pool = new Pool(url.origin, { ...this.#options, connect: { lookup: guardedLookup(this.#policy) } })
      this.#pools.set(key, pool)
    }
    return pool
  }

  async close (): Promise<void> {
    await Promise.all([...this.#pools.values()].map((p) => p.close()))
    this.#pools.clear()
  }
}
