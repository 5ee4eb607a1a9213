// Node processes started from code and awaited until they say they are ready: gateways (src/server.ts) for
// the cluster command, the tests that kill and restart processes, and the benchmark's servers.
import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { createServer } from 'node:net'
import { setTimeout } from 'node:timers/promises'

export interface NodeProcess<T> {
  child: ChildProcess
  /** What the ready callback found in the output. */
  ready: T
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>
}

export interface GatewayProcess extends NodeProcess<number> {
  port: number
  origin: string
}

export interface StartOptions<T> {
  env?: NodeJS.ProcessEnv
  nodeArgs?: string[]
  /** Called with every output line until it returns something: the process is then ready. */
  ready?: (line: string) => T | undefined
  /** Or asked every 50 ms until it gives something. */
  probe?: () => Promise<T | undefined>
  log?: (line: string) => void
}

const exitWithStarter = new URL('./exit-with-starter.ts', import.meta.url).href

/** Runs a TypeScript entry point with tsx and resolves once its output says it is ready. */
export async function startNode<T> (script: string, options: StartOptions<T>): Promise<NodeProcess<T>> {
  // stdin is a pipe held open by this process: the child stops when it ends (scripts/exit-with-starter.ts).
  const child = spawn(process.execPath, [...options.nodeArgs ?? [], '--import=tsx', `--import=${exitWithStarter}`, script], {
    env: { ...process.env, ...options.env },
    stdio: ['pipe', 'pipe', 'inherit']
  })
  const exited = once(child, 'exit').then(([code]) => code as number | null)
  const ready = await new Promise<T>((resolve, reject) => {
    let pending = ''
    const state: { found?: T, ended: boolean } = { ended: false }
    const settle = (value: T | undefined) => { if (state.found === undefined && value !== undefined) resolve(state.found = value) }
    // Output is read to the end, ready or not: a full pipe would stall the process.
    child.stdout!.on('data', (chunk: Buffer) => {
      pending += chunk
      const lines = pending.split('\n')
      pending = lines.pop()!
      for (const line of lines) {
        options.log?.(line)
        settle(options.ready?.(line))
      }
    })
    exited.then(() => { state.ended = true; reject(new Error(`${script} exited before it was ready`)) })
    const probe = options.probe
    if (probe) {
      (async () => {
        while (state.found === undefined && !state.ended) {
          settle(await probe().catch(() => undefined))
          await setTimeout(50)
        }
      })()
    }
  })
  return { child, ready, exited }
}

/** The line Fastify (pino) writes once it listens; the benchmark's own servers write it too. */
export const listeningPort = (line: string): number | undefined => {
  const match = /"msg":"Server listening at https?:\/\/[^"]*:(\d+)"/.exec(line)
  return match ? Number(match[1]) : undefined
}

/** A port free on loopback now. */
export async function freePort (): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as { port: number }
  server.close()
  return port
}

/**
 * Starts one gateway with this environment (no PORT, or 0: a free one) and resolves once /healthz answers:
 * neither the port nor readiness depends on what the log level lets through.
 */
export async function startGateway (env: NodeJS.ProcessEnv, options: { log?: (line: string) => void, nodeArgs?: string[] } = {}): Promise<GatewayProcess> {
  const port = env.PORT && env.PORT !== '0' ? Number(env.PORT) : await freePort()
  const origin = `http://127.0.0.1:${port}`
  const healthy = async () => (await fetch(`${origin}/healthz`)).ok ? port : undefined
  const started = await startNode('src/server.ts', { env: { HOST: '127.0.0.1', ...env, PORT: String(port) }, probe: healthy, ...options })
  return { ...started, port, origin }
}

/**
 * N gateways sharing one PostgreSQL and one Redis, a port each (basePort + i, or free ports). The first starts
 * alone, so that the keys it creates in development are there before the others read them.
 */
export async function startCluster (instances: number, env: NodeJS.ProcessEnv, options: { basePort?: number, log?: (instance: number, line: string) => void } = {}): Promise<GatewayProcess[]> {
  if (!env.DATABASE_URL) throw new Error('a cluster shares one PostgreSQL: set DATABASE_URL')
  const start = (i: number) => startGateway({ ...env, PORT: String(options.basePort ? options.basePort + i : 0) }, { log: (line) => options.log?.(i, line) })
  const first = await start(0)
  const rest = await Promise.all(Array.from({ length: instances - 1 }, (_, i) => start(i + 1)))
  return [first, ...rest]
}

export async function stopAll (processes: Array<NodeProcess<unknown>>, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  await Promise.all(processes.map(async (p) => {
    if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill(signal)
    await p.exited
  }))
}
