import { Readable } from 'node:stream'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { AuditAction } from '../../audit/audit-entry.ts'
import { entryCanonical } from '../../audit/audit-entry.ts'
import { auditFilter, exportLineText, filterNames } from '../../audit/audit-reader.ts'
import { formatTlogProof } from '../../audit/tlog-proof.ts'
import { AuditEntryNotOwn, AuditProofUnavailable } from '../../errors.ts'
import type { AuditQuery, ConsistencyProofQuery, EntrySeqParams, InclusionProofQuery } from '../../generated/types.ts'
import { auditRequest } from '../audit-request.ts'
import { errors, ref } from '../route-schemas.ts'

const auditor = { roles: ['auditor' as const] }

export default async function auditRoutes (app: FastifyInstance) {
  /** Reads of the log are themselves logged. */
  const logRead = (request: FastifyRequest, action: AuditAction, detail: Record<string, unknown>) => auditRequest(app, request, { action, detail, result: 'ok' })

  app.get<{ Querystring: AuditQuery }>('/v1/audit', {
    config: auditor,
    schema: {
      tags: ['audit'],
      operationId: 'queryAudit',
      summary: 'Query the sharing log: by subject (full id, hashed here), client, agency, procedure, action and time',
      description: 'Newest first, a page at a time (nextCursor). The query is itself logged.',
      querystring: ref('audit-query.json'),
      response: { 200: ref('audit-page.json'), ...errors(400) }
    }
  }, async (request) => {
    const filter = auditFilter(request.query, app.subjectHasher)
    const page = await app.auditReader.query(filter)
    await logRead(request, 'audit.query', { filters: filterNames(request.query), returned: page.entries.length, ...(filter.subjectHmac ? { subjectHmac: filter.subjectHmac } : {}) })
    return { entries: page.entries, ...(page.next !== undefined ? { nextCursor: String(page.next) } : {}) }
  })

  app.get('/v1/audit/export', {
    config: auditor,
    schema: {
      tags: ['audit'],
      operationId: 'exportAudit',
      summary: 'The whole log as NDJSON (a header line, entries in order, checkpoints after the entry that completes them), for the offline verifier',
      description: 'Streamed; npm run audit:verify checks it against the JWKS without the gateway. The export is itself logged.',
      response: { 200: { description: 'One JSON document per line', content: { 'application/x-ndjson': { schema: { type: 'string' } } } } }
    }
  }, async (request, reply) => {
    await logRead(request, 'audit.export', {})
    // The export holds its own entry, just committed on the primary: from the replica only once it has replayed it.
    const lines = app.auditReader.export(await app.auditorReads.caughtUp())
    reply.type('application/x-ndjson; charset=utf-8')
    return Readable.from((async function * () { for await (const line of lines) yield exportLineText(line) + '\n' })())
  })

  app.get('/v1/audit/verify', {
    config: auditor,
    schema: {
      tags: ['audit'],
      operationId: 'verifyAudit',
      summary: 'Verify the stored chain and checkpoints; names the first bad sequence number',
      description: 'Recomputes every entry\'s hash and the Merkle tree, and checks each checkpoint\'s signature against the JWKS. The verification is itself logged.',
      response: { 200: ref('verification-report.json') }
    }
  }, async (request) => {
    const report = await app.auditReader.verify(app.keys.jwks)
    await logRead(request, 'audit.verify', { ok: report.ok, treeSize: report.treeSize, ...(report.firstBad ? { firstBad: report.firstBad.seq, reason: report.firstBad.reason } : {}) })
    return report
  })

  app.get('/v1/audit/checkpoints', {
    config: auditor,
    schema: {
      tags: ['audit'],
      operationId: 'listAuditCheckpoints',
      summary: 'Every signed checkpoint',
      description: 'Each commits to the tree of the log up to its size; proofs are given against them.',
      response: { 200: { type: 'object', additionalProperties: false, required: ['checkpoints'], properties: { checkpoints: { type: 'array', items: ref('checkpoint.json') } } } }
    }
  }, async () => ({ checkpoints: await app.checkpoints.list() }))

  app.get<{ Params: EntrySeqParams, Querystring: InclusionProofQuery }>('/v1/audit/entries/:seq/proof', {
    config: auditor,
    schema: {
      tags: ['audit'],
      operationId: 'getAuditInclusionProof',
      summary: 'Inclusion proof of an entry against a checkpoint (the latest by default)',
      description: '404 until a checkpoint covers the entry. The request is itself logged.',
      params: ref('entry-seq-params.json'),
      querystring: ref('inclusion-proof-query.json'),
      response: { 200: ref('inclusion-proof.json'), ...errors(404) }
    }
  }, async (request) => {
    const proof = await app.auditReader.inclusion(request.params.seq, request.query.treeSize)
    if (!proof) throw new AuditProofUnavailable(`entry ${request.params.seq}`)
    await logRead(request, 'audit.proof', { seq: request.params.seq, treeSize: proof.checkpoint.treeSize })
    return proof
  })

  app.get<{ Params: EntrySeqParams }>('/v1/audit/entries/:seq/tlog-proof', {
    config: { roles: ['auditor', 'portal'] },
    schema: {
      tags: ['audit'],
      operationId: 'getAuditTlogProof',
      summary: 'A portable proof of an entry (c2sp tlog-proof@v1): its index, audit path and the published checkpoint with its witnesses\' cosignatures',
      description: 'For auditors, and for a portal about its own accesses. The extra line holds the entry\'s canonical JSON, whose leaf hash the proof binds to the checkpoint; `npm run audit:verify -- --tlog-proof` checks it offline with the log\'s and the witnesses\' verifier keys. 404 until a published checkpoint covers the entry. The request is itself logged.',
      params: ref('entry-seq-params.json'),
      response: { 200: { description: 'The proof', content: { 'text/plain': { schema: { type: 'string' } } } }, ...errors(403, 404) }
    }
  }, async (request, reply) => {
    const published = await app.tiles.checkpoint()
    const proof = await app.auditReader.inclusion(request.params.seq, published.treeSize)
    if (!proof) throw new AuditProofUnavailable(`entry ${request.params.seq}`)
    if (request.role !== 'auditor' && proof.entry.clientId !== request.client!.id) throw new AuditEntryNotOwn(request.params.seq)
    await logRead(request, 'audit.proof', { seq: request.params.seq, treeSize: published.treeSize })
    reply.type('text/plain; charset=utf-8')
    return formatTlogProof({
      extra: Buffer.from(entryCanonical(proof.entry)),
      index: proof.leafIndex,
      path: proof.proof.map((hash) => Buffer.from(hash, 'hex')),
      checkpoint: published.note
    })
  })

  app.get<{ Querystring: ConsistencyProofQuery }>('/v1/audit/consistency', {
    config: auditor,
    schema: {
      tags: ['audit'],
      operationId: 'getAuditConsistencyProof',
      summary: 'Consistency proof between two checkpoints: the log of the later one extends the earlier one',
      description: 'From a tree size to another (the latest by default); 404 when no checkpoint has one of them. The request is itself logged.',
      querystring: ref('consistency-proof-query.json'),
      response: { 200: ref('consistency-proof.json'), ...errors(404) }
    }
  }, async (request) => {
    const proof = await app.auditReader.consistency(request.query.from, request.query.to)
    if (!proof) throw new AuditProofUnavailable(`checkpoints ${request.query.from} to ${request.query.to ?? 'latest'}`)
    await logRead(request, 'audit.proof', { from: proof.from.treeSize, to: proof.to.treeSize })
    return proof
  })
}
