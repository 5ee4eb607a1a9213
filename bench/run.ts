// `npm run bench`: in one process tree and one run, on loopback, with autocannon as the load generator at
// saturation and an evenly paced open-loop generator (harness.ts) at the fixed offered load:
//   A  a bare Fastify route;
//   B  a bare undici proxy that fans each request out to the same 3 sandbox sources and merges the JSON;
//   C  the gateway's prefill of a 3-source form, audit durable on PostgreSQL (fsync on), receipt signed;
// each at saturation and at one fixed offered load; then a sweep of forms with 1 to 8 sources that answer
// equally fast, and a CPU profile of C. Results, with the machine, go to bench/RESULTS.md.
// Run under scripts/with-services.sh (npm run bench does), which provides PostgreSQL and Redis.
import { execFileSync } from 'node:child_process'
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { cpus, release, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { stopAll } from '../scripts/gateway-process.ts'
import { connections, load, measure, paced, sandboxFaults, startBenchServers, sweepForm, threeSourceForm, warmUpSeconds, type Measured } from './harness.ts'
import { cpuShares } from './cpu-shares.ts'
import { summariseProfile, type ProfileShare } from './profile-summary.ts'

function machine (databaseUrl: string, redisVersion: string, postgresVersion: string): string {
  const cpu = cpus()
  return [
    `- CPU: ${cpu.length} × ${cpu[0]?.model.trim()}`,
    `- memory: ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Linux ${release()}; Node ${process.version}`,
    `- PostgreSQL ${postgresVersion} (private, fsync on, ${new URL(databaseUrl).host}); Redis ${redisVersion}`,
    `- load generator: autocannon ${JSON.parse(execFileSync('npm', ['ls', 'autocannon', '--json'], { encoding: 'utf8' })).dependencies.autocannon.version}, ${connections} connections, at saturation (after ${warmUpSeconds} s of warm-up);`,
    '  at the fixed load, requests evenly paced over an undici pool, open loop (latency from when each was due); both in the orchestrating process'
  ].join('\n')
}

const ms = (v: number) => `${v.toFixed(1)} ms`
const row = (name: string, m: Measured) => `| ${name} | ${Math.round(m.rps).toLocaleString('en')} | ${ms(m.p50)} | ${ms(m.p99)} | ${m.non2xx} | ${m.errors} |`
const verdict = (ok: boolean) => ok ? 'met' : '**not met**'
const sum = (values: Record<string, number>) => Object.values(values).reduce((a, v) => a + v, 0)

const seconds = Number(process.env.BENCH_SECONDS ?? 10)

/** Saturation, with the CPU each process spent per request (from /proc: steadier than throughput here). */
async function measureWithCpu (origin: string, pids: Record<string, number>): Promise<{ measured: Measured, cpuPerRequest: Record<string, number> }> {
  await load(origin, threeSourceForm, warmUpSeconds)
  let measured: Measured | undefined
  const cpu = await cpuShares(pids, async () => { measured = await load(origin, threeSourceForm, seconds) })
  const requests = measured!.rps * cpu.seconds
  return { measured: measured!, cpuPerRequest: Object.fromEntries(cpu.rows.map((r) => [r.name, r.seconds * 1000 / requests])) }
}
const say = (line: string) => process.stdout.write(line + '\n')
const started = Date.now()
const servers = await startBenchServers()
try {
  const c = await servers.gateway()

  say('saturation…')
  const sandbox = { sandbox: servers.sandbox.child.pid! }
  const b = await measureWithCpu(servers.bareProxy, { proxy: servers.bareProxyPid, ...sandbox })
  const cc = await measureWithCpu(c.origin, { gateway: c.child.pid!, ...sandbox })
  const saturated = { a: await measure(servers.bareFastify, threeSourceForm, seconds), b: b.measured, c: cc.measured }
  // The same offered load for B and C, evenly paced: half of what the gateway sustains, so that neither queues.
  const rate = Math.max(10, Math.round(saturated.c.rps / 2))
  say(`fixed load of ${rate} requests/s…`)
  const fixed = { b: await paced(servers.bareProxy, threeSourceForm, seconds, rate), c: await paced(c.origin, threeSourceForm, seconds, rate) }

  say('source sweep…')
  // Equally fast sources: every twin is the population server with 20 ms of latency. One request at a time,
  // so that the latency measured is the gateway's, not a queue's.
  const sweepLatencyMs = 20
  await sandboxFaults(servers.sandboxUrls.population, { latencyMs: sweepLatencyMs })
  const sweep: Measured[] = []
  for (let sources = 1; sources <= 8; sources++) sweep.push(await measure(c.origin, sweepForm(sources), 5, { connections: 1 }, 2))
  await sandboxFaults(servers.sandboxUrls.population, {})

  say('profile of C…')
  await stopAll([c])
  const profileDir = await mkdtemp(join(tmpdir(), 'bench-profile-'))
  const profiled = await servers.gateway({}, ['--cpu-prof', `--cpu-prof-dir=${profileDir}`])
  await load(profiled.origin, threeSourceForm, 2)
  const fromUs = Number(process.hrtime.bigint() / 1000n)
  const cpu = await cpuShares({ gateway: profiled.child.pid!, sandbox: servers.sandbox.child.pid! }, () => load(profiled.origin, threeSourceForm, 5))
  const toUs = Number(process.hrtime.bigint() / 1000n)
  await stopAll([profiled])
  // The main thread's profile is the first; tsx's loader thread writes another.
  const profileFile = (await readdir(profileDir)).filter((f) => f.endsWith('.cpuprofile')).sort()[0]
  const profile: ProfileShare[] = profileFile ? summariseProfile(JSON.parse(await readFile(join(profileDir, profileFile), 'utf8')), { fromUs, toUs }) : []

  const databaseUrl = process.env.TEST_DATABASE_URL!
  const db = new pg.Client({ connectionString: databaseUrl })
  await db.connect()
  const postgresVersion = (await db.query<{ server_version: string }>('SHOW server_version')).rows[0].server_version
  await db.end()
  const redisVersion = /redis_version:(\S+)/.exec(execFileSync('redis-cli', ['-u', process.env.TEST_REDIS_URL!, 'INFO', 'server'], { encoding: 'utf8' }))?.[1] ?? '?'

  const throughputRatio = saturated.c.rps / saturated.b.rps
  const p99Ratio = fixed.c.p99 / fixed.b.p99
  const sweepRatio = sweep[7].p50 / sweep[0].p50
  const results = `# Benchmark results

Written by \`npm run bench\` on ${new Date().toISOString()} (took ${Math.round((Date.now() - started) / 1000)} s). Every server is its
own process on loopback; the sandbox sources are one more process.

${machine(databaseUrl, redisVersion, postgresVersion)}

## A, B, C at saturation (${connections} connections, ${seconds} s)

| | requests/s | p50 | p99 | non-2xx | errors |
| --- | --- | --- | --- | --- | --- |
${row('A: bare Fastify route', saturated.a)}
${row('B: bare undici proxy, 3 sources', saturated.b)}
${row('C: gateway prefill, 3 sources', saturated.c)}

## CPU per request at saturation (ms, from /proc)

| process | B | C |
| --- | --- | --- |
${[...new Set([...Object.keys(b.cpuPerRequest), ...Object.keys(cc.cpuPerRequest)])].map((name) =>
  `| ${name} | ${b.cpuPerRequest[name]?.toFixed(2) ?? '–'} | ${cc.cpuPerRequest[name]?.toFixed(2) ?? '–'} |`).join('\n')}
| **all** | ${sum(b.cpuPerRequest).toFixed(2)} | ${sum(cc.cpuPerRequest).toFixed(2)} |

## B and C at the same offered load (${rate} requests/s, ${seconds} s)

| | requests/s | p50 | p99 | non-2xx | errors |
| --- | --- | --- | --- | --- | --- |
${row('B: bare undici proxy', fixed.b)}
${row('C: gateway prefill', fixed.c)}

## Ratios

| ratio | value | target | |
| --- | --- | --- | --- |
| C/B throughput at saturation | ${throughputRatio.toFixed(2)} | ≥ 0.75 | ${verdict(throughputRatio >= 0.75)} |
| C/B p99 at ${rate} requests/s | ${p99Ratio.toFixed(2)} | ≤ 1.5 | ${verdict(p99Ratio <= 1.5)} |
| 8-source / 1-source p50 | ${sweepRatio.toFixed(2)} | ≤ 1.5 | ${verdict(sweepRatio <= 1.5)} |

## Sources sweep (every source ${sweepLatencyMs} ms away, one request at a time, 5 s each)

| sources | p50 | p99 | requests/s |
| --- | --- | --- | --- |
${sweep.map((m, i) => `| ${i + 1} | ${ms(m.p50)} | ${ms(m.p99)} | ${Math.round(m.rps)} |`).join('\n')}

## Where the machine's CPU goes while C is saturated (${cpu.seconds.toFixed(1)} s, profiler on)

| process | CPU seconds | share of the machine |
| --- | --- | --- |
${cpu.rows.map((r) => `| ${r.name} | ${r.seconds.toFixed(1)} | ${(r.share * 100).toFixed(0)} % |`).join('\n')}

## Where C's own time goes (CPU profile at saturation, self time)

| where | share of busy CPU |
| --- | --- |
${profile.map((p) => `| ${p.where} | ${(p.share * 100).toFixed(1)} % |`).join('\n')}
`
  await writeFile('bench/RESULTS.md', results)
  say(results)
} finally {
  await stopAll(servers.all)
}
