// Connections through the Sentinels, on real Redis servers and Sentinels (scripts/distributed-parts.ts).
import { randomBytes } from 'node:crypto'
import { once } from 'node:events'
import { writeFileSync } from 'node:fs'
import { connect, createServer, type AddressInfo } from 'node:net'
import Fastify from 'fastify'
import t, { type Test } from 'tap'
import { Redis, type RedisOptions } from 'ioredis'
import { createCa, issue } from '../../src/auth/pki.ts'
import { loadConfig } from '../../src/config.ts'
import { RedisConnections } from '../../src/redis/redis-connections.ts'
import redisPlugin from '../../src/redis/redis-plugin.ts'
import { redisMasterName, startDistributedParts, type DistributedParts } from '../../scripts/distributed-parts.ts'
import { startGateway, stopAll } from '../../scripts/gateway-process.ts'
import { tempDir, until } from '../helpers/infra.ts'

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

/** Kills the Redis primary, and waits until the Sentinels name its replica instead. */
async function failOver (t: Test, parts: DistributedParts, sentinelAccess: RedisOptions = {}): Promise<void> {
  const sentinel = new Redis({ ...sentinelAccess, host: '127.0.0.1', port: parts.redis.sentinels[0].port })
  t.teardown(() => sentinel.disconnect())
  await parts.redis.primary.stop()
  await until(async () => {
    const [, port] = await sentinel.call('SENTINEL', 'get-master-addr-by-name', redisMasterName) as [string, string]
    return Number(port) === parts.redis.replica!.port || undefined
  }, 'the replica promoted', 30_000)
}

/** The Redis plugin alone, on the configuration of `env`, and the lines it logs. */
async function redisPluginOn (t: Test, env: Record<string, string>) {
  const lines: string[] = []
  const app = Fastify({ logger: { level: 'info', stream: { write: (line: string) => { lines.push(line) } } } })
  app.decorate('config', loadConfig(env))
  await app.register(redisPlugin).ready()
  t.teardown(() => app.close())
  return { app, lines }
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

  await failOver(t, parts)
  await until(async () => connections.every((c) => c.status === 'ready') || undefined, 'every connection back', 20_000)
    .catch((err: Error) => { throw new Error(`${err.message}: ${statuses()}`) })
  t.pass(statuses())
  await Promise.all(gateways.map((g, i) => g.producer.set(`failover:${i}`, 'written')))
  t.same(await Promise.all(gateways.map((g, i) => g.producer.get(`failover:${i}`))), gateways.map(() => 'written'), 'each writes to the new primary')
})

t.test('through Sentinels and a Redis that both ask for a password', async (t) => {
  const passwords = { redis: `redis-${randomBytes(8).toString('hex')}`, sentinel: `sentinel-${randomBytes(8).toString('hex')}`, wrong: `wrong-${randomBytes(8).toString('hex')}` }
  const parts = await startDistributedParts({ sentinel: true, fsync: false, redisPassword: passwords.redis, sentinelPassword: passwords.sentinel })
  t.teardown(() => parts.stop())
  const { REDIS_SENTINEL_PASSWORD: _, ...withoutSentinelPassword } = parts.env
  const logged: string[] = []

  for (const [what, env, whose] of [
    ['a wrong Sentinel password', { ...parts.env, REDIS_SENTINEL_PASSWORD: passwords.wrong }, /the Sentinels \(REDIS_SENTINEL_USERNAME, REDIS_SENTINEL_PASSWORD\)/],
    ['no Sentinel password', withoutSentinelPassword, /the Sentinels/],
    // Port 1: through Sentinels, REDIS_URL's address does not count.
    ['a wrong Redis password', { ...parts.env, REDIS_URL: `redis://:${passwords.wrong}@127.0.0.1:1` }, /Redis \(the user and password of REDIS_URL\)/]
  ] as const) {
    t.test(what, async (t) => {
      const { app, lines } = await redisPluginOn(t, env)
      logged.push(...lines)
      t.equal(app.redisConnections.ready, false, 'not ready')
      t.match(lines.join('\n'), /redis authentication failed: check the credentials for/, 'says authentication')
      t.match(lines.join('\n'), whose, 'and whose')
      const [err] = await once(app.redis, 'error') as [Error]
      t.match(err.message, /\b(NOAUTH|WRONGPASS)\b/, 'the connection, still trying, is refused by Redis\'s authentication')
      t.same(Object.values(passwords).filter((password) => err.message.includes(password)), [], 'and its message holds no password')
    })
  }

  t.test('the right passwords: ready, and back after a failover', async (t) => {
    const { app, lines } = await redisPluginOn(t, parts.env)
    const connections = [app.redis, app.redisConnections.blocking()]
    await until(async () => connections.every((c) => c.status === 'ready') || undefined, 'every connection ready')
    await app.redis.set('auth:before', 'written')
    // Replication is asynchronous: the replica must hold the key before the primary dies.
    t.equal(await app.redis.wait(1, 5000), 1, 'replicated')
    await failOver(t, parts, { password: passwords.sentinel })
    await until(async () => connections.every((c) => c.status === 'ready') || undefined, 'every connection back', 20_000)
    t.equal(await app.redis.get('auth:before'), 'written', 'the promoted replica has what the old primary had')
    t.equal(await connections[1].ping(), 'PONG', 'the blocking connection too')
    logged.push(...lines)
  })

  t.test('no password in any line logged', async (t) => {
    t.ok(logged.length > 0)
    t.same(Object.values(passwords).filter((password) => logged.some((line) => line.includes(password))), [])
  })
})

t.test('rediss:// means TLS to the primary the Sentinels name and to the Sentinels alike', async (t) => {
  const through = (env: Record<string, string>) => {
    const connections = new RedisConnections(loadConfig({ REDIS_SENTINELS: '127.0.0.1:1', ...env }).redisSentinel!)
    t.teardown(() => connections.close())
    return connections.producer.options
  }
  t.match(through({ REDIS_URL: 'rediss://127.0.0.1' }), { tls: {}, enableTLSForSentinelMode: true, sentinelTLS: {} })
  t.match(through({}), { tls: undefined, enableTLSForSentinelMode: false, sentinelTLS: undefined }, 'redis://: none')
})

t.test('a gateway through Sentinels and Redis on TLS and passwords: ready, and again after a failover', async (t) => {
  const dir = await tempDir(t)
  const ca = createCa('test Redis CA')
  const server = issue(ca, { commonName: 'redis', server: { hosts: ['127.0.0.1'] } })
  const tls = { certFile: `${dir}/redis.pem`, keyFile: `${dir}/redis.key`, caFile: `${dir}/ca.pem` }
  writeFileSync(tls.certFile, server.certPem)
  writeFileSync(tls.keyFile, server.keyPem!, { mode: 0o600 })
  writeFileSync(tls.caFile, ca.certPem)
  const passwords = { redis: `redis-${randomBytes(8).toString('hex')}`, sentinel: `sentinel-${randomBytes(8).toString('hex')}` }
  const parts = await startDistributedParts({ sentinel: true, fsync: false, redisPassword: passwords.redis, sentinelPassword: passwords.sentinel, tls })
  const lines: string[] = []
  // The CA as an operator would give it: ioredis verifies the servers against Node's trusted CAs.
  const gateway = await startGateway({ NODE_ENV: 'test', ...parts.env, NODE_EXTRA_CA_CERTS: tls.caFile, DATA_DIR: dir, LOG_LEVEL: 'info' }, { log: (line) => lines.push(line) })
    .catch(async (err) => { await parts.stop(); throw err })
  t.teardown(async () => {
    await stopAll([gateway])
    await parts.stop()
  })
  t.match(parts.env, { REDIS_URL: /^rediss:/ })
  const redisCheck = async () => (await (await fetch(`${gateway.origin}/readyz`)).json() as { checks: { redis: string } }).checks.redis
  await until(async () => await redisCheck() === 'ok' || undefined, 'Redis ready in /readyz')
  await failOver(t, parts, { password: passwords.sentinel, tls: { ca: ca.certPem } })
  await until(async () => await redisCheck() === 'ok' || undefined, 'Redis ready again in /readyz', 20_000)
  t.pass('ready through the promoted replica')
  t.ok(lines.length > 0, 'the gateway logged')
  t.same(Object.values(passwords).filter((password) => lines.some((line) => line.includes(password))), [], 'no password in its log')
})
