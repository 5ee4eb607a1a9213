// The gateway's signing keys, and the JWKS that lets anyone verify what they signed (receipts, checkpoints,
// archive seals), old keys included after a rotation.
import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import { KeyRing } from './key-ring.ts'

declare module 'fastify' {
  interface FastifyInstance { keys: KeyRing }
}

export default fp(async (app: FastifyInstance) => {
  const keys = await KeyRing.load(app.config.keysDir, app.config.createKeys)
  app.decorate('keys', keys)
  app.get('/.well-known/jwks.json', {
    schema: {
      tags: ['keys'],
      operationId: 'getJwks',
      summary: 'The keys that verify receipts, checkpoints and archive seals, old ones included after a rotation',
      description: 'A JSON Web Key Set of ES256 public keys; a signature names its key by kid.',
      response: {
        200: {
          type: 'object',
          required: ['keys'],
          properties: { keys: { type: 'array', items: { type: 'object', required: ['kty', 'kid'], properties: { kty: { type: 'string' }, kid: { type: 'string' } }, additionalProperties: true } } }
        }
      }
    }
  }, async () => keys.jwks)
}, { name: 'gateway-keys', fastify: '5.x' })
