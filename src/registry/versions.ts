// Keeps every version of a registration. A new version is stored in one transaction after all checks
// passed; the same version with the same content is accepted again unchanged (idempotent PUT).
import { createHash } from 'node:crypto'
import canonicalize from 'canonicalize'
import { VersionConflict, VersionStale, type Problem } from '../errors.ts'
import type { Store } from '../store/store.ts'

export type VersionTable = 'adapters' | 'forms' | 'agreements'

export const digestOf = (body: unknown): string => createHash('sha256').update(canonicalize(body) ?? '').digest('hex')

export interface StoredVersion { id: string, version: number, body: unknown }

/** A stored version that no longer passes the checks, and why. */
export interface Dropped { id: string, version: number, problems: Problem[] }

/**
 * Stores a new version. `normalize` brings a stored body to the form new bodies are stored in (defaults filled
 * in), so that a version stored before it existed still counts as the same content.
 */
export async function storeVersion (store: Store, table: VersionTable, entry: StoredVersion, registeredBy: string, normalize?: (body: unknown) => unknown): Promise<'created' | 'unchanged'> {
  const digest = digestOf(entry.body)
  return store.transaction(async (tx) => {
    // Serialises registrations of one id across gateway processes.
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${table}:${entry.id}`])
    const { rows } = await tx.query<{ version: number, digest: string, body: unknown }>(
      `SELECT version, digest, CASE WHEN version = $2 THEN body END AS body FROM ${table} WHERE id = $1 ORDER BY version DESC`, [entry.id, entry.version])
    const same = rows.find((r) => r.version === entry.version)
    if (same) {
      if (same.digest === digest || (normalize && digestOf(normalize(parsedBody(same.body))) === digest)) return 'unchanged'
      throw new VersionConflict(entry.id, entry.version)
    }
    if (rows.length > 0 && rows[0].version > entry.version) throw new VersionStale(entry.id, entry.version, rows[0].version)
    await tx.query(`INSERT INTO ${table} (id, version, body, digest, registered_by) VALUES ($1, $2, $3, $4, $5)`,
      [entry.id, entry.version, JSON.stringify(entry.body), digest, registeredBy])
    return 'created'
  })
}

/** A jsonb body, parsed if the driver handed it over as text. */
const parsedBody = (body: unknown) => typeof body === 'string' ? JSON.parse(body) : body

export async function loadVersions (store: Store, table: VersionTable): Promise<StoredVersion[]> {
  const { rows } = await store.query<StoredVersion>(`SELECT id, version, body FROM ${table} ORDER BY id, version`)
  return rows.map((r) => ({ ...r, body: parsedBody(r.body) }))
}

/** Every version of every registration in memory: the highest one is current, the older ones stay readable. */
export class VersionMap<T> {
  #byId = new Map<string, Map<number, T>>()

  set (id: string, version: number, value: T): void {
    if (!this.#byId.has(id)) this.#byId.set(id, new Map())
    this.#byId.get(id)!.set(version, value)
  }

  /** The given version, or the current one when none is given. */
  get (id: string, version?: number): T | undefined {
    const versions = this.#byId.get(id)
    return versions?.get(version ?? Math.max(...versions.keys()))
  }

  has (id: string): boolean {
    return this.#byId.has(id)
  }

  /** The current version of each registration. */
  currents (): T[] {
    return [...this.#byId.keys()].map((id) => this.get(id)!)
  }
}
