// Audit append throughput on PostgreSQL: the group-commit writer against one commit per entry (the same
// writer with batches of one), with CONCURRENCY appends in flight as concurrent requests would have (a
// comma-separated list measures each; the first is the headline). Entries are shaped as a prefill's. After
// each run the log must hold every entry once, in one gapless sequence, and its chain must verify.
// Run with npm run bench:audit-append (a private PostgreSQL with fsync on).
import { AuditLog, type AuditEntry } from '../src/audit/audit-log.ts'
import { entryFromRow } from '../src/audit/audit-entry.ts'
import { ChainVerifier } from '../src/audit/chain-verifier.ts'
import { ensurePartitions } from '../src/audit/partitions.ts'
import { migrate } from '../src/store/migrate.ts'
import { openStore, type Store } from '../src/store/store.ts'

const entries = Number(process.env.ENTRIES ?? 20_000)
const concurrencies = (process.env.CONCURRENCY ?? '200').split(',').map(Number)
const base = process.env.TEST_DATABASE_URL
if (!base) throw new Error('run through npm run bench:audit-append')

const prefillEntry = (i: number): AuditEntry => ({
  requestId: `req-${i}`,
  traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
  clientId: 'portal-dvc',
  role: 'portal',
  action: 'prefill',
  subjectHmac: `${String(i).padStart(10, '0')}${'x'.repeat(33)}`,
  subjectMasked: '001*******45',
  procedure: '2.000720',
  version: 1,
  legalBasis: 'Luật Căn cước 2023, Điều 15',
  sources: [{ id: 'population-citizen', agency: 'BCA', outcome: 'found' }],
  fields: ['/owner/fullName', '/owner/dateOfBirth'],
  receiptId: `rcpt_${i}`,
  detail: { fieldsAsked: 12, fieldsFilled: 12 },
  result: 'ok'
})

/** That the log holds 1..n once each, in order, and that its chain verifies. */
async function check (store: Store, resolved: number[]) {
  const { rows } = await store.query<Parameters<typeof entryFromRow>[0] & { prev_hash: string, hash: string }>('SELECT * FROM audit_log ORDER BY seq')
  const verifier = new ChainVerifier({ keys: [] })
  rows.forEach((row) => verifier.entry({ entry: entryFromRow(row), prevHash: row.prev_hash, hash: row.hash }))
  const report = verifier.report()
  const gapless = rows.length === entries && rows.every((row, i) => Number(row.seq) === i + 1)
  const answered = new Set(resolved).size === entries && resolved.every((seq) => seq >= 1 && seq <= entries)
  if (!gapless || !answered || !report.ok) throw new Error(`the log is wrong: gapless ${gapless}, every append answered with its own seq ${answered}, chain ${JSON.stringify(report.firstBad ?? 'ok')}`)
  return 'gapless, ordered, chain verified'
}

async function measure (name: string, concurrency: number, options: { maxBatch: number, maxWaitMs: number }) {
  const store = await openStore({ databaseUrl: base, dataDir: '' })
  await store.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public')
  await migrate(store)
  await ensurePartitions(store, new Date())
  const audit = new AuditLog(store, options)
  const resolved: number[] = []
  let next = 0
  const started = performance.now()
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < entries) resolved.push(await audit.append(prefillEntry(next++)))
  }))
  const seconds = (performance.now() - started) / 1000
  const checked = await check(store, resolved)
  await store.close()
  const rate = entries / seconds
  process.stdout.write(`${name.padEnd(24)} ${entries} entries, ${String(concurrency).padStart(4)} in flight, in ${seconds.toFixed(2)} s: ${rate.toFixed(0)} entries/s (${checked})\n`)
  return rate
}

const single = await measure('one commit per entry', concurrencies[0], { maxBatch: 1, maxWaitMs: 0 })
const grouped = await measure('group commit', concurrencies[0], { maxBatch: 500, maxWaitMs: 0 })
for (const concurrency of concurrencies.slice(1)) await measure('group commit', concurrency, { maxBatch: 500, maxWaitMs: 0 })
process.stdout.write(`group commit / one commit per entry: ${(grouped / single).toFixed(1)}x (concurrency ${concurrencies[0]}, fsync on)\n`)
