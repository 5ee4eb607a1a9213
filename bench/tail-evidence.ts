// What happened while a paced load ran, to tell where its slowest requests come from: what PostgreSQL's
// backends were waiting on (sampled every 20 ms), how many WAL segments the load went through, and, for a
// gateway, its event loop's delay and its garbage collections over the run (from its /metrics).
import pg from 'pg'
import { request } from 'undici'

export interface TailEvidence {
  /** Samples of an active backend by wait event ("CPU" when running), most frequent first. */
  waits: Array<[string, number]>
  samples: number
  walSegments: number
  /** The gateways' event-loop delay over the run (ms), and their collections (count, total ms) by kind. */
  eventLoop?: { p99: number, max: number }
  gc?: Record<string, { count: number, ms: number }>
}

const metricsOf = async (origin: string) => (await (await request(`${origin}/metrics`, { headers: { authorization: 'Bearer dev-operator-token' } })).body.text())

/** The figures of these lines of a Prometheus text, by name with labels. */
function figures (text: string): Map<string, number> {
  return new Map(text.split('\n').filter((line) => line && !line.startsWith('#')).map((line) => {
    const at = line.lastIndexOf(' ')
    return [line.slice(0, at), Number(line.slice(at + 1))] as [string, number]
  }))
}

/** Runs `load` and says what the database and the gateways (their origins, if any) went through meanwhile. */
export async function withTailEvidence<T> (databaseUrl: string, gateways: string[], load: () => Promise<T>): Promise<{ result: T, evidence: TailEvidence }> {
  const db = new pg.Client({ connectionString: databaseUrl })
  await db.connect()
  const lsn = async () => (await db.query<{ lsn: string }>('SELECT pg_current_wal_insert_lsn()::text AS lsn')).rows[0].lsn
  const firstLsn = await lsn()
  // A scrape resets the event-loop histogram: what the next one reports is the run's.
  const gcBefore = await Promise.all(gateways.map(async (origin) => figures(await metricsOf(origin))))
  const waits = new Map<string, number>()
  let samples = 0
  const sampler = { running: true }
  const sampling = (async () => {
    while (sampler.running) {
      const { rows } = await db.query<{ wait: string }>(
        "SELECT coalesce(wait_event_type || ':' || wait_event, 'CPU') AS wait FROM pg_stat_activity WHERE state = 'active' AND backend_type = 'client backend' AND pid <> pg_backend_pid()")
      samples++
      for (const { wait } of rows) waits.set(wait, (waits.get(wait) ?? 0) + 1)
      // Often enough to see a wait of a few ms, seldom enough not to load the 2 cores the run is measured on.
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  })()
  const result = await load().finally(() => { sampler.running = false })
  await sampling
  // Segments entered, from the segment numbers of both positions (16 MiB each unless initdb said otherwise).
  const { rows: [wal] } = await db.query<{ segments: number }>(
    "SELECT (pg_wal_lsn_diff($2::pg_lsn, '0/0') / setting::bigint)::bigint - (pg_wal_lsn_diff($1::pg_lsn, '0/0') / setting::bigint)::bigint AS segments FROM pg_settings WHERE name = 'wal_segment_size'",
    [firstLsn, await lsn()])
  const walSegments = Number(wal.segments)
  await db.end()
  const evidence: TailEvidence = { waits: [...waits].sort((a, b) => b[1] - a[1]), samples, walSegments }
  if (gateways.length > 0) {
    const after = await Promise.all(gateways.map(async (origin) => figures(await metricsOf(origin))))
    evidence.eventLoop = {
      p99: Math.max(...after.map((f) => f.get('nodejs_eventloop_lag_p99_seconds')! * 1000)),
      max: Math.max(...after.map((f) => f.get('nodejs_eventloop_lag_max_seconds')! * 1000))
    }
    evidence.gc = {}
    for (const kind of ['minor', 'major', 'incremental', 'weakcb']) {
      const delta = (suffix: string) => after.reduce((sum, f, i) => sum + (f.get(`nodejs_gc_duration_seconds_${suffix}{kind="${kind}"}`) ?? 0) - (gcBefore[i].get(`nodejs_gc_duration_seconds_${suffix}{kind="${kind}"}`) ?? 0), 0)
      if (delta('count') > 0) evidence.gc[kind] = { count: delta('count'), ms: delta('sum') * 1000 }
    }
  }
  return { result, evidence }
}
