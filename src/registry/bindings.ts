// Finds the prefill bindings of a form and type-checks each against the record schema of its source.
import type { Binding, FieldPrefill, FormDefinition, Subject } from '../generated/types.ts'
import type { Problem } from '../errors.ts'
import { checkTransform } from './transforms.ts'
import { pointerToken, schemaAt, schemaType, typeFits, type JsonSchema } from './json-schema.ts'

export interface BoundField {
  /** JSON Pointer of the field in the form's data. */
  field: string
  /** JSON Pointer of the field's schema in the form, for problem reports. */
  schemaPath: string
  schema: JsonSchema
  prefill: FieldPrefill
}

export interface SourceSchema { subject: Subject['type'], recordSchema: JsonSchema }

export interface SchemaMember { pointer: string, schemaPath: string, name: string, schema: JsonSchema }

/** Every member of an object schema, at any depth of `properties`, with its JSON Pointer. */
export function schemaMembers (schema: JsonSchema): SchemaMember[] {
  const found: SchemaMember[] = []
  const walk = (properties: Record<string, JsonSchema> | undefined, pointer: string, schemaPath: string) => {
    for (const [name, member] of Object.entries(properties ?? {})) {
      const token = pointerToken(name)
      const here = { pointer: `${pointer}/${token}`, schemaPath: `${schemaPath}/properties/${token}` }
      found.push({ ...here, name, schema: member })
      walk(member.properties as Record<string, JsonSchema> | undefined, here.pointer, here.schemaPath)
    }
  }
  walk(schema.properties as Record<string, JsonSchema> | undefined, '', '')
  return found
}

export function boundFields (form: FormDefinition): BoundField[] {
  return schemaMembers(form as unknown as JsonSchema).filter((m) => m.schema['x-prefill'])
    .map((m) => ({ field: m.pointer, schemaPath: m.schemaPath, schema: m.schema, prefill: m.schema['x-prefill'] as FieldPrefill }))
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
export const bindingsOf = (prefill: FieldPrefill): Binding[] =>
  [{ source: prefill.source, pointer: prefill.pointer, transform: prefill.transform }, ...(prefill.fallback ?? [])]
