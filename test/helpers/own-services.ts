// A PostgreSQL and a Redis of a test's own, which it may stop and start again (the suite's shared ones must
// stay up for the other tests). Real servers from the machine's binaries, on free loopback ports.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { chmod, chown, mkdir } from 'node:fs/promises'
import { existsSync, readdirSync } from 'node:fs'
import type { Test } from 'tap'
import { freePort } from '../../scripts/gateway-process.ts'
import { tempDir } from './infra.ts'

function pgBin (): string {
  const onPath = execFileSync('sh', ['-c', 'command -v initdb || true'], { encoding: 'utf8' }).trim()
  if (onPath) return onPath.replace(/\/initdb$/, '')
  const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(a) - Number(b))
  return `/usr/lib/postgresql/${versions.at(-1)}/bin`
}

/** PostgreSQL refuses to run as root: as root, its commands run as the postgres user. */
const asPostgres = (command: string, args: string[]) => process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', command, ...args]] as const : [command, args] as const

export interface OwnPostgres { url: string, stop (): void, start (): void }

export async function ownPostgres (t: Test): Promise<OwnPostgres> {
  const dir = await tempDir(t)
  const data = `${dir}/pg`
  await mkdir(data)
  await chmod(dir, 0o755)
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }))
    await chown(data, uid, uid)
  }
  const bin = pgBin()
  const run = (command: string, args: string[]) => { const [c, a] = asPostgres(`${bin}/${command}`, args); execFileSync(c, a, { stdio: 'ignore' }) }
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
