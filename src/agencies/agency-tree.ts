// The agency tree and the reuse rule of Circular 32/2017/TT-BTTTT: data given to an agency is reusable by
// that agency, and by the other units of its ministry or province when that ministry or province shares data.
import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import agenciesFileSchema from '../../schemas/agencies-file.json' with { type: 'json' }
import type { AgenciesFile, Agency } from '../generated/types.ts'
import { checker, loadValidatedFile } from '../validation/validated-file.ts'

const check = checker<AgenciesFile>(agenciesFileSchema)

export class AgencyTree {
  /** Each agency's ministry or province (itself at the top). */
  #topOf = new Map<string, Agency>()
  #names = new Map<string, string>()

  constructor (file: AgenciesFile) {
    const walk = (agency: Agency, top: Agency) => {
      if (this.#topOf.has(agency.code)) throw new Error(`agency ${agency.code} appears twice`)
      this.#topOf.set(agency.code, top)
      this.#names.set(agency.code, agency.name)
      for (const unit of agency.units ?? []) walk(unit, top)
    }
    for (const agency of file.agencies) walk(agency, agency)
  }

  static async load (path: string): Promise<AgencyTree> {
    return new AgencyTree(await loadValidatedFile(check, path))
  }

  has (code: string): boolean {
    return this.#topOf.has(code)
  }

  name (code: string): string | undefined {
    return this.#names.get(code)
  }

  /** Whether the agency is a ministry or province with units of its own, which is never the one that issues a record. */
  hasUnits (code: string): boolean {
    const top = this.#topOf.get(code)
    return top?.code === code && (top.units?.length ?? 0) > 0
  }

  /** Whether both agencies belong to the same ministry or province. */
  sameTop (a: string, b: string): boolean {
    const top = this.#topOf.get(a)
    return top !== undefined && top === this.#topOf.get(b)
  }

  /** Whether `code` is `ancestor` or one of its units, at any depth. */
  within (code: string, ancestor: string): boolean {
    const top = this.#topOf.get(code)
    if (!top || !this.#topOf.has(ancestor)) return false
    if (code === ancestor || top.code === ancestor) return true
    const find = (agency: Agency): Agency | undefined => agency.code === ancestor ? agency : agency.units?.map(find).find(Boolean)
    const subtree = find(top)
    const contains = (agency: Agency): boolean => agency.code === code || (agency.units ?? []).some(contains)
    return subtree !== undefined && contains(subtree)
  }

  /** Whether data issued by `issuer` is recognised for a request made on behalf of `requester`. */
  mayReuse (requester: string, issuer: string): boolean {
    return requester === issuer || (this.sameTop(requester, issuer) && this.#topOf.get(issuer)!.sharesData === true)
  }
}

declare module 'fastify' {
  interface FastifyInstance { agencies: AgencyTree }
}

export default fp(async (app: FastifyInstance) => {
  const { agenciesFile, outbound } = app.config
  const tree = await AgencyTree.load(agenciesFile)
  // A misspelt agency in OUTBOUND_HOSTS would leave the agency meant unlimited by host name.
  const stray = Object.keys(outbound.hosts).filter((code) => !tree.has(code))
  if (stray.length) throw new Error(`OUTBOUND_HOSTS names ${stray.join(', ')}, not in the agency tree (${agenciesFile})`)
  app.decorate('agencies', tree)
}, { name: 'gateway-agencies', fastify: '5.x' })
