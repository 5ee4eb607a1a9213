// What the registry needs to know about JSON Schemas and pointers: the subschema at a pointer, its type, and
// the value at a pointer in a record.
export type JsonSchema = Record<string, unknown>

/** A member name as one token of a JSON Pointer (RFC 6901). */
export const pointerToken = (name: string): string => name.replaceAll('~', '~0').replaceAll('/', '~1')

export function pointerTokens (pointer: string): string[] {
  if (pointer === '') return []
  return pointer.slice(1).split('/').map((t) => t.replaceAll('~1', '/').replaceAll('~0', '~'))
}

const arrayIndex = /^(0|[1-9]\d*)$/

/**
 * The value at `pointer` (RFC 6901) in a record, or undefined. Own members only: a record's `/constructor` is
 * its own member or nothing, never Object's constructor, and an array has indexes, not a `/length`.
 */
export function valueAt (value: unknown, pointer: string): unknown {
  let current = value
  for (const token of pointerTokens(pointer)) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, token)) return undefined
    if (Array.isArray(current) && !arrayIndex.test(token)) return undefined
    current = (current as Record<string, unknown>)[token]
  }
  return current
}

/** The subschema describing the value at `pointer` in instances of `schema`, following properties and items. */
export function schemaAt (schema: JsonSchema, pointer: string): JsonSchema | undefined {
  let current: JsonSchema | undefined = schema
  for (const token of pointerTokens(pointer)) {
    if (!current) return undefined
    const properties = current.properties as Record<string, JsonSchema> | undefined
    if (properties && Object.hasOwn(properties, token)) current = properties[token]
    else if (current.items && arrayIndex.test(token)) current = current.items as JsonSchema
    else return undefined
  }
  return current
}

export function schemaType (schema: JsonSchema | undefined): string | undefined {
  const type = schema?.type
  return typeof type === 'string' ? type : undefined
}

/** Whether a value of type `actual` may fill a field of type `expected` (an integer is a number). */
export function typeFits (actual: string | undefined, expected: string | undefined): boolean {
  if (!actual || !expected) return false
  return actual === expected || (actual === 'integer' && expected === 'number')
}
