// The e-forms portals prefill: validated in full at registration (every binding type-checked against the
// record schema of its source), every version kept, the highest one current.
import type { Ajv } from 'ajv'
import type { DryRunResult, FormDefinition, RegistrationResult, RetirementResult, Subject } from '../generated/types.ts'
import { FormVersionUnknown, ProcedureUnknown, RegistrationInvalid, RegistrationRetired, SubjectTypeMismatch, type Problem } from '../errors.ts'
import { assertSubjectId } from '../subject/subject-id.ts'
import type { Store } from '../store/store.ts'
import type { AdapterRegistry, CompiledAdapter } from './adapter-registry.ts'
import { bindingsOf, boundFields, checkBinding, type BoundField, type SourceSchema } from './bindings.ts'
import type { CompiledForm } from './compiled-form.ts'
import { pointerToken, schemaAt, type JsonSchema } from './json-schema.ts'
import { onceOnlyFindings } from './once-only-findings.ts'
import { compileSchema, registrationAjv, formShape } from './validation.ts'
import { asDryRun, dryRunVersion, invalidDryRun, loadRetirements, loadVersions, retireVersion, storeVersion, VersionMap, type Dropped, type StoredVersion } from './versions.ts'

type SourceLookup = (id: string) => SourceSchema | undefined

/** A field's own $id is already known from the whole form's compile; compiling it again would collide. */
const fieldValidator = (ajv: Ajv, schema: JsonSchema) => (typeof schema.$id === 'string' && ajv.getSchema(schema.$id)) || ajv.compile(schema)

/** A stored form in the form new ones are stored in (defaults filled in): the same content counts as the same. */
const normalizeForm = (stored: unknown) => formShape(stored).value ?? stored

const entryOf = (compiled: CompiledForm): StoredVersion => ({ id: compiled.procedure, version: compiled.version, body: compiled.form })

const sourceSchema = (adapter: CompiledAdapter | undefined): SourceSchema | undefined =>
  adapter && { subject: adapter.manifest.subject, recordSchema: adapter.recordSchema }

export class FormRegistry {
  #store: Store
  #adapters: AdapterRegistry
  #versions = new VersionMap<CompiledForm>()

  constructor (store: Store, adapters: AdapterRegistry) {
    this.#store = store
    this.#adapters = adapters
  }

  /**
   * Reads every stored version; those that no longer compile against the sources are returned, not served. A
   * retired source still counts here, so that the history of a form retired before it stays readable.
   */
  async load (): Promise<Dropped[]> {
    const dropped: Dropped[] = []
    for (const row of await loadVersions(this.#store, 'forms')) {
      const compiled = this.#compile(row.body, this.#storedSources)
      if (!Array.isArray(compiled)) this.#remember(compiled)
      else dropped.push({ id: row.id, version: row.version, problems: compiled })
    }
    for (const { id, version } of await loadRetirements(this.#store, 'forms')) this.#versions.retire(id, version)
    return dropped
  }

  get (procedure: string, version?: number): CompiledForm {
    if (!this.#versions.has(procedure)) throw new ProcedureUnknown(procedure)
    const found = this.#versions.read(procedure, version, 'The form of procedure')
    if (!found) throw new FormVersionUnknown(procedure, version)
    return found
  }

  /**
   * The form for a request, after checking that the subject fits it (prefill and submission check alike). A
   * retired version is readable but not used, even when asked for by its number.
   */
  forSubject (procedure: string, version: number | undefined, subject: Subject): CompiledForm {
    const form = this.get(procedure, version)
    if (this.#versions.isRetired(procedure, form.version)) throw new RegistrationRetired(`The form of procedure ${procedure}`, this.#versions.retiredAt(procedure) ?? form.version)
    if (form.subject !== subject.type) throw new SubjectTypeMismatch(form.procedure, form.subject, subject.type)
    assertSubjectId(subject)
    return form
  }

  list (): readonly CompiledForm[] {
    return this.#versions.currents()
  }

  async register (body: unknown, registeredBy: string): Promise<RegistrationResult> {
    const compiled = this.#checked(body)
    if (Array.isArray(compiled)) throw Object.assign(new RegistrationInvalid(), { problems: compiled })
    const { procedure, version } = compiled
    const status = await storeVersion(this.#store, 'forms', entryOf(compiled), registeredBy, normalizeForm)
    if (status === 'created') this.#remember(compiled)
    return { id: procedure, version, status, warnings: this.#warnings(compiled) }
  }

  /** What register would answer, by the same checks, storing nothing. */
  dryRun (body: unknown): Promise<DryRunResult> {
    return asDryRun(async () => {
      const compiled = this.#checked(body)
      if (Array.isArray(compiled)) return invalidDryRun(compiled)
      return dryRunVersion(this.#store, 'forms', entryOf(compiled), this.#warnings(compiled), normalizeForm)
    })
  }

  /** Every check of a registration, against the sources in use. */
  #checked (body: unknown): CompiledForm | Problem[] {
    const procedure = (body as Partial<FormDefinition> | undefined)?.['x-procedure']
    this.#versions.assertOpen(procedure?.code, procedure?.version)
    return this.#compile(body, this.#currentSources)
  }

  /** Retires the procedure's form: from the next request on no prefill or check uses any of its versions. */
  async retire (procedure: string, retiredBy: string): Promise<RetirementResult> {
    const latest = this.#versions.latest(procedure)
    if (!latest) throw new ProcedureUnknown(procedure)
    const retired = await retireVersion(this.#store, 'forms', procedure, latest.version, retiredBy)
    this.#versions.retire(procedure, retired.version)
    return retired
  }

  /** The registered forms (current, not retired) that bind the source or waive a component by it. */
  usersOf (source: string): string[] {
    return this.list().filter((f) => f.sources.includes(source)).map((f) => `${f.procedure} v${f.version}`).sort()
  }

  /** What the form asks the person for although a registered source holds it. */
  findings (form: CompiledForm) {
    return onceOnlyFindings(form, this.#adapters.list())
  }

  /** The problems a candidate adapter version would cause to the current forms that bind to it. */
  problemsWithAdapter (candidate: CompiledAdapter): Problem[] {
    const id = candidate.manifest.id
    const lookup: SourceLookup = (source) => source === id ? { subject: candidate.manifest.subject, recordSchema: candidate.recordSchema } : this.#currentSources(source)
    return this.list().filter((f) => f.sources.includes(id)).flatMap((f) => {
      const problems = this.#bindingProblems(f.form, f.fields, lookup)
      return problems.map((p) => ({ path: '/recordSchema', message: `form ${f.procedure} v${f.version} would break: ${p.path} ${p.message}` }))
    })
  }

  #currentSources: SourceLookup = (id) => sourceSchema(this.#adapters.current(id))
  #storedSources: SourceLookup = (id) => sourceSchema(this.#adapters.latest(id))

  /**
   * Allowed, but probably a mistake: what the form asks although a source holds it, a form that prefills
   * nothing, and a waiver by a source that does not say it stands for the component (a mistyped code, another source).
   */
  #warnings (compiled: CompiledForm): string[] {
    const idle = compiled.sources.length === 0 ? ['the form binds no field to a source and waives no component: the gateway prefills nothing for it'] : []
    const unclaimed = compiled.documents.flatMap((doc) => doc.waivedBy
      .filter((source) => !(this.#adapters.current(source)?.manifest.documents ?? []).includes(doc.code))
      .map((source) => `component ${doc.code} is waived by ${source}, whose manifest does not list it in documents`))
    return [...this.findings(compiled).map((f) => f.message), ...idle, ...unclaimed]
  }

  #remember (compiled: CompiledForm) {
    this.#versions.set(compiled.procedure, compiled.version, compiled)
  }

  #bindingProblems (form: FormDefinition, fields: BoundField[], sources: SourceLookup): Problem[] {
    const subject = form['x-procedure'].subject
    const problems = fields.flatMap((field) => bindingsOf(field.prefill).flatMap((binding, i) =>
      checkBinding(binding, field, subject, sources(binding.source), `${field.schemaPath}/x-prefill${i === 0 ? '' : `/fallback/${i - 1}`}`)))
    form['x-documents'].forEach((doc, i) => doc.waivedBy.forEach((source, j) => {
      const found = sources(source)
      if (!found) problems.push({ path: `/x-documents/${i}/waivedBy/${j}`, message: `no adapter ${source} is registered` })
      else if (found.subject !== subject) problems.push({ path: `/x-documents/${i}/waivedBy/${j}`, message: `${source} answers for a ${found.subject}, the form is about a ${subject}` })
    }))
    form['x-documents'].forEach((doc, i) => Object.entries(doc.evidence ?? {}).forEach(([source, pointer]) => {
      const path = `/x-documents/${i}/evidence/${pointerToken(source)}`
      const found = sources(source)
      if (!doc.waivedBy.includes(source)) problems.push({ path, message: `${source} is not in waivedBy` })
      else if (found && !schemaAt(found.recordSchema, pointer)) problems.push({ path, message: `${pointer} does not exist in the record schema of ${source}` })
    }))
    return problems
  }

  #compile (body: unknown, sources: SourceLookup): CompiledForm | Problem[] {
    const shaped = formShape(body)
    if (shaped.problems) return shaped.problems
    const form = shaped.value
    const problems: Problem[] = []
    const ajv = registrationAjv()
    const whole = compileSchema(ajv, form, '')
    if (!(whole instanceof Function)) problems.push(whole)
    const fields = boundFields(form)
    problems.push(...this.#bindingProblems(form, fields, sources))
    if (problems.length) return problems
    const compiledFields = fields.map((field) => ({ ...field, validateValue: fieldValidator(ajv, field.schema) }))
    const needed = new Set([...fields.flatMap((f) => bindingsOf(f.prefill).map((b) => b.source)), ...form['x-documents'].flatMap((d) => d.waivedBy)])
    return {
      form,
      procedure: form['x-procedure'].code,
      version: form['x-procedure'].version,
      subject: form['x-procedure'].subject,
      fields: compiledFields,
      documents: form['x-documents'],
      sources: [...needed]
    }
  }
}
