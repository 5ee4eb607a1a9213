// Ajv instances for registrations: one that checks manifests and forms against the gateway's own schemas,
// and a strict one that compiles what agencies and admins register (record schemas, forms).
import { readdirSync, readFileSync } from 'node:fs'
import { Ajv, type ErrorObject } from 'ajv'
import addFormats from 'ajv-formats'
import type { Problem } from '../errors.ts'

const schemasDir = new URL('../../schemas/', import.meta.url)

/** Every schema of schemas/ by its $id, for route validation and the meta-validator. */
export function loadGatewaySchemas (): Array<{ $id: string }> {
  return readdirSync(schemasDir).filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(new URL(f, schemasDir), 'utf8')))
}

export const gatewayKeywords = ['x-prefill', 'x-procedure', 'x-documents']

export function problemsOf (errors: ErrorObject[] | null | undefined, prefix = ''): Problem[] {
  return (errors ?? []).map((e) => ({
    path: prefix + e.instancePath,
    message: e.keyword === 'additionalProperties' ? `unknown property ${String(e.params.additionalProperty)}` : e.message ?? e.keyword
  }))
}

/** Strict, so that a misspelt keyword in a registration is a problem and not a silently ignored rule. */
export function registrationAjv (): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, strictTypes: false })
  addFormats.default(ajv)
  ajv.addVocabulary(gatewayKeywords)
  return ajv
}

const metaAjv = new Ajv({ allErrors: true, strict: false, schemas: loadGatewaySchemas() })
addFormats.default(metaAjv)

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
