// What a conformance test of an adapter reports: how the source answered and why a call failed, where the
// record departs from its schema, and which classified fields it holds (pointers only, never values).
import type { AdapterTestResult, SourceResult } from '../generated/types.ts'
import type { CompiledAdapter } from '../registry/adapter-registry.ts'
import { valueAt } from '../registry/json-schema.ts'

export function conformanceResult (adapter: CompiledAdapter, outcome: SourceResult): AdapterTestResult {
  const { manifest } = adapter
  // A test asks the source directly: it is never parked as pending.
  const status = outcome.status === 'pending' ? 'unavailable' : outcome.status
  return {
    adapter: manifest.id,
    version: manifest.version,
    outcome: status,
    ...(outcome.status === 'unavailable' ? { reason: outcome.reason, ...(outcome.detail ? { detail: outcome.detail } : {}) } : {}),
    ms: outcome.ms,
    problems: outcome.status === 'unavailable' ? outcome.problems ?? [] : [],
    ...(outcome.status === 'found' ? { fieldsPresent: Object.keys(manifest.classification).filter((p) => valueAt(outcome.record, p) != null) } : {})
  }
}
