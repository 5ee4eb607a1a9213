// The keyed hash that stands for a subject wherever the gateway stores or looks one up.
import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import { secretKey } from '../keys/secret-keys.ts'
import { SubjectHasher } from './subject-hasher.ts'

declare module 'fastify' {
  interface FastifyInstance { subjectHasher: SubjectHasher }
}

export default fp(async (app: FastifyInstance) => {
  app.decorate('subjectHasher', new SubjectHasher(await secretKey(app.config.subjectHmacKey, app.config.dataDir, 'subject-hmac.key')))
}, { name: 'gateway-subject', fastify: '5.x' })
