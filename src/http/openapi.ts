// The published contract: route schemas (from schemas/, by $id) turned into OpenAPI with what
// openapi-contract.ts adds, served as /openapi.json and browsable at /docs.
import fp from 'fastify-plugin'
import swagger, { type FastifyDynamicSwaggerOptions } from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { FastifyInstance } from 'fastify'
import { contractDocument, documentContract, routeContract } from './openapi-contract.ts'

export default fp(async (app: FastifyInstance) => {
  await app.register(swagger, {
    openapi: contractDocument as FastifyDynamicSwaggerOptions['openapi'],
    transform: routeContract,
    transformObject: documentContract,
    // Components named after the schema titles (PrefillRequest), not def-0.
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => (json.title as string | undefined) ?? `def-${i}` }
  })
  // The docs pages get a Content-Security-Policy with hashes of their own scripts; every answer gets the
  // other security headers from helmet (security-headers.ts).
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true })
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger())
}, { name: 'gateway-openapi', fastify: '5.x' })
