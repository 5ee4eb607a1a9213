// Sharing agreements: a client receives a source's field only for a procedure, a purpose and a time an
// active agreement covers. Validity is checked at each request, so an expiry takes effect without a restart.
import agreementSchema from '../../schemas/agreement.json' with { type: 'json' }
import type { Agreement, Binding, FieldReason } from '../generated/types.ts'
import { AgreementUnknown, RegistrationInvalid, type Problem } from '../errors.ts'
import type { AdapterRegistry, CompiledAdapter } from '../registry/adapter-registry.ts'
import type { FormRegistry } from '../registry/form-registry.ts'
import { schemaAt } from '../registry/json-schema.ts'
import { asDryRun, digestOf, dryRunVersion, invalidDryRun, loadRetirements, loadVersions, retireVersion, storeVersion, VersionMap } from '../registry/versions.ts'
import type { DryRunResult, RegistrationResult, RetirementResult } from '../generated/types.ts'
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
  #byClient: { of?: readonly Agreement[], index: Map<string, Agreement[]> } = { index: new Map() }

  constructor (deps: { store: Store, adapters: AdapterRegistry, forms: FormRegistry, clientRoles: (id: string) => readonly string[] | undefined, now: () => number }) {
    this.#store = deps.store
    this.#adapters = deps.adapters
    this.#forms = deps.forms
    this.#clientRoles = deps.clientRoles
    this.#now = deps.now
  }

  async load (): Promise<void> {
    for (const row of await loadVersions(this.#store, 'agreements')) this.#remember(row.body as Agreement)
    for (const { id, version } of await loadRetirements(this.#store, 'agreements')) this.#versions.retire(id, version)
  }

  async register (body: unknown, registeredBy: string): Promise<RegistrationResult> {
    const checked = this.#checked(body)
    if (Array.isArray(checked)) throw Object.assign(new RegistrationInvalid(), { problems: checked })
    const agreement = body as Agreement
    const status = checked === 'unchanged' ? checked : await storeVersion(this.#store, 'agreements', { id: agreement.id, version: agreement.version, body: agreement }, registeredBy)
    if (status === 'created') this.#remember(agreement)
    return { id: agreement.id, version: agreement.version, status, warnings: this.#warnings(agreement) }
  }

  /** What register would answer, by the same checks, storing nothing. */
  dryRun (body: unknown): Promise<DryRunResult> {
    return asDryRun(async () => {
      const checked = this.#checked(body)
      if (Array.isArray(checked)) return invalidDryRun(checked)
      const agreement = body as Agreement
      const warnings = this.#warnings(agreement)
      if (checked === 'unchanged') return { valid: true, status: checked, problems: [], warnings }
      return dryRunVersion(this.#store, 'agreements', { id: agreement.id, version: agreement.version, body: agreement }, warnings)
    })
  }

  /**
   * Every check of a registration. A version registered before with exactly this content is unchanged
   * whatever became of the forms and sources it names since (one may have been retired): the shipped
   * agreements are registered again at every start.
   */
  #checked (body: unknown): 'unchanged' | 'new' | Problem[] {
    const { id, version } = (body ?? {}) as Partial<Agreement>
    this.#versions.assertOpen(id, version)
    const stored = typeof id === 'string' && typeof version === 'number' ? this.#versions.get(id, version) : undefined
    if (stored && digestOf(stored) === digestOf(body)) return 'unchanged'
    const problems = this.#problems(body)
    return problems.length ? problems : 'new'
  }

  /** Retires the agreement: from the next request on it covers nothing. */
  async retire (id: string, retiredBy: string): Promise<RetirementResult> {
    const latest = this.#versions.latest(id)
    if (!latest) throw new AgreementUnknown(id)
    const retired = await retireVersion(this.#store, 'agreements', id, latest.version, retiredBy)
    this.#versions.retire(id, retired.version)
    return retired
  }

  /** The current agreements that do not cover a retired one. */
  list (): readonly Agreement[] {
    return this.#versions.currents()
  }

  /** The given version or the current one; a retired agreement read without a version is 410. */
  get (id: string, version?: number): Agreement | undefined {
    return this.#versions.read(id, version, 'Agreement')
  }

  /** Grants of current agreements that a candidate version of a source would leave covering nothing. */
  emptiedGrants (candidate: CompiledAdapter): string[] {
    const { id } = candidate.manifest
    return this.list().flatMap((a) => a.sources.filter((g) => g.source === id).flatMap((g) => g.fields)
      .filter((field) => field !== '*' && !schemaAt(candidate.recordSchema, field))
      .map((field) => `agreement ${a.id} grants ${id}${field}, which this version's record schema no longer has`))
  }

  /** What the client may receive now for this procedure and purpose, from the current version of each agreement. */
  permit (client: string, procedure: string, purpose: string | undefined): Permit {
    const now = this.#now()
    const active = this.#ofClient(client).filter((a) => a.procedures.includes(procedure) &&
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

  /** The client's current agreements; indexed again after a change, so that a prefill reads only its client's. */
  #ofClient (client: string): readonly Agreement[] {
    const current = this.list()
    if (this.#byClient.of !== current) {
      const index = new Map<string, Agreement[]>()
      for (const a of current) {
        if (!index.has(a.client)) index.set(a.client, [])
        index.get(a.client)!.push(a)
      }
      this.#byClient = { of: current, index }
    }
    return this.#byClient.index.get(client) ?? []
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

  /**
   * Allowed, but probably a mistake: sources that no form of the agreement's procedures binds or waives by
   * (granted, but used by nothing yet), whole records granted, and an agreement that has already ended.
   */
  #warnings (agreement: Agreement): string[] {
    const used = new Set(this.#forms.list().filter((f) => agreement.procedures.includes(f.procedure)).flatMap((f) => f.sources))
    const unused = agreement.sources.filter((g) => !used.has(g.source)).map((g) => `no form of ${agreement.procedures.join(', ')} uses source ${g.source}`)
    // Data minimisation: a grant of * also covers whatever members a later version of the source adds.
    const whole = agreement.sources.filter((g) => g.fields.includes('*')).map((g) => `grants every field of ${g.source} (*): name the fields the forms bind`)
    const ended = Date.parse(agreement.validUntil) <= this.#now() ? [`validUntil ${agreement.validUntil} has passed: the agreement covers nothing`] : []
    return [...unused, ...whole, ...ended]
  }
}
