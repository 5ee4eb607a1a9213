// A PostgreSQL and a Redis of a test's own, which it may stop and start again (the suite's shared ones must
// stay up for the other tests), and a gateway on a PostgreSQL with a streaming replica. Real servers from the
// machine's binaries, on free loopback ports.
import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { chmod } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import type { Test } from 'tap'
import { pgBin, pgFolder, runPg, startDistributedParts, type DistributedParts } from '../../scripts/distributed-parts.ts'
import { freePort } from '../../scripts/gateway-process.ts'
import type { GatewayConfig } from '../../src/config.ts'
import { openStore } from '../../src/store/store.ts'
import { tempDir, testGateway, type TestGateway } from './infra.ts'

export interface OwnPostgres { url: string, stop (): void, start (): void }

export async function ownPostgres (t: Test): Promise<OwnPostgres> {
  const dir = await tempDir(t)
  await chmod(dir, 0o755)
  const data = pgFolder(`${dir}/pg`)
  const bin = pgBin()
  const run = (command: string, args: string[]) => runPg(bin, command, args)
  run('initdb', ['-D', data, '-U', 'gateway', '--auth=trust', '-E', 'UTF8', '--no-locale'])
  const port = await freePort()
  const pg = {
    url: `postgres://gateway@127.0.0.1:${port}/postgres`,
    start: () => run('pg_ctl', ['-D', data, '-l', `${data}/server.log`, '-w', '-o', `-p ${port} -k ${data} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start']),
    stop: () => run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop'])
  }
  pg.start()
  t.teardown(() => { if (existsSync(`${data}/postmaster.pid`)) pg.stop() })
  return pg
}

export interface OwnRedis { url: string, kill (): Promise<void>, start (): Promise<void> }

export async function ownRedis (t: Test): Promise<OwnRedis> {
  const port = await freePort()
  let server: ChildProcess | undefined
  const redis = {
    url: `redis://127.0.0.1:${port}`,
    async start () {
      server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'ignore'] })
      await new Promise<void>((resolve) => server!.stdout!.on('data', (chunk: Buffer) => { if (chunk.includes('Ready to accept connections')) resolve() }))
    },
    /** As a crash would: SIGKILL, and everything it held is gone. */
    async kill () {
      server?.kill('SIGKILL')
      if (server) await once(server, 'exit')
      server = undefined
    }
  }
  await redis.start()
  t.teardown(() => redis.kill())
  return redis
}

/** The test gateway on a PostgreSQL primary of its own, its auditor reads on a streaming replica of it. */
export async function replicatedGateway (t: Test, config: Partial<GatewayConfig> = {}): Promise<TestGateway & { parts: DistributedParts }> {
  const parts = await startDistributedParts({ replica: true, fsync: false })
  t.teardown(() => parts.stop())
  const store = await openStore({ databaseUrl: parts.databaseUrl, dataDir: '' })
  t.teardown(() => store.close())
  return { ...await testGateway(t, { store, config: { databaseUrl: parts.databaseUrl, databaseReadUrl: parts.databaseReadUrl, ...config } }), parts }
}
