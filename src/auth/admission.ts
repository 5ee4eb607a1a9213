// What every request asks of Redis, in one round trip: its count in its client's minute (the rate limit the
// instances share), the clients' revision (so that a client changed on one instance is read again on all
// before the request is authenticated), and whatever keys its route reads ahead (a prefill's cached records).
// @fastify/rate-limit and a separate read would make these three round trips per request, each a socket
// write and a wake-up of both the gateway and Redis: one of a prefill's largest costs beyond its sources
// (bench/README.md).
import type { Redis } from 'ioredis'

/** What Redis said about a request. */
export interface Admitted {
  /** Requests counted under its key in the current window, this one included. */
  count: number
  /** Milliseconds until the window ends and the count starts again. */
  resetMs: number
  /** The clients' revision counter (0 until a client first changes). */
  revision: number
  /** Each key read ahead, with its value (null: absent, or not read: past the limit). */
  reads: Map<string, Buffer | null>
}

// A fixed window, whose first request sets its end. A counter found without an end (written by hand, say)
// gets one, so that it cannot count for ever. Keys past the first two are read, for a request within its limit
// only; an absent one (or one holding something other than a string) is false in Lua, which, unlike nil, keeps
// its place in the answer.
const admitScript = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
local answer = { count, ttl, tonumber(redis.call('GET', KEYS[2]) or '0') }
if count <= tonumber(ARGV[2]) then
  for i = 3, #KEYS do
    local value = redis.pcall('GET', KEYS[i])
    answer[i + 1] = type(value) == 'string' and value
  end
end
return answer`

declare module 'ioredis' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- a merged declaration repeats ioredis's type parameter
  interface RedisCommander<Context> {
    /** Integers stay numbers; what the keys read hold comes as Buffers. */
    gatewayAdmitBuffer (keyCount: number, countKey: string, revisionKey: string, ...readsThenWindowMsAndLimit: Array<string | number>): Promise<[number, number, number, ...Array<Buffer | null>]>
  }
}

export class Admission {
  #redis: Redis
  #countPrefix: string
  #revisionKey: string
  #windowMs: number
  #limit: number

  /** Counts go under `countPrefix` + the key admit is given; the revision is the one the clients' directory increments. */
  /** `limit`: requests a key may make in a window; past it, nothing is read for it. */
  constructor (deps: { redis: Redis, countPrefix: string, revisionKey: string, windowMs: number, limit: number }) {
    this.#redis = deps.redis
    this.#countPrefix = deps.countPrefix
    this.#revisionKey = deps.revisionKey
    this.#windowMs = deps.windowMs
    this.#limit = deps.limit
    // EVALSHA, and the script itself once after Redis lost it (a restart, a failover). The number of keys
    // varies, so each call gives it first.
    if (!this.#redis.gatewayAdmitBuffer) this.#redis.defineCommand('gatewayAdmit', { lua: admitScript })
  }

  /**
   * Counts a request under `key` and reads `reads`; undefined while Redis is down (nothing is counted or read,
   * and the revision is unknown).
   */
  async admit (key: string, reads: string[] = []): Promise<Admitted | undefined> {
    const answer = await this.#redis.gatewayAdmitBuffer(2 + reads.length, this.#countPrefix + key, this.#revisionKey, ...reads, this.#windowMs, this.#limit).catch(() => undefined)
    if (!answer) return undefined
    const [count, resetMs, revision, ...values] = answer
    return { count, resetMs, revision, reads: new Map(reads.map((read, i) => [read, values[i] ?? null])) }
  }
}
