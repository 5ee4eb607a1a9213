// The adapters the gateway may call: validated in full at registration, every version kept, the highest
// one in use. A registration that does not validate changes nothing.
import type { ValidateFunction } from 'ajv'
import type { AgencyTree } from '../agencies/agency-tree.ts'
import type { AdapterManifest, CodeTransport, DryRunResult, HttpTransport, RegistrationResult, RetirementResult } from '../generated/types.ts'
import { AdapterUnknown, RegistrationInvalid, SourceInUse, type Problem } from '../errors.ts'
import { codeAdapters } from './code-adapters.ts'
import { hostProblem, resolvedProblem, type OutboundPolicy } from '../outbound/address-policy.ts'
import { sourceUrl, subjectlessProblem, urlTemplateProblem } from './source-url.ts'
import type { Store } from '../store/store.ts'
import { schemaAt, schemaType, type JsonSchema } from './json-schema.ts'
import { compileSchema, registrationAjv, manifestShape } from './validation.ts'
import { asDryRun, dryRunVersion, invalidDryRun, loadRetirements, loadVersions, retireVersion, storeVersion, VersionMap, type Dropped, type StoredVersion } from './versions.ts'

export interface CompiledAdapter {
  manifest: AdapterManifest
  recordSchema: JsonSchema
  validateRecord: ValidateFunction
}

/** An adapter the gateway calls (HTTP or a code adapter), as opposed to a record type whose records it holds. */
export type LiveAdapter = CompiledAdapter & { manifest: { transport: HttpTransport | CodeTransport } }

export const isLive = (adapter: CompiledAdapter): adapter is LiveAdapter => adapter.manifest.transport.kind !== 'records'

/**
 * What the registries above know about a candidate version: the forms it would break (problems, a veto) and
 * the agreements it would empty (warnings).
 */
export interface ExtraChecks {
  problems?: (candidate: CompiledAdapter) => Problem[]
  warnings?: (candidate: CompiledAdapter) => string[]
}

/** A stored manifest in the form new ones are stored in (defaults filled in): the same content counts as the same. */
const normalizeManifest = (stored: unknown) => manifestShape(stored).value ?? stored

const entryOf = ({ manifest }: CompiledAdapter): StoredVersion => ({ id: manifest.id, version: manifest.version, body: manifest })

export class AdapterRegistry {
  #store: Store
  #vars: Record<string, string>
  #versions = new VersionMap<CompiledAdapter>()

  #outbound: OutboundPolicy
  #agencies: AgencyTree

  constructor (store: Store, vars: Record<string, string>, outbound: OutboundPolicy, agencies: AgencyTree) {
    this.#store = store
    this.#vars = vars
    this.#outbound = outbound
    this.#agencies = agencies
  }

  /**
   * Reads every stored version; those that no longer pass the checks (a subject-less source registered before
   * that check) are not served, and are returned so the caller says so.
   */
  async load (): Promise<Dropped[]> {
    const dropped: Dropped[] = []
    for (const row of await loadVersions(this.#store, 'adapters')) {
      // A stored version was checked when registered: an agency later dropped from the tree keeps serving.
      const compiled = this.#compile(row.body, false)
      if ('manifest' in compiled) this.#remember(compiled)
      else dropped.push({ id: row.id, version: row.version, problems: compiled })
    }
    for (const { id, version } of await loadRetirements(this.#store, 'adapters')) this.#versions.retire(id, version)
    return dropped
  }

  /** The version in use, none when the adapter is retired. */
  current (id: string): CompiledAdapter | undefined {
    return this.#versions.get(id)
  }

  /** The highest version, retired or not: which agency the id belongs to, and what forms were checked against. */
  latest (id: string): CompiledAdapter | undefined {
    return this.#versions.latest(id)
  }

  get (id: string, version?: number): CompiledAdapter {
    const found = this.#versions.read(id, version, 'Adapter')
    if (!found) throw new AdapterUnknown(version === undefined ? id : `${id} version ${version}`)
    return found
  }

  list (): readonly CompiledAdapter[] {
    return this.#versions.currents()
  }

  /** Validates every aspect of a manifest, reporting all problems at once. */
  validate (manifest: unknown, extraCheck?: ExtraChecks['problems']): CompiledAdapter | Problem[] {
    const compiled = this.#compile(manifest)
    if (Array.isArray(compiled)) return compiled
    const problems = extraCheck?.(compiled) ?? []
    return problems.length ? problems : compiled
  }

  async register (manifest: unknown, registeredBy: string, extra: ExtraChecks = {}): Promise<RegistrationResult> {
    const compiled = await this.#checked(manifest, extra)
    if (Array.isArray(compiled)) throw Object.assign(new RegistrationInvalid(), { problems: compiled })
    const { id, version } = compiled.manifest
    const status = await storeVersion(this.#store, 'adapters', entryOf(compiled), registeredBy, normalizeManifest)
    if (status === 'created') this.#remember(compiled)
    return { id, version, status, warnings: this.#warnings(compiled, extra) }
  }

  /** What register would answer, by the same checks, storing nothing. */
  dryRun (manifest: unknown, extra: ExtraChecks = {}): Promise<DryRunResult> {
    return asDryRun(async () => {
      const compiled = await this.#checked(manifest, extra)
      if (Array.isArray(compiled)) return invalidDryRun(compiled)
      return dryRunVersion(this.#store, 'adapters', entryOf(compiled), this.#warnings(compiled, extra), normalizeManifest)
    })
  }

  /**
   * Retires the adapter: from the next request on no prefill asks it and nothing new may bind it. `usedBy`
   * names the registered forms that still bind it or waive by it; while there are any, it stays.
   */
  async retire (id: string, retiredBy: string, usedBy: (id: string) => string[]): Promise<RetirementResult> {
    const latest = this.#versions.latest(id)
    if (!latest) throw new AdapterUnknown(id)
    const users = usedBy(id)
    if (users.length) throw new SourceInUse(id, users.join(', '))
    const retired = await retireVersion(this.#store, 'adapters', id, latest.manifest.version, retiredBy)
    this.#versions.retire(id, retired.version)
    return retired
  }

  /** Every check of a registration, the address checks included. */
  async #checked (manifest: unknown, extra: ExtraChecks): Promise<CompiledAdapter | Problem[]> {
    const { id, version } = (manifest ?? {}) as Partial<AdapterManifest>
    this.#versions.assertOpen(id, version)
    const validated = this.validate(manifest, extra.problems)
    return Array.isArray(validated) ? validated : await this.#reachable(validated)
  }

  /** Allowed, but probably a mistake. */
  #warnings (compiled: CompiledAdapter, extra: ExtraChecks): string[] {
    const { transport, response } = compiled.manifest
    // Without it a source that answers for the wrong person (a bug, a cache) is released as if right.
    const unstated = transport.kind !== 'records' && response.subject === undefined
      ? ['response.subject is not set: the gateway cannot notice a record about another subject than the one asked for']
      : []
    return [...unstated, ...extra.warnings?.(compiled) ?? []]
  }

  /** The URL's host is allowed for the agency and resolves only to addresses the gateway may reach. */
  async #reachable (compiled: CompiledAdapter): Promise<CompiledAdapter | Problem[]> {
    const { transport, agency } = compiled.manifest
    if (transport.kind === 'records') return compiled
    const { hostname } = sourceUrl(transport.url, this.#vars, '0')
    const problem = hostProblem(hostname, agency, this.#outbound) ?? await resolvedProblem(hostname, this.#outbound)
    return problem ? [{ path: '/transport/url', message: problem }] : compiled
  }

  #remember (compiled: CompiledAdapter) {
    const { id, version } = compiled.manifest
    this.#versions.set(id, version, compiled)
  }

  #compile (body: unknown, checkAgency = true): CompiledAdapter | Problem[] {
    const shaped = manifestShape(body)
    if (shaped.problems) return shaped.problems
    const manifest = shaped.value
    const problems: Problem[] = []
    // Citizens see the agency by name in provenance and their access log: it must be one the tree knows.
    if (checkAgency && !this.#agencies.has(manifest.agency)) problems.push({ path: '/agency', message: `no agency ${manifest.agency} in the agency tree` })
    const issuers = manifest.transport.kind === 'records' ? manifest.transport.issuers ?? [] : []
    issuers.forEach((code, i) => {
      if (checkAgency && !this.#agencies.has(code)) problems.push({ path: `/transport/issuers/${i}`, message: `no agency ${code} in the agency tree` })
    })
    const recordSchema = manifest.recordSchema as JsonSchema
    const validateRecord = compileSchema(registrationAjv(), recordSchema, '/recordSchema')
    if (!(validateRecord instanceof Function)) problems.push(validateRecord)
    const { transport } = manifest
    if (transport.kind !== 'records') {
      const urlProblem = urlTemplateProblem(transport.url, this.#vars) ?? subjectlessProblem(transport, this.#vars)
      if (urlProblem) problems.push({ path: '/transport/url', message: urlProblem })
    }
    if (manifest.transport.kind === 'code' && !codeAdapters.has(manifest.transport.module)) {
      problems.push({ path: '/transport/module', message: `no code adapter ${manifest.transport.module} ships with this gateway (${[...codeAdapters.keys()].join(', ')})` })
    }
    if (manifest.response.validUntil !== undefined && !schemaAt(recordSchema, manifest.response.validUntil)) {
      problems.push({ path: '/response/validUntil', message: `${manifest.response.validUntil} does not exist in the record schema` })
    }
    const { subject } = manifest.response
    const subjectProblem = subject === undefined ? undefined : statedSubjectProblem(manifest.transport, recordSchema, subject)
    if (subjectProblem) problems.push({ path: '/response/subject', message: subjectProblem })
    for (const pointer of Object.keys(manifest.classification)) {
      if (!schemaAt(recordSchema, pointer)) problems.push({ path: `/classification/${pointer.slice(1)}`, message: `${pointer} does not exist in the record schema` })
    }
    if (problems.length) return problems
    return { manifest, recordSchema, validateRecord: validateRecord as ValidateFunction }
  }
}

/** Why `response.subject` cannot say whom a record is about, or undefined. */
function statedSubjectProblem (transport: AdapterManifest['transport'], recordSchema: JsonSchema, pointer: string): string | undefined {
  // The gateway files a published record under the subject it was published for: there is nothing to compare.
  if (transport.kind === 'records') return 'a record type\'s records are kept by their subject; response.subject is for live sources'
  const schema = schemaAt(recordSchema, pointer)
  if (!schema) return `${pointer} does not exist in the record schema`
  // A number cannot hold an id's leading zeros.
  if (schemaType(schema) !== 'string') return `${pointer} must be a string in the record schema`
  return undefined
}
