// Maps source outcomes onto a form: each bound field gets a value with its provenance or a status and a
// reason; each dossier component is waived when one of its sources holds a valid record. A source still being
// fetched by a worker leaves its fields and components pending.
import type { FieldReason, PrefillDocument, PrefillField, SourceResult } from '../generated/types.ts'
import type { Permit } from '../policy/agreements.ts'
import type { CompiledAdapter } from '../registry/adapter-registry.ts'
import { bindingsOf } from '../registry/bindings.ts'
import type { CompiledField, CompiledForm } from '../registry/compiled-form.ts'
import { valueAt } from '../registry/json-schema.ts'
import { applyTransform } from '../registry/transforms.ts'

export interface FetchedSource { adapter: CompiledAdapter, outcome: SourceResult }

type Missing = 'not_found' | 'unavailable' | 'pending'
type Candidate = { value: unknown, source: FetchedSource } | { missing: Missing, reason: FieldReason }

/** When no binding fills a field, the most hopeful status wins: pending, then unavailable, then not found. */
const missingOrder: Missing[] = ['pending', 'unavailable', 'not_found']

function candidateOf (field: CompiledField, binding: ReturnType<typeof bindingsOf>[number], fetched: FetchedSource | undefined): Candidate {
  const outcome = fetched?.outcome
  if (!fetched || !outcome) return { missing: 'unavailable', reason: 'SOURCE_NOT_REGISTERED' }
  if (outcome.status === 'not_found') return { missing: 'not_found', reason: 'SUBJECT_NOT_FOUND' }
  if (outcome.status === 'unavailable') return { missing: 'unavailable', reason: outcome.reason }
  if (outcome.status === 'pending') return { missing: 'pending', reason: 'SOURCE_PENDING' }
  let value = valueAt(outcome.record, binding.pointer)
  if (value === undefined || value === null) return { missing: 'not_found', reason: 'NO_VALUE' }
  if (binding.transform) {
    try {
      value = applyTransform(binding.transform, value)
    } catch {
      return { missing: 'unavailable', reason: 'TRANSFORM_FAILED' }
    }
    // A pick into an empty list finds nothing: the record holds no such value.
    if (value === undefined || value === null) return { missing: 'not_found', reason: 'NO_VALUE' }
  }
  if (!field.validateValue(value)) return { missing: 'unavailable', reason: 'VALUE_INVALID_FOR_FIELD' }
  return { value, source: fetched }
}

/** Only bindings the client's agreements cover are tried; a field with none is denied. */
export function mapField (field: CompiledField, sources: Map<string, FetchedSource>, permit: Permit): PrefillField {
  const bindings = bindingsOf(field.prefill)
  const permitted = bindings.filter((binding) => permit.binding(binding))
  if (permitted.length === 0) return { status: 'denied', locked: false, reason: permit.refusal(bindings) }
  const candidates = permitted.map((binding) => candidateOf(field, binding, sources.get(binding.source)))
  const filled = candidates.filter((c): c is Extract<Candidate, { value: unknown }> => 'value' in c)
  if (filled.length === 0) {
    const missing = candidates as Array<Extract<Candidate, { missing: Missing }>>
    const { missing: status, reason } = missingOrder.map((m) => missing.find((c) => c.missing === m)).find(Boolean)!
    return { status, locked: false, reason }
  }
  const distinct = new Set(filled.map((c) => JSON.stringify(c.value)))
  if (field.prefill.onConflict === 'ask' && distinct.size > 1) return { status: 'conflict', locked: false, reason: 'SOURCES_DISAGREE' }
  const { value, source } = filled[0]
  const { manifest } = source.adapter
  const outcome = source.outcome as Extract<SourceResult, { status: 'found' }>
  return {
    status: 'filled',
    value,
    source: { id: manifest.id, agency: manifest.agency },
    retrievedAt: outcome.retrievedAt,
    validUntil: outcome.validUntil,
    locked: !field.prefill.editable
  }
}

/** A value that stands for something: present, and not an empty string, list or object. */
const isPresent = (value: unknown) => value !== undefined && value !== null && value !== '' &&
  !(typeof value === 'object' && Object.keys(value).length === 0)

export function mapDocuments (form: CompiledForm, sources: Map<string, FetchedSource>, permit: Permit): PrefillDocument[] {
  return form.documents.map(({ code, title, waivedBy, evidence: pointers }) => {
    const asked = waivedBy.filter((id) => permit.source(id)).map((id) => sources.get(id))
    // A record found is evidence, unless the form names what in it must hold a value (a parcel list that is not empty).
    const evidence = asked.find((s) => {
      if (s?.outcome.status !== 'found') return false
      const pointer = pointers && Object.hasOwn(pointers, s.adapter.manifest.id) ? pointers[s.adapter.manifest.id] : undefined
      return pointer === undefined || isPresent(valueAt(s.outcome.record, pointer))
    })
    if (!evidence || evidence.outcome.status !== 'found') return { code, title, status: asked.some((s) => s?.outcome.status === 'pending') ? 'pending' : 'required' }
    return {
      code,
      title,
      status: 'waived',
      evidence: { source: { id: evidence.adapter.manifest.id, agency: evidence.adapter.manifest.agency }, retrievedAt: evidence.outcome.retrievedAt }
    }
  })
}
