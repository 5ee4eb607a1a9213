// The one way out of the gateway: undici pools, one per owner (a source, a portal's webhook) and origin, whose
// connections reach only addresses the outbound policy allows.
import { Pool } from 'undici'
import { AddressRefused, guardedLookup, literalAddressProblem, type OutboundPolicy } from './address-policy.ts'

export type PoolOptions = Omit<Pool.Options, 'connect'>

export class GuardedPools {
  /** By owner, then by origin (a code adapter may call more than one). */
  #pools = new Map<string, Map<string, Pool>>()
  #policy: OutboundPolicy
  #options: PoolOptions

  constructor (policy: OutboundPolicy, options: PoolOptions) {
    this.#policy = policy
    this.#options = options
  }

  /** The owner's pool for this URL's origin; throws AddressRefused for a literal address the policy forbids. */
  get (owner: string, url: URL): Pool {
    let pools = this.#pools.get(owner)
    let pool = pools?.get(url.origin)
    if (!pool) {
      // Names are checked by the pool's lookup whenever it connects; a literal address is never looked up,
      // so it is checked here, once for its pool.
      const refused = literalAddressProblem(url, this.#policy)
      if (refused) throw new AddressRefused(refused)
      pool = new Pool(url.origin, { ...this.#options, connect: { lookup: guardedLookup(this.#policy) } })
      if (!pools) this.#pools.set(owner, pools = new Map())
      pools.set(url.origin, pool)
    }
    return pool
  }

  /** Closes the owner's pools once their requests in flight are answered (its address changed or is gone). */
  async release (owner: string): Promise<void> {
    const pools = this.#pools.get(owner)
    this.#pools.delete(owner)
    await Promise.all([...pools?.values() ?? []].map((pool) => pool.close()))
  }

  async close (): Promise<void> {
    await Promise.all([...this.#pools.keys()].map((owner) => this.release(owner)))
  }
}
