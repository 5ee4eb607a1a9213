// What the registry needs to know about JSON Schemas: the subschema at a pointer, and its type.
export type JsonSchema = Record<string, unknown>

export function pointerTokens (pointer: string): string[] {
  if (pointer === '') return []
  return pointer.slice(1).split('/').map((t) => t.replaceAll('~1', '/').replaceAll('~0', '~'))
}

/** The subschema describing the value at `pointer` in instances of `schema`, following properties and items. */
export function schemaAt (schema: JsonSchema, pointer: string): JsonSchema | undefined {
  let current: JsonSchema | undefined = schema
  for (const token of pointerTokens(pointer)) {
    if (!current) return undefined
    const properties = current.properties as Record<string, JsonSchema> | undefined
    if (properties && Object.hasOwn(properties, token)) current = properties[token]
    else if (current.items && /^(0|[1-9]\d*)$/.test(token)) current = current.items as JsonSchema
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
