// How much CPU each process of the benchmark used while a load ran, from /proc (Linux): the gateway and the
// sandbox by pid, PostgreSQL and Redis by command name, the load generator as this process.
import { readdir, readFile } from 'node:fs/promises'
import { cpus } from 'node:os'

const ticksPerSecond = 100

async function ticksOf (pid: number | string): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return fields.length > 14 ? Number(fields[11]) + Number(fields[12]) : 0
}

/** Ticks of every process whose command matches, by pid. */
async function ticksByCommand (pattern: RegExp): Promise<Map<string, number>> {
  const ticks = new Map<string, number>()
  for (const pid of (await readdir('/proc')).filter((p) => /^\d+$/.test(p))) {
    const comm = (await readFile(`/proc/${pid}/comm`, 'utf8').catch(() => '')).trim()
    if (pattern.test(comm)) ticks.set(pid, await ticksOf(pid))
  }
  return ticks
}

/**
 * What the processes matching a command used between two samples: a process that ended in between (a
 * PostgreSQL backend of a pool that let it go) takes its ticks along, so only the processes alive at the end count.
 */
const usedSince = (before: Map<string, number>, after: Map<string, number>) =>
  [...after].reduce((sum, [pid, ticks]) => sum + ticks - (before.get(pid) ?? 0), 0)

export interface CpuShares { seconds: number, rows: Array<{ name: string, seconds: number, share: number }> }

/** `pids`: a process, or several counted as one (the instances of a server). */
export async function cpuShares (pids: Record<string, number | number[]>, run: () => Promise<unknown>): Promise<CpuShares> {
  const ticksByPid = async (some: number[]) => new Map(await Promise.all(some.map(async (pid) => [String(pid), await ticksOf(pid)] as const)))
  const sample = async (): Promise<Record<string, Map<string, number>>> => ({
    ...Object.fromEntries(await Promise.all(Object.entries({ ...pids, 'load generator (autocannon)': process.pid }).map(async ([name, pid]) => [name, await ticksByPid([pid].flat())] as const))),
    'PostgreSQL (all backends)': await ticksByCommand(/^postgres/),
    Redis: await ticksByCommand(/^redis-server/)
  })
  const before = await sample()
  const started = performance.now()
  await run()
  const seconds = (performance.now() - started) / 1000
  const after = await sample()
  const capacity = seconds * cpus().length
  return {
    seconds,
    rows: Object.keys(after).map((name) => {
      // A named process that ended reads as 0 ticks: never below zero.
      const used = Math.max(0, usedSince(before[name], after[name])) / ticksPerSecond
      return { name, seconds: used, share: used / capacity }
    })
  }
}
