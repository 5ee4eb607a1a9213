// Processes started from code (gateways, the sandbox, the benchmark's servers) end with the process that
// started them, even when it never stops them: a test that timed out once left a gateway running for good.
import { execFile } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import { promisify } from 'node:util'
import t from 'tap'
import { tempDir, until } from '../helpers/infra.ts'

const execFileAsync = promisify(execFile)

const alive = (pid: number) => { try { process.kill(pid, 0); return true } catch { return false } }

t.test('a process started with startNode ends when its starter exits without stopping it', async (t) => {
  // Silent once ready, as a gateway between requests: no write to a closed pipe ends it.
  const quiet = `${await tempDir(t)}/quiet.ts`
  await writeFile(quiet, "console.log('ready'); setInterval(() => {}, 1000)\n")
  const starter = `
    import { startNode } from './scripts/gateway-process.ts'
    const started = await startNode(${JSON.stringify(quiet)}, { ready: (line) => line === 'ready' || undefined })
    console.log(started.child.pid)
    process.exit(0)`
  const { stdout } = await execFileAsync(process.execPath, ['--import=tsx', '--input-type=module', '-e', starter])
  const pid = Number(stdout.trim())
  t.ok(pid > 0, `it ran as ${pid}`)
  t.teardown(() => { if (alive(pid)) process.kill(pid, 'SIGKILL') })
  await until(async () => !alive(pid) || undefined, 'it to end with its starter', 5000)
  t.notOk(alive(pid), 'ended')
})
