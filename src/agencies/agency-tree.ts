// The agency tree and the reuse rule of Circular 32/2017/TT-BTTTT: data given to an agency is reusable by
// that agency, and by the other units of its ministry or province when that ministry or province shares data.
// The agencies file seeds the tree; the store holds it, changed at run time by an admin (PUT /v1/agencies/{code}).
import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import agenciesFileSchema from '../../schemas/agencies-file.json' with { type: 'json' }
import { AgencyCycle, AgencyInUse, AgencyParentUnknown, RegistrationInvalid } from '../errors.ts'
import type { AgenciesFile, Agency, AgencyNode } from '../generated/types.ts'
import type { Queryable, Store } from '../store/store.ts'
import { checker, loadValidatedFile } from '../validation/validated-file.ts'

const check = checker<AgenciesFile>(agenciesFileSchema)

/** An agency with its members in one order and absent ones left out, so that two versions compare as text. */
const normalised = ({ code, name, parent, sharesData }: { code: string, name: string, parent?: string | null, sharesData?: boolean | null }): AgencyNode =>
  ({ code, name, ...parent ? { parent } : {}, ...typeof sharesData === 'boolean' ? { sharesData } : {} })

/** The agencies of a file, each naming its parent instead of holding its units. */
function flatten (file: AgenciesFile): AgencyNode[] {
  const walk = (agency: Agency, parent?: string): AgencyNode[] => [
    normalised({ ...agency, parent }),
    ...(agency.units ?? []).flatMap((unit) => walk(unit, agency.code))
  ]
  return file.agencies.flatMap((agency) => walk(agency))
}

export class AgencyTree {
  #nodes = new Map<string, AgencyNode>()
  /** Each agency's ministry or province (itself at the top). */
  #topOf = new Map<string, AgencyNode>()

  constructor (nodes: AgencyNode[]) {
    this.replace(nodes)
  }

  /** Takes another tree's content in place: the registries hold this object, and must see the change. */
  replace (nodes: AgencyNode[]): void {
    const byCode = new Map<string, AgencyNode>()
    for (const node of nodes) {
      if (byCode.has(node.code)) throw new Error(`agency ${node.code} appears twice`)
      byCode.set(node.code, node)
    }
    const topOf = new Map<string, AgencyNode>()
    for (const node of nodes) topOf.set(node.code, byCode.get(this.#path(byCode, node.code).at(-1)!)!)
    this.#nodes = byCode
    this.#topOf = topOf
  }

  /** The agency and its parents up to its ministry or province; a cycle or an unknown parent throws. */
  #path (byCode: Map<string, AgencyNode>, code: string): string[] {
    const path = [code]
    for (let parent = byCode.get(code)?.parent; parent !== undefined; parent = byCode.get(parent)?.parent) {
      if (!byCode.has(parent)) throw new AgencyParentUnknown(parent)
      if (path.includes(parent)) throw new AgencyCycle(code, [...path, parent].join(' → '))
      path.push(parent)
    }
    return path
  }

  has (code: string): boolean {
    return this.#nodes.has(code)
  }

  name (code: string): string | undefined {
    return this.#nodes.get(code)?.name
  }

  list (): AgencyNode[] {
    return [...this.#nodes.values()].sort((a, b) => a.code.localeCompare(b.code))
  }

  /** Whether the agency is a ministry or province with units of its own, which is never the one that issues a record. */
  hasUnits (code: string): boolean {
    return this.#topOf.get(code)?.code === code && [...this.#nodes.values()].some((node) => node.parent === code)
  }

  /** Whether both agencies belong to the same ministry or province. */
  sameTop (a: string, b: string): boolean {
    const top = this.#topOf.get(a)
    return top !== undefined && top === this.#topOf.get(b)
  }

  /** Whether `code` is `ancestor` or one of its units, at any depth. */
  within (code: string, ancestor: string): boolean {
    return this.has(code) && this.has(ancestor) && this.#path(this.#nodes, code).includes(ancestor)
  }

  /** Whether data issued by `issuer` is recognised for a request made on behalf of `requester`. */
  mayReuse (requester: string, issuer: string): boolean {
    return requester === issuer || (this.sameTop(requester, issuer) && this.#topOf.get(issuer)!.sharesData === true)
  }

  /** The agencies that would change ministry or province if `node` replaced its current version: it and its units. */
  moved (node: AgencyNode): string[] {
    if (!this.has(node.code)) return []
    const after = new AgencyTree([...this.#nodes.values()].filter((n) => n.code !== node.code).concat(node))
    return [...this.#nodes.keys()].filter((code) => this.within(code, node.code) && after.#topOf.get(code)!.code !== this.#topOf.get(code)!.code)
  }
}

/** What names an agency (adapters, clients): the names of those acting for any of the codes. */
export type AgencyUsers = (codes: string[]) => string[]

/** The tree in the store, seeded from the agencies file. */
export class AgencyStore {
  readonly tree: AgencyTree
  #store: Store

  constructor (store: Store, tree: AgencyTree) {
    this.#store = store
    this.tree = tree
  }

  /** Adds the file's agencies that the store lacks (the store is the truth for the others), then reads the tree. */
  static async open (store: Store, file: string): Promise<AgencyStore> {
    const seed = flatten(await loadValidatedFile(check, file))
    new AgencyTree(seed) // eslint-disable-line no-new -- the file alone must be a tree before any of it is stored
    await store.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['agencies'])
      for (const node of seed) {
        await tx.query(`INSERT INTO agencies (code, revision, name, parent, shares_data, changed_by)
          SELECT $1, 1, $2, $3, $4, 'seed' WHERE NOT EXISTS (SELECT 1 FROM agencies WHERE code = $1)`, [node.code, node.name, node.parent ?? null, node.sharesData ?? null])
      }
    })
    const agencies = new AgencyStore(store, new AgencyTree([]))
    await agencies.load()
    return agencies
  }

  async load (db: Queryable = this.#store): Promise<void> {
    const { rows } = await db.query<{ code: string, name: string, parent: string | null, shares_data: boolean | null }>(
      'SELECT DISTINCT ON (code) code, name, parent, shares_data FROM agencies ORDER BY code, revision DESC')
    this.tree.replace(rows.map((r) => normalised({ ...r, sharesData: r.shares_data })))
  }

  /**
   * Adds an agency or changes one, after checking the whole tree it would make. Moving an agency that adapters
   * or clients act for into another ministry or province is refused: their registrations and the data they may
   * reuse belong to the one they were made under.
   */
  async put (node: AgencyNode, changedBy: string, users: AgencyUsers): Promise<'created' | 'changed' | 'unchanged'> {
    if (node.parent !== undefined && node.sharesData !== undefined) {
      throw Object.assign(new RegistrationInvalid(), { problems: [{ path: '/sharesData', message: 'only a ministry or province (no parent) shares data among its units' }] })
    }
    return this.#store.transaction(async (tx) => {
      // Serialises changes to the tree across instances, and reads it as it is now.
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['agencies'])
      await this.load(tx)
      const current = this.tree.list().find((n) => n.code === node.code)
      if (current && JSON.stringify(current) === JSON.stringify(normalised(node))) return 'unchanged'
      new AgencyTree([node, ...this.tree.list().filter((n) => n.code !== node.code)]) // eslint-disable-line no-new -- throws on a cycle (seen from node first) or an unknown parent
      const moved = this.tree.moved(node)
      const using = moved.length ? users(moved) : []
      if (using.length) throw new AgencyInUse(node.code, using.join(', '))
      const { rows } = await tx.query<{ revision: number }>('SELECT coalesce(max(revision), 0) + 1 AS revision FROM agencies WHERE code = $1', [node.code])
      await tx.query('INSERT INTO agencies (code, revision, name, parent, shares_data, changed_by) VALUES ($1, $2, $3, $4, $5, $6)',
        [node.code, rows[0].revision, node.name, node.parent ?? null, node.sharesData ?? null, changedBy])
      return current ? 'changed' : 'created'
    }).finally(() => this.load())
  }
}

declare module 'fastify' {
  interface FastifyInstance { agencies: AgencyTree, agencyStore: AgencyStore }
}

export default fp(async (app: FastifyInstance) => {
  const { agenciesFile, outbound } = app.config
  const agencies = await AgencyStore.open(app.store, agenciesFile)
  // A misspelt agency in OUTBOUND_HOSTS would leave the agency meant unlimited by host name.
  const stray = Object.keys(outbound.hosts).filter((code) => !agencies.tree.has(code))
  if (stray.length) throw new Error(`OUTBOUND_HOSTS names ${stray.join(', ')}, not in the agency tree (${agenciesFile})`)
  app.decorate('agencies', agencies.tree)
  app.decorate('agencyStore', agencies)
}, { name: 'gateway-agencies', fastify: '5.x', dependencies: ['gateway-store'] })
