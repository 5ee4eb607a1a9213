// Connections through the Sentinels, on real Redis servers and Sentinels (scripts/distributed-parts.ts).
import { once } from 'node:events'
import { connect, createServer, type AddressInfo } from 'node:net'
import t, { type Test } from 'tap'
import { Redis } from 'ioredis'
import { RedisConnections } from '../../src/redis/redis-connections.ts'
import { redisMasterName, startDistributedParts } from '../../scripts/distributed-parts.ts'
import { until } from '../helpers/infra.ts'

/** A TCP relay to a server whose answers arrive `ms` late, as from a Sentinel far away or on a busy host. */
async function slowRelay (t: Test, port: number, ms: number): Promise<number> {
  const server = createServer((client) => {
    const upstream = connect(port, '127.0.0.1')
    client.on('data', (chunk) => upstream.write(chunk))
    upstream.on('data', (chunk) => { setTimeout(() => client.writable && client.write(chunk), ms) })
    client.on('close', () => upstream.destroy())
    upstream.on('close', () => setTimeout(() => client.destroy(), ms))
    client.on('error', () => {})
    upstream.on('error', () => {})
  }).listen(0, '127.0.0.1')
  await once(server, 'listening')
  t.teardown(() => { server.close() })
  return (server.address() as AddressInfo).port
}

t.test('every connection through the Sentinels comes back after a failover', async (t) => {
  const parts = await startDistributedParts({ sentinel: true, fsync: false })
  t.teardown(() => parts.stop())
  // Slow Sentinels, and many connections (a few gateways' worth): a connection that was asking a Sentinel for the
  // primary when the Sentinels announced the new one once ended for good (ioredis's failover detector cut its
  // attempt short, and ioredis does not try again after a failed attempt).
  const relays = await Promise.all(parts.redis.sentinels.map((s) => slowRelay(t, s.port, 400)))
  const target = { sentinels: relays.map((port) => ({ host: '127.0.0.1', port })), name: redisMasterName }
  const gateways = Array.from({ length: 30 }, () => new RedisConnections(target))
  const connections = gateways.flatMap((g) => [g.producer, g.blocking(), g.blocking()])
  t.teardown(() => Promise.all(gateways.map((g) => g.close())))
  const statuses = () => {
    const count = new Map<string, number>()
    for (const c of connections) count.set(c.status, (count.get(c.status) ?? 0) + 1)
    return [...count].map(([status, n]) => `${status}: ${n}`).join(', ')
  }
  await until(async () => connections.every((c) => c.status === 'ready') || undefined, 'every connection ready', 15_000)

  const sentinel = new Redis({ host: '127.0.0.1', port: parts.redis.sentinels[0].port })
  t.teardown(() => sentinel.disconnect())
  await parts.redis.primary.stop()
  await until(async () => {
    const [, port] = await sentinel.call('SENTINEL', 'get-master-addr-by-name', redisMasterName) as [string, string]
    return Number(port) === parts.redis.replica!.port || undefined
  }, 'the replica promoted', 30_000)
  await until(async () => connections.every((c) => c.status === 'ready') || undefined, 'every connection back', 20_000)
    .catch((err: Error) => { throw new Error(`${err.message}: ${statuses()}`) })
  t.pass(statuses())
  await Promise.all(gateways.map((g, i) => g.producer.set(`failover:${i}`, 'written')))
  t.same(await Promise.all(gateways.map((g, i) => g.producer.get(`failover:${i}`))), gateways.map(() => 'written'), 'each writes to the new primary')
})
