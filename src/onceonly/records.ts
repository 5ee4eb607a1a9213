// Recognised records: results of resolved procedures that agencies publish so that later procedures reuse
// them. Only a current record (not superseded, not revoked, still valid) issued within the requester's reuse
// scope is recognised.
import { randomUUID } from 'node:crypto'
import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'
import type { RecordCache } from '../cache/record-cache.ts'
import type { RecordList, RecordListQuery, RecordPublishRequest, Subject, SourceResult, SubjectRecords } from '../generated/types.ts'
import { AgencyForbidden, RecordInvalid, RecordIssuerForbidden, RecordTypeUnknown, RecordUnknown } from '../errors.ts'
import type { AdapterRegistry, CompiledAdapter } from '../registry/adapter-registry.ts'
import { problemsOf } from '../validation/ajv.ts'
import type { Store } from '../store/store.ts'
import { assertSubjectId, maskSubjectId } from '../subject/subject-id.ts'
import type { SubjectHasher } from '../subject/subject-hasher.ts'
import type { AgencyTree } from '../agencies/agency-tree.ts'

export interface Publisher { id: string, agency?: string, admin: boolean }

/** How far ahead of the gateway's clock an issuing system's clock may run. */
const clockSkewMs = 5 * 60_000

interface RecordRow { id: string, data: unknown, issued_by: string, issued_at: Date, valid_until: Date | null }

type HeldRecord = Omit<SubjectRecords['records'][number], 'title' | 'issuedBy' | 'prefills'> & { issuedBy: string }

export class RecordStore {
  #store: Store
  #hasher: SubjectHasher
  #agencies: AgencyTree
  #adapters: AdapterRegistry
  #cache: RecordCache

  constructor (deps: { store: Store, hasher: SubjectHasher, agencies: AgencyTree, adapters: AdapterRegistry, cache: RecordCache }) {
    this.#store = deps.store
    this.#hasher = deps.hasher
    this.#agencies = deps.agencies
    this.#adapters = deps.adapters
    this.#cache = deps.cache
  }

  /**
   * Stores a record and supersedes the subject's current record of the same type issued within the same
   * ministry or province, in one transaction. The issuing agency then has something newer about the subject:
   * what its sources said is forgotten. A record type belongs to the agency that registered it: only its units,
   * and the units of the agencies it names as issuers, issue records of the type.
   */
  async publish (request: RecordPublishRequest, by: Publisher): Promise<{ id: string, supersedes: string[] }> {
    const type = this.#adapters.current(request.type)
    if (!type || type.manifest.transport.kind !== 'records') throw new RecordTypeUnknown(request.type)
    const { issuedBy } = request
    if (!this.#agencies.has(issuedBy)) throw new RecordInvalid(`issuing agency ${issuedBy} is not in the agency tree`)
    if (this.#agencies.hasUnits(issuedBy)) throw new RecordInvalid(`issuedBy names ${issuedBy}, a ministry or province: name its unit that issued the record`)
    const owner = type.manifest.agency
    const issuers = [owner, ...(type.manifest.transport.issuers ?? [])]
    if (!issuers.some((issuer) => this.#agencies.within(issuedBy, issuer))) throw new RecordIssuerForbidden(issuedBy, request.type, owner)
    if (!by.admin && !(by.agency && this.#agencies.within(issuedBy, by.agency))) throw new AgencyForbidden(by.agency ?? '-', issuedBy)
    if (type.manifest.subject !== request.subject.type) throw new RecordInvalid(`records of ${request.type} are about a ${type.manifest.subject}`)
    assertSubjectId(request.subject)
    if (!type.validateRecord(request.data)) throw Object.assign(new RecordInvalid('data does not match the record type\'s schema'), { problems: problemsOf(type.validateRecord.errors, '/data') })
    if (Date.parse(request.issuedAt) > Date.now() + clockSkewMs) throw new RecordInvalid('issuedAt is in the future')
    if (request.validUntil && Date.parse(request.validUntil) <= Date.parse(request.issuedAt)) throw new RecordInvalid('validUntil must be after issuedAt')

    const id = randomUUID()
    const hmac = this.#hasher.hash(request.subject)
    const supersedes = await this.#store.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`records:${request.type}:${hmac}`])
      const current = await tx.query<{ id: string, issued_by: string }>(
        'SELECT id, issued_by FROM records WHERE type = $1 AND subject_hmac = $2 AND superseded_by IS NULL AND revoked_at IS NULL',
        [request.type, hmac])
      // Another province's or ministry's record stands beside this one: each is recognised within its own reuse scope.
      const replaced = current.rows.filter((r) => this.#agencies.sameTop(r.issued_by, issuedBy)).map((r) => r.id)
      if (replaced.length) await tx.query('UPDATE records SET superseded_by = $1 WHERE id = ANY($2)', [id, replaced])
      await tx.query(
        `INSERT INTO records (id, type, subject_hmac, subject_masked, data, issued_by, issued_at, valid_until, procedure, reference, published_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [id, request.type, hmac, maskSubjectId(request.subject.id), JSON.stringify(request.data), issuedBy, request.issuedAt,
          request.validUntil ?? null, request.procedure, request.reference ?? null, by.id])
      return replaced
    })
    await this.#cache.invalidate(this.#adapters.list().filter((a) => a.manifest.agency === type.manifest.agency), request.subject)
    return { id, supersedes }
  }

  async revoke (id: string, reason: string, by: Publisher): Promise<{ id: string, revokedAt: string }> {
    const { rows } = await this.#store.query<{ issued_by: string, revoked_at: Date | null }>('SELECT issued_by, revoked_at FROM records WHERE id = $1', [id])
    if (rows.length === 0) throw new RecordUnknown(id)
    if (!by.admin && !(by.agency && this.#agencies.within(rows[0].issued_by, by.agency))) throw new AgencyForbidden(by.agency ?? '-', rows[0].issued_by)
    const updated = await this.#store.query<{ revoked_at: Date }>(
      'UPDATE records SET revoked_at = COALESCE(revoked_at, now()), revoked_by = COALESCE(revoked_by, $2), revocation_reason = COALESCE(revocation_reason, $3) WHERE id = $1 RETURNING revoked_at',
      [id, by.id, reason])
    return { id, revokedAt: new Date(updated.rows[0].revoked_at).toISOString() }
  }

  /**
   * The records issued within the lister's agency (an admin: any), newest first, as metadata: never the data,
   * the subject masked. The same scope as revoking, so that an agency sees what it may revoke.
   */
  async list (query: RecordListQuery, by: Publisher): Promise<RecordList['records']> {
    const { type, issuedBy, limit = 50 } = query
    const within = by.admin ? issuedBy : issuedBy ?? by.agency
    if (!by.admin && !(by.agency && within && this.#agencies.within(within, by.agency))) throw new AgencyForbidden(by.agency ?? '-', within ?? '-')
    const issuers = within === undefined ? null : this.#agencies.list().map((n) => n.code).filter((code) => this.#agencies.within(code, within))
    const { rows } = await this.#store.query<{ id: string, type: string, subject_masked: string, issued_by: string, issued_at: Date, valid_until: Date | null, procedure: string, reference: string | null, published_by: string, published_at: Date, superseded: boolean, revoked_at: Date | null, revocation_reason: string | null, expired: boolean }>(
      `SELECT id, type, subject_masked, issued_by, issued_at, valid_until, procedure, reference, published_by, published_at,
              superseded_by IS NOT NULL AS superseded, revoked_at, revocation_reason, (valid_until IS NOT NULL AND valid_until <= now()) AS expired
       FROM records WHERE ($1::text IS NULL OR type = $1) AND ($2::text[] IS NULL OR issued_by = ANY($2))
       ORDER BY published_at DESC, id LIMIT $3`,
      [type ?? null, issuers, limit])
    return rows.map((r) => ({
      id: r.id,
      type: r.type,
      subject: { masked: r.subject_masked },
      issuedBy: r.issued_by,
      issuedAt: new Date(r.issued_at).toISOString(),
      ...(r.valid_until ? { validUntil: new Date(r.valid_until).toISOString() } : {}),
      procedure: r.procedure,
      ...(r.reference !== null ? { reference: r.reference } : {}),
      publishedBy: r.published_by,
      publishedAt: new Date(r.published_at).toISOString(),
      status: r.revoked_at ? 'revoked' : r.superseded ? 'superseded' : r.expired ? 'expired' : 'recognised',
      ...(r.revoked_at ? { revokedAt: new Date(r.revoked_at).toISOString() } : {}),
      ...(r.revocation_reason !== null ? { revocationReason: r.revocation_reason } : {})
    }))
  }

  /** The subject's current record of this type that the requester may reuse, as a source outcome. */
  async recognised (type: CompiledAdapter, subject: Subject, requester: string | undefined): Promise<SourceResult> {
    const started = performance.now()
    const ms = () => Math.round(performance.now() - started)
    const { rows } = await this.#store.query<RecordRow>(
      `SELECT id, data, issued_by, issued_at, valid_until FROM records
       WHERE type = $1 AND subject_hmac = $2 AND superseded_by IS NULL AND revoked_at IS NULL AND (valid_until IS NULL OR valid_until > now())
       ORDER BY issued_at DESC, id`,
      [type.manifest.id, this.#hasher.hash(subject)])
    // Records of several provinces may stand side by side: the newest the requester may reuse.
    const row = rows.find((r) => requester !== undefined && this.#agencies.mayReuse(requester, r.issued_by))
    if (!row) return { status: 'not_found', ms: ms() }
    const record = typeof row.data === 'string' ? JSON.parse(row.data) : row.data
    if (!type.validateRecord(record)) return { status: 'unavailable', reason: 'RECORD_INVALID', ms: ms(), problems: problemsOf(type.validateRecord.errors) }
    return { status: 'found', record, retrievedAt: new Date().toISOString(), validUntil: row.valid_until ? new Date(row.valid_until).toISOString() : undefined, ms: ms() }
  }

  /** Every record about the subject, in force or not, newest first: what the state holds, without the values. */
  async held (subject: Subject): Promise<HeldRecord[]> {
    const { rows } = await this.#store.query<{ id: string, type: string, issued_by: string, issued_at: Date, valid_until: Date | null, procedure: string, superseded: boolean, revoked: boolean, expired: boolean }>(
      `SELECT id, type, issued_by, issued_at, valid_until, procedure, superseded_by IS NOT NULL AS superseded, revoked_at IS NOT NULL AS revoked,
              (valid_until IS NOT NULL AND valid_until <= now()) AS expired
       FROM records WHERE subject_hmac = $1 ORDER BY issued_at DESC, id`,
      [this.#hasher.hash(subject)])
    return rows.map((r) => ({
      id: r.id,
      type: r.type,
      issuedBy: r.issued_by,
      issuedAt: new Date(r.issued_at).toISOString(),
      ...(r.valid_until ? { validUntil: new Date(r.valid_until).toISOString() } : {}),
      procedure: r.procedure,
      status: r.revoked ? 'revoked' : r.superseded ? 'superseded' : r.expired ? 'expired' : 'recognised'
    }))
  }
}

declare module 'fastify' {
  interface FastifyInstance { records: RecordStore }
}

export default fp(async (app: FastifyInstance) => {
  app.decorate('records', new RecordStore({ store: app.store, hasher: app.subjectHasher, agencies: app.agencies, adapters: app.adapters, cache: app.recordCache }))
}, { name: 'gateway-records', fastify: '5.x', dependencies: ['gateway-store', 'gateway-subject', 'gateway-agencies', 'gateway-registry', 'gateway-cache'] })
