// Keeps every version of a registration. A new version is stored in one transaction after all checks
// passed; the same version with the same content is accepted again unchanged (idempotent PUT). A retired
// registration keeps its versions readable; it comes back only with a version higher than the retired one.
import { createHash } from 'node:crypto'
import { RegistrationRetired, VersionConflict, VersionRetired, VersionStale, type Problem } from '../errors.ts'
import type { DryRunResult, RetirementResult } from '../generated/types.ts'
import type { Queryable, Store } from '../store/store.ts'
import { canonicalJson } from '../validation/canonical-json.ts'

export type VersionTable = 'adapters' | 'forms' | 'agreements'

export const digestOf = (body: unknown): string => createHash('sha256').update(canonicalJson(body)).digest('hex')

export interface StoredVersion { id: string, version: number, body: unknown }

/** A stored version that no longer passes the checks, and why. */
export interface Dropped { id: string, version: number, problems: Problem[] }

type Normalize = (body: unknown) => unknown

/** What storing `entry` would do against the stored versions of its id and its last retirement; a refusal is thrown. */
async function versionStatus (db: Queryable, table: VersionTable, entry: StoredVersion, normalize?: Normalize): Promise<'created' | 'unchanged'> {
  const digest = digestOf(entry.body)
  const { rows } = await db.query<{ version: number, digest: string, body: unknown }>(
    `SELECT version, digest, CASE WHEN version = $2 THEN body END AS body FROM ${table} WHERE id = $1 ORDER BY version DESC`, [entry.id, entry.version])
  const retired = (await db.query<{ version: number | null }>('SELECT max(version) AS version FROM retirements WHERE registry = $1 AND id = $2', [table, entry.id])).rows[0].version
  if (retired !== null && entry.version <= retired) throw new VersionRetired(entry.id, retired, retired + 1)
  const same = rows.find((r) => r.version === entry.version)
  if (same) {
    if (same.digest === digest || (normalize && digestOf(normalize(parsedBody(same.body))) === digest)) return 'unchanged'
    throw new VersionConflict(entry.id, entry.version)
  }
  if (rows.length > 0 && rows[0].version > entry.version) throw new VersionStale(entry.id, entry.version, rows[0].version)
  return 'created'
}

/**
 * Stores a new version. `normalize` brings a stored body to the form new bodies are stored in (defaults filled
 * in), so that a version stored before it existed still counts as the same content.
 */
export async function storeVersion (store: Store, table: VersionTable, entry: StoredVersion, registeredBy: string, normalize?: Normalize): Promise<'created' | 'unchanged'> {
  return store.transaction(async (tx) => {
    // Serialises registrations and retirements of one id across gateway processes.
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${table}:${entry.id}`])
    const status = await versionStatus(tx, table, entry, normalize)
    if (status === 'created') {
      await tx.query(`INSERT INTO ${table} (id, version, body, digest, registered_by) VALUES ($1, $2, $3, $4, $5)`,
        [entry.id, entry.version, JSON.stringify(entry.body), digestOf(entry.body), registeredBy])
    }
    return status
  })
}

/** The version refusals of a PUT (409). */
const versionCodes = new Set(['GW_VERSION_CONFLICT', 'GW_VERSION_STALE', 'GW_VERSION_RETIRED'])

/**
 * Runs a dry run through the registration's own code path: a version refusal the PUT would answer with 409
 * keeps its code, and its message becomes a problem at /version.
 */
export async function asDryRun (run: () => Promise<DryRunResult>): Promise<DryRunResult> {
  try {
    return await run()
  } catch (err) {
    const { code, message } = err as { code?: string, message: string }
    if (!code || !versionCodes.has(code)) throw err
    return { valid: false, code, problems: [{ path: '/version', message }], warnings: [] }
  }
}

/** What storeVersion would answer for a registration that passed its checks, stored nowhere. */
export async function dryRunVersion (store: Store, table: VersionTable, entry: StoredVersion, warnings: string[], normalize?: Normalize): Promise<DryRunResult> {
  return { valid: true, status: await versionStatus(store, table, entry, normalize), problems: [], warnings }
}

/** A dry run refused by the registration's own checks, as the PUT would refuse it with 422. */
export const invalidDryRun = (problems: Problem[]): DryRunResult => ({ valid: false, code: 'GW_REGISTRATION_INVALID', problems, warnings: [] })

/**
 * Retires the current version of a registration (and with it every older one). Retiring again what is already
 * retired changes nothing.
 */
export async function retireVersion (store: Store, table: VersionTable, id: string, version: number, retiredBy: string): Promise<RetirementResult> {
  return store.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${table}:${id}`])
    const latest = (await tx.query<{ version: number | null }>(`SELECT max(version) AS version FROM ${table} WHERE id = $1`, [id])).rows[0].version
    // Another instance registered a newer version meanwhile: this caller retires what it has not seen.
    if (latest !== version) throw new VersionStale(id, version, latest)
    const { rows } = await tx.query<{ retired_by: string, retired_at: Date | string }>(
      `INSERT INTO retirements (registry, id, version, retired_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (registry, id, version) DO NOTHING RETURNING retired_by, retired_at`, [table, id, version, retiredBy])
    const stored = rows[0] ?? (await tx.query<{ retired_by: string, retired_at: Date | string }>(
      'SELECT retired_by, retired_at FROM retirements WHERE registry = $1 AND id = $2 AND version = $3', [table, id, version])).rows[0]
    return { id, version, status: rows[0] ? 'retired' : 'unchanged', retiredBy: stored.retired_by, retiredAt: new Date(stored.retired_at).toISOString() }
  })
}

/** A jsonb body, parsed if the driver handed it over as text. */
const parsedBody = (body: unknown) => typeof body === 'string' ? JSON.parse(body) : body

export async function loadVersions (store: Store, table: VersionTable): Promise<StoredVersion[]> {
  const { rows } = await store.query<StoredVersion>(`SELECT id, version, body FROM ${table} ORDER BY id, version`)
  return rows.map((r) => ({ ...r, body: parsedBody(r.body) }))
}

/** The last retired version of each retired id of a registry. */
export async function loadRetirements (store: Store, table: VersionTable): Promise<Array<{ id: string, version: number }>> {
  return (await store.query<{ id: string, version: number }>('SELECT id, max(version) AS version FROM retirements WHERE registry = $1 GROUP BY id', [table])).rows
}

/**
 * Every version of every registration in memory: the highest one is current unless it is retired; every
 * version, retired or not, stays readable by its number.
 */
export class VersionMap<T> {
  #byId = new Map<string, Map<number, T>>()
  #highestById = new Map<string, number>()
  #retired = new Map<string, number>()
  /** Kept until the next change: every prefill reads the current forms and agreements. */
  #currents: readonly T[] | undefined

  set (id: string, version: number, value: T): void {
    if (!this.#byId.has(id)) this.#byId.set(id, new Map())
    this.#byId.get(id)!.set(version, value)
    this.#highestById.set(id, Math.max(version, this.#highest(id)))
    this.#currents = undefined
  }

  retire (id: string, version: number): void {
    this.#retired.set(id, Math.max(version, this.#retired.get(id) ?? 0))
    this.#currents = undefined
  }

  /** The given version, or the current one when none is given (none when the registration is retired). */
  get (id: string, version?: number): T | undefined {
    if (version === undefined && this.retiredAt(id) !== undefined) return undefined
    return this.#byId.get(id)?.get(version ?? this.#highest(id))
  }

  /** What a reader asked for: a retired registration read without a version number is 410, not unknown. */
  read (id: string, version: number | undefined, kind: string): T | undefined {
    const retired = version === undefined ? this.retiredAt(id) : undefined
    if (retired !== undefined) throw new RegistrationRetired(`${kind} ${id}`, retired)
    return this.get(id, version)
  }

  /** The highest version, retired or not: whose the id is, and what its history ends with. */
  latest (id: string): T | undefined {
    return this.#byId.get(id)?.get(this.#highest(id))
  }

  /**
   * Refuses a version at or below a retired one before any other check, so that what it names (since retired
   * too) does not matter: a shipped file of a retired registration is then skipped at start, never a failed start.
   * The store decides again under its lock (versionStatus), for what another instance retired.
   */
  assertOpen (id: unknown, version: unknown): void {
    const retired = typeof id === 'string' ? this.#retired.get(id) : undefined
    if (retired !== undefined && typeof version === 'number' && version <= retired) throw new VersionRetired(id, retired, retired + 1)
  }

  /** The version the registration was retired at, while no higher version has been registered since. */
  retiredAt (id: string): number | undefined {
    const retired = this.#retired.get(id)
    return retired !== undefined && this.#highest(id) <= retired ? retired : undefined
  }

  /** Whether this version may no longer be used: it is the retired one or older. */
  isRetired (id: string, version: number): boolean {
    const retired = this.#retired.get(id)
    return retired !== undefined && version <= retired
  }

  has (id: string): boolean {
    return this.#byId.has(id)
  }

  /** The current version of each registration that is not retired. */
  currents (): readonly T[] {
    this.#currents ??= [...this.#byId.keys()].flatMap((id) => this.get(id) ?? [])
    return this.#currents
  }

  #highest (id: string): number {
    return this.#highestById.get(id) ?? -Infinity
  }
}
