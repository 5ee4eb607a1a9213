// A private redis-server for the quick start and the console's screenshots, installed with apt-get as root
// when missing.
import { spawn, spawnSync } from 'node:child_process'
import { mkdir } from 'node:fs/promises'
import { Redis } from 'ioredis'

const say = (line: string) => process.stdout.write(line + '\n')
const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0

function ensureRedisServer () {
  if (has('redis-server')) return
  if (process.getuid?.() === 0 && has('apt-get')) {
    say('redis-server is missing: installing it with apt-get')
    spawnSync('sh', ['-c', 'apt-get update -qq && apt-get install -y -qq redis-server'], { stdio: 'inherit' })
  }
  if (!has('redis-server')) {
    say('redis-server is required. Install it (Debian/Ubuntu: sudo apt-get install redis-server; macOS: brew install redis) or set REDIS_URL.')
    process.exit(1)
  }
}

/** A redis-server of this process's own on the port, its files under dataDir/redis; stopped when the process exits. */
export async function startPrivateRedis (dataDir: string, port: number): Promise<string> {
  ensureRedisServer()
  await mkdir(`${dataDir}/redis`, { recursive: true })
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', `${dataDir}/redis`, '--appendonly', 'yes', '--save', ''], { stdio: 'ignore' })
  process.once('exit', () => child.kill())
  const url = `redis://127.0.0.1:${port}`
  const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null })
  // Refusals are expected until the server listens.
  probe.on('error', () => {})
  for (let i = 0; i < 50; i++) {
    if (await probe.connect().then(() => true, () => false)) break
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  probe.disconnect()
  return url
}
