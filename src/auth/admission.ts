// What every request asks of Redis, in one round trip: its count in its client's minute (the rate limit the
// instances share) and the clients' revision (so that a client changed on one instance is read again on all
// before the request is authenticated). @fastify/rate-limit would make these two round trips per request,
// each a socket write and a wake-up of both the gateway and Redis: one of a prefill's largest costs beyond
// its sources (bench/README.md).
import type { Redis } from 'ioredis'

/** What Redis said about a request. */
export interface Admitted {
  /** Requests counted under its key in the current window, this one included. */
  count: number
  /** Milliseconds until the window ends and the count starts again. */
  resetMs: number
  /** The clients' revision counter (0 until a client first changes). */
  revision: number
}

// A fixed window, whose first request sets its end. A counter found without an end (written by hand, say)
// gets one, so that it cannot count for ever.
const admitScript = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return { count, ttl, tonumber(redis.call('GET', KEYS[2]) or '0') }`

declare module 'ioredis' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- a merged declaration repeats ioredis's type parameter
  interface RedisCommander<Context> {
    gatewayAdmit (countKey: string, revisionKey: string, windowMs: number): Promise<[number, number, number]>
  }
}

export class Admission {
  #redis: Redis
  #countPrefix: string
  #revisionKey: string
  #windowMs: number

  /** Counts go under `countPrefix` + the key admit is given; the revision is the one the clients' directory increments. */
  constructor (deps: { redis: Redis, countPrefix: string, revisionKey: string, windowMs: number }) {
    this.#redis = deps.redis
    this.#countPrefix = deps.countPrefix
    this.#revisionKey = deps.revisionKey
    this.#windowMs = deps.windowMs
    // EVALSHA, and the script itself once after Redis lost it (a restart, a failover).
    if (!this.#redis.gatewayAdmit) this.#redis.defineCommand('gatewayAdmit', { numberOfKeys: 2, lua: admitScript })
  }

  /** Counts a request under `key`; undefined while Redis is down (nothing is counted, and the revision is unknown). */
  async admit (key: string): Promise<Admitted | undefined> {
    const answer = await this.#redis.gatewayAdmit(this.#countPrefix + key, this.#revisionKey, this.#windowMs).catch(() => undefined)
    return answer && { count: answer[0], resetMs: answer[1], revision: answer[2] }
  }
}
