// Sharing agreements: a client receives a source's field only for a procedure, a purpose and a time an
// active agreement covers. Validity is checked at each request, so an expiry takes effect without a restart.
import agreementSchema from '../../schemas/agreement.json' with { type: 'json' }
import type { Agreement, Binding, FieldReason } from '../generated/types.ts'
import { RegistrationInvalid, type Problem } from '../errors.ts'
import type { AdapterRegistry } from '../registry/adapter-registry.ts'
import type { FormRegistry } from '../registry/form-registry.ts'
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
  /** Why none of a field's bindings is covered: an agreement would cover one for another purpose, or none would. */
  refusal (bindings: Binding[]): Extract<FieldReason, 'NO_AGREEMENT' | 'PURPOSE_NOT_COVERED'>
}

type Grant = Agreement['sources'][number]

/** A covered pointer covers itself and every member under it. */
const covers = (covered: string, pointer: string) => covered === '*' || pointer === covered || pointer.startsWith(`${covered}/`)

const grantsBinding = (grants: Grant[], b: Binding) => grants.some((g) => g.source === b.source && g.fields.some((f) => covers(f, b.pointer)))

/** Purposes compare as text a person typed: the same letters however composed, without surrounding spaces. */
const purposeKey = (text: string) => text.normalize('NFC').trim()

export class AgreementRegistry {
  #store: Store
  #adapters: AdapterRegistry
  #forms: FormRegistry
  #clientRoles: (id: string) => readonly string[] | undefined
  #now: () => number
  #versions = new VersionMap<Agreement>()

  constructor (deps: { store: Store, adapters: AdapterRegistry, forms: FormRegistry, clientRoles: (id: string) => readonly string[] | undefined, now: () => number }) {
    this.#store = deps.store
    this.#adapters = deps.adapters
    this.#forms = deps.forms
    this.#clientRoles = deps.clientRoles
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
    return { id: agreement.id, version: agreement.version, status, warnings: this.#warnings(agreement) }
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
      Date.parse(a.validFrom) <= now && now < Date.parse(a.validUntil))
    const stated = purpose === undefined ? undefined : purposeKey(purpose)
    const forPurpose = (a: Agreement) => !a.purposes || a.purposes.some((p) => purposeKey(p) === stated)
    const grants = active.filter(forPurpose).flatMap((a) => a.sources)
    const otherPurposes = active.filter((a) => !forPurpose(a)).flatMap((a) => a.sources)
    return {
      binding: (b) => grantsBinding(grants, b),
      source: (id) => grants.some((g) => g.source === id),
      refusal: (bindings) => bindings.some((b) => grantsBinding(otherPurposes, b)) ? 'PURPOSE_NOT_COVERED' : 'NO_AGREEMENT'
    }
  }

  #remember (agreement: Agreement) {
    this.#versions.set(agreement.id, agreement.version, agreement)
  }

  #problems (body: unknown): Problem[] {
    if (!validateShape(body)) return problemsOf(validateShape.errors)
    const problems: Problem[] = []
    const roles = this.#clientRoles(body.client)
    if (!roles) problems.push({ path: '/client', message: `no client ${body.client}` })
    else if (!roles.includes('portal')) problems.push({ path: '/client', message: `client ${body.client} is not a portal (its roles: ${roles.join(', ')}); only portals prefill` })
    const registered = new Set(this.#forms.list().map((f) => f.procedure))
    body.procedures.forEach((procedure, i) => {
      if (!registered.has(procedure)) problems.push({ path: `/procedures/${i}`, message: `no form is registered for procedure ${procedure}` })
    })
    body.purposes?.forEach((purpose, i) => {
      if (!purposeKey(purpose)) problems.push({ path: `/purposes/${i}`, message: 'must hold more than spaces' })
    })
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

  /** Sources that no form of the agreement's procedures binds or waives by: granted, but used by nothing yet. */
  #warnings (agreement: Agreement): string[] {
    const used = new Set(this.#forms.list().filter((f) => agreement.procedures.includes(f.procedure)).flatMap((f) => f.sources))
    return agreement.sources.filter((g) => !used.has(g.source)).map((g) => `no form of ${agreement.procedures.join(', ')} uses source ${g.source}`)
  }
}
