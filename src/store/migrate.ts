// Applies the numbered SQL files of migrations/ once each, in order, under a lock so that several
// gateway processes starting together migrate once.
import { readdir, readFile } from 'node:fs/promises'
import type { Store } from './store.ts'

const shipped = new URL('./migrations/', import.meta.url)

export async function migrate (store: Store, dir = shipped): Promise<string[]> {
  await store.exec('CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())')
  const files = (await readdir(dir)).filter((f) => f.endsWith('.sql')).sort()
  const applied: string[] = []
  for (const name of files) {
    const sql = await readFile(new URL(name, dir), 'utf8')
    await store.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(4242)')
      const done = await tx.query('SELECT 1 FROM schema_migrations WHERE name = $1', [name])
      if (done.rows.length > 0) return
      // The file runs as one script, so a function body's own semicolons ($$ ... $$) stay where they are.
      await tx.exec(sql)
      await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [name])
      applied.push(name)
    })
  }
  return applied
}
