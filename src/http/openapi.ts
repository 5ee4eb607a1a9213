// The published contract: route schemas (from schemas/, by $id) turned into OpenAPI, served as
// /openapi.json and browsable at /docs.
import fp from 'fastify-plugin'
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { FastifyInstance } from 'fastify'

export default fp(async (app: FastifyInstance) => {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Once-only gateway',
        version: '0.1.0',
        description: 'Prefills e-forms from the national and sectoral databases, says which dossier components need not be submitted, and logs every access.'
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }]
    },
    // Components named after the schema titles (PrefillRequest), not def-0.
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => (json.title as string | undefined) ?? `def-${i}` }
  })
  // The docs pages get a Content-Security-Policy with hashes of their own scripts; every answer gets the
  // other security headers from helmet (registered in app.ts).
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true })
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger())
}, { name: 'gateway-openapi', fastify: '5.x' })
