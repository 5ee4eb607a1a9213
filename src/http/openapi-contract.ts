// What the published contract says beyond each route's own schema. The answers that the plugins in front of
// every route give (authentication, rate limit, body parsing, the router) are derived from the route's facts
// here, once, instead of being repeated by every route; the error codes are read from src/errors.ts.
import { STATUS_CODES } from 'node:http'
import type { SwaggerTransform, SwaggerTransformObject } from '@fastify/swagger'
import * as gatewayErrors from '../errors.ts'
import { ref } from './route-schemas.ts'
import { alwaysAnswered } from './load-shedding.ts'

type Json = Record<string, any>

/** Every GW_ code and the status it is answered with. */
const errorCodes = Object.values(gatewayErrors).map((GatewayError) => new GatewayError()).map(({ code, statusCode }) => ({ code, status: statusCode! }))

const componentRef = (name: string) => `#/components/schemas/${name}`

/**
 * The document around the routes. Typed loosely: the OpenAPI types that @fastify/swagger uses lack OpenAPI
 * 3.1's mutualTLS security scheme.
 */
export const contractDocument: Json = {
  openapi: '3.1.0',
  info: {
    title: 'Once-only gateway',
    version: '0.1.0',
    description: 'Prefills e-forms from the national and sectoral databases, says which dossier components need not be submitted, and logs every access.',
    contact: { name: 'The operator of the gateway you were onboarded to' },
    license: { name: 'UNLICENSED: no licence is granted', identifier: 'LicenseRef-UNLICENSED' }
  },
  servers: [{ url: '{gateway}', description: 'The gateway', variables: { gateway: { default: 'http://localhost:3000', description: 'Its base URL; npm start listens here' } } }],
  components: {
    securitySchemes: {
      mutualTLS: { type: 'mutualTLS', description: 'A client certificate issued by the gateway\'s CA (CN the client id, O its agency)' },
      bearer: { type: 'http', scheme: 'bearer', description: 'The client\'s token, where AUTH_BEARER allows tokens' },
      subjectAssertion: {
        type: 'apiKey',
        in: 'header',
        name: 'x-subject-assertion',
        description: 'The citizen or enterprise a portal vouches for: a JWT signed (ES256) with the portal\'s assertion key, iss the portal\'s client id, aud once-only-gateway, sub citizen:<id> or enterprise:<code>, iat and exp, at most five minutes old. Missing or not valid: 401 GW_ASSERTION_INVALID.'
      }
    }
  },
  // A client by certificate or by token; routes without roles say they need neither (routeContract).
  security: [{ mutualTLS: [] }, { bearer: [] }],
  tags: [
    { name: 'prefill', description: 'Portals: the e-form of a procedure prefilled for a subject from the state\'s databases, with a signed receipt' },
    { name: 'submissions', description: 'Portals: a dossier checked against the receipt of its prefill before it is accepted, every once-only violation at once' },
    { name: 'citizens', description: 'The citizen\'s or enterprise\'s view through its portal: who used its data; hiding an access during an investigation' },
    { name: 'webhooks', description: 'Completed prefills delivered to portals, signed; deliveries that failed every attempt' },
    { name: 'adapters', description: 'Agencies: how the gateway reaches each source, registered, read and conformance-tested' },
    { name: 'forms', description: 'The e-forms of procedures, their bindings to sources, and what they ask that the state already holds' },
    { name: 'records', description: 'Agencies: recognised records (results of resolved procedures) published for later procedures, and revoked' },
    { name: 'agreements', description: 'Sharing agreements: which client may use which sources for which procedures, until when' },
    { name: 'agencies', description: 'The agency tree (ministries and provinces, their units), changed at run time' },
    { name: 'clients', description: 'Onboarding: clients, their tokens or certificates, disabling, a portal\'s own assertion key' },
    { name: 'reports', description: 'Once-only measurement per procedure and portal' },
    { name: 'audit', description: 'Auditors: the tamper-evident sharing log, its checkpoints and proofs' },
    { name: 'log', description: 'The sharing log in the open formats of c2sp.org (signed-note checkpoints, tiles), for anyone to check with their own tools' },
    { name: 'keys', description: 'The public keys that verify what the gateway signs' },
    { name: 'operations', description: 'Health, readiness and metrics for operators' }
  ],
  webhooks: {
    // The completed-prefill delivery of jobs/webhooks.ts, POSTed to the URL a portal registered.
    prefillCompleted: {
      post: {
        operationId: 'prefillCompleted',
        tags: ['webhooks'],
        summary: 'A prefill that answered pending has completed',
        description: 'Sent to the URL registered with PUT /v1/webhook when the sources a prefill left pending have answered. The body is the completed result, the same as GET /v1/prefill/{requestId} answers. A delivery is retried with jittered exponential backoff until it gets a 2xx; after its last attempt it is a dead letter that an admin can replay.',
        security: [],
        parameters: [
          {
            in: 'header',
            name: 'x-gateway-signature',
            required: true,
            description: 't=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" with the secret shown when the webhook was registered>. Recompute it over the raw body, compare in constant time, and refuse a t too far from now.',
            schema: { type: 'string', pattern: '^t=[0-9]+,v1=[0-9a-f]{64}$' }
          },
          {
            in: 'header',
            name: 'x-gateway-delivery',
            required: true,
            description: 'The delivery id, the same on every attempt and replay: a repeated one is the same delivery',
            schema: { type: 'string' }
          }
        ],
        requestBody: { required: true, content: { 'application/json': { schema: { $ref: componentRef('PrefillResponse') } } } },
        responses: {
          '2XX': { description: 'Received; the delivery is done' },
          '4XX': { description: 'Refused (a signature that does not verify, for example); retried like any answer but a 2xx' }
        }
      }
    }
  }
}

/** The only wildcard routes are the log's tiles: the contract names their rest of the path. */
const wildcardName = 'tilePath'

/** A route's URL as an OpenAPI path. */
export const openapiPath = (url: string) => url.replace(/:(\w+)/g, '{$1}').replace(/\*$/, `{${wildcardName}}`)

/** The wildcard parameter under its contract name. */
function namedWildcard (schema: Json): Json {
  const params = schema.params
  if (!params?.properties?.['*']) return schema
  const { '*': rest, ...named } = params.properties
  return { ...schema, params: { ...params, required: [wildcardName], properties: { ...named, [wildcardName]: { ...rest, description: 'The rest of the path' } } } }
}

/**
 * A route's schema with the errors every route of its kind can answer: the router and the HTTP plugin (400
 * for a bad URL or query, 414 for a path parameter too long), body parsing (413, 415), the rate limit (429),
 * load shedding (503) but on the routes always answered, and for authenticated routes the auth plugin (401,
 * 403; 503 when the CRL is stale) and the audit log (503). Public routes need no credentials.
 */
export const routeContract: SwaggerTransform = ({ schema: routeSchema, url: routeUrl, route }) => {
  const url = routeUrl.replace(/\*$/, `:${wildcardName}`)
  const schema = routeSchema && namedWildcard(routeSchema as Json)
  if (!schema || schema.hide) return { schema: routeSchema, url }
  const authenticated = Boolean(route.config?.roles)
  const statuses = [
    400,
    ...(authenticated ? [401, 403] : []),
    ...(schema.body ? [413, 415] : []),
    ...(schema.params ? [414] : []),
    429,
    ...(authenticated || !alwaysAnswered.has(routeUrl) ? [503] : [])
  ]
  const errors = Object.fromEntries(statuses.map((status) => [status, ref('error.json')]))
  return { schema: { ...schema, security: schema.security ?? (authenticated ? undefined : []), response: { ...errors, ...schema.response } }, url }
}

/**
 * The whole document: the error codes as an enum, each error answer with the codes of its status, discriminated
 * unions with named branches, and no unused component.
 */
export const documentContract: SwaggerTransformObject = (document) => {
  const openapiObject = (document as { openapiObject: Json }).openapiObject
  const schemas = openapiObject.components.schemas
  schemas.ErrorCode = { title: 'ErrorCode', description: 'Stable code of an error; published codes are never renamed', type: 'string', enum: errorCodes.map((e) => e.code) }
  schemas.ErrorResponse.properties.code = { $ref: componentRef('ErrorCode') }
  for (const operation of operations(openapiObject)) {
    for (const [status, response] of Object.entries<Json>(operation.responses)) {
      if (response.content?.['application/json']?.schema?.$ref === componentRef('ErrorResponse')) {
        response.description = `${STATUS_CODES[status]}: ${errorCodes.filter((e) => String(e.status) === status).map((e) => e.code).join(', ')}`
      } else if (response.description === 'Default Response') {
        response.description = STATUS_CODES[status]
      }
    }
  }
  for (const schema of Object.values<Json>(schemas)) nameDiscriminatedBranches(schema, schemas)
  pruneUnused(openapiObject)
  return openapiObject
}

function operations (document: Json): Json[] {
  return [...Object.values<Json>(document.paths), ...Object.values<Json>(document.webhooks ?? {})].flatMap((item) => Object.values<Json>(item))
}

/**
 * schemas/ keep the branches of a discriminated union inline, for Ajv; OpenAPI tools select a branch by a
 * named schema and a mapping from the discriminating value. Each titled branch becomes a component.
 */
function nameDiscriminatedBranches (schema: Json, schemas: Json) {
  if (!schema || typeof schema !== 'object') return
  if (schema.discriminator && Array.isArray(schema.oneOf)) {
    const property = schema.discriminator.propertyName
    schema.discriminator.mapping = {}
    schema.oneOf = schema.oneOf.map((branch: Json) => {
      if (branch.$ref || !branch.title) return branch
      nameDiscriminatedBranches(branch, schemas)
      const value = branch.properties[property].enum?.[0] ?? branch.properties[property].const
      schemas[branch.title] = branch
      schema.discriminator.mapping[value] = componentRef(branch.title)
      return { $ref: componentRef(branch.title) }
    })
  }
  for (const child of Object.values(schema)) nameDiscriminatedBranches(child, schemas)
}

/** Components that no operation reaches, such as querystring schemas that became parameters. */
function pruneUnused (document: Json) {
  const schemas = document.components.schemas
  const used = new Set<string>()
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const target = (node as Json).$ref
    const name = typeof target === 'string' && target.startsWith(componentRef('')) ? target.slice(componentRef('').length) : undefined
    if (name && !used.has(name)) {
      used.add(name)
      visit(schemas[name])
    }
    for (const child of Object.values(node)) visit(child)
  }
  visit(document.paths)
  visit(document.webhooks)
  for (const name of Object.keys(schemas)) if (!used.has(name)) delete schemas[name]
}
