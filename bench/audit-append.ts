// Audit append throughput on PostgreSQL: the group-commit writer against one commit per entry (the same
// writer with batches of one), with CONCURRENCY appends in flight as concurrent requests would have.
// Run with npm run bench:audit-append (a private PostgreSQL with fsync on).
import { AuditLog } from '../src/audit/audit-log.ts'
import { migrate } from '../src/store/migrate.ts'
import { openStore } from '../src/store/store.ts'

const entries = Number(process.env.ENTRIES ?? 20_000)
const concurrency = Number(process.env.CONCURRENCY ?? 200)
const base = process.env.TEST_DATABASE_URL
if (!base) throw new Error('run through npm run bench:audit-append')

async function measure (name: string, options: { maxBatch: number, maxWaitMs: number }) {
  const store = await openStore({ databaseUrl: base, dataDir: '' })
  await store.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public')
  await migrate(store)
  const audit = new AuditLog(store, options)
  let next = 0
  const started = performance.now()
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < entries) {
      const i = next++
      await audit.append({ requestId: `r${i}`, clientId: 'bench', role: 'portal', action: 'prefill', procedure: '2.000720', fields: ['/owner/fullName'], result: 'ok' })
    }
  }))
  const seconds = (performance.now() - started) / 1000
  await store.close()
  const rate = entries / seconds
  process.stdout.write(`${name.padEnd(24)} ${entries} entries in ${seconds.toFixed(2)} s: ${rate.toFixed(0)} entries/s\n`)
  return rate
}

const single = await measure('one commit per entry', { maxBatch: 1, maxWaitMs: 0 })
const grouped = await measure('group commit', { maxBatch: 500, maxWaitMs: 0 })
process.stdout.write(`group commit / one commit per entry: ${(grouped / single).toFixed(1)}x (concurrency ${concurrency}, fsync on)\n`)
