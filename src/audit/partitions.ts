// Month partitions of the audit log (by `at`, UTC), made ahead of time: from the oldest month still in the
// default partition to two months ahead. Rows already in the default partition for a month are moved into
// it as it is made (the way PostgreSQL splits a default partition), all in one transaction.
import type { Store } from '../store/store.ts'

const monthStart = (year: number, month: number) => new Date(Date.UTC(year, month, 1))

/** `audit_log_2026_11` for November 2026 (UTC). */
export const partitionName = (start: Date) => `audit_log_${start.getUTCFullYear()}_${String(start.getUTCMonth() + 1).padStart(2, '0')}`

export async function ensurePartitions (store: Store, now: Date, monthsAhead = 2): Promise<string[]> {
  const { rows } = await store.query<{ oldest: Date | null }>('SELECT min(at) AS oldest FROM audit_log_default')
  const from = rows[0].oldest ? new Date(rows[0].oldest) : now
  const made: string[] = []
  for (let start = monthStart(from.getUTCFullYear(), from.getUTCMonth()); start <= monthStart(now.getUTCFullYear(), now.getUTCMonth() + monthsAhead);
    start = monthStart(start.getUTCFullYear(), start.getUTCMonth() + 1)) {
    const end = monthStart(start.getUTCFullYear(), start.getUTCMonth() + 1)
    const name = partitionName(start)
    await store.transaction(async (tx) => {
      // Several gateway processes start together: one makes each partition.
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [name])
      if ((await tx.query('SELECT 1 FROM pg_class WHERE relname = $1', [name])).rows.length > 0) return
      await tx.query(`CREATE TABLE ${name} (LIKE audit_log INCLUDING DEFAULTS)`)
      await tx.query(`WITH moved AS (DELETE FROM audit_log_default WHERE at >= $1 AND at < $2 RETURNING *) INSERT INTO ${name} SELECT * FROM moved`, [start, end])
      await tx.query(`ALTER TABLE audit_log ATTACH PARTITION ${name} FOR VALUES FROM ('${start.toISOString()}') TO ('${end.toISOString()}')`)
      made.push(name)
    })
  }
  return made
}
