// Node processes started from code and awaited until they say they are ready: gateways (src/server.ts) for
// the cluster command, the tests that kill and restart processes, and the benchmark's servers.
import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'

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
  ready: (line: string) => T | undefined
  log?: (line: string) => void
}

/** Runs a TypeScript entry point with tsx and resolves once its output says it is ready. */
export async function startNode<T> (script: string, options: StartOptions<T>): Promise<NodeProcess<T>> {
  const child = spawn(process.execPath, [...options.nodeArgs ?? [], '--import=tsx', script], {
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'inherit']
  })
  const exited = once(child, 'exit').then(([code]) => code as number | null)
  const ready = await new Promise<T>((resolve, reject) => {
    let pending = ''
    let found: T | undefined
    // Output is read to the end, ready or not: a full pipe would stall the process.
    child.stdout!.on('data', (chunk: Buffer) => {
      pending += chunk
      const lines = pending.split('\n')
      pending = lines.pop()!
      for (const line of lines) {
        options.log?.(line)
        if (found === undefined && (found = options.ready(line)) !== undefined) resolve(found)
      }
    })
    exited.then(() => reject(new Error(`${script} exited before it was ready`)))
  })
  return { child, ready, exited }
}

/** The line Fastify (pino) writes once it listens; the benchmark's own servers write it too. */
export const listeningPort = (line: string): number | undefined => {
  const match = /"msg":"Server listening at https?:\/\/[^"]*:(\d+)"/.exec(line)
  return match ? Number(match[1]) : undefined
}

/** Starts one gateway with this environment (PORT 0 picks a free port) and resolves once it listens. */
export async function startGateway (env: NodeJS.ProcessEnv, options: { log?: (line: string) => void, nodeArgs?: string[] } = {}): Promise<GatewayProcess> {
  const started = await startNode('src/server.ts', { env: { HOST: '127.0.0.1', PORT: '0', ...env }, ready: listeningPort, ...options })
  return { ...started, port: started.ready, origin: `http://127.0.0.1:${started.ready}` }
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
