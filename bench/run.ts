// `npm run bench`: in one process tree and one run, on loopback, with autocannon as the load generator at
// saturation and an evenly paced open-loop generator (harness.ts) at the fixed offered load:
//   A  a bare Fastify route;
//   B  a bare undici proxy that fans each request out to the same 3 sandbox sources and merges the JSON;
//   B′ B plus the floor of a prefill: one ES256 signature and one durable audit entry (group commit, fsync on);
//   C  the gateway's prefill of a 3-source form, audit durable on PostgreSQL (fsync on), receipt signed;
// B, B′ and C in turn over several rounds, at saturation and at one fixed offered load; then a sweep of forms with 1 to 8 sources that answer
// equally fast, and a CPU profile of C. Results, with the machine, go to bench/RESULTS.md.
// Run under scripts/with-services.sh (npm run bench does), which provides PostgreSQL and Redis.
import { execFileSync } from 'node:child_process'
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { cpus, release, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import pg from 'pg'
import { stopAll, type GatewayProcess } from '../scripts/gateway-process.ts'
import { connections, load, measure, paced, sandboxFaults, startBenchServers, sweepForm, threeSourceForm, warmUpSeconds, type BenchServers, type Measured, type Origins } from './harness.ts'
import { cpuShares } from './cpu-shares.ts'
import { summariseProfile, type ProfileShare } from './profile-summary.ts'
import { withTailEvidence, type TailEvidence } from './tail-evidence.ts'

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
/** Rounds of B, B′ and C in turn: the host's load drifts, and alternating spreads the drift over all three. */
const rounds = Number(process.env.BENCH_ROUNDS ?? 3)

interface AtSaturation { measured: Measured, cpuPerRequest: Record<string, number> }

/** Saturation, with the CPU each process spent per request (from /proc: steadier than throughput here). */
async function measureWithCpu (origin: Origins, pids: Record<string, number | number[]>): Promise<AtSaturation> {
  await load(origin, threeSourceForm, 2)
  let measured: Measured | undefined
  const cpu = await cpuShares(pids, async () => { measured = await load(origin, threeSourceForm, seconds) })
  const requests = measured!.rps * cpu.seconds
  return { measured: measured!, cpuPerRequest: Object.fromEntries(cpu.rows.map((r) => [r.name, r.seconds * 1000 / requests])) }
}
const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor((values.length - 1) / 2)]
const medianOf = <T>(rows: T[], pick: (row: T) => number) => median(rows.map(pick))
/** A figure over the rounds: its median, and the spread when there were several. */
const spread = (values: number[], digits = 2) => values.length === 1
  ? values[0].toFixed(digits)
  : `${median(values).toFixed(digits)} (${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)})`
const say = (line: string) => process.stdout.write(line + '\n')

/** What one gateway alone shows: the 1–8 source sweep and a CPU profile at saturation, as Markdown. */
async function oneGateway (servers: BenchServers, running: GatewayProcess[]): Promise<{ ratioRow: string, sections: string }> {
  say('source sweep…')
  // Equally fast sources: every twin is the population server with 20 ms of latency. One request at a time,
  // so that the latency measured is the gateway's, not a queue's.
  const sweepLatencyMs = 20
  await sandboxFaults(servers.sandboxUrls.population, { latencyMs: sweepLatencyMs })
  const sweep: Measured[] = []
  for (let sources = 1; sources <= 8; sources++) sweep.push(await measure(running[0].origin, sweepForm(sources), 5, { connections: 1 }, 2))
  await sandboxFaults(servers.sandboxUrls.population, {})

  say('profile of C…')
  await stopAll(running)
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
  const sweepRatio = sweep[7].p50 / sweep[0].p50
  return {
    ratioRow: `| 8-source / 1-source p50 | ${sweepRatio.toFixed(2)} | ≤ 1.5 | ${verdict(sweepRatio <= 1.5)} |`,
    sections: `## Sources sweep (every source ${sweepLatencyMs} ms away, one request at a time, 5 s each)

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
  }
}

const { values: args } = parseArgs({ options: { instances: { type: 'string', default: '1' } } })
/** Gateways (and instances of B and B′) behind the one load generator. */
const instances = Number(args.instances)
const started = Date.now()
const servers = await startBenchServers({ instances })
try {
  const c = instances === 1
    ? await servers.gateway().then((g) => ({ origins: [g.origin], pids: [g.child.pid!], processes: [g] }))
    : { ...await servers.cluster(instances), processes: [] }
  const sandbox = { sandbox: servers.sandbox.child.pid! }
  const contenders = {
    B: { origin: servers.bareProxy.origins, pids: { proxy: servers.bareProxy.pids, ...sandbox } },
    'B′': { origin: servers.floorProxy.origins, pids: { proxy: servers.floorProxy.pids, ...sandbox } },
    C: { origin: c.origins, pids: { gateway: c.pids, ...sandbox } }
  }
  type Name = keyof typeof contenders
  const names = Object.keys(contenders) as Name[]

  say('warm-up…')
  for (const name of names) await load(contenders[name].origin, threeSourceForm, warmUpSeconds)
  const saturated = Object.fromEntries(names.map((name) => [name, [] as AtSaturation[]])) as Record<Name, AtSaturation[]>
  for (let round = 1; round <= rounds; round++) {
    say(`saturation, round ${round} of ${rounds}…`)
    for (const name of names) saturated[name].push(await measureWithCpu(contenders[name].origin, contenders[name].pids))
  }
  const a = await measure(servers.bareFastify, threeSourceForm, seconds)
  // The same offered load for all three, evenly paced: half of what the gateway sustains, so that none queues.
  const rate = Math.max(10, Math.round(medianOf(saturated.C, (s) => s.measured.rps) / 2))
  const fixed = Object.fromEntries(names.map((name) => [name, [] as Measured[]])) as Record<Name, Measured[]>
  const evidence = Object.fromEntries(names.map((name) => [name, [] as TailEvidence[]])) as Record<Name, TailEvidence[]>
  for (let round = 1; round <= rounds; round++) {
    say(`fixed load of ${rate} requests/s, round ${round} of ${rounds}…`)
    for (const name of names) {
      const run = await withTailEvidence(process.env.TEST_DATABASE_URL!, name === 'C' ? c.origins : [], () => paced(contenders[name].origin, threeSourceForm, seconds, rate))
      fixed[name].push(run.result)
      evidence[name].push(run.evidence)
    }
  }

  // The sweep and the profile are figures of one gateway.
  const single = instances === 1 ? await oneGateway(servers, c.processes) : undefined

  const databaseUrl = process.env.TEST_DATABASE_URL!
  const db = new pg.Client({ connectionString: databaseUrl })
  await db.connect()
  const postgresVersion = (await db.query<{ server_version: string }>('SHOW server_version')).rows[0].server_version
  await db.end()
  const redisVersion = /redis_version:(\S+)/.exec(execFileSync('redis-cli', ['-u', process.env.TEST_REDIS_URL!, 'INFO', 'server'], { encoding: 'utf8' }))?.[1] ?? '?'

  const ratios = {
    throughput: saturated.C.map((c, i) => c.measured.rps / saturated.B[i].measured.rps),
    throughputFloor: saturated.C.map((c, i) => c.measured.rps / saturated['B′'][i].measured.rps),
    cpu: saturated.C.map((c, i) => c.cpuPerRequest.gateway / saturated.B[i].cpuPerRequest.proxy),
    p99: fixed.C.map((c, i) => c.p99 / fixed.B[i].p99)
  }
  const added = { p50: fixed.C.map((c, i) => c.p50 - fixed['B′'][i].p50), p99: fixed.C.map((c, i) => c.p99 - fixed['B′'][i].p99) }
  const measuredRow = (name: string, rows: Measured[]) =>
    `| ${name} | ${spread(rows.map((m) => m.rps), 0)} | ${spread(rows.map((m) => m.p50), 1)} ms | ${spread(rows.map((m) => m.p99), 1)} ms | ${rows.reduce((n, m) => n + m.non2xx, 0)} | ${rows.reduce((n, m) => n + m.errors, 0)} |`
  const titles: Record<Name, string> = { B: 'B: bare undici proxy, 3 sources', 'B′': 'B′: B + ES256 signature + durable audit entry', C: 'C: gateway prefill, 3 sources' }
  const cpuNames = [...new Set(names.flatMap((name) => saturated[name].flatMap((s) => Object.keys(s.cpuPerRequest))))]
  const cpuCell = (name: Name, process: string) => saturated[name][0].cpuPerRequest[process] === undefined ? '–' : spread(saturated[name].map((s) => s.cpuPerRequest[process]))
  const scaledOut = instances === 1
    ? ''
    : ` B, B′ and C ran as ${instances} instances each (the gateways sharing
PostgreSQL, Redis and their keys), every load spread over them; CPU figures add the instances up.`
  const results = `# Benchmark results

Written by \`npm run bench${instances === 1 ? '' : ` -- --instances ${instances}`}\` on ${new Date().toISOString()} (took ${Math.round((Date.now() - started) / 1000)} s). Every server is its
own process on loopback; the sandbox sources are one more process.${scaledOut} B, B′ and C were measured in turn, ${rounds}
rounds; each figure is the median over the rounds, with the lowest and highest in brackets.

${machine(databaseUrl, redisVersion, postgresVersion)}

## At saturation (${connections} connections, ${seconds} s each)

| | requests/s | p50 | p99 | non-2xx | errors |
| --- | --- | --- | --- | --- | --- |
${row('A: bare Fastify route (one round)', a)}
${names.map((name) => measuredRow(titles[name], saturated[name].map((s) => s.measured))).join('\n')}

## CPU per request at saturation (ms, from /proc)

| process | B | B′ | C |
| --- | --- | --- | --- |
${cpuNames.map((process) => `| ${process} | ${names.map((name) => cpuCell(name, process)).join(' | ')} |`).join('\n')}
| **all** | ${names.map((name) => spread(saturated[name].map((s) => sum(s.cpuPerRequest)))).join(' | ')} |

## At the same offered load (${rate} requests/s, evenly paced, open loop, ${seconds} s each)

| | requests/s | p50 | p99 | non-2xx | errors |
| --- | --- | --- | --- | --- | --- |
${names.map((name) => measuredRow(titles[name], fixed[name])).join('\n')}

## Ratios

| ratio | value | target | |
| --- | --- | --- | --- |
| gateway CPU per prefill / proxy CPU per request (C/B) | ${spread(ratios.cpu)} | ≤ 2 | ${verdict(median(ratios.cpu) <= 2)} |
| C/B throughput at saturation | ${spread(ratios.throughput)} | ≥ 0.60 | ${verdict(median(ratios.throughput) >= 0.60)} |
| C/B′ throughput at saturation | ${spread(ratios.throughputFloor)} | ≥ 0.85 | ${verdict(median(ratios.throughputFloor) >= 0.85)} |
| C/B p99 at ${rate} requests/s | ${spread(ratios.p99)} | ≤ 2 | ${verdict(median(ratios.p99) <= 2)} |
${single?.ratioRow ?? ''}

Latency a prefill adds over B′ at ${rate} requests/s: p50 ${spread(added.p50, 1)} ms, p99 ${spread(added.p99, 1)} ms.

## What each fixed-load run went through (for its tail)

PostgreSQL's active backends sampled every 20 ms (share of samples with a backend in each state; \`CPU\`: running);
WAL segments written through; the gateway's event-loop delay and garbage collections over the run.

| run | p99 | backends | WAL segments | event loop p99 / max | GC (count, total) |
| --- | --- | --- | --- | --- | --- |
${names.flatMap((name) => evidence[name].map((e, i) => `| ${name}, round ${i + 1} | ${ms(fixed[name][i].p99)} | ${e.waits.slice(0, 4).map(([wait, n]) => `${wait} ${(n / e.samples * 100).toFixed(0)} %`).join(', ') || '–'} | ${e.walSegments} | ${e.eventLoop ? `${ms(e.eventLoop.p99)} / ${ms(e.eventLoop.max)}` : '–'} | ${e.gc ? Object.entries(e.gc).map(([kind, g]) => `${kind} ${g.count}, ${ms(g.ms)}`).join('; ') : '–'} |`)).join('\n')}

${single?.sections ?? ''}`
  await writeFile(instances === 1 ? 'bench/RESULTS.md' : `bench/RESULTS-${instances}-instances.md`, results)
  say(results)
} finally {
  await stopAll(servers.all)
}
