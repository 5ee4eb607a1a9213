// Finds the prefill bindings of a form and type-checks each against the record schema of its source.
import type { Binding, FormDefinition } from '../generated/types.ts'
import type { Problem } from '../errors.ts'
import { checkTransform } from '../prefill/transforms.ts'
import { schemaAt, schemaType, typeFits, type JsonSchema } from './json-schema.ts'

export interface Prefill extends Binding {
  fallback?: Binding[]
  onConflict?: 'precedence' | 'ask'
}

export interface BoundField {
  /** JSON Pointer of the field in the form's data. */
  field: string
  /** JSON Pointer of the field's schema in the form, for problem reports. */
  schemaPath: string
  schema: JsonSchema
  prefill: Prefill
}

export interface SourceSchema { subject: string, recordSchema: JsonSchema }

export function boundFields (form: FormDefinition): BoundField[] {
  const found: BoundField[] = []
  const walk = (properties: Record<string, JsonSchema> | undefined, field: string, schemaPath: string) => {
    for (const [name, schema] of Object.entries(properties ?? {})) {
      const token = name.replaceAll('~', '~0').replaceAll('/', '~1')
      const here = { field: `${field}/${token}`, schemaPath: `${schemaPath}/properties/${token}` }
      if (schema['x-prefill']) found.push({ ...here, schema, prefill: schema['x-prefill'] as Prefill })
      walk(schema.properties as Record<string, JsonSchema> | undefined, here.field, here.schemaPath)
    }
  }
  walk(form.properties as unknown as Record<string, JsonSchema>, '', '')
  return found
}

/** Every problem of one binding: unknown source, wrong subject, missing pointer, unfit transform or type. */
export function checkBinding (binding: Binding, field: BoundField, formSubject: string, source: SourceSchema | undefined, path: string): Problem[] {
  if (!source) return [{ path: `${path}/source`, message: `no adapter ${binding.source} is registered` }]
  if (source.subject !== formSubject) {
    return [{ path: `${path}/source`, message: `${binding.source} answers for a ${source.subject}, the form is about a ${formSubject}` }]
  }
  const input = schemaAt(source.recordSchema, binding.pointer)
  if (!input) return [{ path: `${path}/pointer`, message: `${binding.pointer} does not exist in the record of ${binding.source}` }]
  const output = binding.transform ? checkTransform(binding.transform, input) : input
  if (Array.isArray(output)) return output.map((message) => ({ path: `${path}/transform`, message }))
  const expected = schemaType(field.schema)
  if (!typeFits(schemaType(output), expected)) {
    return [{ path, message: `${binding.source}${binding.pointer} gives ${schemaType(output) ?? 'an untyped value'}, the field is ${expected ?? 'untyped'}` }]
  }
  return []
}

/** The primary binding followed by its fallbacks, in precedence order. */
export const bindingsOf = (prefill: Prefill): Binding[] =>
  [{ source: prefill.source, pointer: prefill.pointer, transform: prefill.transform }, ...(prefill.fallback ?? [])]
