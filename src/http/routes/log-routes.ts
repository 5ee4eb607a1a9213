// The sharing log in the formats of c2sp.org (tlog-tiles, tlog-checkpoint, signed-note), for anyone who wants
// to check it with their own tools: the log's verifier key, its latest checkpoint, and its tiles.
import type { FastifyInstance } from 'fastify'

const text = { type: 'string' }

export default async function logRoutes (app: FastifyInstance) {
  app.get('/log/vkey', {
    schema: { tags: ['log'], summary: 'The verifier key (c2sp signed-note) of the log\'s checkpoints; the log\'s name is its origin', response: { 200: text } }
  }, async (_request, reply) => {
    reply.type('text/plain; charset=utf-8')
    return `${app.logKeys.vkey}\n`
  })
}
