// Gateway processes (src/server.ts) started from code: for the cluster command, the tests that kill and
// restart processes, and the benchmark.
import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'

export interface GatewayProcess {
  child: ChildProcess
  port: number
  origin: string
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>
}

/** Starts one gateway with this environment (PORT 0 picks a free port) and resolves once it listens. */
export async function startGateway (env: NodeJS.ProcessEnv, options: { log?: (line: string) => void } = {}): Promise<GatewayProcess> {
  const child = spawn(process.execPath, ['--import=tsx', 'src/server.ts'], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'inherit']
  })
  const exited = once(child, 'exit').then(([code]) => code as number | null)
  const port = await new Promise<number>((resolve, reject) => {
    let pending = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      pending += chunk
      const lines = pending.split('\n')
      pending = lines.pop()!
      for (const line of lines) {
        options.log?.(line)
        const listening = /"msg":"Server listening at https?:\/\/[^"]*:(\d+)"/.exec(line)
        if (listening) resolve(Number(listening[1]))
      }
    })
    exited.then(() => reject(new Error('the gateway exited before listening')))
  })
  return { child, port, origin: `http://127.0.0.1:${port}`, exited }
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

export async function stopAll (gateways: GatewayProcess[], signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  await Promise.all(gateways.map(async (g) => {
    if (g.child.exitCode === null && g.child.signalCode === null) g.child.kill(signal)
    await g.exited
  }))
}
