// The one way the gateway makes an Ajv instance, and what every instance shares: the gateway's own schemas and
// the shape of a validation problem. A leaf: it imports nothing of the gateway but errors and schemas.
import { readdirSync, readFileSync } from 'node:fs'
import { Ajv, type ErrorObject, type Options } from 'ajv'
import addFormats from 'ajv-formats'
import type { Problem } from '../errors.ts'

const schemasDir = new URL('../../schemas/', import.meta.url)

/**
 * Every error at once (one problem list per answer), the formats (date-time, uri...) the schemas use, oneOf by
 * discriminator (the errors of the branch the discriminator names, not of every branch), and own members only
 * (a property named `constructor` is data, not Object's constructor).
 */
export function createAjv (options: Options = {}): Ajv {
  const ajv = new Ajv({ allErrors: true, discriminator: true, ownProperties: true, ...options })
  addFormats.default(ajv)
  return ajv
}

/** Every schema of schemas/ by its $id, for route validation and the meta-validator. */
export function loadGatewaySchemas (): Array<{ $id: string }> {
  return readdirSync(schemasDir).filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(new URL(f, schemasDir), 'utf8')))
}

export function problemsOf (errors: ErrorObject[] | null | undefined, prefix = ''): Problem[] {
  return (errors ?? []).map((e) => ({
    path: prefix + e.instancePath,
    message: e.keyword === 'additionalProperties' ? `unknown property ${String(e.params.additionalProperty)}` : e.message ?? e.keyword
  }))
}
