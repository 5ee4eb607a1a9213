// Ajv instances for registrations: one that checks manifests and forms against the gateway's own schemas,
// and a strict one that compiles what agencies and admins register (record schemas, forms).
import type { Ajv } from 'ajv'
import type { Problem } from '../errors.ts'
import type { AdapterManifest, FormDefinition } from '../generated/types.ts'
import { createAjv, loadGatewaySchemas, problemsOf } from '../validation/ajv.ts'

export const gatewayKeywords = ['x-prefill', 'x-procedure', 'x-documents']

/**
 * Strict, so that a misspelt keyword in a registration is a problem and not a silently ignored rule. One per
 * registration: a schema's $id is then its own, and registering it again (or a new version) never collides.
 */
export function registrationAjv (): Ajv {
  return createAjv({ strict: true, strictRequired: false, strictTypes: false, keywords: gatewayKeywords })
}

const metaAjv = createAjv({ strict: false, useDefaults: true, schemas: loadGatewaySchemas() })

export type Shaped<T> = { value: T, problems?: undefined } | { value?: undefined, problems: Problem[] }

/**
 * Checks a registration against its meta-schema. A valid one comes back as a copy with the schema's defaults
 * filled in, which is also how GET shows it: what was sent and what GET returned are then the same registration.
 */
function shapeChecker<T> (id: string): (body: unknown) => Shaped<T> {
  const validate = metaAjv.getSchema(id)!
  return (body) => {
    const value = structuredClone(body)
    return validate(value) ? { value: value as T } : { problems: problemsOf(validate.errors) }
  }
}

export const manifestShape = shapeChecker<AdapterManifest>('adapter-manifest.schema.json')
export const formShape = shapeChecker<FormDefinition>('form.schema.json')

/** Compiles a registered schema, returning the validator or the reason it does not compile. */
export function compileSchema (ajv: Ajv, schema: object, path: string): ReturnType<Ajv['compile']> | Problem {
  try {
    return ajv.compile(schema)
  } catch (err) {
    return { path, message: `not a valid JSON Schema: ${(err as Error).message}` }
  }
}
