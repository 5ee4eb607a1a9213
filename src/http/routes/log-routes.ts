// The sharing log in the formats of c2sp.org (tlog-tiles, tlog-checkpoint, signed-note), for anyone who wants
// to check it with their own tools: the log's verifier key, its latest checkpoint, and its tiles.
import type { FastifyInstance, FastifyReply } from 'fastify'
import { auditRequest } from '../audit-request.ts'
import { errors } from '../route-schemas.ts'

const note = (description: string) => ({ 200: { description, content: { 'text/plain': { schema: { type: 'string' } } } } })
const tile = (description: string) => ({ 200: { description, content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } }, ...errors(404) })
const tileParams = { type: 'object', required: ['*'], properties: { '*': { type: 'string', maxLength: 64 } } }

/** Tiles and bundles of a published size never change. */
const immutable = (reply: FastifyReply, scope: 'public' | 'private') =>
  reply.type('application/octet-stream').header('cache-control', `${scope}, max-age=31536000, immutable`)

export default async function logRoutes (app: FastifyInstance) {
  app.get('/log/vkey', {
    schema: {
      tags: ['log'],
      operationId: 'getLogVerifierKey',
      summary: 'The verifier key (c2sp signed-note) of the log\'s checkpoints; the log\'s name is its origin',
      description: 'One line, `<origin>+<key id>+<base64 key>`: all an outsider needs, with the origin, to verify checkpoints.',
      response: note('The verifier key')
    }
  }, async (_request, reply) => {
    reply.type('text/plain; charset=utf-8')
    return `${app.logKeys.vkey}\n`
  })

  app.get('/log/checkpoint', {
    schema: {
      tags: ['log'],
      operationId: 'getLogCheckpoint',
      summary: 'The latest published checkpoint (c2sp tlog-checkpoint): origin, tree size and base64 RFC 6962 root, signed with the log\'s note keys and cosigned by its witnesses',
      description: 'A signed note, followed by the cosignatures (c2sp tlog-cosignature) of the configured witnesses; published once AUDIT_WITNESS_QUORUM of them cosigned it. Before the first, the empty tree\'s. Cached for two seconds at most.',
      response: note('The checkpoint note')
    }
  }, async (_request, reply) => {
    // Mutable: caches may keep it a few seconds at most.
    reply.type('text/plain; charset=utf-8').header('cache-control', 'public, max-age=2')
    return (await app.tiles.checkpoint()).note
  })

  app.get<{ Params: { '*': string } }>('/log/tile/entries/*', {
    config: { roles: ['auditor'] },
    schema: {
      tags: ['log'],
      operationId: 'getLogEntryBundle',
      summary: 'An entry bundle (c2sp tlog-tiles): `<N>[.p/<W>]`, the canonical entries of a level-0 tile, each prefixed with its length (uint16, big-endian)',
      description: 'Auditors only: entries carry masked subjects and client names. Each read is itself logged.',
      params: tileParams,
      response: tile('The bundle')
    }
  }, async (request, reply) => {
    const bundle = await app.tiles.read(`entries/${request.params['*']}`, 'entries')
    // Reads of the log are themselves logged.
    await auditRequest(app, request, { action: 'audit.export', detail: { tile: `entries/${request.params['*']}` }, result: 'ok' })
    return immutable(reply, 'private').send(bundle)
  })

  app.get<{ Params: { '*': string } }>('/log/tile/*', {
    schema: {
      tags: ['log'],
      operationId: 'getLogTile',
      summary: 'A tile of the log\'s Merkle tree (c2sp tlog-tiles): `<L>/<N>[.p/<W>]`, hashes only, up to the latest checkpoint',
      description: 'Public and immutable: the hashes of a published size never change.',
      params: tileParams,
      response: tile('The tile')
    }
  }, async (request, reply) => immutable(reply, 'public').send(await app.tiles.read(request.params['*'], 'tile')))
}
