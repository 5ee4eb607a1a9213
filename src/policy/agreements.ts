// Sharing agreements: a client receives a source's field only for a procedure, a purpose and a time an
// active agreement covers. Validity is checked at each request, so an expiry takes effect without a restart.
import agreementSchema from '../../schemas/agreement.json' with { type: 'json' }
import type { Agreement, Binding } from '../generated/types.ts'
import { RegistrationInvalid, type Problem } from '../errors.ts'
import type { AdapterRegistry } from '../registry/adapter-registry.ts'
import { schemaAt } from '../registry/json-schema.ts'
import { loadVersions, storeVersion, VersionMap } from '../registry/versions.ts'
import type { RegistrationResult } from '../generated/types.ts'
import type { Store } from '../store/store.ts'
import { createAjv, problemsOf } from '../validation/ajv.ts'

const validateShape = createAjv().compile<Agreement>(agreementSchema)

/** What one client may receive for one request. */
export interface Permit {
  /** Whether the binding's source pointer is covered. */
  binding (binding: Binding): boolean
  /** Whether any field of the source is covered (a waiver uses the source's record as evidence). */
  source (source: string): boolean
}

/** A covered pointer covers itself and every member under it. */
const covers = (covered: string, pointer: string) => covered === '*' || pointer === covered || pointer.startsWith(`${covered}/`)

export class AgreementRegistry {
  #store: Store
  #adapters: AdapterRegistry
  #clientExists: (id: string) => boolean
  #now: () => number
  #versions = new VersionMap<Agreement>()

  constructor (deps: { store: Store, adapters: AdapterRegistry, clientExists: (id: string) => boolean, now: () => number }) {
    this.#store = deps.store
    this.#adapters = deps.adapters
    this.#clientExists = deps.clientExists
    this.#now = deps.now
  }

  async load (): Promise<void> {
    for (const row of await loadVersions(this.#store, 'agreements')) this.#remember(row.body as Agreement)
  }

  async register (body: unknown, registeredBy: string): Promise<RegistrationResult> {
    const problems = this.#problems(body)
    if (problems.length) throw Object.assign(new RegistrationInvalid(), { problems })
    const agreement = body as Agreement
    const status = await storeVersion(this.#store, 'agreements', { id: agreement.id, version: agreement.version, body: agreement }, registeredBy)
    if (status === 'created') this.#remember(agreement)
    return { id: agreement.id, version: agreement.version, status, warnings: [] }
  }

  list (): Agreement[] {
    return this.#versions.currents()
  }

  get (id: string, version?: number): Agreement | undefined {
    return this.#versions.get(id, version)
  }

  /** What the client may receive now for this procedure and purpose, from the current version of each agreement. */
  permit (client: string, procedure: string, purpose: string | undefined): Permit {
    const now = this.#now()
    const active = this.list().filter((a) => a.client === client && a.procedures.includes(procedure) &&
      Date.parse(a.validFrom) <= now && now < Date.parse(a.validUntil) &&
      (!a.purposes || (purpose !== undefined && a.purposes.includes(purpose))))
    const grants = active.flatMap((a) => a.sources)
    return {
      binding: (b) => grants.some((g) => g.source === b.source && g.fields.some((f) => covers(f, b.pointer))),
      source: (id) => grants.some((g) => g.source === id)
    }
  }

  #remember (agreement: Agreement) {
    this.#versions.set(agreement.id, agreement.version, agreement)
  }

  #problems (body: unknown): Problem[] {
    if (!validateShape(body)) return problemsOf(validateShape.errors)
    const problems: Problem[] = []
    if (!this.#clientExists(body.client)) problems.push({ path: '/client', message: `no client ${body.client}` })
    if (Date.parse(body.validUntil) <= Date.parse(body.validFrom)) problems.push({ path: '/validUntil', message: 'must be after validFrom' })
    body.sources.forEach((grant, i) => {
      const adapter = this.#adapters.current(grant.source)
      if (!adapter) return problems.push({ path: `/sources/${i}/source`, message: `no adapter ${grant.source} is registered` })
      grant.fields.forEach((field, j) => {
        if (field !== '*' && !schemaAt(adapter.recordSchema, field)) problems.push({ path: `/sources/${i}/fields/${j}`, message: `${field} does not exist in the record of ${grant.source}` })
      })
    })
    return problems
  }
}
