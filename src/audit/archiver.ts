// Retention: months of the audit log older than the retention period leave the database as signed archive
// files. An archive is an export of that month (same line format, so the same verifier checks it) whose
// header says where it continues the chain and whose last line is a seal signed with the gateway's key: the
// last entry, its hash and the Merkle frontier after it. The next archive, and the log still online, start
// from there; the verifier checks the files one after the other as one chain.
import { createWriteStream } from 'node:fs'
import { mkdir, rename } from 'node:fs/promises'
import { join } from 'node:path'
import { once } from 'node:events'
import { finished } from 'node:stream/promises'
import type { KeyRing, SigningKey } from '../keys/key-ring.ts'
import type { Store } from '../store/store.ts'
import type { JWK } from 'jose'
import { chainLines, exportLineText, type ExportLine } from './audit-reader.ts'
import type { Genesis } from './audit-entry.ts'
import type { VerificationReport } from './chain-verifier.ts'
import { listCheckpoints, onlineStart } from './checkpoints.ts'
import { verifyExportFile } from './export-file.ts'
import { MerkleFrontier } from './merkle.ts'
import { ensurePartitions } from './partitions.ts'
import { signSeal, type Seal } from './seal.ts'

export interface ArchivedMonth { month: string, file?: string, entries: number, from?: number, to?: number }

/** Month partitions (audit_log_YYYY_MM) that ended before the cutoff, oldest first. */
async function monthsBefore (store: Store, cutoff: Date): Promise<Array<{ table: string, month: string, end: Date }>> {
  const { rows } = await store.query<{ relname: string }>(
    `SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent
      WHERE p.relname = 'audit_log' AND c.relname ~ '^audit_log_[0-9]{4}_[0-9]{2}$' ORDER BY c.relname`)
  return rows.map(({ relname }) => {
    const [year, month] = relname.slice('audit_log_'.length).split('_').map(Number)
    return { table: relname, month: `${year}-${String(month).padStart(2, '0')}`, end: new Date(Date.UTC(year, month, 1)) }
  }).filter((m) => m.end <= cutoff)
}

/** The first day (UTC) of the oldest month kept online. */
export function retentionCutoff (now: Date, retentionMonths: number): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - retentionMonths + 1, 1))
}

export async function archiveOldMonths (deps: { store: Store, keys: KeyRing, dir: string, retentionMonths: number, now: Date, jwks: { keys: JWK[] } }): Promise<ArchivedMonth[]> {
  const { store, dir } = deps
  // Rows still in the default partition go to their month first, so that no old month is left behind.
  await ensurePartitions(store, deps.now)
  await mkdir(dir, { recursive: true })
  const done: ArchivedMonth[] = []
  for (const { table, month, end } of await monthsBefore(store, retentionCutoff(deps.now, deps.retentionMonths))) {
    const start = await onlineStart(store)
    const { rows: [range] } = await store.query<{ first: string | null, last: string | null }>(`SELECT min(seq) AS first, max(seq) AS last FROM ${table}`)
    if (range.first === null) {
      await store.query(`DROP TABLE ${table}`)
      done.push({ month, entries: 0 })
      continue
    }
    const [first, last] = [Number(range.first), Number(range.last)]
    if (first !== start.seq + 1) throw new Error(`${month} starts at entry ${first}, but the online log starts after ${start.seq}; nothing archived`)
    if ((await store.query('SELECT 1 FROM audit_log WHERE seq <= $1 AND at >= $2 LIMIT 1', [last, end])).rows.length > 0) {
      throw new Error(`entries up to ${last} are not all in ${month}; nothing archived`)
    }
    const file = join(dir, `audit-${month}.ndjson`)
    const seal = await writeArchive(`${file}.partial`, { store, table, month, start, now: deps.now, key: deps.keys.current })
    // The file, read back, is checked by the verifier before anything leaves the database.
    const report: VerificationReport = await verifyExportFile(`${file}.partial`, deps.jwks)
    if (!report.ok) throw new Error(`the archive of ${month} does not verify (${report.firstBad!.message}); nothing archived`)
    await rename(`${file}.partial`, file)
    await store.transaction(async (tx) => {
      await tx.query('UPDATE audit_head SET archived_seq = $1, archived_hash = $2, archived_frontier = $3 WHERE id = 1', [seal.to, seal.chainHead, JSON.stringify(seal.frontier)])
      await tx.query('INSERT INTO audit_archives (month, from_seq, to_seq, file, seal) VALUES ($1, $2, $3, $4, $5)', [month, seal.from, seal.to, file, JSON.stringify(seal)])
      await tx.query(`DROP TABLE ${table}`)
    })
    done.push({ month, file, entries: last - first + 1, from: seal.from, to: seal.to })
  }
  return done
}

/** Streams one month partition into an archive file (a page of entries at a time) and ends it with the seal. */
async function writeArchive (path: string, { store, table, month, start, now, key }: { store: Store, table: string, month: string, start: Genesis, now: Date, key: SigningKey }): Promise<Seal> {
  const out = createWriteStream(path, { mode: 0o640 })
  const write = async (line: ExportLine) => { if (!out.write(exportLineText(line) + '\n')) await once(out, 'drain') }
  const frontier = new MerkleFrontier(start.frontier)
  const checkpoints = (await listCheckpoints(store)).filter((c) => c.treeSize > frontier.size)
  let after = start.seq
  let head = start.hash
  await write({ type: 'header', format: 'oog-audit-export/1', genesis: { seq: start.seq, hash: start.hash, frontier: start.frontier }, exportedAt: now.toISOString(), archive: month })
  for await (const line of chainLines(store, table, start.seq, frontier.size, checkpoints)) {
    await write(line)
    if (line.type !== 'entry') continue
    frontier.add(Buffer.from(line.leafHash!, 'hex'))
    after = line.entry.seq
    head = line.hash
  }
  const seal = await signSeal({ month, from: start.seq + 1, to: after, treeSize: frontier.size, root: frontier.root().toString('hex'), chainHead: head, frontier: frontier.nodes, at: now.toISOString() }, key)
  await write({ type: 'seal', ...seal })
  out.end()
  await finished(out)
  return seal
}
