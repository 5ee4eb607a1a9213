// `?dryRun=true` on the registration PUTs. Those routes attach validation (the registry reports every body
// problem with 422), so Fastify hands a bad query over too; and after a bad body it does not look at the query
// at all, which is why dryRun is the text "true" and never a coerced boolean.
import type { FastifyRequest } from 'fastify'
import type { DryRunQuery } from '../generated/types.ts'

export function isDryRun (request: FastifyRequest): boolean {
  if (request.validationError?.validationContext === 'querystring') throw request.validationError
  return (request.query as DryRunQuery).dryRun === 'true'
}
