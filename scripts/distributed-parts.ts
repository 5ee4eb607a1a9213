// The distributed parts several gateway instances share, on this machine: a PostgreSQL primary, optionally
// a streaming replica of it (pg_basebackup -R), a Redis primary and, optionally, a Redis replica watched by
// three Sentinels. Each on a free loopback port, its files in one temporary folder; all stopped and removed
// by stop(), or when this process exits. For `npm run cluster`, the failover test and the benchmarks.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { Redis, type RedisOptions } from 'ioredis'
import { freePort } from './gateway-process.ts'

export interface PartsOptions {
  /** A streaming replica of the PostgreSQL primary, for DATABASE_READ_URL. */
  replica?: boolean
  /** A Redis replica and three Sentinels, for REDIS_SENTINELS and REDIS_MASTER_NAME, instead of REDIS_URL. */
  sentinel?: boolean
  /** PostgreSQL's fsync (on by default: benchmarks measure durable commits; tests turn it off). */
  fsync?: boolean
  /** Redis's password (requirepass; masterauth too, so that a replica, and a demoted primary, can follow). */
  redisPassword?: string
  /** The Sentinels' own password (requirepass), with `sentinel`. */
  sentinelPassword?: string
  /** TLS only, with this certificate for 127.0.0.1: Redis servers and Sentinels listen, replicate and watch over it. */
  tls?: { certFile: string, keyFile: string, caFile: string }
}

export interface DistributedParts {
  /**
   * The gateway's variables for these parts: DATABASE_URL, DATABASE_READ_URL, REDIS_URL or REDIS_SENTINELS and
   * REDIS_MASTER_NAME; with passwords or TLS, REDIS_URL carries Redis's password and rediss:// (through Sentinels
   * too), and REDIS_SENTINEL_PASSWORD the Sentinels'.
   */
  env: Record<string, string>
  databaseUrl: string
  databaseReadUrl?: string
  /** The Redis primary at start, with its password; after a failover, the Sentinels know the new one. */
  redisUrl: string
  postgres: { primary: ServerControl, replica?: ServerControl }
  redis: { primary: ServerControl, replica?: ServerControl, sentinels: ServerControl[] }
  /** Stops everything and removes the folder. */
  stop (): Promise<void>
}

export interface ServerControl {
  port: number
  /** Stops the server (PostgreSQL: fast shutdown; Redis: SIGKILL, as a crash). */
  stop (): Promise<void>
  start (): Promise<void>
}

/** The name under which the Sentinels monitor the Redis primary. */
export const redisMasterName = 'gateway'

/** The folder of the real binaries: an initdb on the PATH may be a lone link to it, without pg_basebackup beside. */
export function pgBin (): string {
  const onPath = execFileSync('sh', ['-c', 'command -v initdb || true'], { encoding: 'utf8' }).trim()
  if (onPath) return dirname(realpathSync(onPath))
  const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(a) - Number(b))
  return `/usr/lib/postgresql/${versions.at(-1)}/bin`
}

/** PostgreSQL refuses to run as root: as root, its commands run as the postgres user. */
const asRoot = process.getuid?.() === 0
export function runPg (bin: string, command: string, args: string[]): void {
  const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', `${bin}/${command}`, ...args]] : [`${bin}/${command}`, args]
  execFileSync(file, argv, { stdio: 'ignore' })
}

/** A new folder PostgreSQL may own (the postgres user's, as root). */
export function pgFolder (path: string): string {
  mkdirSync(path, { mode: 0o700 })
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }))
    chownSync(path, uid, uid)
  }
  return path
}

function postgres (bin: string, data: string, port: number, fsync: boolean): ServerControl {
  const options = `-p ${port} -k ${data} -c listen_addresses=127.0.0.1 -c fsync=${fsync ? 'on' : 'off'} -c max_connections=200`
  return {
    port,
    start: async () => runPg(bin, 'pg_ctl', ['-D', data, '-l', `${data}/server.log`, '-w', '-o', options, 'start']),
    stop: async () => { if (existsSync(`${data}/postmaster.pid`)) runPg(bin, 'pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']) }
  }
}

/** A redis-server (or a Sentinel, with its config file) run as a child, ready once it says so; with TLS, on it alone. */
function redisServer (port: number, args: string[], tls: boolean): ServerControl {
  let child: ChildProcess | undefined
  return {
    port,
    async start () {
      const listen = tls ? ['--port', '0', '--tls-port', String(port)] : ['--port', String(port)]
      const started = spawn('redis-server', [...args, ...listen, '--bind', '127.0.0.1'], { stdio: ['ignore', 'pipe', 'ignore'] })
      child = started
      await new Promise<void>((resolve, reject) => {
        started.stdout!.on('data', (chunk: Buffer) => { if (/Ready to accept connections|Sentinel ID is/.test(String(chunk))) resolve() })
        started.once('exit', () => reject(new Error(`redis-server on port ${port} exited before it was ready`)))
      })
      // Read to the end: a full pipe would stall the server.
      started.stdout!.resume()
    },
    async stop () {
      const running = child
      child = undefined
      if (!running || running.exitCode !== null || running.signalCode !== null) return
      running.kill('SIGKILL')
      await once(running, 'exit')
    }
  }
}

/** Waits until the Redis replica has synchronised with the primary, so that a failover has something to promote. */
async function synchronised (port: number, access: RedisOptions): Promise<void> {
  const client = new Redis({ ...access, port, host: '127.0.0.1', lazyConnect: true })
  try {
    for (let i = 0; i < 100; i++) {
      if (/master_link_status:up/.test(await client.info('replication'))) return
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    throw new Error('the Redis replica did not synchronise')
  } finally {
    client.disconnect()
  }
}

export async function startDistributedParts (options: PartsOptions = {}): Promise<DistributedParts> {
  const dir = mkdtempSync(join(tmpdir(), 'gateway-parts-'))
  chmodSync(dir, 0o755)
  const started: ServerControl[] = []
  const stopNow = () => {
    // Synchronous, so that it can run in an 'exit' listener too.
    const bin = pgBin()
    for (const data of ['pg-replica', 'pg']) {
      if (existsSync(`${dir}/${data}/postmaster.pid`)) try { runPg(bin, 'pg_ctl', ['-D', `${dir}/${data}`, '-m', 'immediate', 'stop']) } catch {}
    }
    rmSync(dir, { recursive: true, force: true })
  }
  const onExit = () => { for (const server of started) server.stop(); stopNow() }
  process.once('exit', onExit)
  const run = async (server: ServerControl) => { started.push(server); await server.start(); return server }

  try {
    const bin = pgBin()
    const data = pgFolder(`${dir}/pg`)
    // No syncing of the copies made at start: the folder dies with the process; the server's own fsync is the option's.
    runPg(bin, 'initdb', ['-D', data, '-U', 'gateway', '--auth=trust', '-E', 'UTF8', '--no-locale', '--no-sync'])
    const primary = await run(postgres(bin, data, await freePort(), options.fsync ?? true))
    let replica: ServerControl | undefined
    if (options.replica) {
      const replicaData = pgFolder(`${dir}/pg-replica`)
      // -R writes primary_conninfo and standby.signal: the copy starts as a streaming replica.
      runPg(bin, 'pg_basebackup', ['-h', '127.0.0.1', '-p', String(primary.port), '-U', 'gateway', '-D', replicaData, '-R', '-X', 'stream', '-c', 'fast', '--no-sync'])
      replica = await run(postgres(bin, replicaData, await freePort(), options.fsync ?? true))
    }

    const { redisPassword, sentinelPassword, tls } = options
    // Sentinels take the same TLS options; tls-replication: replicas and Sentinels reach servers over TLS too.
    const tlsArgs = tls ? ['--tls-cert-file', tls.certFile, '--tls-key-file', tls.keyFile, '--tls-ca-cert-file', tls.caFile, '--tls-auth-clients', 'no', '--tls-replication', 'yes'] : []
    const redisArgs = ['--save', '', '--appendonly', 'no', '--dir', dir, ...tlsArgs, ...redisPassword ? ['--requirepass', redisPassword, '--masterauth', redisPassword] : []]
    const redisPrimary = await run(redisServer(await freePort(), redisArgs, !!tls))
    const redisUrl = `${tls ? 'rediss' : 'redis'}://${redisPassword ? `:${encodeURIComponent(redisPassword)}@` : ''}127.0.0.1:${redisPrimary.port}`
    let redisReplica: ServerControl | undefined
    const sentinels: ServerControl[] = []
    if (options.sentinel) {
      redisReplica = await run(redisServer(await freePort(), [...redisArgs, '--replicaof', '127.0.0.1', String(redisPrimary.port)], !!tls))
      await synchronised(redisReplica.port, { password: redisPassword, tls: tls && { ca: readFileSync(tls.caFile) } })
      for (let i = 0; i < 3; i++) {
        const port = await freePort()
        // A Sentinel rewrites its config file: one each. Short timeouts, so that a failover takes seconds.
        const file = `${dir}/sentinel-${port}.conf`
        writeFileSync(file, [
          `sentinel monitor ${redisMasterName} 127.0.0.1 ${redisPrimary.port} 2`,
          `sentinel down-after-milliseconds ${redisMasterName} 1000`,
          `sentinel failover-timeout ${redisMasterName} 3000`,
          `sentinel parallel-syncs ${redisMasterName} 1`,
          // auth-pass: to reach a protected primary; requirepass: also what the Sentinels give each other.
          ...redisPassword ? [`sentinel auth-pass ${redisMasterName} ${redisPassword}`] : [],
          ...sentinelPassword ? [`requirepass ${sentinelPassword}`] : [],
          ''
        ].join('\n'))
        sentinels.push(await run(redisServer(port, [file, '--sentinel', '--dir', dir, ...tlsArgs], !!tls)))
      }
    }

    const databaseUrl = `postgres://gateway@127.0.0.1:${primary.port}/postgres`
    const databaseReadUrl = replica && `postgres://gateway@127.0.0.1:${replica.port}/postgres`
    const env: Record<string, string> = {
      DATABASE_URL: databaseUrl,
      ...databaseReadUrl && { DATABASE_READ_URL: databaseReadUrl },
      ...options.sentinel
        ? {
            REDIS_SENTINELS: sentinels.map((s) => `127.0.0.1:${s.port}`).join(','),
            REDIS_MASTER_NAME: redisMasterName,
            ...(redisPassword || tls) && { REDIS_URL: redisUrl },
            ...sentinelPassword && { REDIS_SENTINEL_PASSWORD: sentinelPassword }
          }
        : { REDIS_URL: redisUrl }
    }
    return {
      env,
      databaseUrl,
      databaseReadUrl,
      redisUrl,
      postgres: { primary, replica },
      redis: { primary: redisPrimary, replica: redisReplica, sentinels },
      async stop () {
        process.off('exit', onExit)
        await Promise.all(started.map((server) => server.stop()))
        stopNow()
      }
    }
  } catch (err) {
    process.off('exit', onExit)
    onExit()
    throw err
  }
}
