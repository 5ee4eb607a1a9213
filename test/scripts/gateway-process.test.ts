// Processes started from code (gateways, the sandbox, the benchmark's servers) end with the process that
// started them, even when it never stops them: a test that timed out once left a gateway running for good.
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { writeFile } from 'node:fs/promises'
import t from 'tap'
import { tempDir, until } from '../helpers/infra.ts'

const alive = (pid: number) => { try { process.kill(pid, 0); return true } catch { return false } }

t.test('a process started with startNode ends when its starter is killed without stopping it', async (t) => {
  // Silent once ready, as a gateway between requests: no write to a closed pipe ends it.
  const quiet = `${await tempDir(t)}/quiet.ts`
  await writeFile(quiet, "console.log('ready'); setInterval(() => {}, 1000)\n")
  const starter = spawn(process.execPath, ['--import=tsx', '--input-type=module', '-e', `
    import { startNode } from './scripts/gateway-process.ts'
    const started = await startNode(${JSON.stringify(quiet)}, { ready: (line) => line === 'ready' || undefined })
    console.log(started.child.pid)`], { stdio: ['ignore', 'pipe', 'inherit'] })
  const [pid] = await Promise.race([once(starter.stdout!, 'data').then(([chunk]) => [Number(String(chunk).trim())]), once(starter, 'exit').then(() => [0])])
  t.ok(pid > 0, `it ran as ${pid}`)
  t.teardown(() => { if (alive(pid)) process.kill(pid, 'SIGKILL') })
  // As tap ends a test file past its time: no exit handler runs.
  starter.kill('SIGKILL')
  await until(async () => !alive(pid) || undefined, 'it to end with its starter', 10_000)
  t.notOk(alive(pid), 'ended')
})
