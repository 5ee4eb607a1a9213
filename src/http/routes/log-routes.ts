// The sharing log in the formats of c2sp.org (tlog-tiles, tlog-checkpoint, signed-note), for anyone who wants
// to check it with their own tools: the log's verifier key, its latest checkpoint, and its tiles.
import type { FastifyInstance, FastifyReply } from 'fastify'
import { auditRequest } from '../audit-request.ts'

const text = { type: 'string' }
const tileParams = { type: 'object', required: ['*'], properties: { '*': { type: 'string', maxLength: 64 } } }

/** Tiles and bundles of a published size never change. */
const immutable = (reply: FastifyReply, scope: 'public' | 'private') =>
  reply.type('application/octet-stream').header('cache-control', `${scope}, max-age=31536000, immutable`)

export default async function logRoutes (app: FastifyInstance) {
  app.get('/log/vkey', {
    schema: { tags: ['log'], summary: 'The verifier key (c2sp signed-note) of the log\'s checkpoints; the log\'s name is its origin', response: { 200: text } }
  }, async (_request, reply) => {
    reply.type('text/plain; charset=utf-8')
    return `${app.logKeys.vkey}\n`
  })

  app.get('/log/checkpoint', {
    schema: { tags: ['log'], summary: 'The latest checkpoint (c2sp tlog-checkpoint): origin, tree size and base64 RFC 6962 root, signed with the log\'s note keys', response: { 200: text } }
  }, async (_request, reply) => {
    // Mutable: caches may keep it a few seconds at most.
    reply.type('text/plain; charset=utf-8').header('cache-control', 'public, max-age=2')
    return (await app.tiles.checkpoint()).note
  })

  app.get<{ Params: { '*': string } }>('/log/tile/entries/*', {
    config: { roles: ['auditor'] },
    schema: { tags: ['log'], summary: 'An entry bundle (c2sp tlog-tiles): `<N>[.p/<W>]`, the canonical entries of a level-0 tile, each prefixed with its length (uint16, big-endian)', params: tileParams }
  }, async (request, reply) => {
    const bundle = await app.tiles.read(`entries/${request.params['*']}`)
    // Reads of the log are themselves logged.
    await auditRequest(app, request, { action: 'audit.export', detail: { tile: `entries/${request.params['*']}` }, result: 'ok' })
    return immutable(reply, 'private').send(bundle)
  })

  app.get<{ Params: { '*': string } }>('/log/tile/*', {
    schema: { tags: ['log'], summary: 'A tile of the log\'s Merkle tree (c2sp tlog-tiles): `<L>/<N>[.p/<W>]`, hashes only, up to the latest checkpoint', params: tileParams }
  }, async (request, reply) => immutable(reply, 'public').send(await app.tiles.read(request.params['*'])))
}
