// Design-time once-only check: what a form asks the person for although a registered source or record
// type already holds it. A field matches a record member by name or by title; a component matches the
// component codes a source declares it stands for.
import type { OnceOnlyReport } from '../generated/types.ts'
import type { CompiledAdapter } from './adapter-registry.ts'
import { bindingsOf, schemaMembers } from './bindings.ts'
import type { CompiledForm } from './compiled-form.ts'
import type { JsonSchema } from './json-schema.ts'

type Finding = OnceOnlyReport['findings'][number]

const leaves = (schema: JsonSchema) => schemaMembers(schema).filter((m) => m.schema.type !== 'object')
const normalise = (text: unknown) => typeof text === 'string' ? text.trim().toLocaleLowerCase('vi') : undefined

export function onceOnlyFindings (form: CompiledForm, adapters: readonly CompiledAdapter[]): Finding[] {
  const sources = adapters.filter((a) => a.manifest.subject === form.subject)
  const findings: Finding[] = []
  for (const field of leaves(form.form as unknown as JsonSchema)) {
    if (field.schema['x-prefill']) continue
    for (const source of sources) {
      const match = leaves(source.recordSchema).find((member) => member.name === field.name ||
        (normalise(member.schema.title) !== undefined && normalise(member.schema.title) === normalise(field.schema.title)))
      if (match) {
        findings.push({
          kind: 'unbound-field',
          field: field.pointer,
          source: source.manifest.id,
          pointer: match.pointer,
          message: `field ${field.pointer} asks the person for what ${source.manifest.id} holds at ${match.pointer}: bind it with x-prefill`
        })
      }
    }
  }
  const bound = new Set(form.fields.flatMap((f) => bindingsOf(f.prefill).map((b) => b.source)))
  for (const doc of form.documents) {
    for (const source of sources) {
      if ((source.manifest.documents ?? []).includes(doc.code) && !doc.waivedBy.includes(source.manifest.id)) {
        findings.push({
          kind: 'unwaived-document',
          document: doc.code,
          source: source.manifest.id,
          message: `component ${doc.code} is asked for although ${source.manifest.id}${bound.has(source.manifest.id) ? ', which the form already uses,' : ''} stands for it: add it to waivedBy`
        })
      }
    }
  }
  return findings
}
