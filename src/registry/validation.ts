// Ajv instances for registrations: one that checks manifests and forms against the gateway's own schemas,
// and a strict one that compiles what agencies and admins register (record schemas, forms).
import type { Ajv } from 'ajv'
import type { Problem } from '../errors.ts'
import { createAjv, loadGatewaySchemas } from '../validation/ajv.ts'

export const gatewayKeywords = ['x-prefill', 'x-procedure', 'x-documents']

/** Strict, so that a misspelt keyword in a registration is a problem and not a silently ignored rule. */
export function registrationAjv (): Ajv {
  return createAjv({ strict: true, strictRequired: false, strictTypes: false, keywords: gatewayKeywords })
}

const metaAjv = createAjv({ strict: false, schemas: loadGatewaySchemas() })

export const validateManifestShape = metaAjv.getSchema('adapter-manifest.schema.json')!
export const validateFormShape = metaAjv.getSchema('form.schema.json')!

/** Compiles a registered schema, returning the validator or the reason it does not compile. */
export function compileSchema (ajv: Ajv, schema: object, path: string): ReturnType<Ajv['compile']> | Problem {
  try {
    return ajv.compile(schema)
  } catch (err) {
    return { path, message: `not a valid JSON Schema: ${(err as Error).message}` }
  }
}
